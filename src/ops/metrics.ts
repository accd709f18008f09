import type { FastifyInstance } from "fastify";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { CacheCounts } from "../cache/response-cache.ts";
import type { PoolUse } from "../db/create-db.ts";
import type { JobBacklog } from "../jobs/job-backlog.queries.ts";

/** What the metrics read at scrape time rather than count as they happen. */
export interface MetricsSources {
  jobBacklog(): Promise<JobBacklog>;
  /** Absent on SQLite, which has no pool. */
  poolUse?: () => PoolUse;
  /** A failed scrape-time read is logged and its gauges keep their last value. */
  onSourceError(error: unknown): void;
}

export interface Metrics {
  registry: Registry;
  pageCache: CacheCounts;
  /** Counts every answer by its route pattern, method and status, with its latency. */
  countRequests(app: FastifyInstance): void;
  /** Counts an answer sent without fastify (the cache's early hits), as `countRequests` would. */
  countAnswer(answer: CountedAnswer): void;
}

export interface CountedAnswer {
  /** The route pattern, or UNMATCHED_ROUTE. */
  route: string;
  method: string;
  status: number;
  seconds: number;
}

/** The label of a request no route matched (a 404 page), so junk URLs add no series. */
export const UNMATCHED_ROUTE = "unmatched";

/** One registry per app, so several servers in one process (the tests) keep their own counts. */
export function createMetrics(sources: MetricsSources): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: "dateline_http_requests_total",
    help: "HTTP requests answered, by route pattern, method and status",
    labelNames: ["route", "method", "status"] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: "dateline_http_request_duration_seconds",
    help: "Time from a request's arrival to its answer, by route pattern and method",
    labelNames: ["route", "method"] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const cache = new Counter({
    name: "dateline_page_cache_lookups_total",
    help: "Lookups in the cache of public answers (pages, feeds, sitemaps, Content API), by result",
    labelNames: ["result"] as const,
    registers: [registry],
  });
  const countAnswer = ({ route, method, status, seconds }: CountedAnswer) => {
    requests.inc({ route, method, status: String(status) });
    latency.observe({ route, method }, seconds);
  };
  registerJobGauges(registry, sources);
  if (sources.poolUse) registerPoolGauges(registry, sources.poolUse);
  return {
    registry,
    pageCache: { hit: () => cache.inc({ result: "hit" }), miss: () => cache.inc({ result: "miss" }) },
    countRequests(app) {
      app.addHook("onResponse", async (request, reply) => {
        countAnswer({
          route: request.routeOptions.url ?? UNMATCHED_ROUTE,
          method: request.method,
          status: reply.statusCode,
          seconds: reply.elapsedTime / 1000,
        });
      });
    },
    countAnswer,
  };
}

function registerJobGauges(registry: Registry, sources: MetricsSources): void {
  // The registry reads its metrics side by side, so both gauges share the scrape's one query.
  let reading: Promise<JobBacklog | undefined> | undefined;
  const backlog = () => {
    reading ??= sources
      .jobBacklog()
      .catch((error: unknown) => {
        sources.onSourceError(error);
        return undefined;
      })
      .finally(() => {
        reading = undefined;
      });
    return reading;
  };
  new Gauge({
    name: "dateline_jobs",
    help: "Unfinished background jobs, by state: due (waiting for a runner), later, running",
    labelNames: ["state"] as const,
    registers: [registry],
    async collect() {
      const now = await backlog();
      if (!now) return;
      this.set({ state: "due" }, now.due);
      this.set({ state: "later" }, now.later);
      this.set({ state: "running" }, now.running);
    },
  });
  new Gauge({
    name: "dateline_jobs_oldest_due_age_seconds",
    help: "How long the oldest due job has waited past its run time (0 when none is due)",
    registers: [registry],
    async collect() {
      const now = await backlog();
      if (now) this.set(now.oldestDueAgeSeconds);
    },
  });
}

function registerPoolGauges(registry: Registry, poolUse: () => PoolUse): void {
  new Gauge({
    name: "dateline_db_pool_connections",
    help: "PostgreSQL pool connections, by state: total, idle, and requests waiting for one",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const use = poolUse();
      this.set({ state: "total" }, use.total);
      this.set({ state: "idle" }, use.idle);
      this.set({ state: "waiting" }, use.waiting);
    },
  });
}
