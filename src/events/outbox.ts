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

/**
 * Marks an event dispatched and returns it, or nothing when another dispatcher already has.
 * The guarded UPDATE holds the row until the claimer's transaction ends, so on PostgreSQL a second
 * claimer waits, then finds it taken.
 */
export async function claimEvent(
  trx: Transaction<Database>,
  id: number,
  now: Date,
): Promise<DomainEvent | undefined> {
  const row = await trx
    .updateTable("outbox")
    .set({ dispatched_at: now.toISOString() })
    .where("id", "=", id)
    .where("dispatched_at", "is", null)
    .returning("payload")
    .executeTakeFirst();
  return row && (JSON.parse(row.payload) as DomainEvent);
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
