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
  /** A running job whose lock has passed is taken to have died with its process and runs again. */
  locked_until: IsoTime | null;
  created_at: IsoTime;
}

export interface JobTables {
  jobs: JobTable;
}
