/**
 * Runs the real server in a process of its own, for tests that must kill it (`kill -9`) the way a
 * crash would (or stop it with SIGTERM, as an orchestrator does): `node --import tsx test/support/server-process.ts` with the server's `Config` as
 * JSON in DATELINE_TEST_CONFIG. Prints the server's URL once it listens.
 */
import type { Config } from "../../src/config/load.ts";
import { createLogger } from "../../src/logger.ts";
import { stopOnSignals } from "../../src/ops/stop-on-signals.ts";
import { startServer } from "../../src/server.ts";
import { testClock } from "./test-clock.ts";

export const SERVER_PROCESS = new URL(import.meta.url).pathname;
export const CONFIG_ENV = "DATELINE_TEST_CONFIG";

if (process.argv[1] === SERVER_PROCESS) {
  const config = JSON.parse(process.env[CONFIG_ENV] ?? "{}") as Config;
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, logger, { clock: testClock() });
  stopOnSignals(server, logger);
  process.stdout.write(`${server.url}\n`);
}
