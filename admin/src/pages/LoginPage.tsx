import { type FormEvent, useEffect, useState } from "react";
import { ApiError } from "../api/client.ts";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { TextField } from "../components/Field.tsx";
import { LanguageSwitch } from "../components/Layout.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { useSession } from "../lib/session.tsx";

export function LoginPage({ expired }: { expired: boolean }) {
  const { t, plural } = useI18n();
  const { login } = useSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(expired ? t("login.expired") : null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    document.title = `${t("login.title")} · ${t("app.name")}`;
  }, [t]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    setError(null);
    try {
      await login(email.trim(), password);
    } catch (err) {
      // Known answers get a friendly sentence; anything else shows the server's problem text.
      if (err instanceof ApiError && err.status === 401) setMessage(t("login.bad"));
      else if (err instanceof ApiError && err.status === 429) {
        setMessage(
          err.retryAfter !== null ? plural("login.throttled", err.retryAfter) : t("login.throttledNoTime"),
        );
      } else setError(err);
      setBusy(false);
    }
  }

  return (
    <div className="login">
      <header className="login-header">
        <p className="brand brand-dark">{t("app.name")}</p>
        <LanguageSwitch />
      </header>
      <main id="main" className="login-main">
        <h1>{t("login.title")}</h1>
        {message && (
          <p className="alert alert-error" role="alert">
            {message}
          </p>
        )}
        <ErrorMessage error={error} />
        <form onSubmit={onSubmit} className="stack">
          <TextField
            label={t("login.email")}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <TextField
            label={t("login.password")}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("login.submitting") : t("login.submit")}
          </button>
        </form>
      </main>
    </div>
  );
}
