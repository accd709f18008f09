import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import type { DomainEvent } from "./domain-events.ts";

/** After this many failed dispatches an event is left for an operator (its `last_error` says why). */
export const MAX_DISPATCH_ATTEMPTS = 10;

export async function appendToOutbox(
  trx: Transaction<Database>,
  event: DomainEvent,
  now: Date,
): Promise<void> {
  await trx
    .insertInto("outbox")
    .values({
      type: event.type,
      payload: JSON.stringify(event),
      created_at: now.toISOString(),
      last_error: null,
    })
    .execute();
}

/** Oldest first, so followers see a story's events in the order they happened. */
export async function pendingEventIds(db: Kysely<Database>, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom("outbox")
    .where("dispatched_at", "is", null)
    .where("attempts", "<", MAX_DISPATCH_ATTEMPTS)
    .orderBy("id")
    .limit(limit)
    .select("id")
    .execute();
  return rows.map((r) => r.id);
}

export async function readEvent(db: Kysely<Database>, id: number): Promise<DomainEvent | undefined> {
  const row = await db
    .selectFrom("outbox")
    .where("id", "=", id)
    .where("dispatched_at", "is", null)
    .select("payload")
    .executeTakeFirst();
  return row && (JSON.parse(row.payload) as DomainEvent);
}

/**
 * Takes an event for one subscriber, or answers false when it was already handled. On
 * PostgreSQL a second claimer's insert waits for the first transaction, then finds the row.
 */
export async function claimForSubscriber(
  trx: Transaction<Database>,
  id: number,
  subscriber: string,
  now: Date,
): Promise<boolean> {
  const row = await trx
    .insertInto("outbox_handled")
    .values({ event_id: id, subscriber, handled_at: now.toISOString() })
    .onConflict((oc) => oc.columns(["event_id", "subscriber"]).doNothing())
    .returning("event_id")
    .executeTakeFirst();
  return row !== undefined;
}

/** Marks an event done once all its subscribers have handled it; false when another dispatcher did. */
export async function markDispatched(
  trx: Kysely<Database> | Transaction<Database>,
  id: number,
  now: Date,
): Promise<boolean> {
  const result = await trx
    .updateTable("outbox")
    .set({ dispatched_at: now.toISOString() })
    .where("id", "=", id)
    .where("dispatched_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Dispatched events are kept a while for inspection, then removed; undispatched ones never are. */
export async function pruneOutbox(db: Kysely<Database>, dispatchedBefore: Date): Promise<number> {
  const result = await db
    .deleteFrom("outbox")
    .where("dispatched_at", "is not", null)
    .where("dispatched_at", "<", dispatchedBefore.toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function recordDispatchFailure(db: Kysely<Database>, id: number, error: unknown): Promise<void> {
  await db
    .updateTable("outbox")
    .set((eb) => ({
      attempts: eb("attempts", "+", 1),
      last_error: error instanceof Error ? error.message : String(error),
    }))
    .where("id", "=", id)
    .execute();
}
