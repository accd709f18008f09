import type { Kysely } from "kysely";
import { NodeCache } from "../../src/cache/node-cache.ts";
import type { Clock } from "../../src/clock.ts";
import type { Database } from "../../src/db/database.ts";
import type { WritePath } from "../../src/events/write-path.ts";
import { createLogger } from "../../src/logger.ts";
import { createWritePath } from "../../src/write-paths.ts";

/** The server's write path over a test database, with every subscriber and no job runner to wake. */
export function testWritePath(db: Kysely<Database>, now: Clock): WritePath {
  return createWritePath({
    db,
    cache: new NodeCache({}),
    config: {},
    logger: createLogger("silent"),
    now,
    wakeJobs: () => undefined,
  });
}
