import type { Command } from "commander";
import { withDb } from "../../cli/with-db.ts";
import { loadConfig } from "../../config/load.ts";
import type { Db } from "../../db/create-db.ts";
import { migrateToLatest } from "../../db/migrate.ts";
import { createApiKey, listApiKeys, revokeApiKey } from "./api-keys.ts";

function withMigratedDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  return withDb(loadConfig(), async (db) => {
    await migrateToLatest(db);
    return work(db);
  });
}

/** `dateline api-key …`: content API keys from the command line. */
export function addApiKeyCommands(program: Command): void {
  const apiKey = program.command("api-key").description("manage content API keys");

  apiKey
    .command("create")
    .description("create a key and print it; it is stored hashed, so this is the only time it is shown")
    .requiredOption("--name <name>", "who or what the key is for")
    .action(async (options: { name: string }) => {
      const name = options.name.trim();
      if (name === "" || name.length > 120) throw new Error("--name must be 1 to 120 characters");
      const created = await withMigratedDb((db) => createApiKey(db.kysely, name, new Date()));
      process.stdout.write(
        `Created API key ${created.id} (${created.name}). Store it now; it will not be shown again:\n${created.key}\n`,
      );
    });

  apiKey
    .command("list")
    .description("list keys (id, prefix, name, created, last used, revoked)")
    .action(async () => {
      const keys = await withMigratedDb((db) => listApiKeys(db.kysely));
      if (keys.length === 0) process.stdout.write("No API keys yet.\n");
      for (const k of keys) {
        process.stdout.write(
          `${k.id}\t${k.prefix}…\t${k.name}\t${k.createdAt}\t${k.lastUsedAt ?? "never used"}\t${k.revokedAt ? `revoked ${k.revokedAt}` : "active"}\n`,
        );
      }
    });

  apiKey
    .command("revoke")
    .description("revoke a key by id")
    .requiredOption("--id <id>", "the key's id, from api-key list")
    .action(async (options: { id: string }) => {
      const id = Number(options.id);
      if (!Number.isInteger(id) || id <= 0) throw new Error("--id must be a positive whole number");
      await withMigratedDb((db) => revokeApiKey(db.kysely, id, new Date()));
      process.stdout.write(`API key ${id} revoked.\n`);
    });
}
