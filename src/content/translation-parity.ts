import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import { getEditableArticle } from "./article.service.ts";
import { changedFields, type Snapshot, snapshotAt, snapshotOf } from "./revisions.ts";
import { TRANSLATED } from "./translation-source.ts";

type Q = Kysely<Database>;

const SHOWN = 200;

interface StoryLine {
  id: number;
  headline: string;
  edition: string;
}

/** How far one edition is behind the others, over the stories published in the window. */
export interface ParityReport {
  edition: string;
  /** Stories published elsewhere with no counterpart in this edition yet, oldest first. */
  missing: (StoryLine & { publishedAt: string; waitingSeconds: number })[];
  /** How many there are (the list shows at most 200). */
  behind: number;
  /** Counterparts whose source story changed in these fields after the translation was last saved. */
  stale: { story: StoryLine; source: StoryLine; sourceChangedAt: string; changedFields: string[] }[];
}

/**
 * The translation parity of an edition: stories published in another edition since `since` that
 * have no version in this one, and this edition's versions whose source (the story they were
 * translated from, the older of the two) has changed in what a translator carries across since
 * the translation was last saved.
 */
export async function translationParity(
  db: Q,
  edition: string,
  since: Date,
  now: Date,
): Promise<ParityReport> {
  const untranslated = db
    .selectFrom("articles as a")
    .where("a.status", "=", "published")
    .where("a.edition", "!=", edition)
    .where("a.published_at", ">=", since.toISOString())
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("articles as b")
            .whereRef("b.translation_group", "=", "a.translation_group")
            .where("b.edition", "=", edition)
            .select("b.id"),
        ),
      ),
    );
  const [rows, count] = await Promise.all([
    untranslated
      .select(["a.id", "a.headline", "a.edition", "a.published_at"])
      .orderBy("a.published_at")
      .orderBy("a.id")
      .limit(SHOWN)
      .execute(),
    untranslated.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return {
    edition,
    missing: rows.map((r) => ({
      id: r.id,
      headline: r.headline,
      edition: r.edition,
      publishedAt: r.published_at ?? "",
      waitingSeconds: Math.max(0, Math.round((now.getTime() - Date.parse(r.published_at ?? "")) / 1000)),
    })),
    behind: Number(count.n),
    stale: await staleTranslations(db, edition, since),
  };
}

async function staleTranslations(db: Q, edition: string, since: Date): Promise<ParityReport["stale"]> {
  const pairs = await db
    .selectFrom("articles as t")
    .innerJoin("articles as s", (j) =>
      j
        .onRef("s.translation_group", "=", "t.translation_group")
        .onRef("s.edition", "!=", "t.edition")
        .onRef("s.created_at", "<=", "t.created_at"),
    )
    .where("t.edition", "=", edition)
    .where("s.modified_at", ">=", since.toISOString())
    .whereRef("s.modified_at", ">", "t.modified_at")
    .select([
      "t.id as id",
      "t.headline as headline",
      "t.modified_at as saved_at",
      "s.id as source_id",
      "s.headline as source_headline",
      "s.edition as source_edition",
      "s.modified_at as source_changed_at",
    ])
    .orderBy("s.modified_at")
    .limit(SHOWN)
    .execute();
  const stale: ParityReport["stale"] = [];
  for (const p of pairs) {
    const [then, source] = await Promise.all([
      snapshotAt(db, p.source_id, p.saved_at),
      getEditableArticle(db, p.source_id),
    ]);
    const now = snapshotOf(source);
    const fields = then
      ? changedFields(then, now).filter((f) => TRANSLATED.includes(f as keyof Snapshot))
      : [...TRANSLATED];
    if (fields.length === 0) continue;
    stale.push({
      story: { id: p.id, headline: p.headline, edition },
      source: { id: p.source_id, headline: p.source_headline, edition: p.source_edition },
      sourceChangedAt: p.source_changed_at,
      changedFields: fields,
    });
  }
  return stale;
}
