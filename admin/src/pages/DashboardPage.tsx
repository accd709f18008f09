// Four at-a-glance lists. Each is its own request so one slow list does not hold up the others.
import { articlesApi } from "../api/endpoints.ts";
import type { ArticleQuery } from "../api/types.ts";
import { ArticleList } from "../components/ArticleList.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { ParitySummary } from "../components/ParitySummary.tsx";
import type { MessageKey } from "../i18n/en.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { useLiveReload } from "../lib/live.tsx";
import { Link } from "../lib/router.tsx";
import { atLeast, useUser } from "../lib/session.tsx";
import { useAsync } from "../lib/useAsync.ts";
import { KillAlertsPanel } from "../wire/KillAlertsPanel.tsx";

const LIMIT = 8;

export function DashboardPage() {
  const { t } = useI18n();
  const user = useUser();
  return (
    <>
      <PageHeading title={t("dashboard.title")}>
        <Link to="/stories/new" className="button button-primary">
          {t("dashboard.newStory")}
        </Link>
        <Link to="/stories" className="button">
          {t("dashboard.allStories")}
        </Link>
      </PageHeading>
      <p>{t("dashboard.welcome", { name: user.name })}</p>
      {atLeast(user.role, "editor") && <KillAlertsPanel />}
      {atLeast(user.role, "author") && <ParitySummary />}
      <div className="panels">
        <Panel title="dashboard.myDrafts" query={{ status: "draft", mine: true, limit: LIMIT }} />
        <Panel title="dashboard.inReview" query={{ status: "in_review", limit: LIMIT }} />
        <Panel title="dashboard.scheduled" query={{ status: "scheduled", limit: LIMIT }} />
        <Panel
          title="dashboard.published"
          query={{ status: "published", order: "published", limit: LIMIT }}
        />
      </div>
    </>
  );
}

function Panel({ title, query }: { title: MessageKey; query: ArticleQuery }) {
  const { t } = useI18n();
  const key = JSON.stringify(query);
  const result = useAsync((signal) => articlesApi.list(query, signal), [key]);
  // A story saved, submitted or published anywhere may enter or leave any panel.
  useLiveReload(["story"], result.refresh);
  const headingId = `panel-${title.replace(/\W/g, "-")}`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(title)}</h2>
      {result.status === "loading" && <p className="muted">{t("app.loading")}</p>}
      {result.status === "error" && <ErrorMessage error={result.error} onRetry={result.reload} />}
      {result.status === "ok" && (
        <ArticleList articles={result.data.items} emptyText={t("dashboard.empty")} />
      )}
    </section>
  );
}
