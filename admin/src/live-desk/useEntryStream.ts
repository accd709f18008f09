// The desk's copy of a live blog's stream: the newest page, older pages loaded on demand, and
// rereads (of as many entries as are shown) when a signal says an entry changed.
import { useCallback, useEffect, useRef, useState } from "react";
import { ENTRIES_PAGE_MAX, type LiveEntry, liveApi } from "../api/live.ts";

export const DESK_PAGE = 20;

interface Loaded {
  items: LiveEntry[];
  cursor: string | null;
}

/** The newest `wanted` entries (at least a page), in as few requests as the route allows. */
async function readNewest(articleId: number, wanted: number): Promise<Loaded> {
  const items: LiveEntry[] = [];
  let cursor: string | null = null;
  do {
    const limit = Math.min(ENTRIES_PAGE_MAX, wanted - items.length);
    const page = await liveApi.entries(articleId, { cursor, limit });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && items.length < wanted);
  return { items, cursor };
}

/**
 * The newest entries and the pinned one, which readers see on top however old it is: when it is
 * older than the pages read, it joins them (paging on skips it, as it is already shown).
 */
async function readStream(articleId: number, wanted: number): Promise<Loaded> {
  const [newest, { pinned }] = await Promise.all([
    readNewest(articleId, wanted),
    liveApi.coverage(articleId),
  ]);
  if (!pinned || newest.items.some((e) => e.id === pinned.id)) return newest;
  return { ...newest, items: [...newest.items, pinned] };
}

export interface EntryStream {
  entries: LiveEntry[] | null;
  hasOlder: boolean;
  loadingOlder: boolean;
  error: unknown;
  /** Rereads what is shown; answers the entries posted since (undefined on failure or when overtaken). */
  reload: () => Promise<LiveEntry[] | undefined>;
  loadOlder: () => Promise<void>;
  /** Reads one shown entry as it now stands, without touching the list; null once removed. */
  readEntry: (entryId: number) => Promise<LiveEntry | null>;
  /** Shows an entry the desk itself posted or corrected, before any signal comes back. */
  put: (entry: LiveEntry) => void;
  drop: (entryId: number) => void;
}

/** Pinning one entry unpins the others on the server; the desk mirrors it until its next reread. */
function placed(items: LiveEntry[], entry: LiveEntry): LiveEntry[] {
  const others = items
    .filter((e) => e.id !== entry.id)
    .map((e) => (entry.pinned ? { ...e, pinned: false } : e));
  const at = others.findIndex(
    (e) => e.postedAt < entry.postedAt || (e.postedAt === entry.postedAt && e.id < entry.id),
  );
  return at === -1 ? [...others, entry] : [...others.slice(0, at), entry, ...others.slice(at)];
}

export function useEntryStream(articleId: number): EntryStream {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const shown = useRef<Loaded | null>(null);
  shown.current = loaded;
  // Only the latest reread may land: an older one finishing last would bring back a removed entry.
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    const before = new Set(shown.current?.items.map((e) => e.id));
    // New means posted since the newest shown (the list is newest first): an old entry pinned
    // meanwhile also joins the list, and is not news.
    const newest = shown.current?.items[0]?.postedAt ?? "";
    try {
      const next = await readStream(articleId, Math.max(DESK_PAGE, shown.current?.items.length ?? 0));
      if (mine !== generation.current) return undefined;
      setLoaded(next);
      setError(null);
      return next.items.filter((e) => !before.has(e.id) && e.postedAt >= newest);
    } catch (err) {
      if (mine === generation.current) setError(err);
      return undefined;
    }
  }, [articleId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const loadOlder = useCallback(async () => {
    const cursor = shown.current?.cursor;
    if (!cursor) return;
    setLoadingOlder(true);
    try {
      const page = await liveApi.entries(articleId, { cursor, limit: DESK_PAGE });
      setLoaded((prev) => {
        const known = new Set(prev?.items.map((e) => e.id));
        const older = page.items.filter((e) => !known.has(e.id));
        return { items: [...(prev?.items ?? []), ...older], cursor: page.nextCursor };
      });
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setLoadingOlder(false);
    }
  }, [articleId]);

  const readEntry = useCallback(
    async (entryId: number) => {
      const { items } = await readStream(articleId, Math.max(DESK_PAGE, shown.current?.items.length ?? 0));
      return items.find((e) => e.id === entryId) ?? null;
    },
    [articleId],
  );

  const put = useCallback((entry: LiveEntry) => {
    setLoaded((prev) => (prev ? { ...prev, items: placed(prev.items, entry) } : prev));
  }, []);
  const drop = useCallback((entryId: number) => {
    setLoaded((prev) => (prev ? { ...prev, items: prev.items.filter((e) => e.id !== entryId) } : prev));
  }, []);

  return {
    entries: loaded?.items ?? null,
    hasOlder: Boolean(loaded?.cursor),
    loadingOlder,
    error,
    reload,
    loadOlder,
    readEntry,
    put,
    drop,
  };
}
