// Links between a story and its versions in the other editions, and creating a missing one.
import { useState } from "react";
import { articlesApi } from "../api/endpoints.ts";
import type { Article, EditionCode } from "../api/types.ts";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { contentLang, editionName, otherEditions } from "../lib/editions.ts";
import { Link, navigate } from "../lib/router.tsx";

interface TranslationsPanelProps {
  article: Article;
  canCreate: boolean;
  flush: () => Promise<boolean>;
}

export function TranslationsPanel({ article, canCreate, flush }: TranslationsPanelProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const existing = article.translations.filter((tr) => tr.id !== article.id);
  const missing = otherEditions(article.edition).filter((ed) => !existing.some((tr) => tr.edition === ed));

  async function create(edition: EditionCode) {
    setBusy(true);
    setError(null);
    try {
      await flush();
      const created = await articlesApi.translate(article.id, edition);
      navigate(`/stories/${created.id}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <section className="sidebar-block" aria-labelledby="translations-heading">
      <h2 id="translations-heading">{t("translations.title")}</h2>
      <ErrorMessage error={error} />
      {existing.length === 0 ? (
        <p className="muted">{t("translations.none")}</p>
      ) : (
        <ul className="plain-list">
          {existing.map((tr) => (
            <li key={tr.id}>
              <Link to={`/stories/${tr.id}`}>
                {t("translations.link", {
                  edition: editionName(tr.edition, t),
                  status: t(`status.${tr.status}`),
                })}
              </Link>
              <span lang={contentLang(tr.edition)} className="translation-headline">
                {tr.headline}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canCreate &&
        missing.map((ed) => (
          <button key={ed} type="button" className="button" disabled={busy} onClick={() => void create(ed)}>
            {t("translations.create", { edition: editionName(ed, t) })}
          </button>
        ))}
    </section>
  );
}
