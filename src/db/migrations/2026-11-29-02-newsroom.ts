import type { Kysely, Migration } from "kysely";
import type { MigrationTools } from "./migration-tools.ts";

/** Users, sessions, login throttling, the audit log, revisions, front pages and the job queue. Frozen. */
export function newsroomMigration({ id }: MigrationTools): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("users")
        .addColumn("id", "integer", id)
        .addColumn("email", "text", (c) => c.notNull().unique())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("role", "text", (c) => c.notNull())
        .addColumn("password_hash", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("sessions")
        .addColumn("id_hash", "text", (c) => c.primaryKey())
        .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("csrf_token", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("expires_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();
      await db.schema
        .createTable("login_failures")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("failures", "integer", (c) => c.notNull())
        .addColumn("window_started_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("audit_log")
        .addColumn("id", "integer", id)
        .addColumn("at", "text", (c) => c.notNull())
        .addColumn("actor_user_id", "integer")
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("subject_type", "text", (c) => c.notNull())
        .addColumn("subject_id", "text")
        .addColumn("details", "text", (c) => c.notNull())
        .addColumn("ip", "text")
        .execute();
      await db.schema.createIndex("audit_log_at").on("audit_log").column("at").execute();

      await db.schema
        .createTable("revisions")
        .addColumn("id", "integer", id)
        .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("number", "integer", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("summary", "text", (c) => c.notNull())
        .addColumn("significant", "integer", (c) => c.notNull())
        .addColumn("snapshot", "text", (c) => c.notNull())
        .addUniqueConstraint("revisions_number", ["article_id", "number"])
        .execute();
      await db.schema
        .createTable("front_page_slots")
        .addColumn("edition", "text", (c) => c.notNull())
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addPrimaryKeyConstraint("front_page_slots_pk", ["edition", "position"])
        .execute();
      await db.schema
        .createTable("jobs")
        .addColumn("id", "integer", id)
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("payload", "text", (c) => c.notNull())
        .addColumn("run_at", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("attempts", "integer", (c) => c.notNull())
        .addColumn("last_error", "text")
        .addColumn("locked_until", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("jobs_due").on("jobs").columns(["status", "run_at"]).execute();

      await db.schema.alterTable("articles").addColumn("created_by", "integer").execute();
      await db.schema.alterTable("authors").addColumn("user_id", "integer").execute();
    },
  };
}
