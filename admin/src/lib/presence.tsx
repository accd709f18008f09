// Who else has which story open, for the whole app: one GET /presence, asked again when the live
// stream says presence changed (or may have been missed) and every 30 s, which also lets the
// server drop people whose editor stopped beating without anyone else noticing.
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { type PresentPerson, presenceApi } from "../api/presence.ts";
import { useLiveReload } from "./live.tsx";
import { useUser } from "./session.tsx";

const REFRESH_MS = 30_000;
const NOBODY: PresentPerson[] = [];

interface PresenceState {
  /** Everyone else with a story open, by story id. */
  byStory: ReadonlyMap<number, PresentPerson[]>;
  /** What a heartbeat answered for one story: fresher than the last full load. */
  setStory: (articleId: number, people: PresentPerson[]) => void;
}

const PresenceContext = createContext<PresenceState>({ byStory: new Map(), setStory: () => {} });

export function PresenceProvider({ children }: { children: ReactNode }) {
  const me = useUser().id;
  const [byStory, setByStory] = useState<ReadonlyMap<number, PresentPerson[]>>(new Map());
  const loading = useRef<AbortController | null>(null);

  const load = useCallback(() => {
    loading.current?.abort();
    const controller = new AbortController();
    loading.current = controller;
    presenceApi.all(controller.signal).then(
      ({ items }) => {
        if (controller.signal.aborted) return;
        setByStory(
          new Map(
            items
              .map((s) => [s.articleId, s.people.filter((p) => p.userId !== me)] as const)
              .filter(([, people]) => people.length > 0),
          ),
        );
      },
      // Presence is a courtesy: a failed load keeps what is shown until the next one.
      () => undefined,
    );
  }, [me]);

  useEffect(() => {
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      clearInterval(timer);
      loading.current?.abort();
    };
  }, [load]);
  useLiveReload(["presence"], load, { delayMs: 250 });

  const setStory = useCallback(
    (articleId: number, people: PresentPerson[]) =>
      setByStory((prev) => {
        const next = new Map(prev);
        const others = people.filter((p) => p.userId !== me);
        if (others.length > 0) next.set(articleId, others);
        else next.delete(articleId);
        return next;
      }),
    [me],
  );

  const value = useMemo(() => ({ byStory, setStory }), [byStory, setStory]);
  return <PresenceContext.Provider value={value}>{children}</PresenceContext.Provider>;
}

/** The other people who have this story open, first opener first. */
export function useStoryPresence(articleId: number): PresentPerson[] {
  return useContext(PresenceContext).byStory.get(articleId) ?? NOBODY;
}

export function useSetStoryPresence(): PresenceState["setStory"] {
  return useContext(PresenceContext).setStory;
}
