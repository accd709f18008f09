import type { Kysely } from "kysely";
import { htmlToPlainText } from "../content/plain-text.ts";
import { findStoryRefs, type StoryRef } from "../content/story-ref.queries.ts";
import { type DiffPart, wordDiff } from "../content/word-diff.ts";
import type { Database } from "../db/database.ts";
import type { WireItem, WireStatus } from "./wire-item.ts";

type Q = Kysely<Database>;

/** The fields of agency copy a desk compares, as text. */
const COMPARED = {
  headline: (i: WireItem) => i.headline,
  standfirst: (i: WireItem) => i.standfirst ?? "",
  body: (i: WireItem) => htmlToPlainText(i.bodyHtml).trim(),
  byline: (i: WireItem) => i.byline ?? "",
  credit: (i: WireItem) => i.credit ?? "",
  datelinePlace: (i: WireItem) => i.datelinePlace ?? "",
  embargo: (i: WireItem) => (i.embargo ? (i.embargo.until ?? "until further notice") : ""),
  status: (i: WireItem) => i.status,
  urgency: (i: WireItem) => (i.urgency === undefined ? "" : String(i.urgency)),
} as const;

export interface CopyChange {
  field: keyof typeof COMPARED;
  from: string;
  to: string;
  parts: DiffPart[];
}

/** A story's agency copy: the item it was made from, and what the agency changed since the desk last looked. */
export interface AgencyCopy {
  itemId: number;
  sourceName: string;
  kind: "adopt" | "translate";
  status: WireStatus;
  /** The agency's version numbers (null for items that carry none, as feed items do). */
  seenVersion: number | null;
  currentVersion: number | null;
  /** A version came after the one the desk last saw. */
  updated: boolean;
  receivedAt: string;
  changes: CopyChange[];
  /** The agency's newest text, for the translator or editor working beside it (the body as text). */
  text: { language: string | null; headline: string; standfirst: string; body: string };
}

/** The agency copy behind a story, or undefined when the story was not made from the wire. */
export async function agencyCopyOf(db: Q, articleId: number): Promise<AgencyCopy | undefined> {
  const link = await db
    .selectFrom("wire_adoptions as a")
    .innerJoin("wire_items as i", "i.id", "a.item_id")
    .innerJoin("wire_sources as s", "s.id", "i.source_id")
    .where("a.article_id", "=", articleId)
    .select(["a.item_id", "a.kind", "a.seen_version_id", "i.status", "s.name as source_name"])
    .executeTakeFirst();
  if (!link) return undefined;
  const version = (id?: number | null) => {
    const row = db
      .selectFrom("wire_item_versions")
      .where("item_id", "=", link.item_id)
      .select(["id", "version", "item", "received_at"]);
    return (id ? row.where("id", "=", id) : row.orderBy("id", "desc").limit(1)).executeTakeFirst();
  };
  const newest = await version();
  if (!newest) return undefined;
  const seen = (await version(link.seen_version_id)) ?? newest;
  const before = JSON.parse(seen.item) as WireItem;
  const after = JSON.parse(newest.item) as WireItem;
  return {
    itemId: link.item_id,
    sourceName: link.source_name,
    kind: link.kind,
    status: link.status,
    seenVersion: seen.version,
    currentVersion: newest.version,
    updated: newest.id !== seen.id,
    receivedAt: newest.received_at,
    text: {
      language: after.language ?? null,
      headline: after.headline,
      standfirst: after.standfirst ?? "",
      body: COMPARED.body(after),
    },
    changes: (Object.keys(COMPARED) as (keyof typeof COMPARED)[]).flatMap((field) => {
      const from = COMPARED[field](before);
      const to = COMPARED[field](after);
      return from === to ? [] : [{ field, from, to, parts: wordDiff(from, to) }];
    }),
  };
}

/** Marks the agency's newest version of a story's item as seen; answers the copy as it now stands. */
export async function acknowledgeAgencyCopy(db: Q, articleId: number): Promise<AgencyCopy | undefined> {
  await db
    .updateTable("wire_adoptions")
    .set((eb) => ({
      seen_version_id: eb
        .selectFrom("wire_item_versions as v")
        .whereRef("v.item_id", "=", "wire_adoptions.item_id")
        .select((s) => s.fn.max("v.id").as("m")),
    }))
    .where("article_id", "=", articleId)
    .execute();
  return agencyCopyOf(db, articleId);
}

/** A published story whose agency item was withheld or canceled after the desk last looked. */
export interface KillAlert {
  story: StoryRef;
  itemId: number;
  sourceName: string;
  status: WireStatus;
  receivedAt: string;
}

/**
 * Editors' alerts: published stories made from items the agency has since withheld or canceled,
 * until an editor acknowledges the new version (or the story is no longer published).
 */
export async function killAlerts(db: Q): Promise<KillAlert[]> {
  const rows = await db
    .selectFrom("wire_adoptions as a")
    .innerJoin("wire_items as i", "i.id", "a.item_id")
    .innerJoin("wire_sources as s", "s.id", "i.source_id")
    .where("i.status", "!=", "usable")
    .select([
      "a.article_id",
      "a.item_id",
      "a.seen_version_id",
      "i.status",
      "i.updated_at",
      "s.name as source_name",
    ])
    .execute();
  const newest = await newestVersionIds(
    db,
    rows.map((r) => r.item_id),
  );
  const unseen = rows.filter((r) => newest.get(r.item_id) !== r.seen_version_id);
  const stories = new Map(
    (
      await findStoryRefs(
        db,
        unseen.map((r) => r.article_id),
      )
    ).map((s) => [s.id, s]),
  );
  return unseen.flatMap((r) => {
    const story = stories.get(r.article_id);
    return story?.status === "published"
      ? [{ story, itemId: r.item_id, sourceName: r.source_name, status: r.status, receivedAt: r.updated_at }]
      : [];
  });
}

async function newestVersionIds(db: Q, itemIds: number[]): Promise<Map<number, number>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("wire_item_versions")
    .where("item_id", "in", itemIds)
    .groupBy("item_id")
    .select(["item_id", (eb) => eb.fn.max("id").as("id")])
    .execute();
  return new Map(rows.map((r) => [r.item_id, Number(r.id)]));
}
