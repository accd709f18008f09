// Modal dialog on the native <dialog> element: the browser traps focus, makes the page
// behind it inert, closes on Escape and returns focus to the opener.
import { type ReactNode, useEffect, useId, useLayoutEffect, useRef } from "react";
import { useI18n } from "../i18n/i18n.tsx";

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Wide dialogs for side-by-side comparisons and the photo picker. */
  wide?: boolean;
  /** When false, Escape and the close button are disabled (a decision is required). */
  dismissible?: boolean;
}

export function Dialog({ open, title, onClose, children, wide, dismissible = true }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { t } = useI18n();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // Unmounted while open (e.g. the conflict is resolved): close first, so the browser hands
  // focus back to where the user was instead of dropping it on <body>.
  useLayoutEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={wide ? "dialog dialog-wide" : "dialog"}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (dismissible) onClose();
      }}
    >
      {open && (
        <>
          <div className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            {dismissible && (
              <button type="button" className="button button-quiet" onClick={onClose}>
                {t("app.close")}
              </button>
            )}
          </div>
          <div className="dialog-body">{children}</div>
        </>
      )}
    </dialog>
  );
}
