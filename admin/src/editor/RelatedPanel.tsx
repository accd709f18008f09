// Related stories shown under the story on the site: the ones editors pinned come first, then the
// automatic ones. Editors reorder, remove and add pins and save them together; everyone else sees
// both lists read-only.
import { useId, useState } from "react";
import { ApiError } from "../api/client.ts";
import { articlesApi } from "../api/endpoints.ts";
import type { Article, StoryRef } from "../api/types.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { ReorderList } from "../components/ReorderList.tsx";
import { type I18n, useI18n } from "../i18n/i18n.tsx";
import { contentLang } from "../lib/editions.ts";
import { useAsync } from "../lib/useAsync.ts";
import { useSubmit } from "../lib/useSubmit.ts";
import { RelatedSearch } from "./RelatedSearch.tsx";
import { StoryRefMeta } from "./StoryRefMeta.tsx";

/** Mirrors the server: a story page shows four related stories, so a fifth pin would never show. */
const MAX_PINS = 4;
const REFUSALS = [
  "too_many",
  "duplicate",
  "self",
  "not_found",
  "translation",
  "other_edition",
  "not_published",
] as const;

/** The server's refusal in the user's language, naming the stories by headline. */
function refusalText(error: unknown, t: I18n["t"], headlineOf: (id: number) => string): unknown {
  if (!(error instanceof ApiError) || error.problem.code !== "RELATED_PIN_REFUSED") return error;
  const reason = REFUSALS.find((r) => r === error.problem.reason);
  if (!reason) return error;
  const stories = (error.problem.ids ?? []).map(headlineOf).join(", ");
  return new Error(t(`related.refused.${reason}`, { stories, max: MAX_PINS }));
}

export function RelatedPanel({ article, canPin }: { article: Article; canPin: boolean }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  const lang = contentLang(article.edition);
  const loaded = useAsync((signal) => articlesApi.related(article.id, signal), [article.id]);
  // The pins being edited; null while they are as saved.
  const [draft, setDraft] = useState<StoryRef[] | null>(null);
  const [message, setMessage] = useState("");
  const save = useSubmit();

  const saved = loaded.data?.pinned ?? [];
  const computed = loaded.data?.computed ?? [];
  const pins = draft ?? saved;
  const known = new Map([...computed, ...saved, ...pins].map((s) => [s.id, s]));
  const headlineOf = (storyId: number) =>
    known.get(storyId)?.headline ?? t("order.unknownStory", { id: storyId });
  const detailsOf = (storyId: number) => {
    const story = known.get(storyId);
    return story && <StoryRefMeta story={story} />;
  };
  const dirty = draft !== null && draft.map((s) => s.id).join() !== saved.map((s) => s.id).join();

  function change(next: StoryRef[]) {
    setDraft(next);
    setMessage("");
  }

  function pin(story: StoryRef) {
    change([...pins, story]);
    announce(t("related.pinned", { headline: story.headline, position: pins.length + 1 }));
  }

  function submit() {
    void save.run(async () => {
      try {
        const result = await articlesApi.pinRelated(
          article.id,
          pins.map((s) => s.id),
        );
        loaded.setData(() => result);
        setDraft(null);
        setMessage(t("related.saved"));
        announce(t("related.saved"));
      } catch (err) {
        throw refusalText(err, t, headlineOf);
      }
    });
  }

  return (
    <section className="sidebar-block related-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("related.title")}</h2>
      <p className="help">{t("related.help")}</p>
      {loaded.status === "loading" && <p className="muted">{t("app.loading")}</p>}
      <ErrorMessage error={loaded.error} onRetry={loaded.reload} />
      {loaded.status === "ok" && (
        <>
          <h3 id={`${id}-pinned`} tabIndex={-1}>
            {t("related.pinnedTitle")}
          </h3>
          <ReorderList
            ids={pins.map((s) => s.id)}
            headingId={`${id}-pinned`}
            lang={lang}
            emptyText={t("related.nonePinned")}
            headlineOf={headlineOf}
            detailsOf={detailsOf}
            onChange={
              canPin ? (ids) => change(ids.flatMap((storyId) => known.get(storyId) ?? [])) : undefined
            }
          />
          {canPin && (
            <>
              <RelatedSearch
                edition={article.edition}
                excluded={[article.id, ...article.translations.map((tr) => tr.id)]}
                pinned={pins.map((s) => s.id)}
                full={pins.length >= MAX_PINS}
                onPin={pin}
              />
              <ErrorMessage error={save.error} />
              <div className="button-row">
                <button
                  type="button"
                  className="button button-primary"
                  disabled={save.busy || !dirty}
                  onClick={submit}
                >
                  {save.busy ? t("app.saving") : t("related.save")}
                </button>
                <span role="status" className="muted small">
                  {dirty ? t("related.unsaved") : message}
                </span>
              </div>
            </>
          )}
          <h3 id={`${id}-computed`}>{t("related.computedTitle")}</h3>
          <p className="help">{t("related.computedHelp")}</p>
          <ReorderList
            ids={computed.map((s) => s.id)}
            headingId={`${id}-computed`}
            lang={lang}
            emptyText={t("related.noneComputed")}
            headlineOf={headlineOf}
            detailsOf={detailsOf}
          />
        </>
      )}
    </section>
  );
}
