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
    </fieldset>
  );
}
