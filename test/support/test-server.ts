import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Logger } from "pino";
import type { Clock } from "../../src/clock.ts";
import type { Config } from "../../src/config/load.ts";
import { DEFAULT_SITE } from "../../src/config/site.ts";
import { createLogger } from "../../src/logger.ts";
import { type RunningServer, startServer } from "../../src/server.ts";
import { createMigratedTestDatabase, type Dialect } from "./databases.ts";
import { testClock } from "./test-clock.ts";

/** Rendered demo pictures are deterministic, so every test server shares one media folder. */
export const TEST_MEDIA_DIR = join(import.meta.dirname, "../../.tmp/test-media");

export interface TestServer {
  url: string;
  server: RunningServer;
  config: Config;
  /** The server's "now"; a test compares the server's data with this, never with the real time. */
  clock: Clock;
  /** Stops this process's server and starts a new one on the same database, as a deploy would. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The real server on a free port, over a new database of the dialect seeded with the demo, on
 * `options.clock` or else the suite's clock (see test-clock.ts), logging to `options.logger` or nowhere.
 */
export async function startTestServer(
  dialect: Dialect,
  overrides: Partial<Omit<Config, "wire">> & { wire?: Partial<Config["wire"]> } = {},
  /**
   * `ownMedia`: a photo folder of this server's own. Test servers share one by default, so the
   * demo's pictures are drawn once; a photo's file is named by its bytes, so a test that deletes
   * photos must not share it with servers running at the same time.
   */
  options: { clock?: Clock; logger?: Logger; ownMedia?: boolean } = {},
): Promise<TestServer> {
  const clock = options.clock ?? testClock();
  const logger = () => options.logger ?? createLogger(config.logLevel);
  const database = await createMigratedTestDatabase(dialect);
  mkdirSync(TEST_MEDIA_DIR, { recursive: true });
  const ownMedia = options.ownMedia ? mediaFolderWithDemoPhotos() : undefined;
  const dropRoot = mkdtempSync(join(tmpdir(), "dateline-wire-drop-"));
  const config: Config = {
    port: 0,
    host: "127.0.0.1",
    databaseUrl: database.url,
    mediaDir: ownMedia ?? TEST_MEDIA_DIR,
    siteUrl: "http://dateline.test",
    logLevel: "silent",
    demo: true,
    site: DEFAULT_SITE,
    webhookAllowedHosts: [],
    trustProxy: [],
    ...overrides,
    wire: { dropRoot, allowedHosts: [], ...overrides.wire },
  };
  const testServer: TestServer = {
    url: "",
    server: await startServer(config, logger(), { clock }),
    config,
    clock,
    async restart() {
      await testServer.server.close();
      // The same clock carries on, as time does across a deploy.
      testServer.server = await startServer(config, logger(), { clock });
      testServer.url = testServer.server.url;
    },
    async stop() {
      await testServer.server.close();
      await database.drop();
      rmSync(dropRoot, { recursive: true, force: true });
      if (ownMedia) rmSync(ownMedia, { recursive: true, force: true });
    },
  };
  testServer.url = testServer.server.url;
  return testServer;
}

/**
 * A photo folder of a server's own, holding copies of the demo photos the shared folder already
 * has: the seeder finds them by name as it would after a restart, instead of drawing them again
 * (some twenty seconds of sharp), and deleting them leaves the shared ones alone. Writers' dot-named
 * temporary files are left behind.
 */
function mediaFolderWithDemoPhotos(): string {
  const folder = mkdtempSync(join(tmpdir(), "dateline-media-"));
  const demo = join(TEST_MEDIA_DIR, "demo");
  if (existsSync(demo))
    cpSync(demo, join(folder, "demo"), {
      recursive: true,
      filter: (from) => !basename(from).startsWith("."),
    });
  return folder;
}

/** Another node of `first`'s newspaper: the real server on its own port, on the same database and media storage. */
export interface TestNode {
  url: string;
  server: RunningServer;
  stop(): Promise<void>;
}

/**
 * Starts another node beside `first`, as a second machine behind the balancer would run: same
 * database, same media storage, same clock, its own port, caches and job runner; `options.config`
 * changes what a second machine would see otherwise (its own MEDIA_DIR beside a shared bucket).
 * Stop it before `first`, which drops the database.
 */
export async function startSecondNode(
  first: TestServer,
  options: { logger?: Logger; config?: Partial<Config> } = {},
): Promise<TestNode> {
  const config = { ...first.config, ...options.config };
  const server = await startServer(config, options.logger ?? createLogger(config.logLevel), {
    clock: first.clock,
  });
  return { url: server.url, server, stop: () => server.close() };
}
