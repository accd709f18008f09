// The live desk of a live blog: a fast composer above the stream as readers see it, where
// colleagues' entries appear as they post them. Default export: App loads it lazily (TipTap).
import { useCallback, useId } from "react";
import { ApiError } from "../api/client.ts";
import { articlesApi } from "../api/endpoints.ts";
import type { Article } from "../api/types.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { EditionBadge, StatusBadge } from "../components/StatusBadge.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { contentLang } from "../lib/editions.ts";
import { useLiveReload } from "../lib/live.tsx";
import { Link } from "../lib/router.tsx";
import { useUser } from "../lib/session.tsx";
import { useAsync } from "../lib/useAsync.ts";
import { EntryTranslationTasks } from "../live/EntryTranslationTasks.tsx";
import { CoverageControl } from "./CoverageControl.tsx";
import { EntryComposer } from "./EntryComposer.tsx";
import { EntryStreamView } from "./EntryStreamView.tsx";
import { useEntryStream } from "./useEntryStream.ts";

export default function LiveDeskPage({ id }: { id: number }) {
  const { t } = useI18n();
  const loaded = useAsync((signal) => articlesApi.get(id, signal), [id]);

  if (loaded.status === "loading") return <p role="status">{t("app.loading")}</p>;
  if (loaded.status === "error" || loaded.data.kind !== "live") {
    const notFound = loaded.error instanceof ApiError && loaded.error.status === 404;
    return (
      <>
        <PageHeading title={t("desk.title")} />
        {loaded.status === "ok" ? (
          <p className="alert alert-info">{t("desk.notLive")}</p>
        ) : notFound ? (
          <p className="alert alert-error" role="alert">
            {t("editor.notFound")}
          </p>
        ) : (
          <ErrorMessage error={loaded.error} onRetry={loaded.reload} />
        )}
        <p>
          <Link to={loaded.status === "ok" ? `/stories/${id}` : "/stories"}>
            {loaded.status === "ok" ? t("desk.editStory") : t("nav.stories")}
          </Link>
        </p>
      </>
    );
  }
  return <LiveDesk story={loaded.data} />;
}

function LiveDesk({ story }: { story: Article }) {
  const { t, plural } = useI18n();
  const announce = useAnnounce();
  const user = useUser();
  const headingId = useId();
  const lang = contentLang(story.edition);
  const stream = useEntryStream(story.id);
  const { reload } = stream;

  // A colleague's new entry is read out politely; one's own was announced when it was posted.
  const rereadAndTell = useCallback(async () => {
    const reread = await reload();
    const theirs = reread?.filter((e) => e.postedBy?.id !== user.id) ?? [];
    const first = theirs[0];
    if (theirs.length === 1 && first) {
      announce(
        first.headline
          ? t("desk.newEntryHeadline", {
              name: first.postedBy?.name ?? t("desk.someone"),
              headline: first.headline,
            })
          : t("desk.newEntry", { name: first.postedBy?.name ?? t("desk.someone") }),
      );
    } else if (theirs.length > 1) {
      announce(plural("desk.newEntries", theirs.length));
    }
  }, [reload, user.id, announce, t, plural]);

  useLiveReload(["entry"], () => void rereadAndTell(), {
    when: (_kind, data) => (data as { articleId?: number }).articleId === story.id,
    delayMs: 150,
  });

  return (
    <>
      <PageHeading title={t("desk.title")} />
      <div className="story-summary">
        <EditionBadge edition={story.edition} /> <StatusBadge status={story.status} />{" "}
        <span lang={lang}>{story.headline || t("stories.untitled")}</span>
        <span className="summary-links">
          <Link to={`/stories/${story.id}`}>{t("desk.editStory")}</Link>
          {story.url && story.status === "published" && (
            <a href={story.url} target="_blank" rel="noopener noreferrer">
              {t("editor.viewLive")} <span className="muted">{t("app.opensNewTab")}</span>
            </a>
          )}
        </span>
      </div>
      <div className="editor-layout">
        <div className="editor-main">
          <EntryComposer articleId={story.id} lang={lang} onPosted={stream.put} />
          <section aria-labelledby={headingId} className="desk-stream">
            <h2 id={headingId}>{t("desk.stream")}</h2>
            <EntryStreamView
              stream={stream}
              lang={lang}
              edition={story.edition}
              fetchCurrent={stream.readEntry}
            />
          </section>
        </div>
        <div className="editor-side">
          <CoverageControl articleId={story.id} />
          <EntryTranslationTasks articleId={story.id} />
        </div>
      </div>
    </>
  );
}
