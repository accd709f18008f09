import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import type { Role } from "./roles.ts";
import type { User } from "./user.ts";

type Q = Kysely<Database> | Transaction<Database>;

const USER_COLUMNS = ["id", "email", "name", "role"] as const;

/** Emails are compared case-insensitively: they are stored lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserById(db: Q, id: number): Promise<User | undefined> {
  return db.selectFrom("users").where("id", "=", id).select(USER_COLUMNS).executeTakeFirst();
}

/** Display names of users by id, for showing who did something; ids with no user are left out. */
export async function userNames(db: Q, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("users")
    .where("id", "in", [...new Set(ids)])
    .select(["id", "name"])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function findUserWithHash(db: Q, email: string) {
  return db
    .selectFrom("users")
    .where("email", "=", normalizeEmail(email))
    .select([...USER_COLUMNS, "password_hash"])
    .executeTakeFirst();
}

export async function listUsers(db: Q): Promise<User[]> {
  return db.selectFrom("users").select(USER_COLUMNS).orderBy("email").execute();
}

export async function insertUser(
  db: Q,
  user: { email: string; name: string; role: Role; passwordHash: string; now: string },
): Promise<User> {
  return db
    .insertInto("users")
    .values({
      email: normalizeEmail(user.email),
      name: user.name,
      role: user.role,
      password_hash: user.passwordHash,
      created_at: user.now,
    })
    .returning(USER_COLUMNS)
    .executeTakeFirstOrThrow();
}

export async function emailTaken(db: Q, email: string): Promise<boolean> {
  const row = await db
    .selectFrom("users")
    .where("email", "=", normalizeEmail(email))
    .select("id")
    .executeTakeFirst();
  return row !== undefined;
}

export async function updateUserRole(db: Q, id: number, role: Role): Promise<void> {
  await db.updateTable("users").set({ role }).where("id", "=", id).execute();
}

export async function updateUserPassword(db: Q, id: number, passwordHash: string): Promise<void> {
  await db.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", id).execute();
}

/**
 * Replaces the hash only if it is still the one the caller verified, so of two changes racing from
 * the same old password one wins and the other changes nothing. True when the row was updated.
 */
export async function replacePasswordHash(
  db: Q,
  id: number,
  verifiedHash: string,
  passwordHash: string,
): Promise<boolean> {
  const result = await db
    .updateTable("users")
    .set({ password_hash: passwordHash })
    .where("id", "=", id)
    .where("password_hash", "=", verifiedHash)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function countAdmins(db: Q): Promise<number> {
  const row = await db
    .selectFrom("users")
    .where("role", "=", "admin")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
