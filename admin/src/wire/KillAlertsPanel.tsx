// For editors on the dashboard: published stories whose agency copy was withheld or canceled,
// until someone opens the story and marks the new version seen.
import { wireApi } from "../api/endpoints.ts";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { useLiveReload } from "../lib/live.tsx";
import { Link } from "../lib/router.tsx";
import { useAsync } from "../lib/useAsync.ts";

export function KillAlertsPanel() {
  const { t } = useI18n();
  const alerts = useAsync((signal) => wireApi.alerts(signal), []);
  // An alert goes when its story is unpublished or corrected, wherever that happens.
  useLiveReload(["story"], alerts.refresh);
  if (alerts.status === "error") return <ErrorMessage error={alerts.error} onRetry={alerts.reload} />;
  if (alerts.status !== "ok" || alerts.data.items.length === 0) return null;
  return (
    <section className="alert alert-error" role="alert" aria-labelledby="kill-alerts-heading">
      <h2 id="kill-alerts-heading">{t("wire.alerts.title")}</h2>
      <ul>
        {alerts.data.items.map((a) => (
          <li key={a.story.id}>
            <Link to={`/stories/${a.story.id}`}>{a.story.headline}</Link>{" "}
            {t("wire.alerts.why", { source: a.sourceName, status: t(`wire.status.${a.status}`) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
