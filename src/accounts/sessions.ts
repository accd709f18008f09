import { createHash, randomBytes } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import type { User } from "./user.ts";

export const SESSION_COOKIE = "dateline_session";
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export interface Session {
  user: User;
  csrfToken: string;
  idHash: string;
}

/** Starts a session and returns the cookie token (shown once) and the CSRF token. */
export async function createSession(db: Kysely<Database>, userId: number, now: Date) {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  await db
    .insertInto("sessions")
    .values({
      id_hash: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
    })
    .execute();
  return { token, csrfToken };
}

/** The live session behind a cookie token, or undefined when it is unknown or expired. */
export async function findSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<Session | undefined> {
  const row = await db
    .selectFrom("sessions as s")
    .innerJoin("users as u", "u.id", "s.user_id")
    .where("s.id_hash", "=", hashToken(token))
    .where("s.expires_at", ">", now.toISOString())
    .select(["s.id_hash", "s.csrf_token", "u.id", "u.email", "u.name", "u.role"])
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    idHash: row.id_hash,
    csrfToken: row.csrf_token,
    user: { id: row.id, email: row.email, name: row.name, role: row.role },
  };
}

export async function deleteSessionByToken(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom("sessions").where("id_hash", "=", hashToken(token)).execute();
}

/** Ends every session of a user, e.g. after a password reset or a role change. */
export async function deleteSessionsOfUser(db: Kysely<Database>, userId: number): Promise<void> {
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}

/** Ends every session of a user but the one given (by its stored hash), e.g. after a password change. */
export async function deleteOtherSessionsOfUser(
  db: Kysely<Database> | Transaction<Database>,
  userId: number,
  keepIdHash: string,
): Promise<void> {
  await db.deleteFrom("sessions").where("user_id", "=", userId).where("id_hash", "!=", keepIdHash).execute();
}

export async function deleteExpiredSessions(db: Kysely<Database>, now: Date): Promise<void> {
  await db.deleteFrom("sessions").where("expires_at", "<=", now.toISOString()).execute();
}
