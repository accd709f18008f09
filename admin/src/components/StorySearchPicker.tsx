// Search-as-you-type for a published story of one edition: results follow the typing (a quarter
// second after the last key), each with its own Add button; how many were found is announced.
import { useEffect, useId, useState } from "react";
import { articlesApi } from "../api/endpoints.ts";
import type { Article, EditionCode } from "../api/types.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { ErrorMessage } from "./ErrorMessage.tsx";

interface StorySearchPickerProps {
  edition: EditionCode;
  lang: string;
  /** Stories already placed: shown, but not offered again. */
  exclude: readonly number[];
  onPick: (story: Article) => void;
}

export function StorySearchPicker({ edition, lang, exclude, onPick }: StorySearchPickerProps) {
  const { t, plural } = useI18n();
  const id = useId();
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<Article[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const q = query.trim();

  useEffect(() => {
    if (q === "") {
      setFound(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      articlesApi
        .list({ edition, status: "published", q, limit: 10 }, controller.signal)
        .then((page) => {
          setError(null);
          setFound(page.items);
        })
        .catch((err: unknown) => {
          if (!controller.signal.aborted) setError(err);
        });
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [edition, q]);

  return (
    <div className="story-search">
      <label htmlFor={`${id}-q`}>{t("front.search")}</label>
      <input
        id={`${id}-q`}
        type="search"
        lang={lang}
        autoComplete="off"
        maxLength={200}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <ErrorMessage error={error} />
      <p role="status" className="small muted">
        {found !== null && q !== "" ? plural("front.found", found.length) : ""}
      </p>
      {found !== null && found.length > 0 && (
        <ul className="plain-list" lang={lang}>
          {found.map((story) => (
            <li key={story.id}>
              <span>{story.headline}</span>{" "}
              <button
                type="button"
                className="button button-small"
                disabled={exclude.includes(story.id)}
                onClick={() => onPick(story)}
              >
                {exclude.includes(story.id) ? t("front.placed") : t("front.addButton")}
                <span className="visually-hidden">: {story.headline}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
