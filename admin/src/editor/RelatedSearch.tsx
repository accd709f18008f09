// Finds published stories of the story's edition to pin as related, through the story list's
// text filter, leaving out the stories that cannot be pinned.
import { type FormEvent, useState } from "react";
import { articlesApi } from "../api/endpoints.ts";
import type { Article, EditionCode, Section, StoryRef } from "../api/types.ts";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { TextField } from "../components/Field.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { contentLang } from "../lib/editions.ts";
import { useSections } from "../lib/taxonomy.ts";
import { useSubmit } from "../lib/useSubmit.ts";
import { StoryRefMeta } from "./StoryRefMeta.tsx";

const RESULTS = 10;

interface RelatedSearchProps {
  edition: EditionCode;
  /** The story itself and its translations: never offered. */
  excluded: number[];
  /** Offered, but marked as already pinned, so a search does not seem to come back empty. */
  pinned: number[];
  /** No room for another pin: results are shown but cannot be pinned. */
  full: boolean;
  onPin: (story: StoryRef) => void;
}

function toRef(article: Article, sections: Section[]): StoryRef {
  const section = sections.find((s) => s.slug === article.section);
  return {
    id: article.id,
    headline: article.headline,
    edition: article.edition,
    status: article.status,
    sectionName: section?.name ?? article.section,
    publishedAt: article.publishedAt,
  };
}

export function RelatedSearch({ edition, excluded, pinned, full, onPin }: RelatedSearchProps) {
  const { t, plural } = useI18n();
  const sections = useSections(edition);
  const lang = contentLang(edition);
  const [q, setQ] = useState("");
  const [results, setResults] = useState<Article[] | null>(null);
  const search = useSubmit();

  function submit(event: FormEvent) {
    event.preventDefault();
    void search.run(async () => {
      const page = await articlesApi.list({ edition, status: "published", q: q.trim(), limit: RESULTS });
      setResults(page.items);
    });
  }

  const shown = results?.filter((a) => !excluded.includes(a.id)).map((a) => toRef(a, sections));
  let summary = "";
  if (shown) summary = shown.length ? plural("related.results", shown.length) : t("related.noResults");

  return (
    <form className="related-search" onSubmit={submit}>
      <div className="inline-form">
        <TextField
          type="search"
          label={t("related.search")}
          lang={lang}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <button type="submit" className="button" disabled={search.busy}>
          {t("related.searchButton")}
        </button>
      </div>
      <ErrorMessage error={search.error} />
      <p role="status" className="muted small">
        {summary}
      </p>
      {full && shown && shown.length > 0 && <p className="help">{t("related.full")}</p>}
      {shown && shown.length > 0 && (
        <ul className="plain-list">
          {shown.map((story) => (
            <li key={story.id} className="related-result">
              <span lang={lang}>{story.headline}</span>
              <StoryRefMeta story={story} />
              {pinned.includes(story.id) ? (
                <span className="muted small">{t("related.alreadyPinned")}</span>
              ) : (
                <button
                  type="button"
                  className="button button-small"
                  disabled={full}
                  aria-label={t("related.pinStory", { headline: story.headline })}
                  onClick={() => onPin(story)}
                >
                  {t("related.pin")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
