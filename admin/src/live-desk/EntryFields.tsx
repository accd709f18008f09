// The fields of an entry, shared by the composer and a correction: an optional headline, the body
// in the story editor (photos included), and the key-event and pinned flags.
import { useId } from "react";
import { TextField } from "../components/Field.tsx";
import { RichTextEditor } from "../editor/RichTextEditor.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import type { ComposerDraft } from "./composer-draft.ts";

interface EntryFieldsProps {
  value: ComposerDraft;
  onChange: (change: Partial<ComposerDraft>) => void;
  /** Reloads the body editor with `value.bodyHtml` when it changes (cleared, or theirs taken). */
  revision: number;
  lang: string;
  bodyLabel: string;
  headlineError?: string;
  bodyError?: string;
}

export function EntryFields({
  value,
  onChange,
  revision,
  lang,
  bodyLabel,
  headlineError,
  bodyError,
}: EntryFieldsProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <>
      <TextField
        label={t("desk.headline")}
        help={t("desk.headlineHelp")}
        lang={lang}
        value={value.headline}
        error={headlineError}
        maxLength={200}
        onChange={(e) => onChange({ headline: e.target.value })}
      />
      <div className="field">
        <span className="field-label" id={`${id}-body`}>
          {bodyLabel}
        </span>
        <RichTextEditor
          html={value.bodyHtml}
          revision={revision}
          onChange={(bodyHtml) => onChange({ bodyHtml })}
          editable
          lang={lang}
          labelId={`${id}-body`}
          describedBy={bodyError ? `${id}-body-error` : undefined}
        />
        {bodyError && (
          <p className="field-error" id={`${id}-body-error`}>
            {bodyError}
          </p>
        )}
      </div>
      <div className="desk-flags">
        <div className="checkbox">
          <input
            id={`${id}-key`}
            type="checkbox"
            checked={value.keyEvent}
            onChange={(e) => onChange({ keyEvent: e.target.checked })}
          />
          <label htmlFor={`${id}-key`}>{t("desk.keyEvent")}</label>
        </div>
        <div className="checkbox">
          <input
            id={`${id}-pinned`}
            type="checkbox"
            checked={value.pinned}
            onChange={(e) => onChange({ pinned: e.target.checked })}
          />
          <label htmlFor={`${id}-pinned`}>{t("desk.pinned")}</label>
        </div>
      </div>
    </>
  );
}
