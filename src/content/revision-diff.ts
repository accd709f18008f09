import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import { htmlToPlainText } from "./plain-text.ts";
import { changedFields, findRevision, type Snapshot } from "./revisions.ts";
import { type DiffPart, wordDiff } from "./word-diff.ts";

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
  /** For prose: the words removed and inserted, in reading order (the body as its plain text). */
  words?: DiffPart[];
}

/** Text fields that are names or codes, not prose: a word diff of them says nothing a reader needs. */
const NOT_PROSE = new Set(["slug", "section", "kind", "embargoUntil"]);

const isText = (value: unknown): value is string | null | undefined =>
  value === null || value === undefined || typeof value === "string";

/**
 * What changed from one snapshot to another, field by field, with a word diff for each prose field.
 * Prose is found by its values rather than listed, so fields added to snapshots later are diffed too.
 */
export function fieldChanges(from: Snapshot, to: Snapshot): FieldChange[] {
  return changedFields(from, to).map((field) => {
    const before: unknown = from[field as keyof Snapshot];
    const after: unknown = to[field as keyof Snapshot];
    const change: FieldChange = { field, from: before, to: after };
    if (NOT_PROSE.has(field) || !isText(before) || !isText(after)) return change;
    const text = (value: string | null | undefined) =>
      field === "body" ? htmlToPlainText(value ?? "") : (value ?? "");
    return { ...change, words: wordDiff(text(before), text(after)) };
  });
}

/** What changed between two revisions of one story; undefined when either is not the story's. */
export async function compareRevisions(
  db: Kysely<Database> | Transaction<Database>,
  articleId: number,
  fromId: number,
  toId: number,
): Promise<FieldChange[] | undefined> {
  const [from, to] = await Promise.all([
    findRevision(db, articleId, fromId),
    findRevision(db, articleId, toId),
  ]);
  if (!from || !to) return undefined;
  return fieldChanges(from.snapshot, to.snapshot);
}
