// Loads data for a page and exposes loading/error/reload, cancelling stale responses so a
// fast filter change never shows an older result.
import { type DependencyList, useCallback, useEffect, useRef, useState } from "react";

export type AsyncState<T> =
  | { status: "loading"; data?: undefined; error?: undefined }
  | { status: "ok"; data: T; error?: undefined }
  | { status: "error"; data?: undefined; error: unknown };

export function useAsync<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: DependencyList,
): AsyncState<T> & {
  reload: () => void;
  /** Loads again while still showing what was loaded (a live update), instead of "loading". */
  refresh: () => void;
  setData: (update: (prev: T) => T) => void;
} {
  const [state, setState] = useState<AsyncState<T>>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const quietly = useRef(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps decide when to reload.
  useEffect(() => {
    const controller = new AbortController();
    if (!quietly.current) setState({ status: "loading" });
    quietly.current = false;
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: "ok", data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: "error", error });
      },
    );
    return () => controller.abort();
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const refresh = useCallback(() => {
    quietly.current = true;
    setAttempt((n) => n + 1);
  }, []);
  const setData = useCallback((update: (prev: T) => T) => {
    setState((prev) => (prev.status === "ok" ? { status: "ok", data: update(prev.data) } : prev));
  }, []);
  return { ...state, reload, refresh, setData };
}
