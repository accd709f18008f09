// The editions this newsroom edits. Mirrors src/config/site.ts on the server; the admin API
// has no editions endpoint in v1, so the list is fixed here.
import type { EditionCode } from "../api/types.ts";

export const EDITIONS: readonly EditionCode[] = ["en", "bn"];

export function otherEditions(edition: EditionCode): EditionCode[] {
  return EDITIONS.filter((e) => e !== edition);
}

/** BCP 47 tag for content in an edition, used on inputs so spellcheck and fonts follow the text. */
export function contentLang(edition: EditionCode): string {
  return edition === "bn" ? "bn" : "en";
}
