// Beside a translation: the story it was made from, to work from, and once that story has changed
// since the translation was last saved, which fields changed and (one click) how, word by word.
// Each edition keeps its own slug and photo texts; the translator is pointed to the latter.
import { useEffect, useId, useState } from "react";
import { ApiError } from "../api/client.ts";
import { articlesApi } from "../api/endpoints.ts";
import type { Article, TranslationSource } from "../api/types.ts";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { PlainTextParagraphs } from "../components/PlainTextParagraphs.tsx";
import { WordDiff } from "../components/WordDiff.tsx";
import type { MessageKey } from "../i18n/en.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { contentLang, editionName } from "../lib/editions.ts";
import { Link } from "../lib/router.tsx";
import { useAsync } from "../lib/useAsync.ts";

const FIELD_LABELS: Record<string, MessageKey> = {
  headline: "editor.headline",
  standfirst: "editor.standfirst",
  body: "editor.body",
  creditLine: "editor.creditLine",
  datelinePlace: "editor.datelinePlace",
  leadMediaId: "editor.leadPhoto",
  correctionNote: "editor.correctionNote",
};

/** A story that is not a translation answers 404: nothing to show. */
const loadSource = (articleId: number, signal: AbortSignal) =>
  articlesApi.translationSource(articleId, signal).catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  });

interface SourceStoryPanelProps {
  article: Article;
  /** The lead photo in the translation's draft, whose texts the translator may need to write. */
  leadMediaId: number | null;
}

export function SourceStoryPanel({ article, leadMediaId }: SourceStoryPanelProps) {
  const { t, formatDateTime } = useI18n();
  const ids = useId();
  // Asked again after each save of the translation: a save is what makes it current.
  const loaded = useAsync((signal) => loadSource(article.id, signal), [article.id, article.modifiedAt]);
  // The last answer stays on screen while the next loads, so autosaves do not make it flicker.
  const [shown, setShown] = useState<TranslationSource | null>(null);
  const [diffOpen, setDiffOpen] = useState(false);
  useEffect(() => {
    if (loaded.status === "ok") setShown(loaded.data);
  }, [loaded.status, loaded.data]);

  if (loaded.status === "error" && !shown)
    return <ErrorMessage error={loaded.error} onRetry={loaded.reload} />;
  if (!shown) return null;
  const { source, changes } = shown;
  const sourceEdition = editionName(source.edition, t);
  const lang = contentLang(source.edition);
  const label = (field: string) => (FIELD_LABELS[field] ? t(FIELD_LABELS[field]) : field);

  return (
    <section className="sidebar-block source-story" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t("translating.title", { edition: sourceEdition })}</h2>
      <p className="small">
        <Link to={`/stories/${source.id}`}>{t("translating.open", { edition: sourceEdition })}</Link>
      </p>
      <div role="status">
        {changes.length > 0 && (
          <div className="alert alert-info">
            <p>
              {t("translating.changed", {
                edition: sourceEdition,
                date: formatDateTime(source.modifiedAt),
              })}
            </p>
            <p>{t("translating.changedFields", { fields: changes.map((c) => label(c.field)).join(", ") })}</p>
          </div>
        )}
      </div>
      {changes.length > 0 && (
        <>
          <button
            type="button"
            className="button"
            aria-expanded={diffOpen}
            aria-controls={`${ids}-diff`}
            onClick={() => setDiffOpen((open) => !open)}
          >
            {t("translating.showDiff")}
          </button>
          <dl id={`${ids}-diff`} className="copy-changes" hidden={!diffOpen}>
            {changes.map((change) => (
              <div key={change.field}>
                <dt>{label(change.field)}</dt>
                <dd lang={lang}>
                  {change.words ? <WordDiff parts={change.words} /> : t("translating.otherPhoto")}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <details className="agency-text" open>
        <summary>{t("translating.text", { edition: sourceEdition })}</summary>
        <div lang={lang}>
          <p>
            <strong>{source.headline}</strong>
          </p>
          {source.standfirst && <p>{source.standfirst}</p>}
          <PlainTextParagraphs text={source.bodyText} />
        </div>
      </details>
      {leadMediaId !== null && (
        <p className="small">
          <Link to={`/photos?edit=${leadMediaId}`}>
            {t("translating.photoTexts", { edition: editionName(article.edition, t) })}
          </Link>
        </p>
      )}
    </section>
  );
}
