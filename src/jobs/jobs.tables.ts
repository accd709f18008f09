import type { Generated } from "kysely";
import type { IsoTime } from "../content/content.tables.ts";

export type JobStatus = "queued" | "running" | "done" | "failed";

export interface JobTable {
  id: Generated<number>;
  kind: string;
  /** JSON payload, validated by the job's handler. */
  payload: string;
  run_at: IsoTime;
  status: JobStatus;
  attempts: number;
  last_error: string | null;
  /** A running job's lease: once it has passed, its runner is taken to have died and it runs again. */
  locked_until: IsoTime | null;
  /** The process holding the lease (`formatProcess` in process-identity.ts). */
  locked_by: string | null;
  created_at: IsoTime;
}

export interface JobTables {
  jobs: JobTable;
}
