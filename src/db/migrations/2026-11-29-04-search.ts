import { type Kysely, type Migration, sql } from "kysely";
import type { MigrationTools } from "./migration-tools.ts";

/**
 * The search index and stored related stories. Frozen.
 * Terms are made by the app (src/search/text), so both engines index the same tokens: SQLite keeps
 * them in an FTS5 table whose tokenizer only splits on spaces (marks count as letters, so Bangla
 * words stay whole); PostgreSQL keeps a tsvector built by the app, with a GIN index.
 */
export function searchMigration({ dialect }: MigrationTools): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("search_documents")
        .addColumn("article_id", "integer", (c) =>
          c.primaryKey().references("articles.id").onDelete("cascade"),
        )
        .addColumn("edition", "text", (c) => c.notNull())
        .addColumn("section_id", "integer", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("translation_group", "text")
        .addColumn("published_at", "text", (c) => c.notNull())
        .addColumn("published_day", dialect === "sqlite" ? "real" : "double precision", (c) => c.notNull())
        .execute();
      // Apart from search_documents, so that table stays small enough for its pages to stay in memory.
      await db.schema
        .createTable("search_document_terms")
        .addColumn("article_id", "integer", (c) =>
          c.primaryKey().references("search_documents.article_id").onDelete("cascade"),
        )
        .addColumn("terms", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("search_documents_edition_published")
        .on("search_documents")
        .columns(["edition", "published_at"])
        .execute();
      await db.schema
        .createTable("search_document_authors")
        .addColumn("article_id", "integer", (c) =>
          c.notNull().references("search_documents.article_id").onDelete("cascade"),
        )
        .addColumn("author_id", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("search_document_authors_pk", ["article_id", "author_id"])
        .execute();
      await db.schema
        .createIndex("search_document_authors_author")
        .on("search_document_authors")
        .columns(["author_id", "article_id"])
        .execute();
      await db.schema
        .createTable("search_terms")
        .addColumn("edition", "text", (c) => c.notNull())
        .addColumn("term", "text", (c) => c.notNull())
        .addColumn("doc_count", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("search_terms_pk", ["edition", "term"])
        .execute();
      if (dialect === "sqlite") {
        await sql`CREATE VIRTUAL TABLE search_fts USING fts5(
          headline, standfirst, tags, body,
          content='', contentless_delete=1,
          tokenize="unicode61 remove_diacritics 0 categories 'L* M* N* Co'"
        )`.execute(db);
      } else {
        await sql`ALTER TABLE search_documents ADD COLUMN tsv tsvector NOT NULL DEFAULT ''::tsvector`.execute(
          db,
        );
        await sql`CREATE INDEX search_documents_tsv ON search_documents USING gin (tsv)`.execute(db);
      }
      for (const table of ["related_stories", "related_pins"]) {
        await db.schema
          .createTable(table)
          .addColumn("article_id", "integer", (c) =>
            c.notNull().references("articles.id").onDelete("cascade"),
          )
          .addColumn("position", "integer", (c) => c.notNull())
          .addColumn("related_id", "integer", (c) =>
            c.notNull().references("articles.id").onDelete("cascade"),
          )
          .addPrimaryKeyConstraint(`${table}_pk`, ["article_id", "position"])
          .execute();
        await db.schema.createIndex(`${table}_related`).on(table).column("related_id").execute();
      }
    },
  };
}
