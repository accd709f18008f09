import { type Kysely, type Migration, sql } from "kysely";

/**
 * Queues the `media.clean-original` job for every picture stored so far: originals uploaded
 * before uploads were cleaned still carry the photographer's GPS position and camera. Due at once
 * (run_at is the picture's own creation time, so no clock is read here). Frozen.
 */
export function cleanOriginalsMigration(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await sql`
        insert into jobs (kind, payload, run_at, status, attempts, created_at)
        select 'media.clean-original', '{"mediaId":' || cast(id as text) || '}', created_at, 'queued', 0, created_at
        from media
      `.execute(db);
    },
  };
}
