// The wire desk: agency items newest first, filtered (kept in the URL), updated live from the
// server's event stream. Breaking items (urgency 1–2) announce themselves; items not yet opened
// on this computer are marked unread. The chosen item is previewed beside the list.
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { wireApi } from "../api/endpoints.ts";
import type { WireItem, WireQuery } from "../api/types.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { SelectField, TextField } from "../components/Field.tsx";
import { FilterActions } from "../components/FilterActions.tsx";
import { EditionOptions } from "../components/Options.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { EditionBadge } from "../components/StatusBadge.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { contentLang, editionName } from "../lib/editions.ts";
import { Link, navigate, useLocation } from "../lib/router.tsx";
import { useAsync } from "../lib/useAsync.ts";
import { markItemsRead, readItemIds } from "../wire/readItems.ts";
import { UrgencyBadge, urgencyClass } from "../wire/UrgencyBadge.tsx";
import { type DeskUpdate, useDeskStream } from "../wire/useDeskStream.ts";
import { WireItemPreview } from "../wire/WireItemPreview.tsx";

const PAGE_SIZE = 50;

interface Filters {
  source: string;
  edition: string;
  urgency: string;
  text: string;
}

function readFilters(search: URLSearchParams): Filters {
  return {
    source: search.get("source") ?? "",
    edition: search.get("edition") ?? "",
    urgency: /^[1-9]$/.test(search.get("urgency") ?? "") ? (search.get("urgency") ?? "") : "",
    text: search.get("text") ?? "",
  };
}

function toSearch(filters: Filters, item?: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  if (item) params.set("item", String(item));
  const s = params.toString();
  return s ? `?${s}` : "";
}

function queryOf(f: Filters): WireQuery {
  return {
    ...(f.source ? { source: f.source } : {}),
    ...(f.edition ? { edition: f.edition } : {}),
    ...(f.urgency ? { urgency: Number(f.urgency) } : {}),
    ...(f.text ? { text: f.text } : {}),
    limit: PAGE_SIZE,
  };
}

/** Whether an item that came live belongs in the list as filtered (the server's text match is wider). */
function matches(item: WireItem, f: Filters): boolean {
  const text = f.text.toLowerCase();
  return (
    (!f.source || item.sourceName === f.source) &&
    (!f.edition || item.edition === f.edition) &&
    (!f.urgency || (item.urgency !== null && item.urgency <= Number(f.urgency))) &&
    (!text || `${item.headline} ${item.standfirst ?? ""}`.toLowerCase().includes(text))
  );
}

export function WirePage() {
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const { search } = useLocation();
  const applied = readFilters(search);
  const appliedKey = toSearch(applied);
  const selected = Number(search.get("item")) || undefined;
  const [form, setForm] = useState<Filters>(applied);
  const [read, setRead] = useState(readItemIds);
  const [fresh, setFresh] = useState<Set<number>>(new Set());
  const sources = useAsync((signal) => wireApi.sources(signal), []);
  const list = useAsync((signal) => wireApi.items(queryOf(applied), signal), [appliedKey]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: appliedKey encodes the filters.
  useEffect(() => setForm(applied), [appliedKey]);
  useEffect(() => {
    if (selected) setRead(markItemsRead([selected]));
  }, [selected]);

  const onUpdate = useCallback(
    ({ outcome, item }: DeskUpdate) => {
      if (!matches(item, applied)) return;
      list.setData((page) => ({ ...page, items: [item, ...page.items.filter((i) => i.id !== item.id)] }));
      setFresh((prev) => new Set(prev).add(item.id));
      if (outcome === "new" && item.urgency !== null && item.urgency <= 2)
        announce(t("wire.breakingAnnounced", { headline: item.headline, source: item.sourceName }));
    },
    [announce, t, list.setData, applied],
  );
  useDeskStream(onUpdate, list.reload);

  function apply(event: FormEvent) {
    event.preventDefault();
    navigate(`/wire${toSearch(form)}`);
  }

  return (
    <>
      <PageHeading title={t("wire.title")}>
        <Link to="/wire/sources" className="button">
          {t("wire.sources.link")}
        </Link>
      </PageHeading>
      <form className="filters" onSubmit={apply} aria-label={t("wire.filters")}>
        <SelectField
          label={t("wire.source")}
          value={form.source}
          onChange={(e) => setForm({ ...form, source: e.target.value })}
        >
          <option value="">{t("app.all")}</option>
          {(sources.data?.items ?? []).map((s) => (
            <option key={s.id} value={s.name}>
              {s.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("wire.edition")}
          value={form.edition}
          onChange={(e) => setForm({ ...form, edition: e.target.value })}
        >
          <option value="">{t("app.all")}</option>
          <EditionOptions />
        </SelectField>
        <SelectField
          label={t("wire.urgency")}
          value={form.urgency}
          onChange={(e) => setForm({ ...form, urgency: e.target.value })}
        >
          <option value="">{t("app.all")}</option>
          <option value="2">{t("wire.urgency.upTo2")}</option>
          <option value="4">{t("wire.urgency.upTo4")}</option>
        </SelectField>
        <TextField
          label={t("wire.text")}
          type="search"
          value={form.text}
          onChange={(e) => setForm({ ...form, text: e.target.value })}
        />
        <FilterActions resetTo="/wire" />
      </form>

      <div className="wire-desk">
        <section aria-labelledby="wire-list-heading" className="wire-list">
          <h2 id="wire-list-heading" className="visually-hidden">
            {t("wire.items")}
          </h2>
          {list.status === "loading" && <p className="muted">{t("app.loading")}</p>}
          {list.status === "error" && <ErrorMessage error={list.error} onRetry={list.reload} />}
          {list.status === "ok" && list.data.items.length === 0 && <p>{t("wire.empty")}</p>}
          {list.status === "ok" && (
            <ul className="wire-items">
              {list.data.items.map((item) => {
                const unread = !read.has(item.id);
                return (
                  <li
                    key={item.id}
                    className={`wire-row ${urgencyClass(item.urgency)}${fresh.has(item.id) ? " wire-fresh" : ""}`}
                  >
                    <a
                      href={`/newsroom/wire${toSearch(applied, item.id)}`}
                      aria-current={item.id === selected ? "true" : undefined}
                      onClick={(e) => {
                        e.preventDefault();
                        navigate(`/wire${toSearch(applied, item.id)}`);
                      }}
                    >
                      <span
                        className={unread ? "wire-headline unread" : "wire-headline"}
                        lang={contentLang(item.edition)}
                      >
                        {unread && <span className="visually-hidden">{t("wire.unread")} </span>}
                        {item.headline || t("stories.untitled")}
                      </span>
                    </a>
                    <span className="wire-row-meta small">
                      <UrgencyBadge urgency={item.urgency} /> <EditionBadge edition={item.edition} />{" "}
                      {item.sourceName} ·{" "}
                      <time dateTime={item.updatedAt}>{formatDateTime(item.updatedAt)}</time>
                      {item.status !== "usable" && <strong> · {t(`wire.status.${item.status}`)}</strong>}
                      {item.embargoed && <> · {t("wire.embargoed")}</>}
                      {item.adoptions.map((a) => (
                        <span key={a.articleId}>
                          {" "}
                          ·{" "}
                          {t(a.kind === "adopt" ? "wire.adoptedIn" : "wire.translatedIn", {
                            edition: editionName(a.edition, t),
                          })}
                        </span>
                      ))}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        <section className="wire-preview-pane" aria-label={t("wire.preview")}>
          {selected ? (
            <WireItemPreview key={selected} id={selected} />
          ) : (
            <p className="muted">{t("wire.pick")}</p>
          )}
        </section>
      </div>
    </>
  );
}
