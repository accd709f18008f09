// A compact list of stories (dashboard panels, pickers): headline link plus status and time.
import type { Article } from "../api/types.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { contentLang } from "../lib/editions.ts";
import { Link } from "../lib/router.tsx";
import { LiveDeskLink } from "../live-desk/LiveDeskLink.tsx";
import { PresenceMarker } from "./PresenceMarker.tsx";
import { EditionBadge, StatusBadge } from "./StatusBadge.tsx";

export function ArticleList({ articles, emptyText }: { articles: Article[]; emptyText: string }) {
  const { t, formatDateTime } = useI18n();
  if (articles.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <ul className="article-list">
      {articles.map((a) => (
        <li key={a.id}>
          <Link to={`/stories/${a.id}`} lang={contentLang(a.edition)} className="article-list-headline">
            {a.headline || t("stories.untitled")}
          </Link>
          <span className="article-list-meta">
            <EditionBadge edition={a.edition} /> <StatusBadge status={a.status} />{" "}
            <time dateTime={a.scheduledAt ?? a.publishedAt ?? a.modifiedAt}>
              {formatDateTime(
                a.status === "scheduled"
                  ? a.scheduledAt
                  : a.status === "published"
                    ? (a.publishedAt ?? a.modifiedAt)
                    : a.modifiedAt,
              )}
            </time>{" "}
            <PresenceMarker articleId={a.id} /> <LiveDeskLink story={a} named />
          </span>
        </li>
      ))}
    </ul>
  );
}
