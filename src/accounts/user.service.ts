import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.ts";
import type { Database } from "../db/database.ts";
import { AppError } from "../http/app-error.ts";
import { hashPassword } from "./password.ts";
import type { Role } from "./roles.ts";
import { deleteSessionsOfUser } from "./sessions.ts";
import type { User } from "./user.ts";
import {
  countAdmins,
  emailTaken,
  findUserById,
  insertUser,
  normalizeEmail,
  updateUserPassword,
  updateUserRole,
} from "./users.queries.ts";

/** Who asked for a change: a logged-in user, or the command line (null). */
export interface Actor {
  userId: number | null;
  ip?: string | null;
}

/** Creates an account; the password is hashed with argon2id before it is stored. */
export async function createUser(
  db: Kysely<Database>,
  input: { email: string; name: string; role: Role; password: string },
  actor: Actor,
  now: Date,
): Promise<User> {
  if (await emailTaken(db, input.email)) {
    throw new AppError("EMAIL_TAKEN", `${normalizeEmail(input.email)} already has an account.`);
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const user = await insertUser(trx, { ...input, passwordHash, now: now.toISOString() });
    await recordAudit(trx, {
      action: "user.created",
      actorUserId: actor.userId,
      subjectType: "user",
      subjectId: user.id,
      details: { email: user.email, role: user.role },
      ip: actor.ip,
      now: now.toISOString(),
    });
    return user;
  });
}

/** Changes a role and ends the user's sessions so the new role applies at once. */
export async function setUserRole(db: Kysely<Database>, userId: number, role: Role, actor: Actor, now: Date) {
  const user = await getUser(db, userId);
  if (user.role === "admin" && role !== "admin" && (await countAdmins(db)) <= 1) {
    throw new AppError("UNPROCESSABLE", "This is the last admin; make someone else admin first.");
  }
  await db.transaction().execute(async (trx) => {
    await updateUserRole(trx, userId, role);
    await recordAudit(trx, {
      action: "user.role_changed",
      actorUserId: actor.userId,
      subjectType: "user",
      subjectId: userId,
      details: { from: user.role, to: role },
      ip: actor.ip,
      now: now.toISOString(),
    });
  });
  await deleteSessionsOfUser(db, userId);
  return { ...user, role };
}

export async function resetPassword(
  db: Kysely<Database>,
  userId: number,
  password: string,
  actor: Actor,
  now: Date,
) {
  await getUser(db, userId);
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await updateUserPassword(trx, userId, passwordHash);
    await recordAudit(trx, {
      action: "user.password_reset",
      actorUserId: actor.userId,
      subjectType: "user",
      subjectId: userId,
      ip: actor.ip,
      now: now.toISOString(),
    });
  });
  await deleteSessionsOfUser(db, userId);
}

export async function getUser(db: Kysely<Database>, userId: number): Promise<User> {
  const user = await findUserById(db, userId);
  if (!user) throw new AppError("NOT_FOUND", `There is no user ${userId}.`);
  return user;
}
