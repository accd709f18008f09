// An ordered list of stories that editors rearrange with Move up/Move down and prune with Remove,
// which work from the keyboard and with a screen reader (focus stays on the control used, at the
// story's new place), or by dragging a story to its place with the mouse. Every change is announced.
import { type ReactNode, useEffect, useRef, useState } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import { useAnnounce } from "./Announcer.tsx";

interface ReorderListProps {
  ids: number[];
  /** The heading naming the list (with tabIndex -1): focus lands there when nothing else is left. */
  headingId: string;
  lang: string;
  emptyText: string;
  headlineOf: (id: number) => string;
  /** Shown under a story's headline, e.g. its section and publication time. */
  detailsOf?: (id: number) => ReactNode;
  /** Without it the list is read-only: no buttons. */
  onChange?: (ids: number[]) => void;
}

export function ReorderList({
  ids,
  headingId,
  lang,
  emptyText,
  headlineOf,
  detailsOf,
  onChange,
}: ReorderListProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const pendingFocus = useRef<string | null>(null);
  const [dragged, setDragged] = useState<number | null>(null);

  // After a change, put focus back on the control that was used, at the story's new place.
  useEffect(() => {
    const key = pendingFocus.current;
    if (!key) return;
    pendingFocus.current = null;
    const button = buttons.current.get(key);
    if (button && !button.disabled) button.focus();
    else {
      const [id] = key.split(":");
      const fallback = [buttons.current.get(`${id}:up`), buttons.current.get(`${id}:down`)].find(
        (b) => b && !b.disabled,
      );
      if (fallback) fallback.focus();
      else document.getElementById(headingId)?.focus();
    }
  });

  function move(index: number, delta: -1 | 1) {
    const target = index + delta;
    const id = ids[index];
    if (!onChange || id === undefined || target < 0 || target >= ids.length) return;
    const next = [...ids];
    next.splice(index, 1);
    next.splice(target, 0, id);
    onChange(next);
    // At either end the button just used is disabled, so focus moves to its opposite.
    const atEdge = target === 0 || target === next.length - 1;
    pendingFocus.current = `${id}:${atEdge ? (delta < 0 ? "down" : "up") : delta < 0 ? "up" : "down"}`;
    announce(t("order.moved", { headline: headlineOf(id), position: target + 1 }));
  }

  function drop(target: number) {
    const from = dragged === null ? -1 : ids.indexOf(dragged);
    setDragged(null);
    if (!onChange || dragged === null || from < 0 || from === target) return;
    const next = ids.filter((x) => x !== dragged);
    next.splice(target, 0, dragged);
    onChange(next);
    announce(t("order.moved", { headline: headlineOf(dragged), position: target + 1 }));
  }

  function remove(index: number) {
    const id = ids[index];
    if (!onChange || id === undefined) return;
    const next = ids.filter((_, i) => i !== index);
    onChange(next);
    const neighbour = next[index] ?? next[index - 1];
    pendingFocus.current = neighbour !== undefined ? `${neighbour}:remove` : "none";
    announce(t("order.removed", { headline: headlineOf(id) }));
  }

  const keep = (key: string) => (el: HTMLButtonElement | null) => {
    buttons.current.set(key, el);
  };

  if (ids.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <ol className="slot-list" aria-labelledby={headingId}>
      {ids.map((id, index) => {
        const headline = headlineOf(id);
        return (
          <li
            key={id}
            className={dragged === id ? "slot slot-dragged" : "slot"}
            draggable={onChange !== undefined}
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = "move";
              event.dataTransfer.setData("text/plain", String(id));
              setDragged(id);
            }}
            onDragEnd={() => setDragged(null)}
            onDragOver={(event) => {
              if (dragged !== null) event.preventDefault();
            }}
            onDrop={(event) => {
              event.preventDefault();
              drop(index);
            }}
          >
            <span className="slot-position" aria-hidden="true">
              {index + 1}
            </span>
            <span className="slot-headline">
              <span lang={lang}>{headline}</span>
              {detailsOf && <span className="slot-details">{detailsOf(id)}</span>}
            </span>
            {onChange && (
              <span className="slot-actions">
                <button
                  type="button"
                  className="button button-small"
                  ref={keep(`${id}:up`)}
                  disabled={index === 0}
                  aria-label={t("order.moveUp", { headline })}
                  onClick={() => move(index, -1)}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  className="button button-small"
                  ref={keep(`${id}:down`)}
                  disabled={index === ids.length - 1}
                  aria-label={t("order.moveDown", { headline })}
                  onClick={() => move(index, 1)}
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  ref={keep(`${id}:remove`)}
                  aria-label={t("order.remove", { headline })}
                  onClick={() => remove(index)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
