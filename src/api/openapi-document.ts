import { buildApp } from "../app.ts";
import { loadConfig } from "../config/load.ts";
import { createDb } from "../db/create-db.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { createLogger } from "../logger.ts";

/**
 * The OpenAPI document exactly as /api/docs/openapi.json serves it, built from an app on an
 * in-memory database so scripts and tests need no running server.
 */
export async function buildOpenApiDocument(): Promise<unknown> {
  const db = await createDb("sqlite::memory:");
  try {
    await migrateToLatest(db);
    const app = await buildApp({
      config: loadConfig({}),
      db: db.kysely,
      logger: createLogger("silent"),
    });
    try {
      await app.ready();
      return app.swagger();
    } finally {
      await app.close();
    }
  } finally {
    await db.close();
  }
}
