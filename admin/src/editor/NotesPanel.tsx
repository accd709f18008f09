// The story's notes beside the editor: what the desk and the writer said to each other (never
// shown to readers), oldest first, and a form to add one naming people from the newsroom.
import { useCallback, useEffect, useId, useState } from "react";
import { type NotesAnswer, notesApi } from "../api/notes.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { useLiveEvent } from "../lib/live.tsx";
import { useSubmit } from "../lib/useSubmit.ts";
import { EMPTY_NOTE, mentionedIds, NoteComposer, type NoteDraft } from "./NoteComposer.tsx";

interface NotesPanelProps {
  articleId: number;
  /** The story's version: a return writes a note, so a new version may bring one. */
  version: number;
}

export function NotesPanel({ articleId, version }: NotesPanelProps) {
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  const [notes, setNotes] = useState<NotesAnswer | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [draft, setDraft] = useState<NoteDraft>(EMPTY_NOTE);
  const send = useSubmit();

  const load = useCallback(async () => {
    try {
      setNotes(await notesApi.list(articleId));
      setLoadError(null);
    } catch (err) {
      setLoadError(err);
    }
  }, [articleId]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version of the story may come with a note.
  useEffect(() => {
    void load();
  }, [load, version]);
  // A note naming this user arrives with a notification; others' notes show on the next reload.
  useLiveEvent("notification", () => void load());

  function add() {
    void send.run(async () => {
      const note = await notesApi.add(articleId, draft.text, mentionedIds(draft));
      setNotes((prev) => (prev ? { ...prev, items: [...prev.items, note] } : prev));
      setDraft(EMPTY_NOTE);
      announce(t("notes.added"));
    });
  }

  return (
    <section className="sidebar-block notes" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("notes.title")}</h2>
      <p className="help">{t("notes.private")}</p>
      <ErrorMessage error={loadError} onRetry={() => void load()} />
      {notes && notes.items.length === 0 && <p className="muted">{t("notes.none")}</p>}
      {notes && notes.items.length > 0 && (
        <ol className="notes-list">
          {notes.items.map((note) => (
            <li key={note.id} className="note">
              <p className="note-meta">
                <strong>{note.author?.name ?? t("notifications.someone")}</strong>{" "}
                <time dateTime={note.createdAt} className="muted">
                  {formatDateTime(note.createdAt)}
                </time>
              </p>
              <p className="note-body">{note.body}</p>
              {note.mentions.length > 0 && (
                <p className="muted note-mentions">
                  {t("notes.mentions", { names: note.mentions.map((m) => m.name).join(", ") })}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <NoteComposer
          label={t("notes.add")}
          value={draft}
          onChange={setDraft}
          mentionable={notes?.mentionable ?? []}
          disabled={send.busy}
        />
        <ErrorMessage error={send.error} />
        <button type="submit" className="button" disabled={send.busy || !draft.text.trim()}>
          {t("notes.send")}
        </button>
      </form>
    </section>
  );
}
