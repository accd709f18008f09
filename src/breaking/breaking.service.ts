import type { Kysely } from "kysely";
import type { User } from "../accounts/user.ts";
import { recordAudit } from "../audit/audit.ts";
import type { Database } from "../db/database.ts";
import type { UnitOfWork, WritePath } from "../events/write-path.ts";
import { enqueueJob } from "../jobs/job-queue.ts";
import type { CheckedBanner } from "./breaking-input.ts";

export const BREAKING_EXPIRE_JOB = "breaking.expire";

/** An edition's banner as readers and editors see it. */
export interface Banner {
  edition: string;
  text: string;
  url: string;
  endsAt: string;
  setAt: string;
  setBy: number | null;
}

interface WriteContext {
  user: User;
  ip: string | null;
  now: Date;
}

/**
 * The edition's banner while it lasts. Reads ignore one whose end has passed, so it leaves the
 * pages at its time even when the expiry job runs late.
 */
export async function currentBanner(
  db: Kysely<Database>,
  edition: string,
  now: Date,
): Promise<Banner | undefined> {
  const row = await db
    .selectFrom("breaking_banners")
    .where("edition", "=", edition)
    .where("ends_at", ">", now.toISOString())
    .selectAll()
    .executeTakeFirst();
  return (
    row && {
      edition: row.edition,
      text: row.text,
      url: row.url,
      endsAt: row.ends_at,
      setAt: row.set_at,
      setBy: row.set_by,
    }
  );
}

/**
 * Sets or replaces an edition's banner. One upsert on the edition's key: parallel editors leave one
 * row, the last to commit. Its expiry job is queued in the same transaction, so it survives restarts.
 */
export async function setBanner(
  writes: WritePath,
  edition: string,
  banner: CheckedBanner,
  ctx: WriteContext,
): Promise<Banner> {
  const setAt = ctx.now.toISOString();
  const row = {
    text: banner.text,
    url: banner.url,
    ends_at: banner.endsAt,
    set_by: ctx.user.id,
    set_at: setAt,
  };
  await writes.run(async (uow) => {
    await uow.trx
      .insertInto("breaking_banners")
      .values({ edition, ...row })
      .onConflict((c) => c.column("edition").doUpdateSet(row))
      .execute();
    await enqueueJob(uow.trx, {
      kind: BREAKING_EXPIRE_JOB,
      payload: { edition, setAt, endsAt: banner.endsAt },
      runAt: new Date(banner.endsAt),
      now: ctx.now,
    });
    await audit(uow, "breaking.set", edition, ctx, {
      text: banner.text,
      url: banner.url,
      endsAt: banner.endsAt,
    });
    await uow.record({ type: "breaking.changed", edition });
  });
  return { edition, text: banner.text, url: banner.url, endsAt: banner.endsAt, setAt, setBy: ctx.user.id };
}

/** Clears an edition's banner; clearing none changes nothing and records nothing. */
export async function clearBanner(writes: WritePath, edition: string, ctx: WriteContext): Promise<void> {
  await writes.run(async (uow) => {
    const gone = await uow.trx
      .deleteFrom("breaking_banners")
      .where("edition", "=", edition)
      .returning(["text"])
      .executeTakeFirst();
    if (!gone) return;
    await audit(uow, "breaking.cleared", edition, ctx, { text: gone.text });
    await uow.record({ type: "breaking.changed", edition });
  });
}

/**
 * The expiry job's work: clears the banner it was queued for, and only that one. A banner set
 * since (another `set_at` or end) has its own job; the cached pages drop through the event.
 */
export async function expireBanner(
  writes: WritePath,
  queued: { edition: string; setAt: string; endsAt: string },
  now: Date,
): Promise<boolean> {
  return writes.run(async (uow) => {
    const gone = await uow.trx
      .deleteFrom("breaking_banners")
      .where("edition", "=", queued.edition)
      .where("set_at", "=", queued.setAt)
      .where("ends_at", "=", queued.endsAt)
      .returning(["text"])
      .executeTakeFirst();
    if (!gone) return false;
    await recordAudit(uow.trx, {
      action: "breaking.cleared",
      actorUserId: null,
      subjectType: "edition",
      subjectId: queued.edition,
      details: { text: gone.text, ended: true },
      now: now.toISOString(),
    });
    await uow.record({ type: "breaking.changed", edition: queued.edition });
    return true;
  });
}

function audit(
  uow: UnitOfWork,
  action: "breaking.set" | "breaking.cleared",
  edition: string,
  ctx: WriteContext,
  details: Record<string, unknown>,
): Promise<void> {
  return recordAudit(uow.trx, {
    action,
    actorUserId: ctx.user.id,
    subjectType: "edition",
    subjectId: edition,
    details,
    ip: ctx.ip,
    now: ctx.now.toISOString(),
  });
}
