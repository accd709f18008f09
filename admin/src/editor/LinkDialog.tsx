import { type FormEvent, useEffect, useState } from "react";
import { Dialog } from "../components/Dialog.tsx";
import { TextField } from "../components/Field.tsx";
import { useI18n } from "../i18n/i18n.tsx";

interface LinkDialogProps {
  open: boolean;
  initialHref: string;
  active: boolean;
  onClose: () => void;
  onApply: (url: string) => void;
  onRemove: () => void;
}

// Absolute web links, mail links and site-relative paths; anything else (javascript:) is refused here
// as well as by the server's sanitizer.
const ALLOWED = /^(https?:\/\/[^\s]+|mailto:[^\s]+|\/[^\s]*)$/i;

export function LinkDialog({ open, initialHref, active, onClose, onApply, onRemove }: LinkDialogProps) {
  const { t } = useI18n();
  const [url, setUrl] = useState(initialHref);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    if (open) {
      setUrl(initialHref);
      setError(undefined);
    }
  }, [open, initialHref]);

  function submit(event: FormEvent) {
    event.preventDefault();
    let value = url.trim();
    if (/^www\./i.test(value)) value = `https://${value}`;
    if (!ALLOWED.test(value)) {
      setError(t("link.invalid"));
      return;
    }
    onApply(value);
    onClose();
  }

  return (
    <Dialog open={open} title={t("link.title")} onClose={onClose}>
      <form onSubmit={submit} className="stack">
        <TextField
          label={t("link.url")}
          type="text"
          inputMode="url"
          autoFocus
          value={url}
          error={error}
          onChange={(e) => setUrl(e.target.value)}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t("link.apply")}
          </button>
          {active && (
            <button
              type="button"
              className="button"
              onClick={() => {
                onRemove();
                onClose();
              }}
            >
              {t("link.remove")}
            </button>
          )}
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t("app.cancel")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
