import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { Clock } from "../clock.ts";
import type { PoolUse } from "../db/create-db.ts";
import type { Database } from "../db/database.ts";
import { jobBacklog } from "../jobs/job-backlog.queries.ts";
import { registerOpsRoutes } from "./health.routes.ts";
import { createMetrics, type Metrics } from "./metrics.ts";
import { createReadiness } from "./readiness.ts";

/** What only the running server knows: its database's migrations and pool, and whether it is stopping. */
export interface ServerState {
  pendingMigrations(): Promise<string[]>;
  poolUse?: () => PoolUse;
  draining(): boolean;
}

/** Mounts /healthz, /readyz and /metrics, and starts counting requests; answers the metrics to feed. */
export function registerOps(
  app: FastifyInstance,
  deps: {
    db: Kysely<Database>;
    logger: Logger;
    now: Clock;
    metricsToken: string | undefined;
    server: ServerState;
  },
): Metrics {
  const metrics = createMetrics({
    jobBacklog: () => jobBacklog(deps.db, deps.now()),
    poolUse: deps.server.poolUse,
    onSourceError: (error) => deps.logger.error({ err: error }, "metrics: could not read the job queue"),
  });
  metrics.countRequests(app);
  const readiness = createReadiness({
    db: deps.db,
    pendingMigrations: deps.server.pendingMigrations,
    draining: deps.server.draining,
    now: deps.now,
    onFailure: (check, error) => deps.logger.warn({ err: error, check }, "not ready"),
  });
  registerOpsRoutes(app, { readiness, metrics, metricsToken: deps.metricsToken });
  return metrics;
}
