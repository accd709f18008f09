// "Return to writer": sends a story in review back to its writer as a draft. The dialog asks for
// the note that goes with it; the server refuses a return without one.
import { useState } from "react";
import { notesApi } from "../api/notes.ts";
import type { Article } from "../api/types.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { Dialog } from "../components/Dialog.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { TextAreaField } from "../components/Field.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { useSubmit } from "../lib/useSubmit.ts";

interface ReturnToWriterProps {
  article: Article;
  disabled: boolean;
  /** Saves what is on screen first; false when it could not. */
  flush: () => Promise<boolean>;
  onResult: (article: Article) => void;
}

export function ReturnToWriter({ article, disabled, flush, onResult }: ReturnToWriterProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [missing, setMissing] = useState(false);
  const send = useSubmit();

  function submit() {
    if (!note.trim()) {
      setMissing(true);
      return;
    }
    void send.run(async () => {
      if (!(await flush())) throw new Error(t("workflow.saveFirst"));
      const returned = await notesApi.returnToWriter(article.id, note);
      setOpen(false);
      setNote("");
      onResult(returned);
      announce(t("workflow.done.return"));
    });
  }

  return (
    <>
      <button
        type="button"
        className="button"
        disabled={disabled}
        aria-haspopup="dialog"
        onClick={() => {
          send.setError(null);
          setMissing(false);
          setOpen(true);
        }}
      >
        {t("workflow.return")}
      </button>
      <Dialog open={open} title={t("workflow.returnTitle")} onClose={() => setOpen(false)}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <p>{t("workflow.returnHelp", { headline: article.headline })}</p>
          <TextAreaField
            label={t("workflow.returnNote")}
            value={note}
            required
            rows={5}
            maxLength={4000}
            error={missing ? t("workflow.returnNoteMissing") : undefined}
            onChange={(event) => {
              setNote(event.target.value);
              if (event.target.value.trim()) setMissing(false);
            }}
          />
          <ErrorMessage error={send.error} />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={send.busy}>
              {t("workflow.returnSend")}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t("app.cancel")}
            </button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
