import { type Kysely, type Selectable, sql } from "kysely";
import { userNames } from "../accounts/users.queries.ts";
import type { Database } from "../db/database.ts";
import { declaredXmlEncoding, decodeText } from "./formats/decode-text.ts";
import type { WireItemTable } from "./wire.tables.ts";
import type { WireItem, WireStatus } from "./wire-item.ts";

type Q = Kysely<Database>;

export interface WireItemFilter {
  sourceId?: number;
  edition?: string;
  language?: string;
  /** Items at least this urgent (1 is the most urgent). */
  urgency?: number;
  /** A subject's code, or words of its name. */
  subject?: string;
  /** Words in the headline, standfirst or body. */
  text?: string;
  /** Items received or updated since this time. */
  since?: string;
}

export interface WireItemSummary {
  id: number;
  sourceId: number;
  sourceName: string;
  guid: string;
  edition: string;
  version: number | null;
  versions: number;
  urgency: number | null;
  headline: string;
  standfirst: string | null;
  byline: string | null;
  credit: string;
  language: string | null;
  datelinePlace: string | null;
  firstCreated: string | null;
  versionCreated: string | null;
  embargoUntil: string | null;
  embargoed: boolean;
  status: WireStatus;
  receivedAt: string;
  updatedAt: string;
  /** The stories made from it, in which edition, by whom. */
  adoptions: Adoption[];
}

export interface Adoption {
  articleId: number;
  edition: string;
  kind: "adopt" | "translate";
  itemVersion: number | null;
  adoptedBy: { id: number; name: string } | null;
  adoptedAt: string;
}

/** What `wire_items.details` holds (see wire-ingest.ts). */
type Details = Pick<
  WireItem,
  "subjects" | "keywords" | "people" | "organisations" | "places" | "pictures" | "extra"
>;

export interface WireItemDetail extends WireItemSummary, Details {
  bodyHtml: string;
  versionHistory: { id: number; version: number | null; receivedAt: string; fileName: string | null }[];
  /** The file the newest version came in, as text. */
  raw: { fileName: string | null; text: string; encoding: string; note: string | null };
}

/** `column` contains `words`, ignoring case (ASCII only on SQLite); wildcards in the words are literal. */
function contains(column: string, words: string) {
  const pattern = `%${words.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`lower(${sql.ref(column)}) LIKE ${pattern} ESCAPE '\\'`;
}

function baseQuery(db: Q) {
  return db
    .selectFrom("wire_items as i")
    .innerJoin("wire_sources as s", "s.id", "i.source_id")
    .selectAll("i")
    .select(["s.name as source_name", "s.credit as source_credit"]);
}

type Row = Selectable<WireItemTable> & { source_name: string; source_credit: string };

/** Newest-changed first; the cursor is the last item's update time and id. */
export async function listWireItems(
  db: Q,
  filter: WireItemFilter,
  page: { cursor?: { at: string; id: number }; limit: number },
): Promise<WireItemSummary[]> {
  let query = baseQuery(db);
  if (filter.sourceId !== undefined) query = query.where("i.source_id", "=", filter.sourceId);
  if (filter.edition) query = query.where("i.edition", "=", filter.edition);
  if (filter.language) query = query.where("i.language", "=", filter.language);
  if (filter.urgency !== undefined) query = query.where("i.urgency", "<=", filter.urgency);
  if (filter.since) query = query.where("i.updated_at", ">=", filter.since);
  const { text, subject } = filter;
  if (text)
    query = query.where((eb) =>
      eb.or([contains("i.headline", text), contains("i.standfirst", text), contains("i.body_html", text)]),
    );
  if (subject)
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("wire_item_subjects as ws")
          .whereRef("ws.item_id", "=", "i.id")
          .where((w) => w.or([w("ws.code", "=", subject), contains("ws.name", subject)]))
          .select("ws.item_id"),
      ),
    );
  if (page.cursor) {
    const { at, id } = page.cursor;
    query = query.where((eb) =>
      eb.or([eb("i.updated_at", "<", at), eb.and([eb("i.updated_at", "=", at), eb("i.id", "<", id)])]),
    );
  }
  const rows = await query
    .orderBy("i.updated_at", "desc")
    .orderBy("i.id", "desc")
    .limit(page.limit)
    .execute();
  const adoptions = await adoptionsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => summary(r, adoptions.get(r.id) ?? []));
}

/** One item as the desk's list shows it. */
export async function wireItemSummary(db: Q, id: number): Promise<WireItemSummary | undefined> {
  const row = await baseQuery(db).where("i.id", "=", id).executeTakeFirst();
  return row && summary(row, (await adoptionsOf(db, [id])).get(id) ?? []);
}

async function adoptionsOf(db: Q, itemIds: readonly number[]): Promise<Map<number, Adoption[]>> {
  const byItem = new Map<number, Adoption[]>();
  if (itemIds.length === 0) return byItem;
  const rows = await db
    .selectFrom("wire_adoptions")
    .where("item_id", "in", itemIds)
    .selectAll()
    .orderBy("id")
    .execute();
  const names = await userNames(
    db,
    rows.flatMap((r) => (r.adopted_by === null ? [] : [r.adopted_by])),
  );
  for (const r of rows) {
    const name = r.adopted_by === null ? undefined : names.get(r.adopted_by);
    byItem.set(r.item_id, [
      ...(byItem.get(r.item_id) ?? []),
      {
        articleId: r.article_id,
        edition: r.edition,
        kind: r.kind,
        itemVersion: r.item_version,
        adoptedBy: r.adopted_by !== null && name !== undefined ? { id: r.adopted_by, name } : null,
        adoptedAt: r.adopted_at,
      },
    ]);
  }
  return byItem;
}

function summary(r: Row, adoptions: Adoption[]): WireItemSummary {
  return {
    id: r.id,
    sourceId: r.source_id,
    sourceName: r.source_name,
    guid: r.guid,
    edition: r.edition,
    version: r.version,
    versions: r.versions,
    urgency: r.urgency,
    headline: r.headline,
    standfirst: r.standfirst,
    byline: r.byline,
    // The agency's own credit line, else the one the source was set up with.
    credit: r.credit ?? r.source_credit,
    language: r.language,
    datelinePlace: r.dateline_place,
    firstCreated: r.first_created,
    versionCreated: r.version_created,
    embargoUntil: r.embargo_until,
    embargoed: r.embargoed === 1,
    status: r.status,
    receivedAt: r.received_at,
    updatedAt: r.updated_at,
    adoptions,
  };
}

export async function wireItemDetail(db: Q, id: number): Promise<WireItemDetail | undefined> {
  const row = await baseQuery(db).where("i.id", "=", id).executeTakeFirst();
  if (!row) return undefined;
  const versions = await db
    .selectFrom("wire_item_versions as v")
    .innerJoin("wire_files as f", "f.id", "v.file_id")
    .where("v.item_id", "=", id)
    .select(["v.id", "v.version", "v.received_at", "f.file_name", "f.raw", "f.encoding_note"])
    .orderBy("v.id", "desc")
    .execute();
  const newest = versions[0];
  // Readable as text once already, when the item was made from them.
  const decoded = newest
    ? decodeText(newest.raw, declaredXmlEncoding(newest.raw))
    : { text: "", encoding: "utf-8" };
  return {
    ...summary(row, (await adoptionsOf(db, [id])).get(id) ?? []),
    bodyHtml: row.body_html,
    ...(JSON.parse(row.details) as Details),
    versionHistory: versions.map((v) => ({
      id: v.id,
      version: v.version,
      receivedAt: v.received_at,
      fileName: v.file_name,
    })),
    raw: {
      fileName: newest?.file_name ?? null,
      text: decoded.text,
      encoding: decoded.encoding,
      note: newest?.encoding_note ?? null,
    },
  };
}
