import type { Insertable, Transaction, Updateable } from "kysely";
import type { Database } from "../db/database.ts";
import { dialectOf } from "../db/dialect.ts";
import { AppError } from "../http/app-error.ts";
import type { EditableArticle } from "./article-editor.queries.ts";
import { numbered, slugTaken, slugTakenError } from "./article-slugs.ts";
import type { ArticleTable } from "./content.tables.ts";
import { slugify } from "./slug.ts";

type T = Transaction<Database>;

type NewArticleRow = Omit<Insertable<ArticleTable>, "slug">;

/**
 * Inserts a story under the slug asked for, or one made from its headline. Two writers may pick
 * the same slug at once: the insert yields instead of failing, then a chosen slug is refused
 * (409) and a made one takes the next number. A yield with a free slug can only be the
 * translation group already holding a story in this edition.
 */
export async function insertArticle(
  trx: T,
  row: NewArticleRow,
  slug: { wanted: string | undefined; headline: string },
): Promise<number> {
  for (let n = 1; ; n++) {
    const candidate = slug.wanted ?? numbered(slugify(slug.headline), n);
    if (await slugTaken(trx, row.edition, candidate)) {
      if (slug.wanted !== undefined) throw slugTakenError(row.edition, candidate);
      continue;
    }
    const inserted = await trx
      .insertInto("articles")
      .values({ ...row, slug: candidate })
      .onConflict((oc) => oc.doNothing())
      .returning("id")
      .executeTakeFirst();
    if (inserted) return inserted.id;
    if (!(await slugTaken(trx, row.edition, candidate))) throw translationExists(row.edition);
  }
}

export function translationExists(edition: string): AppError {
  return new AppError("UNPROCESSABLE", `This story already has a ${edition} version.`, {
    extra: { field: "edition" },
  });
}

/**
 * Holds the story's row until the transaction ends. PostgreSQL needs the row lock: under READ
 * COMMITTED two transactions would otherwise both read version 1 and both write. SQLite writers
 * already take turns (one connection, and a database-wide write lock across processes).
 */
export async function lockArticle(trx: T, id: number): Promise<void> {
  if (dialectOf(trx) !== "postgres") return;
  await trx.selectFrom("articles").where("id", "=", id).select("id").forUpdate().execute();
}

/**
 * Writes the story's new state only if it is still at the version it was read at, and moves the
 * version on; a story changed meanwhile (another process, or a writer that did not lock) gets 409.
 */
export async function updateArticleAt(
  trx: T,
  read: Pick<EditableArticle, "id" | "version">,
  values: Omit<Updateable<ArticleTable>, "version" | "id">,
): Promise<void> {
  const result = await trx
    .updateTable("articles")
    .set({ ...values, version: read.version + 1 })
    .where("id", "=", read.id)
    .where("version", "=", read.version)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    const now = await trx
      .selectFrom("articles")
      .where("id", "=", read.id)
      .select("version")
      .executeTakeFirst();
    if (!now) throw new AppError("NOT_FOUND", `There is no story ${read.id}.`);
    throw new AppError("VERSION_CONFLICT", `Story ${read.id} changed while this save was made; try again.`, {
      extra: { currentVersion: now.version },
    });
  }
}
