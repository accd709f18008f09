import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/database.ts";

type Q = Kysely<Database> | Transaction<Database>;

export type AuditAction =
  | "login"
  | "login.failed"
  | "logout"
  | "article.published"
  | "article.unpublished"
  | "article.scheduled"
  | "article.schedule_canceled"
  | "article.returned"
  | "article.deleted"
  | "article.related_pinned"
  | "media.edited"
  | "media.deleted"
  | "redirect.deleted"
  | "import.finished"
  | "breaking.set"
  | "breaking.cleared"
  | "user.created"
  | "user.role_changed"
  | "user.password_reset"
  | "user.password_changed"
  | "user.password_change_failed";

export interface AuditEntry {
  action: AuditAction;
  actorUserId: number | null;
  subjectType: "user" | "article" | "session" | "media" | "redirect" | "import" | "edition";
  subjectId: string | number | null;
  details?: Record<string, unknown>;
  ip?: string | null;
  now: string;
}

/** Records who did what; call inside the transaction of the change it describes. */
export async function recordAudit(db: Q, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      at: entry.now,
      actor_user_id: entry.actorUserId,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId === null ? null : String(entry.subjectId),
      details: JSON.stringify(entry.details ?? {}),
      ip: entry.ip ?? null,
    })
    .execute();
}

export interface AuditRecord {
  id: number;
  at: string;
  actor: { id: number; name: string } | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
}

/** Newest first, paged by id. */
export async function listAudit(db: Q, page: { before?: number; limit: number }): Promise<AuditRecord[]> {
  let query = db
    .selectFrom("audit_log as a")
    .leftJoin("users as u", "u.id", "a.actor_user_id")
    .select([
      "a.id",
      "a.at",
      "a.action",
      "a.subject_type",
      "a.subject_id",
      "a.details",
      "a.ip",
      "u.id as uid",
      "u.name",
    ])
    .orderBy("a.id", "desc")
    .limit(page.limit);
  if (page.before !== undefined) query = query.where("a.id", "<", page.before);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.uid !== null && r.name !== null ? { id: r.uid, name: r.name } : null,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    details: JSON.parse(r.details) as Record<string, unknown>,
    ip: r.ip,
  }));
}
