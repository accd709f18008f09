import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import type { ImportLedgerTable } from "./importers.tables.ts";

type Q = Kysely<Database> | Transaction<Database>;

export type LedgerEntry = Omit<ImportLedgerTable, "source" | "item_key" | "imported_at">;

/** The entries of many keys of one source in one read (a batch of items). */
export async function ledgerEntries(
  db: Q,
  source: string,
  keys: readonly string[],
): Promise<Map<string, LedgerEntry>> {
  const found = new Map<string, LedgerEntry>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .selectFrom("import_ledger")
      .where("source", "=", source)
      .where("item_key", "in", keys.slice(i, i + 500))
      .select(["item_key", "target_kind", "target_id", "content_hash", "target_version"])
      .execute();
    for (const { item_key, ...entry } of rows) found.set(item_key, entry);
  }
  return found;
}

export async function ledgerEntry(db: Q, source: string, key: string): Promise<LedgerEntry | undefined> {
  return (await ledgerEntries(db, source, [key])).get(key);
}

/**
 * Claims a key for the row just made. False when another import claimed it first (PostgreSQL:
 * the insert waits for that import's transaction, then does nothing), and the caller's
 * transaction must then roll back rather than keep a second copy.
 */
export async function claimLedgerKey(
  trx: Transaction<Database>,
  source: string,
  key: string,
  entry: LedgerEntry,
  now: Date,
): Promise<boolean> {
  const inserted = await trx
    .insertInto("import_ledger")
    .values({ source, item_key: key, ...entry, imported_at: now.toISOString() })
    .onConflict((oc) => oc.columns(["source", "item_key"]).doNothing())
    .returning("item_key")
    .execute();
  return inserted.length === 1;
}

/** Records what an update left: its new hash and version. */
export async function updateLedgerEntry(
  trx: Transaction<Database>,
  source: string,
  key: string,
  entry: Pick<LedgerEntry, "content_hash" | "target_version">,
  now: Date,
): Promise<void> {
  await trx
    .updateTable("import_ledger")
    .set({ ...entry, imported_at: now.toISOString() })
    .where("source", "=", source)
    .where("item_key", "=", key)
    .execute();
}
