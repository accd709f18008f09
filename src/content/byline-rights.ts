import type { Transaction } from "kysely";
import { roleAtLeast } from "../accounts/roles.ts";
import type { User } from "../accounts/user.ts";
import type { Database } from "../db/database.ts";
import { AppError } from "../http/app-error.ts";

/**
 * Bylines below the editor's desk: authors and contributors may only put on a story the bylines
 * linked to their own account (`authors.user_id`); anyone else's byline needs an editor. Bylines
 * a story already carries stay, so someone else's earlier choice does not block a save.
 */
export async function assertBylinesAllowed(
  trx: Transaction<Database>,
  user: User,
  bylines: readonly string[],
  already: readonly string[] = [],
): Promise<void> {
  if (roleAtLeast(user.role, "editor")) return;
  const added = bylines.filter((slug) => !already.includes(slug));
  if (added.length === 0) return;
  const rows = await trx
    .selectFrom("authors")
    .where("slug", "in", added)
    .select(["slug", "user_id"])
    .execute();
  // An unknown slug is left to resolveAuthors, which answers 400 naming it.
  const foreign = added.find((slug) => {
    const row = rows.find((r) => r.slug === slug);
    return row !== undefined && row.user_id !== user.id;
  });
  if (foreign !== undefined) {
    throw new AppError(
      "FORBIDDEN",
      `As ${user.role} you may only sign with your own byline; "${foreign}" needs an editor.`,
      { extra: { byline: foreign } },
    );
  }
}
