import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";

type Q = Kysely<Database>;

/** A file a source sent that could not be read: kept with its bytes and the reason. */
export interface FailedFile {
  id: number;
  sourceName: string;
  fileName: string | null;
  failure: string;
  bytes: number;
  receivedAt: string;
}

/** Failed files, newest first, paged by id. */
export async function listFailedFiles(
  db: Q,
  page: { before?: number; limit: number },
): Promise<FailedFile[]> {
  let query = db
    .selectFrom("wire_files as f")
    .innerJoin("wire_sources as s", "s.id", "f.source_id")
    .where("f.failure", "is not", null);
  if (page.before !== undefined) query = query.where("f.id", "<", page.before);
  const rows = await query
    .select([
      "f.id",
      "s.name as source_name",
      "f.file_name",
      "f.failure",
      "f.received_at",
      (eb) => eb.fn<number>("length", ["f.raw"]).as("size"),
    ])
    .orderBy("f.id", "desc")
    .limit(page.limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    sourceName: r.source_name,
    fileName: r.file_name,
    failure: r.failure ?? "",
    bytes: Number(r.size),
    receivedAt: r.received_at,
  }));
}

/** A kept file's bytes as the source sent them, with its name. */
export async function keptFile(db: Q, id: number): Promise<{ name: string | null; raw: Buffer } | undefined> {
  const row = await db
    .selectFrom("wire_files")
    .where("id", "=", id)
    .select(["file_name", "raw"])
    .executeTakeFirst();
  return row && { name: row.file_name, raw: Buffer.from(row.raw) };
}
