// A small router over the History API. The server answers every /newsroom/* path with
// index.html, so client paths are real URLs (bookmarkable, back/forward work).
import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from "react";

/** "/newsroom/" in production; comes from Vite's `base`. */
const BASE = import.meta.env.BASE_URL.replace(/\/$/, "");

export interface Location {
  /** Path inside the app, always starting with "/", without the /newsroom prefix. */
  path: string;
  search: URLSearchParams;
}

const listeners = new Set<() => void>();
let cached: { key: string; location: Location } | null = null;

function snapshot(): Location {
  const key = window.location.pathname + window.location.search;
  if (cached?.key !== key) {
    let path = window.location.pathname;
    if (BASE && path.startsWith(BASE)) path = path.slice(BASE.length);
    cached = { key, location: { path: path || "/", search: new URLSearchParams(window.location.search) } };
  }
  return cached.location;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

/** Guards (e.g. unsaved edits) can veto a client-side navigation. */
type Guard = () => boolean;
const guards = new Set<Guard>();
export function addNavigationGuard(guard: Guard): () => void {
  guards.add(guard);
  return () => guards.delete(guard);
}

export function href(to: string): string {
  return `${BASE}${to}`;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  for (const guard of guards) if (!guard()) return;
  const url = href(to);
  if (options.replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
  for (const listener of listeners) listener();
  window.scrollTo(0, 0);
}

export function useLocation(): Location {
  return useSyncExternalStore(subscribe, snapshot);
}

/** Matches "/stories/:id" style patterns; returns the params or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split("/").filter(Boolean);
  const s = path.split("/").filter(Boolean);
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const part = p[i] as string;
    const seg = s[i] as string;
    if (part.startsWith(":")) params[part.slice(1)] = decodeURIComponent(seg);
    else if (part !== seg) return null;
  }
  return params;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { to: string };

export function Link({ to, onClick, ...rest }: LinkProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    // Let the browser handle new-tab/window clicks and anything already handled.
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      rest.target
    ) {
      return;
    }
    event.preventDefault();
    navigate(to);
  }
  return <a href={href(to)} onClick={handleClick} {...rest} />;
}
