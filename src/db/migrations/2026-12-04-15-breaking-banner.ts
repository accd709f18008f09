import type { Kysely, Migration } from "kysely";

/**
 * The breaking-news banner of each edition (src/breaking): at most one per edition, shown on every
 * page of it until its end time. Frozen.
 */
export function breakingBannerMigration(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("breaking_banners")
        // One row per edition: setting a banner replaces the edition's previous one.
        .addColumn("edition", "text", (c) => c.primaryKey())
        .addColumn("text", "text", (c) => c.notNull())
        // A path on this site (`/en/...`), never another origin.
        .addColumn("url", "text", (c) => c.notNull())
        .addColumn("ends_at", "text", (c) => c.notNull())
        // The editor's account may go; the banner stays until it ends or is cleared.
        .addColumn("set_by", "integer", (c) => c.references("users.id").onDelete("set null"))
        // Names this banner: the expiry job clears only the banner it was queued for.
        .addColumn("set_at", "text", (c) => c.notNull())
        .execute();
    },
  };
}
