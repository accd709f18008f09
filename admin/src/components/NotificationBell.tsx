// The bell in the header: how many notifications are unread, and a list of the newest that link
// to their stories. It reloads whenever the live stream says this user's notifications changed
// (a new one, or read in another window) and announces new ones politely.
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { type AppNotification, notificationsApi } from "../api/notes.ts";
import type { MessageKey } from "../i18n/en.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { useLiveEvent, useLiveResync } from "../lib/live.tsx";
import { Link } from "../lib/router.tsx";
import { useAnnounce } from "./Announcer.tsx";
import { ErrorMessage } from "./ErrorMessage.tsx";

const SAID: Record<AppNotification["kind"], MessageKey> = {
  submitted: "notifications.kind.submitted",
  returned: "notifications.kind.returned",
  published: "notifications.kind.published",
  mentioned: "notifications.kind.mentioned",
};

export function NotificationBell() {
  const { t, plural, formatDateTime, formatNumber } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  const [items, setItems] = useState<AppNotification[]>([]);
  const [unread, setUnread] = useState(0);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const known = useRef<number | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const describe = useCallback(
    (n: AppNotification) =>
      t(SAID[n.kind], { who: n.actor?.name ?? t("notifications.someone"), headline: n.story.headline }),
    [t],
  );

  const load = useCallback(async () => {
    try {
      const answer = await notificationsApi.list();
      setItems(answer.items);
      setUnread(answer.unread);
      setError(null);
      const newest = answer.items[0];
      // Only what arrived while the app was open is announced, not what was waiting at sign-in.
      if (known.current !== null && newest && newest.id > known.current && !newest.readAt) {
        announce(t("notifications.new", { text: describe(newest) }));
      }
      known.current = newest?.id ?? 0;
    } catch (err) {
      setError(err);
    }
  }, [announce, describe, t]);

  useEffect(() => {
    void load();
  }, [load]);
  useLiveEvent("notification", () => void load());
  useLiveResync(() => void load());

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== "Escape") return;
      if (event instanceof MouseEvent && root.current?.contains(event.target as Node)) return;
      setOpen(false);
      if (event instanceof KeyboardEvent) button.current?.focus();
    };
    document.addEventListener("keydown", close);
    document.addEventListener("mousedown", close);
    return () => {
      document.removeEventListener("keydown", close);
      document.removeEventListener("mousedown", close);
    };
  }, [open]);

  async function markRead(which: { ids: number[] } | { upTo: number }) {
    try {
      setUnread((await notificationsApi.read(which)).unread);
      const stamp = new Date().toISOString();
      setItems((all) =>
        all.map((n) =>
          ("ids" in which ? which.ids.includes(n.id) : n.id <= which.upTo)
            ? { ...n, readAt: n.readAt ?? stamp }
            : n,
        ),
      );
    } catch (err) {
      setError(err);
    }
  }

  const label = unread ? plural("notifications.bellUnread", unread) : t("notifications.bell");
  const newest = items[0];

  return (
    <div className="bell" ref={root}>
      <button
        ref={button}
        type="button"
        className="button button-quiet button-on-dark bell-button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => {
          setOpen(!open);
          if (!open) void load();
        }}
      >
        <span aria-hidden="true">🔔</span>
        {unread > 0 && (
          <span className="bell-count" aria-hidden="true">
            {unread > 99 ? `${formatNumber(99)}+` : formatNumber(unread)}
          </span>
        )}
      </button>
      <section id={`${id}-panel`} className="bell-panel" aria-labelledby={`${id}-heading`} hidden={!open}>
        <div className="bell-panel-header">
          <h2 id={`${id}-heading`}>{t("notifications.title")}</h2>
          {unread > 0 && newest && (
            <button
              type="button"
              className="button button-quiet"
              onClick={() => void markRead({ upTo: newest.id })}
            >
              {t("notifications.markAllRead")}
            </button>
          )}
        </div>
        <ErrorMessage error={error} />
        {items.length === 0 ? (
          <p className="muted">{t("notifications.empty")}</p>
        ) : (
          <ul className="bell-list">
            {items.map((n) => (
              <li key={n.id} className={n.readAt ? "bell-item" : "bell-item bell-unread"}>
                <Link
                  to={`/stories/${n.story.id}`}
                  onClick={() => {
                    setOpen(false);
                    if (!n.readAt) void markRead({ ids: [n.id] });
                  }}
                >
                  {describe(n)}
                </Link>
                <span className="muted bell-meta">
                  {n.readAt ? "" : `${t("notifications.unread")} · `}
                  <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
