import type { Kysely, Selectable } from "kysely";
import type { Database } from "../../db/database.ts";
import type { WireSourceTable } from "../wire.tables.ts";

type Q = Kysely<Database>;
export type PolledSource = Selectable<WireSourceTable>;

/** Live, unpaused sources whose next poll is due, soonest first. */
export async function dueSources(db: Q, now: Date): Promise<PolledSource[]> {
  return db
    .selectFrom("wire_sources")
    .where("removed_at", "is", null)
    .where("paused", "=", 0)
    .where((eb) => eb.or([eb("next_poll_at", "is", null), eb("next_poll_at", "<=", now.toISOString())]))
    .orderBy("next_poll_at")
    .selectAll()
    .execute();
}

/**
 * Takes a source's next poll for this node until `leaseUntil`: of nodes trying at once, one
 * moves `next_poll_at` and the others find it no longer due. A node that dies mid-poll leaves the
 * lease to run out, and the source is polled again then.
 */
export async function claimPoll(db: Q, source: PolledSource, now: Date, leaseUntil: Date): Promise<boolean> {
  const result = await db
    .updateTable("wire_sources")
    .set({ next_poll_at: leaseUntil.toISOString() })
    .where("id", "=", source.id)
    .where("removed_at", "is", null)
    .where("paused", "=", 0)
    .where((eb) => eb.or([eb("next_poll_at", "is", null), eb("next_poll_at", "<=", now.toISOString())]))
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function recordPollSuccess(
  db: Q,
  id: number,
  now: Date,
  next: Date,
  validators?: { etag: string | null; lastModified: string | null },
): Promise<void> {
  await db
    .updateTable("wire_sources")
    .set({
      last_success_at: now.toISOString(),
      failures: 0,
      next_poll_at: next.toISOString(),
      ...(validators ? { etag: validators.etag, last_modified: validators.lastModified } : {}),
    })
    .where("id", "=", id)
    .execute();
}

export async function recordPollFailure(
  db: Q,
  id: number,
  now: Date,
  message: string,
  failures: number,
  next: Date,
): Promise<void> {
  await db
    .updateTable("wire_sources")
    .set({
      last_error: message.slice(0, 1000),
      last_error_at: now.toISOString(),
      failures,
      next_poll_at: next.toISOString(),
    })
    .where("id", "=", id)
    .execute();
}

/** Hands a claimed poll back undone, due at once, for this node or another to take. */
export async function releasePoll(db: Q, id: number, now: Date): Promise<void> {
  await db
    .updateTable("wire_sources")
    .set({ next_poll_at: now.toISOString() })
    .where("id", "=", id)
    .execute();
}
