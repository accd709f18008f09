// Secrets (a new API key, a webhook's signing secret) are shown once in a dialog and never kept.
import { useId } from "react";
import { Dialog } from "../../components/Dialog.tsx";
import { useI18n } from "../../i18n/i18n.tsx";

export function SecretDialog({
  title,
  label,
  secret,
  onClose,
}: {
  title: string;
  label: string;
  secret: string | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <Dialog open={secret !== null} title={title} onClose={onClose}>
      <p className="alert alert-info">{t("distribution.secretOnce")}</p>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type="text"
          readOnly
          value={secret ?? ""}
          spellCheck={false}
          autoComplete="off"
          onFocus={(e) => e.currentTarget.select()}
          aria-describedby={`${id}-hint`}
        />
        <p id={`${id}-hint`} className="help">
          {t("distribution.copyHint")}
        </p>
      </div>
      <p>
        <button type="button" className="button button-primary" onClick={onClose}>
          {t("distribution.secretDone")}
        </button>
      </p>
    </Dialog>
  );
}
