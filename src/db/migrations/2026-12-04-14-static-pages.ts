import type { Kysely, Migration } from "kysely";
import type { MigrationTools } from "./migration-tools.ts";

/**
 * Static pages ("About us", "Contact"): pages of the site outside the news flow, served at
 * `/{edition}/{path}` where no section or story answers (see src/pages). Frozen.
 */
export function staticPagesMigration(tools: MigrationTools): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("static_pages")
        .addColumn("id", "integer", tools.id)
        .addColumn("edition", "text", (c) => c.notNull())
        // NFC, no leading or trailing slash, segments joined by "/": `about/team`.
        .addColumn("path", "text", (c) => c.notNull())
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("body_html", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("published_at", "text")
        .addColumn("updated_at", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("modified_at", "text", (c) => c.notNull())
        .addUniqueConstraint("static_pages_path", ["edition", "path"])
        .execute();
    },
  };
}
