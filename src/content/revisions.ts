import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import type { EditableArticle } from "./article-editor.queries.ts";

type Q = Kysely<Database> | Transaction<Database>;

/** The fields a revision keeps: what an editor writes, not workflow state. */
export const SNAPSHOT_FIELDS = [
  "section",
  "kind",
  "slug",
  "headline",
  "standfirst",
  "body",
  "tags",
  "authors",
  "creditLine",
  "datelinePlace",
  "leadMediaId",
  "correctionNote",
  "embargoUntil",
  "seoTitle",
  "seoDescription",
  "socialTitle",
  "socialDescription",
  "socialMediaId",
] as const satisfies readonly (keyof EditableArticle)[];

export type Snapshot = Pick<EditableArticle, (typeof SNAPSHOT_FIELDS)[number]>;

/**
 * Fields a snapshot written before they existed does not hold: the story had none then, so the
 * merge, a restore and a comparison read them as null rather than as missing.
 */
const LATER_FIELDS = {
  seoTitle: null,
  seoDescription: null,
  socialTitle: null,
  socialDescription: null,
  socialMediaId: null,
} satisfies Partial<Snapshot>;

function parseSnapshot(json: string): Snapshot {
  return { ...LATER_FIELDS, ...(JSON.parse(json) as Snapshot) };
}

export function snapshotOf(article: EditableArticle): Snapshot {
  return Object.fromEntries(SNAPSHOT_FIELDS.map((f) => [f, article[f]])) as Snapshot;
}

/** Names of the fields whose values differ between two snapshots. */
export function changedFields(before: Snapshot, after: Snapshot): string[] {
  return SNAPSHOT_FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}

export async function recordRevision(
  db: Q,
  r: {
    articleId: number;
    userId: number | null;
    summary: string;
    significant: boolean;
    snapshot: Snapshot;
    /** The story's version after this change. */
    version: number;
    now: string;
  },
): Promise<void> {
  const last = await db
    .selectFrom("revisions")
    .where("article_id", "=", r.articleId)
    .select((eb) => eb.fn.max("number").as("n"))
    .executeTakeFirst();
  await db
    .insertInto("revisions")
    .values({
      article_id: r.articleId,
      number: Number(last?.n ?? 0) + 1,
      created_at: r.now,
      user_id: r.userId,
      summary: r.summary,
      significant: r.significant ? 1 : 0,
      snapshot: JSON.stringify(r.snapshot),
      version: r.version,
    })
    .execute();
}

/** The text of a story as it stood at a version: the base of a three-way merge. */
export function snapshotAtVersion(db: Q, articleId: number, version: number): Promise<Snapshot | undefined> {
  return newestSnapshot(db, articleId, ["version", "=", version]);
}

/** The story as its newest revision made at or before `time` left it. */
export function snapshotAt(db: Q, articleId: number, time: string): Promise<Snapshot | undefined> {
  return newestSnapshot(db, articleId, ["created_at", "<=", time]);
}

async function newestSnapshot(
  db: Q,
  articleId: number,
  [column, op, value]: ["version", "=", number] | ["created_at", "<=", string],
): Promise<Snapshot | undefined> {
  const row = await db
    .selectFrom("revisions")
    .where("article_id", "=", articleId)
    .where(column, op, value)
    .orderBy("number", "desc")
    .select("snapshot")
    .executeTakeFirst();
  return row && parseSnapshot(row.snapshot);
}

/** Who saved the story after a version, for telling an editor whose change met theirs. */
export async function editorsSince(
  db: Q,
  articleId: number,
  version: number,
): Promise<{ id: number; name: string }[]> {
  const rows = await db
    .selectFrom("revisions as r")
    .innerJoin("users as u", "u.id", "r.user_id")
    .where("r.article_id", "=", articleId)
    .where("r.version", ">", version)
    .select(["u.id", "u.name"])
    .distinct()
    .execute();
  return rows;
}

export interface Revision {
  id: number;
  number: number;
  createdAt: string;
  author: { id: number; name: string } | null;
  summary: string;
  significant: boolean;
}

function revisionsQuery(db: Q, articleId: number) {
  return db
    .selectFrom("revisions as r")
    .leftJoin("users as u", "u.id", "r.user_id")
    .where("r.article_id", "=", articleId)
    .select([
      "r.id",
      "r.number",
      "r.created_at",
      "r.summary",
      "r.significant",
      "r.snapshot",
      "u.id as uid",
      "u.name",
    ]);
}

type RevisionRow = Awaited<ReturnType<ReturnType<typeof revisionsQuery>["executeTakeFirstOrThrow"]>>;

function toRevision(row: RevisionRow): Revision {
  return {
    id: row.id,
    number: row.number,
    createdAt: row.created_at,
    author: row.uid !== null && row.name !== null ? { id: row.uid, name: row.name } : null,
    summary: row.summary,
    significant: row.significant === 1,
  };
}

export async function listRevisions(db: Q, articleId: number): Promise<Revision[]> {
  const rows = await revisionsQuery(db, articleId).orderBy("r.number", "desc").execute();
  return rows.map(toRevision);
}

export async function findRevision(db: Q, articleId: number, revisionId: number) {
  const row = await revisionsQuery(db, articleId).where("r.id", "=", revisionId).executeTakeFirst();
  return row && { ...toRevision(row), snapshot: parseSnapshot(row.snapshot) };
}
