// Writing a note: the text, and people named in it chosen from those who may see the story. A
// chosen person is written into the text as "@Name" and sent by id, so a name typed by hand never
// reaches the wrong person and nobody is named who could not open the story.
import { useId, useState } from "react";
import type { Mentionable } from "../api/notes.ts";
import { TextAreaField } from "../components/Field.tsx";
import { useI18n } from "../i18n/i18n.tsx";

export interface NoteDraft {
  text: string;
  mentions: Mentionable[];
}

export const EMPTY_NOTE: NoteDraft = { text: "", mentions: [] };

/** The people still named in the text: one whose "@Name" was deleted is not told. */
export function mentionedIds(note: NoteDraft): number[] {
  return note.mentions.filter((m) => note.text.includes(`@${m.name}`)).map((m) => m.id);
}

interface NoteComposerProps {
  label: string;
  value: NoteDraft;
  /** Given an update of the draft, so a change never starts from an older one. */
  onChange: (update: (note: NoteDraft) => NoteDraft) => void;
  mentionable: readonly Mentionable[];
  required?: boolean;
  error?: string;
  disabled?: boolean;
}

export function NoteComposer({
  label,
  value,
  onChange,
  mentionable,
  required,
  error,
  disabled,
}: NoteComposerProps) {
  const { t } = useI18n();
  const id = useId();
  const [chosen, setChosen] = useState("");

  function mention() {
    const person = mentionable.find((m) => String(m.id) === chosen);
    if (!person) return;
    onChange((note) => ({
      text: `${note.text}${note.text && !/\s$/.test(note.text) ? " " : ""}@${person.name} `,
      mentions: note.mentions.some((m) => m.id === person.id) ? note.mentions : [...note.mentions, person],
    }));
    setChosen("");
  }

  return (
    <div className="note-composer">
      <TextAreaField
        label={label}
        value={value.text}
        required={required}
        error={error}
        disabled={disabled}
        rows={3}
        maxLength={4000}
        onChange={(event) => {
          const text = event.target.value;
          onChange((note) => ({ ...note, text }));
        }}
      />
      {mentionable.length > 0 && (
        <div className="mention-picker">
          <label htmlFor={`${id}-who`}>{t("notes.mentionLabel")}</label>
          <select
            id={`${id}-who`}
            value={chosen}
            disabled={disabled}
            onChange={(e) => setChosen(e.target.value)}
          >
            <option value="">{t("notes.mentionChoose")}</option>
            {mentionable.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
          <button type="button" className="button" disabled={disabled || !chosen} onClick={mention}>
            {t("notes.mention")}
          </button>
        </div>
      )}
    </div>
  );
}
