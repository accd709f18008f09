// The mark a story list shows beside a story someone else has open: "Rahima is editing" or
// "Rahima is typing…". Plain text, not announced: a list changing under a screen reader's cursor
// would interrupt it for every keystroke elsewhere in the newsroom.
import type { PresentPerson } from "../api/presence.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { useStoryPresence } from "../lib/presence.tsx";

export function PresenceMarker({ articleId }: { articleId: number }) {
  const people = useStoryPresence(articleId);
  const text = usePresenceText(people);
  if (!text) return null;
  return (
    <span className={`presence-marker${people.some((p) => p.typing) ? " presence-typing" : ""}`}>{text}</span>
  );
}

/** "Rahima is typing…", "Rahima and Karim are editing", both sentences when some type; "" for nobody. */
export function usePresenceText(people: PresentPerson[]): string {
  const { t, lang } = useI18n();
  const list = (names: string[]) => nameList(lang, names);
  const typing = people.filter((p) => p.typing).map((p) => p.name);
  const editing = people.filter((p) => !p.typing).map((p) => p.name);
  const say = (names: string[], one: "presence.typing" | "presence.editing") =>
    names.length === 0 ? [] : [t(names.length === 1 ? one : `${one}Many`, { names: list(names) })];
  return [...say(typing, "presence.typing"), ...say(editing, "presence.editing")].join(" ");
}

/** "Rahima, Karim and Mita" in the interface's language. */
export function nameList(lang: string, names: string[]): string {
  return new Intl.ListFormat(lang, { type: "conjunction" }).format(names);
}
