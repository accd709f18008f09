// The newsroom's one live connection: a single EventSource on GET /api/admin/v1/live for the
// whole signed-in app, shared by every page and component that wants to hear changes.
//
// API
//   <LiveProvider>{app}</LiveProvider>
//     Opens the stream while mounted (App mounts it inside the signed-in shell); one tab of the
//     user's opens it and passes its events to the others (see shareStream).
//   useLiveEvent(kind, handler)
//     Calls handler(data) for each `kind` event ("story" | "presence" | "notification" | "entry" |
//     "coverage" | "entry-task"); data is
//     typed by LiveEvents below. The handler may be a new function every render.
//   useLiveResync(handler)
//     Calls handler() when events may have been missed: a `resync` event (the server's node lost
//     its feed for a while) or the stream reconnecting after a drop. Reload what you show.
//   useLiveReload(kinds, reload, { when?, delayMs? })
//     The usual need of a list: reload() once, debounced (default 400 ms), after any event of
//     `kinds` that `when(kind, data)` accepts (default: all), and on every resync.
//
// Events only name what changed; whoever hears one reloads through the ordinary routes, which
// apply every permission. Outside a LiveProvider the hooks hear nothing.
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from "react";
import { API_BASE } from "../api/client.ts";
import { useUser } from "./session.tsx";

/** A story was created, saved, moved through the workflow or deleted (status "deleted"). */
export interface StoryEvent {
  articleId: number;
  edition: string;
  status: string;
  version: number;
  byUserId: number | null;
}

/** Who has a story open, or is typing in it, changed. */
export interface PresenceEvent {
  articleId: number;
}

/** The signed-in user has a new notification, or read some: reload the bell. */
export type NotificationEvent = Record<string, never>;

/** An entry on a live blog was posted, corrected or removed: reload the live desk's stream. */
export interface EntryEvent {
  articleId: number;
  entryId: number;
  action: "posted" | "edited" | "deleted";
}

/** A live blog's coverage ended or reopened. */
export interface CoverageEvent {
  articleId: number;
  ended: boolean;
}

/** An entry was sent to this live blog's desk to translate, or translated there: reload its tasks. */
export interface EntryTaskEvent {
  articleId: number;
  taskId: number;
  action: "opened" | "done";
}

export interface LiveEvents {
  story: StoryEvent;
  presence: PresenceEvent;
  notification: NotificationEvent;
  entry: EntryEvent;
  coverage: CoverageEvent;
  "entry-task": EntryTaskEvent;
}

export type LiveKind = keyof LiveEvents;

const KINDS: LiveKind[] = ["story", "presence", "notification", "entry", "coverage", "entry-task"];

type AnyHandler = (data: unknown) => void;

interface LiveHub {
  on: (kind: LiveKind, handler: AnyHandler) => () => void;
  onResync: (handler: () => void) => () => void;
}

const LiveContext = createContext<LiveHub>({ on: () => () => {}, onResync: () => () => {} });

function createHub() {
  const handlers = new Map<LiveKind, Set<AnyHandler>>(KINDS.map((kind) => [kind, new Set()]));
  const resyncs = new Set<() => void>();
  const value: LiveHub = {
    on: (kind, handler) => {
      handlers.get(kind)?.add(handler);
      return () => handlers.get(kind)?.delete(handler);
    },
    onResync: (handler) => {
      resyncs.add(handler);
      return () => resyncs.delete(handler);
    },
  };
  return { handlers, resyncs, value };
}

/** What the tab holding the stream passes to the user's other tabs. */
type Relayed = { kind: LiveKind; data: unknown } | { kind: "resync" };

/**
 * Opens the stream and calls `relay` for each event; answers the function that closes it. A
 * stream that reconnects after a drop, or that takes over from a tab that closed, may have
 * missed events: `relay` is then given a resync.
 */
function openStream(relay: (message: Relayed) => void, tookOver: boolean): () => void {
  const source = new EventSource(`${API_BASE}/live`);
  for (const kind of KINDS) {
    source.addEventListener(kind, (event) => {
      try {
        relay({ kind, data: JSON.parse((event as MessageEvent<string>).data) });
      } catch {
        // Not JSON: nothing this app sent.
      }
    });
  }
  source.addEventListener("resync", () => relay({ kind: "resync" }));
  // EventSource reconnects by itself; whatever happened while it was away is only known by reloading.
  let missed = tookOver;
  source.addEventListener("error", () => {
    missed = true;
  });
  source.addEventListener("open", () => {
    if (missed) relay({ kind: "resync" });
    missed = false;
  });
  return () => source.close();
}

/**
 * One stream for all of a user's tabs: a browser keeps at most six connections to one server
 * over HTTP/1.1, so a stream per tab would leave the seventh tab waiting for ever. The tab that
 * holds a Web Lock named for the user opens the stream and passes each event to the others on a
 * BroadcastChannel; when it closes, the lock passes to another tab, which opens the stream.
 * Browsers without locks (or pages not served over HTTPS or from localhost) keep a stream per tab.
 */
function shareStream(userId: number, deliver: (message: Relayed) => void): () => void {
  if (!("locks" in navigator) || typeof BroadcastChannel === "undefined") return openStream(deliver, false);
  const name = `dateline-live-${userId}`;
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event: MessageEvent<Relayed>) => deliver(event.data);
  const leaving = new AbortController();
  const left = new Promise<void>((resolve) => leaving.signal.addEventListener("abort", () => resolve()));
  const lead = async (tookOver: boolean) => {
    const close = openStream((message) => {
      deliver(message);
      channel.postMessage(message);
    }, tookOver);
    await left;
    close();
  };
  navigator.locks
    .request(name, { ifAvailable: true }, async (lock) => {
      if (lock) return lead(false);
      // Another tab holds the stream: wait to take it over when that tab closes.
      await navigator.locks.request(name, { signal: leaving.signal }, () => lead(true));
    })
    // Refused when the tab leaves while still waiting for the lock: nothing to close.
    .catch(() => undefined);
  return () => {
    leaving.abort();
    channel.close();
  };
}

export function LiveProvider({ children }: { children: ReactNode }) {
  const [hub] = useState(createHub);
  const user = useUser();

  useEffect(() => {
    const { handlers, resyncs } = hub;
    // Copies: a handler may unsubscribe (a page unmounting) while others are being told.
    return shareStream(user.id, (message) => {
      if (message.kind === "resync") for (const handler of [...resyncs]) handler();
      else for (const handler of [...(handlers.get(message.kind) ?? [])]) handler(message.data);
    });
  }, [hub, user.id]);

  return <LiveContext.Provider value={hub.value}>{children}</LiveContext.Provider>;
}

export function useLiveEvent<K extends LiveKind>(kind: K, handler: (data: LiveEvents[K]) => void): void {
  const hub = useContext(LiveContext);
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => hub.on(kind, (data) => latest.current(data as LiveEvents[K])), [hub, kind]);
}

export function useLiveResync(handler: () => void): void {
  const hub = useContext(LiveContext);
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => hub.onResync(() => latest.current()), [hub]);
}

export interface LiveReloadOptions {
  /** Which events matter to this list; all of `kinds` by default. */
  when?: <K extends LiveKind>(kind: K, data: LiveEvents[K]) => boolean;
  /** Events often come in bursts (a save, then a workflow move): one reload after the last. */
  delayMs?: number;
}

export function useLiveReload(kinds: LiveKind[], reload: () => void, options: LiveReloadOptions = {}): void {
  const hub = useContext(LiveContext);
  const latest = useRef({ reload, options });
  latest.current = { reload, options };
  const kindsKey = kinds.join(",");
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current.reload(), latest.current.options.delayMs ?? 400);
    };
    const stops = kindsKey.split(",").map((kind) =>
      hub.on(kind as LiveKind, (data) => {
        const { when } = latest.current.options;
        if (!when || when(kind as LiveKind, data as never)) schedule();
      }),
    );
    stops.push(hub.onResync(schedule));
    return () => {
      clearTimeout(timer);
      for (const stop of stops) stop();
    };
  }, [hub, kindsKey]);
}
