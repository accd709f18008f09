import { jobBacklog } from "../src/jobs/job-backlog.queries.ts";
import type { TestServer } from "../test/support/test-server.ts";

/**
 * Waits for the jobs a fresh demo starts with (related stories for every story, photo variants)
 * to finish: they would otherwise share the server's CPU with the first measurements.
 */
export async function jobsDone(app: TestServer): Promise<void> {
  const started = performance.now();
  for (;;) {
    const backlog = await jobBacklog(app.server.db.kysely, app.clock());
    if (backlog.due + backlog.running === 0) return;
    if (performance.now() - started > 300_000)
      throw new Error("the demo's start-up jobs did not finish in 5 minutes");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
