// Story list with filters kept in the URL (?edition=&section=&status=&q=) so a filtered view can
// be bookmarked and Back restores it; "Load more" follows the server's cursor.
import { type FormEvent, useEffect, useRef, useState } from "react";
import { articlesApi } from "../api/endpoints.ts";
import { ARTICLE_STATUSES, type Article, type ArticleStatus, type EditionCode } from "../api/types.ts";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { SelectField, TextField } from "../components/Field.tsx";
import { FilterActions } from "../components/FilterActions.tsx";
import { EditionOptions, SectionOptions } from "../components/Options.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { PresenceMarker } from "../components/PresenceMarker.tsx";
import { EditionBadge, StatusBadge } from "../components/StatusBadge.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { contentLang, EDITIONS } from "../lib/editions.ts";
import { useLiveReload } from "../lib/live.tsx";
import { Link, navigate, useLocation } from "../lib/router.tsx";
import { useSections } from "../lib/taxonomy.ts";
import { LiveDeskLink } from "../live-desk/LiveDeskLink.tsx";

const PAGE_SIZE = 25;
/** The most the server answers at once, so a live update rereads at most this many rows. */
const MAX_PAGE = 100;

interface Filters {
  edition: EditionCode | "";
  section: string;
  status: ArticleStatus | "";
  q: string;
}

function readFilters(search: URLSearchParams): Filters {
  const edition = search.get("edition");
  const status = search.get("status");
  return {
    edition: edition && EDITIONS.includes(edition) ? edition : "",
    section: search.get("section") ?? "",
    status: ARTICLE_STATUSES.find((s) => s === status) ?? "",
    q: search.get("q") ?? "",
  };
}

function toSearch(filters: Filters): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : "";
}

export function StoriesPage() {
  const { t, plural, formatDateTime } = useI18n();
  const { search } = useLocation();
  const applied = readFilters(search);
  const appliedKey = toSearch(applied);

  const [form, setForm] = useState<Filters>(applied);
  const sections = useSections(form.edition || null);

  const [items, setItems] = useState<Article[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: appliedKey encodes the filters.
  useEffect(() => {
    setForm(applied);
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    articlesApi.list({ ...applied, limit: PAGE_SIZE }, controller.signal).then(
      (page) => {
        setItems(page.items);
        setCursor(page.nextCursor);
        setLoading(false);
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [appliedKey]);

  // A story written anywhere may enter, leave or move in this list: the rows shown are read again,
  // in place, unless the filters changed meanwhile.
  const shownKey = useRef(appliedKey);
  shownKey.current = appliedKey;
  useLiveReload(["story"], () => {
    const key = appliedKey;
    const limit = Math.min(Math.max(items.length, PAGE_SIZE), MAX_PAGE);
    articlesApi.list({ ...applied, limit }).then(
      (page) => {
        if (shownKey.current !== key) return;
        setItems(page.items);
        setCursor(page.nextCursor);
      },
      // The list shown stays; the next change or a reload tries again.
      () => undefined,
    );
  });

  async function loadMore() {
    if (!cursor) return;
    setLoading(true);
    try {
      const page = await articlesApi.list({ ...applied, cursor, limit: PAGE_SIZE });
      setItems((prev) => [...prev, ...page.items]);
      setCursor(page.nextCursor);
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  }

  function apply(event: FormEvent) {
    event.preventDefault();
    navigate(`/stories${toSearch(form)}`);
  }

  return (
    <>
      <PageHeading title={t("stories.title")}>
        <Link to="/stories/new" className="button button-primary">
          {t("stories.new")}
        </Link>
      </PageHeading>

      <form className="filters" onSubmit={apply} aria-label={t("stories.filters")}>
        <SelectField
          label={t("stories.edition")}
          value={form.edition}
          onChange={(e) => {
            const edition = EDITIONS.includes(e.target.value) ? e.target.value : "";
            // Section slugs differ per edition, so changing edition clears the section.
            setForm({ ...form, edition, section: "" });
          }}
        >
          <option value="">{t("app.all")}</option>
          <EditionOptions />
        </SelectField>
        <SelectField
          label={t("stories.section")}
          value={form.section}
          disabled={!form.edition}
          help={form.edition ? undefined : t("stories.sectionNeedsEdition")}
          onChange={(e) => setForm({ ...form, section: e.target.value })}
        >
          <option value="">{t("app.all")}</option>
          <SectionOptions sections={sections} />
        </SelectField>
        <SelectField
          label={t("stories.status")}
          value={form.status}
          onChange={(e) =>
            setForm({ ...form, status: ARTICLE_STATUSES.find((s) => s === e.target.value) ?? "" })
          }
        >
          <option value="">{t("app.all")}</option>
          {ARTICLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("stories.search")}
          type="search"
          value={form.q}
          onChange={(e) => setForm({ ...form, q: e.target.value })}
        />
        <FilterActions resetTo="/stories" />
      </form>

      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="visually-hidden">
          {t("stories.results")}
        </h2>
        <ErrorMessage error={error} />
        <p className="muted" role="status">
          {loading ? t("app.loading") : plural("stories.count", items.length)}
        </p>
        {!loading && items.length === 0 && !error && <p>{t("stories.noResults")}</p>}
        {items.length > 0 && (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t("stories.results")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("stories.col.headline")}</th>
                  <th scope="col">{t("stories.col.edition")}</th>
                  <th scope="col">{t("stories.col.section")}</th>
                  <th scope="col">{t("stories.col.status")}</th>
                  <th scope="col">{t("stories.col.modified")}</th>
                  <th scope="col">{t("stories.col.by")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <Link to={`/stories/${a.id}`} lang={contentLang(a.edition)}>
                        {a.headline || t("stories.untitled")}
                      </Link>{" "}
                      <PresenceMarker articleId={a.id} /> <LiveDeskLink story={a} named className="small" />
                    </td>
                    <td>
                      <EditionBadge edition={a.edition} />
                    </td>
                    <td lang={contentLang(a.edition)}>{a.sectionName}</td>
                    <td>
                      <StatusBadge status={a.status} />
                    </td>
                    <td>
                      <time dateTime={a.modifiedAt}>{formatDateTime(a.modifiedAt)}</time>
                    </td>
                    <td>
                      {a.createdBy?.name ?? (
                        // No creator: the story came in with the demo data or an import, not the newsroom.
                        <span className="muted" title={t("stories.createdByImportedHelp")}>
                          {t("stories.createdByImported")}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {cursor && (
          <button type="button" className="button" onClick={() => void loadMore()} disabled={loading}>
            {loading ? t("app.loading") : t("app.loadMore")}
          </button>
        )}
      </section>
    </>
  );
}
