// Ordered multi-choice (tags, byline authors): the chosen items as a list with remove buttons,
// plus a select and an Add button. Plain controls keep it fully keyboard and screen-reader usable.
import { useId, useState } from "react";
import { useI18n } from "../i18n/i18n.tsx";

export interface TokenOption {
  value: string;
  label: string;
}

interface TokenPickerProps {
  legend: string;
  selectLabel: string;
  addLabel: string;
  options: TokenOption[];
  value: string[];
  onChange: (value: string[]) => void;
  disabled?: boolean;
  lang?: string;
  /**
   * Allows adding what is typed when no option matches (tags: the server makes the tag when the
   * story is saved): the picker is a text box with the options as suggestions, and the button says
   * it will create one.
   */
  createLabel?: (text: string) => string;
}

export function TokenPicker({
  legend,
  selectLabel,
  addLabel,
  options,
  value,
  onChange,
  disabled,
  lang,
  createLabel,
}: TokenPickerProps) {
  const { t } = useI18n();
  const id = useId();
  const [choice, setChoice] = useState("");
  const labelOf = (v: string) => options.find((o) => o.value === v)?.label ?? v;
  const available = options.filter((o) => !value.includes(o.value));

  return (
    <fieldset className="token-picker" disabled={disabled}>
      <legend>{legend}</legend>
      {value.length === 0 ? (
        <p className="muted">{t("editor.noneSelected")}</p>
      ) : (
        <ul className="tokens" lang={lang}>
          {value.map((v) => (
            <li key={v} className="token">
              <span>{labelOf(v)}</span>
              <button
                type="button"
                className="token-remove"
                aria-label={t("editor.remove", { name: labelOf(v) })}
                onClick={() => onChange(value.filter((x) => x !== v))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {createLabel ? (
        <TypedAdd
          id={id}
          label={selectLabel}
          addLabel={addLabel}
          createLabel={createLabel}
          options={available}
          lang={lang}
          onAdd={(v) => {
            if (!value.includes(v)) onChange([...value, v]);
          }}
        />
      ) : (
        <div className="token-add">
          <label htmlFor={`${id}-select`} className="visually-hidden">
            {selectLabel}
          </label>
          <select id={`${id}-select`} value={choice} onChange={(e) => setChoice(e.target.value)} lang={lang}>
            <option value="">{selectLabel}</option>
            {available.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button"
            disabled={!choice}
            onClick={() => {
              if (choice && !value.includes(choice)) onChange([...value, choice]);
              setChoice("");
            }}
          >
            {addLabel}
          </button>
        </div>
      )}
    </fieldset>
  );
}

interface TypedAddProps {
  id: string;
  label: string;
  addLabel: string;
  createLabel: (text: string) => string;
  options: TokenOption[];
  lang?: string;
  onAdd: (value: string) => void;
}

/** A text box suggesting the options; Enter or the button adds the match, or what was typed. */
function TypedAdd({ id, label, addLabel, createLabel, options, lang, onAdd }: TypedAddProps) {
  const [text, setText] = useState("");
  const typed = text.trim();
  const folded = typed.toLocaleLowerCase();
  const match = options.find((o) => o.label.toLocaleLowerCase() === folded || o.value === folded);
  const add = () => {
    if (!typed) return;
    onAdd(match ? match.value : typed);
    setText("");
  };
  return (
    <div className="token-add">
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {label}
      </label>
      <input
        id={`${id}-text`}
        type="text"
        list={`${id}-options`}
        placeholder={label}
        autoComplete="off"
        maxLength={80}
        lang={lang}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          // Enter adds the tag rather than submitting anything around the picker.
          if (e.key === "Enter") {
            e.preventDefault();
            add();
          }
        }}
      />
      <datalist id={`${id}-options`}>
        {options.map((o) => (
          <option key={o.value} value={o.label} />
        ))}
      </datalist>
      <button type="button" className="button" disabled={!typed} onClick={add}>
        {typed && !match ? createLabel(typed) : addLabel}
      </button>
    </div>
  );
}
