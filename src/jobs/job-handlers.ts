import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { Config } from "../config/load.ts";
import type { Database } from "../db/database.ts";
import type { JobHandler } from "./job-runner.ts";

export interface JobDeps {
  db: Kysely<Database>;
  config: Config;
  logger: Logger;
}

/** Every kind of background job the app runs; each feature contributes its own. */
export function jobHandlers(_deps: JobDeps): JobHandler<unknown>[] {
  return [];
}
