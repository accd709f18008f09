import type { Kysely, Transaction } from "kysely";
import type { Logger } from "pino";
import type { Clock } from "../clock.ts";
import type { Database } from "../db/database.ts";
import type { WritePath } from "../events/write-path.ts";
import { dayIn, nextMidnight } from "./masthead-day.ts";

/** Days kept in `masthead_days`, long past any node's chance to race for them. */
const KEPT_DAYS = 30;

/**
 * Every page's masthead shows the newsroom's day, so at its midnight every cached page is out of
 * date. Each node sets a timer for it; the first to fire records `day.changed`, whose followers
 * drop the pages on every node and purge the CDN once.
 */
export function startMastheadRollover(deps: {
  writes: WritePath;
  now: Clock;
  timeZone: string;
  logger: Logger;
}): { stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    const midnight = nextMidnight(deps.now(), deps.timeZone);
    timer = setTimeout(
      () => {
        announceDay(deps.writes, dayIn(midnight, deps.timeZone), deps.now()).catch((error: unknown) =>
          deps.logger.error(
            { err: error },
            "could not announce the new day; pages keep yesterday's date up to an hour",
          ),
        );
        schedule();
      },
      Math.max(0, midnight.getTime() - deps.now().getTime()),
    );
    timer.unref();
  };
  schedule();
  return { stop: () => clearTimeout(timer) };
}

/** Records `day.changed` for `day` unless another node already has; says whether this one did. */
export function announceDay(writes: WritePath, day: string, now: Date): Promise<boolean> {
  return writes.run(async (uow) => {
    if (!(await claimDay(uow.trx, day, now))) return false;
    await uow.record({ type: "day.changed", day });
    return true;
  });
}

async function claimDay(
  trx: Transaction<Database> | Kysely<Database>,
  day: string,
  now: Date,
): Promise<boolean> {
  const claimed = await trx
    .insertInto("masthead_days")
    .values({ day, announced_at: now.toISOString() })
    .onConflict((conflict) => conflict.column("day").doNothing())
    .executeTakeFirst();
  const cutoff = new Date(now.getTime() - KEPT_DAYS * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await trx.deleteFrom("masthead_days").where("day", "<", cutoff).execute();
  return (claimed.numInsertedOrUpdatedRows ?? 0n) > 0n;
}
