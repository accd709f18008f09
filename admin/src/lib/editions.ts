// The newspaper's editions, read from the server once when the app starts (GET /editions), so an
// edition added to the site settings needs no change here.
import { request } from "../api/client.ts";
import type { Edition, EditionCode } from "../api/types.ts";
import { en, type MessageKey } from "../i18n/en.ts";
import type { I18n } from "../i18n/i18n.tsx";

let editions: readonly Edition[] = [];
/** Edition codes in the server's order; filled by loadEditions before the app renders. */
export const EDITIONS: EditionCode[] = [];

export async function loadEditions(): Promise<void> {
  editions = (await request<{ items: Edition[] }>("GET", "/editions")).items;
  EDITIONS.splice(0, EDITIONS.length, ...editions.map((e) => e.code));
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
