// The newsroom's one live connection: a single EventSource on GET /api/admin/v1/live for the
// whole signed-in app, shared by every page and component that wants to hear changes.
//
// API
//   <LiveProvider>{app}</LiveProvider>
//     Opens the stream while mounted (App mounts it inside the signed-in shell).
//   useLiveEvent(kind, handler)
//     Calls handler(data) for each `kind` event ("story" | "presence" | "notification"); data is
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

export interface LiveEvents {
  story: StoryEvent;
  presence: PresenceEvent;
  notification: NotificationEvent;
}

export type LiveKind = keyof LiveEvents;

const KINDS: LiveKind[] = ["story", "presence", "notification"];

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

export function LiveProvider({ children }: { children: ReactNode }) {
  const [hub] = useState(createHub);

  useEffect(() => {
    const { handlers, resyncs } = hub;
    const source = new EventSource(`${API_BASE}/live`);
    // Copies: a handler may unsubscribe (a page unmounting) while others are being told.
    const resync = () => {
      for (const handler of [...resyncs]) handler();
    };
    for (const kind of KINDS) {
      source.addEventListener(kind, (event) => {
        let data: unknown;
        try {
          data = JSON.parse((event as MessageEvent<string>).data);
        } catch {
          return;
        }
        for (const handler of [...(handlers.get(kind) ?? [])]) handler(data);
      });
    }
    source.addEventListener("resync", resync);
    // EventSource reconnects by itself; whatever happened while it was away is only known by reloading.
    let dropped = false;
    source.addEventListener("error", () => {
      dropped = true;
    });
    source.addEventListener("open", () => {
      if (dropped) resync();
      dropped = false;
    });
    return () => source.close();
  }, [hub]);

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
