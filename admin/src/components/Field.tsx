// Form controls with a visible label, optional help text and error, all wired up with
// aria-describedby so assistive technology reads them with the control.
import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from "react";
import { useI18n } from "../i18n/i18n.tsx";

interface Common {
  label: string;
  help?: string;
  error?: string;
  required?: boolean;
}

function useDescribed(help?: string, error?: string) {
  const id = useId();
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(" ") || undefined;
  return { id, helpId, errorId, describedBy };
}

function Label({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean }) {
  const { t } = useI18n();
  return (
    <label htmlFor={htmlFor}>
      {label}
      {required && <span className="required"> ({t("app.required")})</span>}
    </label>
  );
}

function Extras({
  helpId,
  help,
  errorId,
  error,
}: {
  helpId?: string;
  help?: string;
  errorId?: string;
  error?: string;
}) {
  return (
    <>
      {help && (
        <p id={helpId} className="help">
          {help}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

export function TextField({
  label,
  help,
  error,
  required,
  ...input
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  const d = useDescribed(help, error);
  return (
    <div className="field">
      <Label htmlFor={d.id} label={label} required={required} />
      <input
        id={d.id}
        required={required}
        aria-describedby={d.describedBy}
        aria-invalid={error ? true : undefined}
        {...input}
      />
      <Extras {...d} help={help} error={error} />
    </div>
  );
}

export function TextAreaField({
  label,
  help,
  error,
  required,
  ...textarea
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const d = useDescribed(help, error);
  return (
    <div className="field">
      <Label htmlFor={d.id} label={label} required={required} />
      <textarea
        id={d.id}
        required={required}
        aria-describedby={d.describedBy}
        aria-invalid={error ? true : undefined}
        {...textarea}
      />
      <Extras {...d} help={help} error={error} />
    </div>
  );
}

export function SelectField({
  label,
  help,
  error,
  required,
  children,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  const d = useDescribed(help, error);
  return (
    <div className="field">
      <Label htmlFor={d.id} label={label} required={required} />
      <select
        id={d.id}
        required={required}
        aria-describedby={d.describedBy}
        aria-invalid={error ? true : undefined}
        {...select}
      >
        {children}
      </select>
      <Extras {...d} help={help} error={error} />
    </div>
  );
}
