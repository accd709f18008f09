import type { Logger } from "pino";

/**
 * Drains the server when the process is asked to stop (SIGTERM from an orchestrator, SIGINT from a
 * terminal), then exits: 0 once everything has finished, 1 if closing failed. A second signal
 * while draining is ignored, so an impatient Ctrl-C cannot cut the requests being finished.
 */
export function stopOnSignals(server: { close(): Promise<void> }, logger: Logger): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "draining: finishing requests and jobs in flight");
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "could not stop cleanly");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
