import type { Kysely, Migration } from "kysely";
import type { MigrationTools } from "./migration-tools.ts";

/** Sections, tags, authors, media and articles: the content model of the first release. Frozen: never edit, add a new migration. */
export function contentMigration({ id }: MigrationTools): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("media")
        .addColumn("id", "integer", id)
        .addColumn("file_name", "text", (c) => c.notNull())
        .addColumn("mime", "text", (c) => c.notNull())
        .addColumn("width", "integer", (c) => c.notNull())
        .addColumn("height", "integer", (c) => c.notNull())
        .addColumn("caption", "text", (c) => c.notNull())
        .addColumn("alt", "text", (c) => c.notNull())
        .addColumn("credit", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("media_variants")
        .addColumn("media_id", "integer", (c) => c.notNull().references("media.id").onDelete("cascade"))
        .addColumn("format", "text", (c) => c.notNull())
        .addColumn("width", "integer", (c) => c.notNull())
        .addColumn("height", "integer", (c) => c.notNull())
        .addColumn("file_name", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("media_variants_pk", ["media_id", "format", "width"])
        .execute();

      await db.schema
        .createTable("sections")
        .addColumn("id", "integer", id)
        .addColumn("key", "text", (c) => c.notNull().unique())
        .addColumn("position", "integer", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("section_localizations")
        .addColumn("section_id", "integer", (c) => c.notNull().references("sections.id").onDelete("cascade"))
        .addColumn("edition", "text", (c) => c.notNull())
        .addColumn("slug", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("section_localizations_pk", ["section_id", "edition"])
        .addUniqueConstraint("section_localizations_slug", ["edition", "slug"])
        .execute();

      await db.schema
        .createTable("tags")
        .addColumn("id", "integer", id)
        .addColumn("edition", "text", (c) => c.notNull())
        .addColumn("slug", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addUniqueConstraint("tags_slug", ["edition", "slug"])
        .execute();

      await db.schema
        .createTable("authors")
        .addColumn("id", "integer", id)
        .addColumn("slug", "text", (c) => c.notNull().unique())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("photo_media_id", "integer", (c) => c.references("media.id").onDelete("set null"))
        .execute();
      await db.schema
        .createTable("author_localizations")
        .addColumn("author_id", "integer", (c) => c.notNull().references("authors.id").onDelete("cascade"))
        .addColumn("edition", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("bio", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("author_localizations_pk", ["author_id", "edition"])
        .execute();

      await db.schema
        .createTable("articles")
        .addColumn("id", "integer", id)
        .addColumn("edition", "text", (c) => c.notNull())
        .addColumn("translation_group", "text")
        .addColumn("section_id", "integer", (c) => c.notNull().references("sections.id"))
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("slug", "text", (c) => c.notNull())
        .addColumn("headline", "text", (c) => c.notNull())
        .addColumn("standfirst", "text", (c) => c.notNull())
        .addColumn("body_html", "text", (c) => c.notNull())
        .addColumn("credit_line", "text")
        .addColumn("dateline_place", "text")
        .addColumn("lead_media_id", "integer", (c) => c.references("media.id").onDelete("set null"))
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("published_at", "text")
        .addColumn("updated_at", "text")
        .addColumn("scheduled_at", "text")
        .addColumn("correction_note", "text")
        .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("modified_at", "text", (c) => c.notNull())
        .addUniqueConstraint("articles_slug", ["edition", "slug"])
        .execute();
      await db.schema
        .createIndex("articles_listing")
        .on("articles")
        .columns(["edition", "status", "published_at"])
        .execute();
      await db.schema
        .createIndex("articles_section_listing")
        .on("articles")
        .columns(["section_id", "status", "published_at"])
        .execute();
      await db.schema
        .createIndex("articles_translation")
        .on("articles")
        .column("translation_group")
        .execute();

      await db.schema
        .createTable("article_authors")
        .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("author_id", "integer", (c) => c.notNull().references("authors.id"))
        .addColumn("position", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("article_authors_pk", ["article_id", "author_id"])
        .execute();
      await db.schema
        .createIndex("article_authors_author")
        .on("article_authors")
        .column("author_id")
        .execute();
      await db.schema
        .createTable("article_tags")
        .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("tag_id", "integer", (c) => c.notNull().references("tags.id").onDelete("cascade"))
        .addPrimaryKeyConstraint("article_tags_pk", ["article_id", "tag_id"])
        .execute();
      await db.schema.createIndex("article_tags_tag").on("article_tags").column("tag_id").execute();

      await db.schema
        .createTable("site_state")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("value", "integer", (c) => c.notNull())
        .execute();
      await db.insertInto("site_state").values({ key: "content_version", value: 1 }).execute();
    },
  };
}
