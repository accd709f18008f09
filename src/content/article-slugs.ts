import type { Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import { AppError } from "../http/app-error.ts";
import type { EditableArticle } from "./article-editor.queries.ts";
import { slugify } from "./slug.ts";

type T = Transaction<Database>;

export async function slugTaken(trx: T, edition: string, slug: string, exceptId?: number): Promise<boolean> {
  let query = trx.selectFrom("articles").where("edition", "=", edition).where("slug", "=", slug);
  if (exceptId !== undefined) query = query.where("id", "!=", exceptId);
  return (await query.select("id").executeTakeFirst()) !== undefined;
}

/** A slug from the headline, numbered when the edition already has it. */
export async function freeSlug(
  trx: T,
  edition: string,
  headline: string,
  exceptId?: number,
): Promise<string> {
  const base = slugify(headline);
  for (let n = 1; ; n++) {
    const candidate = numbered(base, n);
    if (!(await slugTaken(trx, edition, candidate, exceptId))) return candidate;
  }
}

export const numbered = (base: string, n: number) => (n === 1 ? base : `${base}-${n}`);

/** Whether a slug is the one made from this headline (numbered or not), rather than one an editor chose. */
function madeFrom(slug: string, headline: string): boolean {
  const base = slugify(headline);
  return slug === base || (slug.startsWith(`${base}-`) && /^\d+$/.test(slug.slice(base.length + 1)));
}

/**
 * The slug a save leaves the story with. Empty asks for one made from the headline. Left out, a
 * story that never went live keeps following its headline while its slug is still the made one,
 * so a translation seeded with the other edition's text gets a slug from its own headline.
 */
export async function slugForSave(
  trx: T,
  current: EditableArticle,
  wanted: string | undefined,
  headline: string,
): Promise<string> {
  if (wanted === "") return freeSlug(trx, current.edition, headline, current.id);
  if (wanted === undefined) {
    const follows =
      current.publishedAt === null &&
      headline !== current.headline &&
      madeFrom(current.slug, current.headline);
    return follows ? freeSlug(trx, current.edition, headline, current.id) : current.slug;
  }
  const slug = wanted.normalize("NFC");
  if (slug !== current.slug && (await slugTaken(trx, current.edition, slug, current.id)))
    throw slugTakenError(current.edition, slug);
  return slug;
}

export function slugTakenError(edition: string, slug: string): AppError {
  return new AppError("SLUG_TAKEN", `"${slug}" is already used in ${edition}.`, { extra: { field: "slug" } });
}
