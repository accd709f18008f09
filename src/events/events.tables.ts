import type { Generated } from "kysely";
import type { IsoTime } from "../content/content.tables.ts";

/** Domain events written in the transaction of the change; dispatched to subscribers after commit. */
export interface OutboxTable {
  id: Generated<number>;
  type: string;
  /** The whole event as JSON. */
  payload: string;
  created_at: IsoTime;
  /** Set once every subscriber has handled the event (see `outbox_handled`). */
  dispatched_at: IsoTime | null;
  /** Failed dispatches; an event stops being retried after a few. */
  attempts: Generated<number>;
  last_error: string | null;
}

export interface OutboxHandledTable {
  event_id: number;
  subscriber: string;
  handled_at: IsoTime;
}

export interface EventTables {
  outbox: OutboxTable;
  outbox_handled: OutboxHandledTable;
}
