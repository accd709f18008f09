import { type Kysely, type Migration, sql } from "kysely";
import type { MigrationTools } from "./migration-tools.ts";

/**
 * The wire desk (issue 12): agency sources, the items they send with every version received, and
 * the files they came in, kept with their bytes (with the reason, for those that could not be read). Frozen.
 */
export function wireMigration({ id, dialect }: MigrationTools): Migration {
  const bytes = dialect === "postgres" ? "bytea" : "blob";
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("wire_sources")
        .addColumn("id", "integer", id)
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("format", "text", (c) => c.notNull())
        .addColumn("credit", "text", (c) => c.notNull())
        .addColumn("edition", "text", (c) => c.notNull())
        .addColumn("url", "text")
        .addColumn("headers", "text", (c) => c.notNull())
        .addColumn("interval_seconds", "integer")
        .addColumn("folder", "text")
        .addColumn("paused", "integer", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("removed_at", "text")
        .addColumn("last_success_at", "text")
        .addColumn("last_error", "text")
        .addColumn("last_error_at", "text")
        .addColumn("failures", "integer", (c) => c.notNull())
        .addColumn("etag", "text")
        .addColumn("last_modified", "text")
        .addColumn("next_poll_at", "text")
        .addCheckConstraint("wire_sources_one_origin", sql`(url IS NULL) <> (folder IS NULL)`)
        .execute();
      // A removed source keeps its items and their credit; its name can be given to a new one.
      await db.schema
        .createIndex("wire_sources_name")
        .on("wire_sources")
        .column("name")
        .unique()
        .where(sql.ref("removed_at"), "is", null)
        .execute();

      await db.schema
        .createTable("wire_items")
        .addColumn("id", "integer", id)
        .addColumn("source_id", "integer", (c) => c.notNull().references("wire_sources.id"))
        .addColumn("guid", "text", (c) => c.notNull())
        .addColumn("edition", "text", (c) => c.notNull())
        .addColumn("version", "integer")
        .addColumn("content_hash", "text", (c) => c.notNull())
        .addColumn("urgency", "integer")
        .addColumn("headline", "text", (c) => c.notNull())
        .addColumn("standfirst", "text")
        .addColumn("body_html", "text", (c) => c.notNull())
        .addColumn("byline", "text")
        .addColumn("credit", "text")
        .addColumn("language", "text")
        .addColumn("dateline_place", "text")
        .addColumn("first_created", "text")
        .addColumn("version_created", "text")
        .addColumn("embargoed", "integer", (c) => c.notNull())
        .addColumn("embargo_until", "text")
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("details", "text", (c) => c.notNull())
        .addColumn("versions", "integer", (c) => c.notNull())
        .addColumn("received_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addUniqueConstraint("wire_items_guid", ["source_id", "guid"])
        .execute();
      await db.schema
        .createIndex("wire_items_received")
        .on("wire_items")
        .columns(["edition", "id"])
        .execute();

      // What the desk filters items by subject on: each subject's code and name, as the newest version gives them.
      await db.schema
        .createTable("wire_item_subjects")
        .addColumn("item_id", "integer", (c) => c.notNull().references("wire_items.id").onDelete("cascade"))
        .addColumn("code", "text")
        .addColumn("name", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("wire_item_subjects_item")
        .on("wire_item_subjects")
        .column("item_id")
        .execute();
      await db.schema
        .createIndex("wire_item_subjects_code")
        .on("wire_item_subjects")
        .column("code")
        .execute();

      // Which stories were made from an item, in which edition, by whom: one per item and edition.
      await db.schema
        .createTable("wire_adoptions")
        .addColumn("id", "integer", id)
        .addColumn("item_id", "integer", (c) => c.notNull().references("wire_items.id"))
        .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("edition", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("item_version", "integer")
        .addColumn("adopted_by", "integer", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("adopted_at", "text", (c) => c.notNull())
        .addUniqueConstraint("wire_adoptions_edition", ["item_id", "edition"])
        .execute();
      await db.schema
        .createIndex("wire_adoptions_article")
        .on("wire_adoptions")
        .column("article_id")
        .execute();

      // A file is kept once, however many items it holds (a feed holds dozens); a file that could
      // not be read is kept with the reason.
      await db.schema
        .createTable("wire_files")
        .addColumn("id", "integer", id)
        .addColumn("source_id", "integer", (c) => c.notNull().references("wire_sources.id"))
        .addColumn("file_name", "text")
        .addColumn("raw", bytes, (c) => c.notNull())
        .addColumn("encoding_note", "text")
        .addColumn("failure", "text")
        .addColumn("received_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("wire_files_source")
        .on("wire_files")
        .columns(["source_id", "id"])
        .execute();

      await db.schema
        .createTable("wire_item_versions")
        .addColumn("id", "integer", id)
        .addColumn("item_id", "integer", (c) => c.notNull().references("wire_items.id").onDelete("cascade"))
        .addColumn("file_id", "integer", (c) => c.notNull().references("wire_files.id"))
        .addColumn("version", "integer")
        .addColumn("content_hash", "text", (c) => c.notNull())
        .addColumn("item", "text", (c) => c.notNull())
        .addColumn("received_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("wire_item_versions_item")
        .on("wire_item_versions")
        .columns(["item_id", "id"])
        .execute();
    },
  };
}
