// Secrets (a new API key, a webhook's signing secret) are shown once in a dialog and never kept.
import { useEffect, useId, useRef, useState } from "react";
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
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<"copied" | "failed" | null>(null);
  useEffect(() => {
    if (secret === null) setCopy(null);
  }, [secret]);

  async function copySecret() {
    if (secret === null) return;
    setCopy(null);
    setCopy((await copyText(secret, input.current)) ? "copied" : "failed");
  }

  return (
    <Dialog open={secret !== null} title={title} onClose={onClose}>
      <p className="alert alert-info">{t("distribution.secretOnce")}</p>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          ref={input}
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
      <p className="button-row">
        <button type="button" className="button" onClick={() => void copySecret()}>
          {t("keys.copy")}
        </button>
        {/* Inside the dialog: a live region behind a modal dialog is inert and would not be read. */}
        <span role="status" className={copy === "failed" ? "field-error" : "muted"}>
          {copy === "copied" ? t("keys.copied") : copy === "failed" ? t("keys.copyFailed") : ""}
        </span>
      </p>
      <p>
        <button type="button" className="button button-primary" onClick={onClose}>
          {t("distribution.secretDone")}
        </button>
      </p>
    </Dialog>
  );
}

/**
 * The clipboard API where the page may use it (a secure context, permission granted); else the older
 * copy command on the selected field, which works over plain http on an intranet.
 */
async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, document not focused): try the fallback.
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  }
}
