import type { FastifyInstance } from "fastify";
import { AppError } from "../http/app-error.ts";
import { sendProblem } from "../http/problem.ts";
import type { Metrics } from "./metrics.ts";
import { mayReadMetrics } from "./metrics-access.ts";
import type { Readiness } from "./readiness.ts";

export interface OpsRoutesDeps {
  readiness(): Promise<Readiness>;
  metrics: Metrics;
  metricsToken: string | undefined;
}

/**
 * The endpoints of whoever runs the site: /healthz (the process answers), /readyz (send it
 * traffic), /metrics (Prometheus). None of them may be cached by anyone.
 */
export function registerOpsRoutes(app: FastifyInstance, deps: OpsRoutesDeps): void {
  app.get("/healthz", async (_request, reply) =>
    reply.header("cache-control", "no-store").send({ status: "ok" }),
  );

  app.get("/readyz", async (_request, reply) => {
    const readiness = await deps.readiness();
    return reply
      .code(readiness.ready ? 200 : 503)
      .header("cache-control", "no-store")
      .send({ status: readiness.ready ? "ready" : "unavailable", checks: readiness.checks });
  });

  app.get("/metrics", async (request, reply) => {
    reply.header("cache-control", "no-store");
    // 404, not 403: to anyone else the endpoint does not exist.
    if (!mayReadMetrics(request, deps.metricsToken)) {
      return sendProblem(reply, new AppError("NOT_FOUND", "There is nothing at this address."));
    }
    const registry = deps.metrics.registry;
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
