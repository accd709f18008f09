// Shows an API or network error in the user's language, including per-field problems.
import { ApiError, NetworkError } from "../api/client.ts";
import { useI18n } from "../i18n/i18n.tsx";

export function errorText(error: unknown, networkText: string): string {
  if (error instanceof NetworkError) return networkText;
  if (error instanceof ApiError) return error.problem.detail || error.problem.title || error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  if (!error) return null;
  const fieldErrors = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  return (
    <div className="alert alert-error" role="alert">
      <p>{errorText(error, t("app.networkError"))}</p>
      {fieldErrors.length > 0 && (
        <>
          <p>{t("app.errorFields")}</p>
          <ul>
            {fieldErrors.map((e) => (
              <li key={`${e.path}:${e.message}`}>
                <code>{e.path}</code>: {e.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t("app.retry")}
        </button>
      )}
    </div>
  );
}
