// Searching the photo library (caption, credit, file name and upload days), shared by the Photos
// screen and the pickers that insert photos into stories.
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { type MediaFilter, mediaApi } from "../api/endpoints.ts";
import type { Media } from "../api/types.ts";
import { useI18n } from "../i18n/i18n.tsx";

const noFilter: MediaFilter = { q: "", from: "", to: "" };

/** The filter form; the filter applies when it is submitted. */
export function PhotoSearchForm({ onSearch }: { onSearch: (filter: MediaFilter) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [form, setForm] = useState<MediaFilter>(noFilter);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({ ...form, q: form.q.trim() });
  };
  return (
    <form aria-label={t("photos.search")} className="filters photo-search" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-q`}>{t("photos.searchWords")}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={form.q}
          maxLength={200}
          aria-describedby={`${id}-q-help`}
          onChange={(e) => setForm({ ...form, q: e.target.value })}
        />
        <p id={`${id}-q-help`} className="help">
          {t("photos.searchHelp")}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>{t("photos.uploadedFrom")}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={form.from}
          max={form.to || undefined}
          onChange={(e) => setForm({ ...form, from: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t("photos.uploadedTo")}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={form.to}
          min={form.from || undefined}
          onChange={(e) => setForm({ ...form, to: e.target.value })}
        />
      </div>
      <div className="filters-actions">
        <button type="submit" className="button button-primary">
          {t("photos.searchButton")}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setForm(noFilter);
            onSearch(noFilter);
          }}
        >
          {t("stories.reset")}
        </button>
      </div>
    </form>
  );
}

/** One filter's photos, a page at a time; a new filter starts over, and a stale answer is dropped. */
export function usePhotoLibrary(onLoaded?: (items: Media[]) => void) {
  const [filter, setFilter] = useState<MediaFilter>(noFilter);
  const [items, setItems] = useState<Media[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const current = useRef<AbortController | null>(null);

  async function load(from: string | null, by: MediaFilter) {
    current.current?.abort();
    const abort = new AbortController();
    current.current = abort;
    setLoading(true);
    setError(null);
    try {
      const page = await mediaApi.list(from, by, abort.signal);
      onLoaded?.(page.items);
      setItems((prev) => (from ? [...prev, ...page.items] : page.items));
      setCursor(page.nextCursor);
    } catch (err) {
      if (abort.signal.aborted) return;
      setError(err);
    } finally {
      if (!abort.signal.aborted) setLoading(false);
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter loads its first page.
  useEffect(() => {
    void load(null, filter);
    return () => current.current?.abort();
  }, [filter]);

  const filtered = filter.q !== "" || filter.from !== "" || filter.to !== "";
  return {
    items,
    setItems,
    loading,
    error,
    filtered,
    search: setFilter,
    reload: () => void load(null, filter),
    more: cursor ? () => void load(cursor, filter) : null,
  };
}
