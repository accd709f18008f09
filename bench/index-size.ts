import { sql } from "kysely";
import type { Db } from "../src/db/create-db.ts";

export interface TableSize {
  table: string;
  bytes: number;
}

/**
 * On-disk size of the search tables (and, for scale, of the articles they index), indexes
 * included: SQLite's dbstat per b-tree (FTS5 keeps its index in `search_fts_*` shadow tables),
 * PostgreSQL's pg_total_relation_size (heap, TOAST and indexes, the GIN index among them).
 */
export async function searchTableSizes(db: Db): Promise<TableSize[]> {
  const wanted = (name: string) => /^(search_|related_)/.test(name) || name === "articles";
  if (db.capabilities.name === "postgres") {
    const { rows } = await sql<{ table: string; bytes: string }>`
      select c.relname as table, pg_total_relation_size(c.oid) as bytes
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind = 'r'`.execute(db.kysely);
    return rows.filter((r) => wanted(r.table)).map((r) => ({ table: r.table, bytes: Number(r.bytes) }));
  }
  const { rows: objects } = await sql<{ name: string; table: string }>`
    select name, tbl_name as "table" from sqlite_master where rootpage > 0`.execute(db.kysely);
  const sizes = new Map<string, number>();
  for (const { name, table } of objects.filter((o) => wanted(o.table))) {
    const { rows } = await sql<{ bytes: number | null }>`
      select sum(pgsize) as bytes from dbstat where name = ${name} and aggregate = 1`.execute(db.kysely);
    sizes.set(table, (sizes.get(table) ?? 0) + Number(rows[0]?.bytes ?? 0));
  }
  return [...sizes].map(([table, bytes]) => ({ table, bytes }));
}
