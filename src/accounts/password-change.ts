import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.ts";
import type { Database } from "../db/database.ts";
import { AppError } from "../http/app-error.ts";
import { Password } from "./account.schemas.ts";
import { beginPasswordAttempt } from "./login-throttle.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import { deleteOtherSessionsOfUser, type Session } from "./sessions.ts";
import { findUserWithHash, replacePasswordHash } from "./users.queries.ts";

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

/**
 * Sets a new password for the session's user once the current one is proven, and ends the user's
 * other sessions: whoever may have learnt the old password is signed out, the person changing it
 * is not. Wrong current passwords count against the same throttle as failed logins, so a stolen
 * session cannot be used to guess the password.
 */
export async function changeOwnPassword(
  db: Kysely<Database>,
  session: Session,
  change: PasswordChange,
  ip: string,
  now: Date,
): Promise<void> {
  const { user } = session;
  refuseWeak(change.newPassword);
  const attempt = await beginPasswordAttempt(db, user.email, ip, now);
  const stored = await findUserWithHash(db, user.email);
  if (!stored || !(await verifyPassword(stored.password_hash, change.currentPassword))) {
    await recordAudit(db, {
      action: "user.password_change_failed",
      actorUserId: user.id,
      subjectType: "user",
      subjectId: user.id,
      ip,
      now: now.toISOString(),
    });
    throw wrongPassword("The current password is not correct.");
  }
  await attempt.succeeded();
  if (change.newPassword === change.currentPassword) {
    throw unprocessableNewPassword("must differ from the current password");
  }
  const passwordHash = await hashPassword(change.newPassword);
  await db.transaction().execute(async (trx) => {
    if (!(await replacePasswordHash(trx, user.id, stored.password_hash, passwordHash))) {
      throw wrongPassword("The password was changed by another request meanwhile; nothing was changed.");
    }
    await deleteOtherSessionsOfUser(trx, user.id, session.idHash);
    await recordAudit(trx, {
      action: "user.password_changed",
      actorUserId: user.id,
      subjectType: "user",
      subjectId: user.id,
      ip,
      now: now.toISOString(),
    });
  });
}

/** The same rules as `dateline user create` and `reset-password`: one schema decides for both. */
function refuseWeak(newPassword: string): void {
  const checked = Password.safeParse(newPassword);
  if (!checked.success) {
    throw unprocessableNewPassword(checked.error.issues[0]?.message ?? "is not allowed");
  }
}

function unprocessableNewPassword(rule: string): AppError {
  return new AppError("UNPROCESSABLE", `newPassword ${rule}.`, {
    extra: { field: "newPassword", errors: [{ path: "body.newPassword", message: rule }] },
  });
}

function wrongPassword(detail: string): AppError {
  return new AppError("WRONG_PASSWORD", detail, {
    extra: { field: "currentPassword", errors: [{ path: "body.currentPassword", message: detail }] },
  });
}
