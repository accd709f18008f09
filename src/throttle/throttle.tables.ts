import type { IsoTime } from "../content/content.tables.ts";

/**
 * Failed attempts per key (`login-pair:…`, `login-ip:…`, `api-key-ip:…`) within the key's current
 * window, shared by every node. A row whose window has ended counts for nothing and is swept.
 */
export interface FailureCounterTable {
  key: string;
  failures: number;
  window_ends_at: IsoTime;
}

export interface ThrottleTables {
  failure_counters: FailureCounterTable;
}
