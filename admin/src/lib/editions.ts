// The newspaper's editions and the newsroom's time zone, read from the server once when the app
// starts (GET /editions), so an edition or a zone set in the site settings needs no change here.
import { request } from "../api/client.ts";
import type { Edition, EditionCode } from "../api/types.ts";
import { en, type MessageKey } from "../i18n/en.ts";
import type { I18n } from "../i18n/i18n.tsx";

let editions: readonly Edition[] = [];
// Until the server has answered (never, in practice: the app renders after it), the site's default.
let timeZone = "Asia/Dhaka";
/** Edition codes in the server's order; filled by loadEditions before the app renders. */
export const EDITIONS: EditionCode[] = [];

export async function loadEditions(): Promise<void> {
  const answer = await request<{ items: Edition[]; timeZone: string }>("GET", "/editions");
  editions = answer.items;
  timeZone = answer.timeZone;
  EDITIONS.splice(0, EDITIONS.length, ...editions.map((e) => e.code));
}

/** The newsroom's IANA time zone: every time the app shows or takes is in it, whatever the computer's. */
export function newsroomTimeZone(): string {
  return timeZone;
}

export function defaultEdition(): EditionCode {
  return (editions.find((e) => e.default) ?? editions[0])?.code ?? "";
}

export function otherEditions(edition: EditionCode): EditionCode[] {
  return EDITIONS.filter((e) => e !== edition);
}

/** BCP 47 tag for content in an edition, used on inputs so spellcheck and fonts follow the text. */
export function contentLang(edition: EditionCode): string {
  return editions.find((e) => e.code === edition)?.lang ?? edition;
}

const isMessageKey = (key: string): key is MessageKey => key in en;

/** The edition's name in the app's language when the catalogue has one, else in its own script. */
export function editionName(edition: EditionCode, t: I18n["t"]): string {
  const key = `edition.${edition}`;
  return isMessageKey(key) ? t(key) : (editions.find((e) => e.code === edition)?.name ?? edition);
}

/** The newspaper's name in an edition and the public site's address, for search and share previews. */
export function siteOf(edition: EditionCode): { name: string; url: string } {
  const found = editions.find((e) => e.code === edition);
  return { name: found?.siteName ?? "", url: found?.siteUrl ?? window.location.origin };
}
