import { z } from "zod";
import { defineJob } from "../../src/jobs/job-runner.ts";

/**
 * A job kind whose runs wait until the test calls `release()`, the way a long resize does;
 * `started` resolves when a run begins.
 */
export function gatedJob(
  kind: string,
  options: { outcome?: "succeeds" | "fails"; maxAttempts?: number } = {},
) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let markStarted = () => {};
  const started = new Promise<void>((resolve) => {
    markStarted = resolve;
  });
  const handler = defineJob({
    kind,
    payload: z.object({}),
    maxAttempts: options.maxAttempts ?? 3,
    run: async () => {
      markStarted();
      await gate;
      if (options.outcome === "fails") throw new Error("failed late");
    },
  });
  return { handler, started, release };
}
