import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/database.ts";
import { AppError } from "../../http/app-error.ts";

type Q = Kysely<Database>;

/** Every key starts with this, so a leaked one is recognizable in logs and secret scanners. */
export const KEY_PREFIX = "dl_";
/** How often at most a key's last_used_at is written: a busy key must not turn reads into writes. */
const TOUCH_INTERVAL_MS = 60_000;

export interface ApiKeyInfo {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export function hashKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** A new secret: `dl_` and 32 random bytes in base64url. */
export function generateKey(): string {
  return KEY_PREFIX + randomBytes(32).toString("base64url");
}

/** Creates a key and returns it with its secret; only the hash is stored, so this is the one time it is seen. */
export async function createApiKey(db: Q, name: string, now: Date): Promise<ApiKeyInfo & { key: string }> {
  const key = generateKey();
  const row = await db
    .insertInto("api_keys")
    .values({
      name,
      key_hash: hashKey(key),
      prefix: key.slice(0, 8),
      created_at: now.toISOString(),
      revoked_at: null,
      last_used_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { ...toInfo(row), key };
}

export async function listApiKeys(db: Q): Promise<ApiKeyInfo[]> {
  const rows = await db.selectFrom("api_keys").selectAll().orderBy("id").execute();
  return rows.map(toInfo);
}

/** Revokes a key; revoking twice keeps the first time. Unknown ids are a 404. */
export async function revokeApiKey(db: Q, id: number, now: Date): Promise<void> {
  const row = await db.selectFrom("api_keys").where("id", "=", id).select("revoked_at").executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND", `No API key ${id}.`);
  if (row.revoked_at !== null) return;
  await db.updateTable("api_keys").set({ revoked_at: now.toISOString() }).where("id", "=", id).execute();
}

/**
 * The active key matching the secret, or undefined. Marks it used, at most once a minute per key
 * (decided from the stored time, so it holds across nodes too).
 */
export async function authenticateKey(db: Q, key: string, now: Date): Promise<ApiKeyInfo | undefined> {
  if (!key.startsWith(KEY_PREFIX) || key.length > 200) return undefined;
  const row = await db
    .selectFrom("api_keys")
    .where("key_hash", "=", hashKey(key))
    .selectAll()
    .executeTakeFirst();
  if (!row || row.revoked_at !== null) return undefined;
  const last = row.last_used_at ? Date.parse(row.last_used_at) : 0;
  if (now.getTime() - last >= TOUCH_INTERVAL_MS) {
    const stamp = now.toISOString();
    await db.updateTable("api_keys").set({ last_used_at: stamp }).where("id", "=", row.id).execute();
    row.last_used_at = stamp;
  }
  return toInfo(row);
}

function toInfo(row: {
  id: number;
  name: string;
  prefix: string;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}): ApiKeyInfo {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  };
}
