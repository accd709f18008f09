import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import type { WritePath } from "../events/write-path.ts";
import { AppError } from "../http/app-error.ts";

export interface FrontPageCuration {
  lead: number | null;
  slots: number[];
}

/** The editors' choice for an edition's front page: position 0 is the lead, then the slots in order. */
export async function findFrontPage(db: Kysely<Database>, edition: string): Promise<FrontPageCuration> {
  const rows = await db
    .selectFrom("front_page_slots")
    .where("edition", "=", edition)
    .select(["position", "article_id"])
    .orderBy("position")
    .execute();
  return {
    lead: rows.find((r) => r.position === 0)?.article_id ?? null,
    slots: rows.filter((r) => r.position > 0).map((r) => r.article_id),
  };
}

/**
 * Refuses an arrangement a save would not store: a story in two places, or one that is not a
 * published story of the edition (422, naming them). The save checks inside its transaction; a
 * preview checks the same way, so what it shows is what a save would give.
 */
export async function assertValidCuration(
  db: Kysely<Database>,
  edition: string,
  curation: FrontPageCuration,
): Promise<void> {
  const ids = [...(curation.lead === null ? [] : [curation.lead]), ...curation.slots];
  if (new Set(ids).size !== ids.length)
    throw new AppError("UNPROCESSABLE", "A story can take only one place on the front page.");
  if (ids.length === 0) return;
  const found = await db
    .selectFrom("articles")
    .where("id", "in", ids)
    .where("edition", "=", edition)
    .where("status", "=", "published")
    .select("id")
    .execute();
  const missing = ids.filter((id) => !found.some((f) => f.id === id));
  if (missing.length) {
    throw new AppError(
      "UNPROCESSABLE",
      `Not published stories of the ${edition} edition: ${missing.join(", ")}.`,
    );
  }
}

/** Replaces the curation; every story must be a published one of the same edition. */
export async function saveFrontPage(
  writes: WritePath,
  edition: string,
  curation: FrontPageCuration,
): Promise<void> {
  await writes.run(async ({ trx, record }) => {
    await assertValidCuration(trx, edition, curation);
    await trx.deleteFrom("front_page_slots").where("edition", "=", edition).execute();
    const rows = [
      ...(curation.lead === null ? [] : [{ edition, position: 0, article_id: curation.lead }]),
      ...curation.slots.map((article_id, i) => ({ edition, position: i + 1, article_id })),
    ];
    if (rows.length) await trx.insertInto("front_page_slots").values(rows).execute();
    await record({ type: "front-page.changed", edition });
  });
}
