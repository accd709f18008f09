import { createHash } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import type { Database } from "../db/database.ts";
import { dialectOf } from "../db/dialect.ts";
import { appendToOutbox } from "../events/outbox.ts";
import { parseWireFile } from "./formats/parse-wire-file.ts";
import type { WireItemTable, WireSourceTable } from "./wire.tables.ts";
import { WireFormatError } from "./wire-error.ts";
import type { WireItem } from "./wire-item.ts";

type Q = Kysely<Database>;
type Source = Pick<Selectable<WireSourceTable>, "id" | "format" | "edition">;

/** Larger than any agency item with its pictures referenced; a bigger file is refused, not read. */
export const MAX_WIRE_FILE_BYTES = 20 * 1024 * 1024;

export type IngestOutcome = "new" | "updated" | "unchanged" | "failed";

export interface WireFile {
  bytes: Uint8Array;
  /** The file's name or the address it came from, for the desk and for failures. */
  name: string | null;
}

export interface FileResult {
  outcomes: IngestOutcome[];
  /** Why the file failed, when it did. */
  failure?: string;
}

/**
 * Reads one file of a source and stores its items: a new guid is a new item; a newer version
 * updates the item and joins its history; a repeat, or a version older than the one stored, changes
 * nothing. The file is kept once for the versions it brought; a file that cannot be read is kept,
 * bytes and reason, as a failure. Each new or updated item records a `wire.item` event in the
 * outbox with it, which a server's write path dispatches after commit (the desk's live list
 * follows it), whether the file came through the server's intake or the command line.
 */
export async function ingestWireFile(db: Q, source: Source, file: WireFile, now: Date): Promise<FileResult> {
  if (file.bytes.length > MAX_WIRE_FILE_BYTES)
    return refuseOversizeFile(db, source, file.name, file.bytes.length, now);
  let parsed: ReturnType<typeof parseWireFile>;
  try {
    parsed = parseWireFile(source.format, file.bytes);
    if (parsed.items.length === 0)
      throw new WireFormatError(`the ${parsed.formatVersion} file holds no items`);
  } catch (error) {
    if (!(error instanceof WireFormatError)) throw error;
    await keepFile(db, source, file, now, { failure: error.message });
    return { outcomes: ["failed"], failure: error.message };
  }
  const fileId = await keepFile(db, source, file, now, { encodingNote: parsed.encodingNote });
  const outcomes: IngestOutcome[] = [];
  for (const item of parsed.items) outcomes.push(await storeItem(db, source, item, fileId, now));
  // A file that brought nothing new (a feed fetched again) is not kept.
  if (outcomes.every((o) => o === "unchanged"))
    await db.deleteFrom("wire_files").where("id", "=", fileId).execute();
  return { outcomes };
}

/**
 * Records a file too large to read, without its bytes (they are what is wrong with it; the caller
 * leaves the file where it was), so the desk still shows that it came.
 */
export async function refuseOversizeFile(
  db: Q,
  source: Source,
  name: string | null,
  size: number,
  now: Date,
): Promise<FileResult> {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  const reason = `the file is ${mb(size)} MB, more than the ${mb(MAX_WIRE_FILE_BYTES)} MB a wire file may be`;
  await keepFile(db, source, { name, bytes: new Uint8Array() }, now, { failure: reason });
  return { outcomes: ["failed"], failure: reason };
}

async function keepFile(
  db: Q,
  source: Source,
  file: WireFile,
  now: Date,
  about: { failure?: string; encodingNote?: string },
): Promise<number> {
  const row = await db
    .insertInto("wire_files")
    .values({
      source_id: source.id,
      file_name: file.name,
      raw: Buffer.from(file.bytes),
      encoding_note: about.encodingNote ?? null,
      failure: about.failure ?? null,
      received_at: now.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export function contentHash(item: WireItem): string {
  return createHash("sha256").update(JSON.stringify(item)).digest("base64url");
}

function itemColumns(source: Source, item: WireItem, hash: string, now: string) {
  const { subjects, keywords, people, organisations, places, pictures, extra } = item;
  return {
    source_id: source.id,
    guid: item.guid,
    edition: source.edition,
    version: item.version ?? null,
    content_hash: hash,
    urgency: item.urgency ?? null,
    headline: item.headline,
    standfirst: item.standfirst ?? null,
    body_html: item.bodyHtml,
    byline: item.byline ?? null,
    credit: item.credit ?? null,
    language: item.language ?? null,
    dateline_place: item.datelinePlace ?? null,
    first_created: item.firstCreated ?? null,
    version_created: item.versionCreated ?? null,
    embargoed: item.embargo ? 1 : 0,
    embargo_until: item.embargo?.until ?? null,
    status: item.status,
    details: JSON.stringify({ subjects, keywords, people, organisations, places, pictures, extra }),
    updated_at: now,
  };
}

type Stored = Pick<
  Selectable<WireItemTable>,
  "id" | "version" | "version_created" | "content_hash" | "versions"
>;

/**
 * Whether an incoming version replaces the stored one. Agencies number versions; a late, older one
 * must never overwrite a newer one, and the same version sent again (two files of one story in a
 * folder, a resend) replaces it only when it says it was written later. Without numbers (feeds),
 * the content decides, unless the incoming copy says it was written before the stored one.
 */
export function supersedes(stored: Stored, item: WireItem, hash: string): boolean {
  const later = (a?: string | null, b?: string | null) => Boolean(a && b && a > b);
  if (item.version !== undefined && stored.version !== null) {
    if (item.version !== stored.version) return item.version > stored.version;
    return later(item.versionCreated, stored.version_created) && hash !== stored.content_hash;
  }
  if (later(stored.version_created, item.versionCreated)) return false;
  return hash !== stored.content_hash;
}

async function storeItem(
  db: Q,
  source: Source,
  item: WireItem,
  fileId: number,
  now: Date,
): Promise<IngestOutcome> {
  const hash = contentHash(item);
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const columns = itemColumns(source, item, hash, at);
    const inserted = await trx
      .insertInto("wire_items")
      .values({ ...columns, versions: 1, received_at: at })
      .onConflict((oc) => oc.columns(["source_id", "guid"]).doNothing())
      .returning("id")
      .executeTakeFirst();
    if (inserted) {
      await insertVersion(trx, inserted.id, item, hash, fileId, at);
      await writeSubjects(trx, inserted.id, item);
      await appendToOutbox(trx, { type: "wire.item", itemId: inserted.id, outcome: "new" }, now);
      return "new";
    }
    const stored = await lockedItem(trx, source.id, item.guid);
    if (!supersedes(stored, item, hash)) return "unchanged";
    await trx
      .updateTable("wire_items")
      .set({ ...columns, versions: stored.versions + 1 })
      .where("id", "=", stored.id)
      .execute();
    await insertVersion(trx, stored.id, item, hash, fileId, at);
    await writeSubjects(trx, stored.id, item);
    await appendToOutbox(trx, { type: "wire.item", itemId: stored.id, outcome: "updated" }, now);
    return "updated";
  });
}

/** The stored item, held until the transaction ends so two nodes storing versions of it take turns. */
async function lockedItem(trx: Q, sourceId: number, guid: string): Promise<Stored> {
  return trx
    .selectFrom("wire_items")
    .where("source_id", "=", sourceId)
    .where("guid", "=", guid)
    .select(["id", "version", "version_created", "content_hash", "versions"])
    .$if(dialectOf(trx) === "postgres", (q) => q.forUpdate())
    .executeTakeFirstOrThrow();
}

async function writeSubjects(trx: Q, itemId: number, item: WireItem): Promise<void> {
  await trx.deleteFrom("wire_item_subjects").where("item_id", "=", itemId).execute();
  const rows = item.subjects.map((s) => ({ item_id: itemId, code: s.code ?? null, name: s.name }));
  // In batches: an item may name thousands, past SQLite's limit on a statement's parameters.
  for (let i = 0; i < rows.length; i += 500)
    await trx
      .insertInto("wire_item_subjects")
      .values(rows.slice(i, i + 500))
      .execute();
}

async function insertVersion(
  trx: Q,
  itemId: number,
  item: WireItem,
  hash: string,
  fileId: number,
  at: string,
): Promise<void> {
  await trx
    .insertInto("wire_item_versions")
    .values({
      item_id: itemId,
      file_id: fileId,
      version: item.version ?? null,
      content_hash: hash,
      item: JSON.stringify(item),
      received_at: at,
    })
    .execute();
}
