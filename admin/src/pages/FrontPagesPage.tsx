// Front page curation for one edition: a lead story and ordered slots chosen from published
// stories, reordered in a ReorderList, with a preview of the public page as arranged.
import { useCallback, useEffect, useState } from "react";
import { articlesApi, frontPagesApi } from "../api/endpoints.ts";
import type { Article, EditionCode, FrontPage } from "../api/types.ts";
import { BreakingPanel } from "../breaking/BreakingPanel.tsx";
import { useAnnounce } from "../components/Announcer.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { SelectField } from "../components/Field.tsx";
import { FrontPagePreview } from "../components/FrontPagePreview.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { ReorderList } from "../components/ReorderList.tsx";
import { StorySearchPicker } from "../components/StorySearchPicker.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { contentLang, defaultEdition, EDITIONS, editionName } from "../lib/editions.ts";
import { addNavigationGuard, Link, matchPath, useLocation } from "../lib/router.tsx";

export function FrontPagesPage() {
  const { path } = useLocation();
  const param = matchPath("/front-pages/:edition", path)?.edition;
  const edition: EditionCode = param && EDITIONS.includes(param) ? param : defaultEdition();
  const { t } = useI18n();

  return (
    <>
      <PageHeading title={t("front.title")} />
      <nav aria-label={t("front.title")} className="tabs">
        <ul>
          {EDITIONS.map((ed) => (
            <li key={ed}>
              <Link to={`/front-pages/${ed}`} aria-current={ed === edition ? "page" : undefined}>
                {editionName(ed, t)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <BreakingPanel key={`breaking-${edition}`} edition={edition} />
      {/* key: switching edition starts from that edition's saved page */}
      <FrontPageEditor key={edition} edition={edition} />
    </>
  );
}

type Headlines = Map<number, string>;

function FrontPageEditor({ edition }: { edition: EditionCode }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const lang = contentLang(edition);

  const [saved, setSaved] = useState<FrontPage | null>(null);
  const [lead, setLead] = useState<number | null>(null);
  const [slots, setSlots] = useState<number[]>([]);
  const [published, setPublished] = useState<Article[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [headlines, setHeadlines] = useState<Headlines>(new Map());
  const [toAdd, setToAdd] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const remember = useCallback((articles: Article[]) => {
    setHeadlines((prev) => {
      const next = new Map(prev);
      for (const a of articles) next.set(a.id, a.headline);
      return next;
    });
  }, []);

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const [page, list] = await Promise.all([
          frontPagesApi.get(edition),
          articlesApi.list({ edition, status: "published", limit: 50 }),
        ]);
        if (!live) return;
        setSaved(page);
        setLead(page.lead);
        setSlots(page.slots);
        setPublished(list.items);
        setCursor(list.nextCursor);
        remember(list.items);
        // Stories on the page but not in the first page of results still need their headlines.
        const known = new Set(list.items.map((a) => a.id));
        const missing = [page.lead, ...page.slots].filter(
          (id): id is number => id !== null && !known.has(id),
        );
        const extra = await Promise.all(missing.map((id) => articlesApi.get(id).catch(() => null)));
        if (live) remember(extra.filter((a): a is Article => a !== null));
      } catch (err) {
        if (live) setError(err);
      }
    })();
    return () => {
      live = false;
    };
  }, [edition, remember]);

  const headlineOf = (id: number) => headlines.get(id) ?? t("order.unknownStory", { id });
  const dirty = saved !== null && (saved.lead !== lead || saved.slots.join(",") !== slots.join(","));

  // Leaving with an unsaved arrangement asks first: closing the tab (the browser's own words) and
  // moving elsewhere in the app, the other edition's page included.
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", onBeforeUnload);
    const removeGuard = addNavigationGuard(() => window.confirm(t("front.leaveWarning")));
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      removeGuard();
    };
  }, [dirty, t]);

  function add() {
    const id = Number(toAdd);
    if (!id || slots.includes(id)) return;
    setSlots([...slots, id]);
    setToAdd("");
    setMessage(null);
    announce(t("front.added", { headline: headlineOf(id), position: slots.length + 1 }));
  }

  async function loadMore() {
    if (!cursor) return;
    try {
      const page = await articlesApi.list({ edition, status: "published", limit: 50, cursor });
      setPublished((prev) => [...prev, ...page.items]);
      setCursor(page.nextCursor);
      remember(page.items);
    } catch (err) {
      setError(err);
    }
  }

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const result = await frontPagesApi.put(edition, { lead, slots });
      setSaved(result);
      setLead(result.lead);
      setSlots(result.slots);
      setMessage(t("front.saved"));
      announce(t("front.saved"));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  if (!saved && !error) return <p role="status">{t("app.loading")}</p>;

  const candidates = published.filter((a) => a.id !== lead && !slots.includes(a.id));

  return (
    <>
      <section aria-labelledby="front-heading" className="front-editor">
        <h2 id="front-heading">{t("front.edition", { edition: editionName(edition, t) })}</h2>
        <ErrorMessage error={error} />
        {saved && (
          <>
            <SelectField
              label={t("front.lead")}
              lang={lang}
              value={lead === null ? "" : String(lead)}
              onChange={(e) => {
                const id = e.target.value ? Number(e.target.value) : null;
                setLead(id);
                // A story is either the lead or in a slot, not both.
                if (id !== null) setSlots((prev) => prev.filter((x) => x !== id));
                setMessage(null);
              }}
            >
              <option value="">{t("app.none")}</option>
              {lead !== null && !published.some((a) => a.id === lead) && (
                <option value={String(lead)}>{headlineOf(lead)}</option>
              )}
              {published.map((a) => (
                <option key={a.id} value={String(a.id)}>
                  {a.headline}
                </option>
              ))}
            </SelectField>

            <h3 id="slots-heading" tabIndex={-1}>
              {t("front.slots")}
            </h3>
            <p className="help">{t("front.slotsHelp")}</p>
            <ReorderList
              ids={slots}
              headingId="slots-heading"
              lang={lang}
              emptyText={t("front.emptySlots")}
              headlineOf={headlineOf}
              onChange={(next) => {
                setSlots(next);
                setMessage(null);
              }}
            />

            <fieldset className="add-slot">
              <legend>{t("front.add")}</legend>
              <StorySearchPicker
                edition={edition}
                lang={lang}
                exclude={lead === null ? slots : [lead, ...slots]}
                onPick={(story) => {
                  remember([story]);
                  setSlots([...slots, story.id]);
                  setMessage(null);
                  announce(t("front.added", { headline: story.headline, position: slots.length + 1 }));
                }}
              />
              <div className="inline-form">
                <SelectField
                  label={t("front.storyToAdd")}
                  lang={lang}
                  value={toAdd}
                  onChange={(e) => setToAdd(e.target.value)}
                >
                  <option value="">—</option>
                  {candidates.map((a) => (
                    <option key={a.id} value={String(a.id)}>
                      {a.headline}
                    </option>
                  ))}
                </SelectField>
                <button type="button" className="button" disabled={!toAdd} onClick={add}>
                  {t("front.addButton")}
                </button>
              </div>
              {cursor && (
                <button type="button" className="button button-quiet" onClick={() => void loadMore()}>
                  {t("front.loadMoreStories")}
                </button>
              )}
            </fieldset>

            <div className="save-bar">
              <button
                type="button"
                className="button button-primary"
                disabled={busy || !dirty}
                onClick={() => void save()}
              >
                {busy ? t("app.saving") : t("front.save")}
              </button>
              <span role="status" className="muted">
                {dirty ? t("front.unsaved") : (message ?? "")}
              </span>
            </div>
          </>
        )}
      </section>
      {saved && <FrontPagePreview edition={edition} lead={lead} slots={slots} />}
    </>
  );
}
