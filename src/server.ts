import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import { buildApp } from "./app.ts";
import { NodeCache } from "./cache/node-cache.ts";
import { type Clock, systemClock } from "./clock.ts";
import type { Config } from "./config/load.ts";
import { createDb, type Db } from "./db/create-db.ts";
import { migrateToLatest, pendingMigrations } from "./db/migrate.ts";
import type { ChannelListener } from "./db/pg-channel.ts";
import { seedDemo } from "./demo/seed-demo.ts";
import { jobHandlers, OWN_JOB_LANES } from "./jobs/job-handlers.ts";
import { JobRunner } from "./jobs/job-runner.ts";
import { createLiveFeeds, hearAllNodes } from "./live-feeds.ts";
import { createMediaStorage } from "./media/media-storage.ts";
import { ensureSearch } from "./search/search-rebuild.ts";
import { startMastheadRollover } from "./site/masthead-rollover.ts";
import { WireIntake } from "./wire/intake/wire-intake.ts";
import { createWritePath } from "./write-paths.ts";

/**
 * How long a shutdown waits for running jobs. A job still running then is left to its lease
 * (job-queue.ts), which another node takes over; orchestrators allow about 30 s before SIGKILL.
 */
const JOB_DRAIN_MS = 25_000;

export interface RunningServer {
  app: FastifyInstance;
  db: Db;
  cache: NodeCache;
  jobs: JobRunner;
  url: string;
  /**
   * Drains and stops: /readyz answers 503, no new connection is accepted, requests in flight and
   * running jobs finish (jobs for at most JOB_DRAIN_MS), then the database closes.
   */
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Every "now" the server reads comes from here; tests pass one to run at a chosen instant. */
  clock?: Clock;
}

/** Opens the database, migrates it, seeds the demo into an empty one (with `config.demo`), and starts listening. */
export async function startServer(
  config: Config,
  logger: Logger,
  { clock = systemClock }: ServerOptions = {},
): Promise<RunningServer> {
  const db = await createDb(config.databaseUrl);
  const media = createMediaStorage(config);
  // LISTEN connections on PostgreSQL: the cache notices and the wire desk.
  const listeners: ChannelListener[] = [];
  const closeListeners = () => Promise.all(listeners.map((l) => l.close()));
  try {
    const applied = await migrateToLatest(db);
    if (applied.length > 0) logger.info({ migrations: applied }, "database migrated");
    if (config.demo) {
      const seed = await seedDemo(db.kysely, {
        media,
        now: clock(),
        reset: false,
        onStart: () =>
          logger.info("empty database: seeding the demo newspaper (the first run draws its photos)"),
      });
      if (seed.seeded)
        logger.info({ articles: seed.articles }, "demo content seeded into the empty database");
    }
    if (await ensureSearch(db.kysely, clock())) logger.info("search index built for the existing stories");
    const cache = new NodeCache(config);
    if (db.capabilities.name === "postgres")
      listeners.push(await cache.hearOtherNodes(config.databaseUrl, logger));
    const feeds = createLiveFeeds();
    if (db.capabilities.name === "postgres")
      listeners.push(...(await hearAllNodes(feeds, config.databaseUrl, logger)));
    // The write path wakes the runner, and the runner's jobs write through it.
    const wake: { jobs?: JobRunner } = {};
    const writes = createWritePath({
      db: db.kysely,
      cache,
      feeds,
      config,
      logger,
      now: clock,
      wakeJobs: () => void wake.jobs?.poke(),
    });
    const jobs = new JobRunner({
      db: db.kysely,
      handlers: jobHandlers({
        db: db.kysely,
        writes,
        config,
        media,
        logger,
        now: clock,
      }),
      logger,
      now: clock,
      ownLanes: OWN_JOB_LANES,
    });
    wake.jobs = jobs;
    let draining = false;
    const app = await buildApp({
      config,
      db: db.kysely,
      feeds,
      media,
      cache,
      logger,
      pokeJobs: () => void jobs.poke(),
      now: clock,
      writes,
      server: {
        pendingMigrations: () => pendingMigrations(db),
        poolUse: db.poolUse,
        draining: () => draining,
      },
    });
    await app.listen({ port: config.port, host: config.host });
    jobs.start();
    writes.startSweeping();
    const wire = new WireIntake({
      db: db.kysely,
      settings: config.wire,
      now: clock,
      logger,
      afterIngest: () => void writes.dispatchPending(),
    });
    await wire.start();
    const rollover = startMastheadRollover({ writes, now: clock, timeZone: config.site.timeZone, logger });
    const address = app.server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
    return {
      app,
      db,
      cache,
      jobs,
      url,
      async close() {
        draining = true;
        rollover.stop();
        const [, jobsFinished] = await Promise.all([app.close(), jobs.stop(JOB_DRAIN_MS), wire.stop()]);
        if (!jobsFinished) logger.warn("stopping with jobs still running; their leases pass to another node");
        // Last, since requests and jobs write through it.
        await writes.stop();
        await closeListeners();
        await media.close();
        await db.close();
      },
    };
  } catch (error) {
    await closeListeners();
    await media.close();
    await db.close().catch(() => undefined);
    throw error;
  }
}
