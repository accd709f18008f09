import { Command } from "commander";
import { countAdmins } from "../accounts/users.queries.ts";
import { loadConfig } from "../config/load.ts";
import { redact } from "../db/create-db.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { addApiKeyCommands } from "../distribution/content-api/api-key.commands.ts";
import { addImportCommands } from "../importers/wordpress/import.commands.ts";
import { createLogger } from "../logger.ts";
import { addWireCommands } from "../wire/wire.commands.ts";
import { addUserCommands } from "./user.commands.ts";
import { withDb } from "./with-db.ts";

/** Every command fails the same way: one clear line on stderr and exit code 1. */
function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`dateline: ${message}\n`);
  process.exit(1);
}

/**
 * Each command loads what it runs when it runs (the server, the demo, the importer), so a small
 * command does not pay for loading the whole application: about a second each under tsx.
 */
export function buildCli(): Command {
  const program = new Command("dateline")
    .description("Dateline: the newsroom and public site of a bilingual online newspaper.")
    .showHelpAfterError()
    .addHelpText(
      "after",
      "\nConfiguration comes from the environment: PORT, HOST, DATABASE_URL, MEDIA_DIR, MEDIA_STORAGE and\n" +
        "MEDIA_S3_* (photos in an S3 bucket), SITE_URL, LOG_LEVEL, TRUST_PROXY, WEBHOOK_ALLOWED_HOSTS,\n" +
        "WIRE_ALLOWED_HOSTS, WIRE_DROP_ROOT (wire sources' drop folders), MEDIA_IMPORT_ALLOWED_HOSTS,\n" +
        "DATELINE_DEMO (off: serve leaves an empty database empty).",
    );

  program
    .command("serve")
    .description(
      "migrate the database, seed the demo into an empty one unless DATELINE_DEMO=off, and serve the site",
    )
    .action(async () => {
      const config = loadConfig();
      const logger = createLogger(config.logLevel);
      const { startServer } = await import("../server.ts");
      const { stopOnSignals } = await import("../ops/stop-on-signals.ts");
      const server = await startServer(config, logger);
      process.stdout.write(`Dateline is serving ${server.url}/ (database ${redact(config.databaseUrl)})\n`);
      if ((await countAdmins(server.db.kysely)) === 0) {
        process.stdout.write(
          `The newsroom at ${server.url}/newsroom/ has no admin yet. Create one with:\n` +
            "  npx dateline user create --email you@example.com --role admin\n",
        );
      }
      stopOnSignals(server, logger);
    });

  program
    .command("migrate")
    .description("bring the database schema up to date")
    .action(async () => {
      const config = loadConfig();
      const applied = await withDb(config, migrateToLatest);
      process.stdout.write(applied.length ? `Applied: ${applied.join(", ")}\n` : "Database is up to date.\n");
    });

  program
    .command("demo")
    .description(
      "seed the demo newspaper into an empty database, whatever DATELINE_DEMO says (use --reset to replace all content)",
    )
    .option("--reset", "delete every article, author, section, tag and media record first", false)
    .action(async (options: { reset: boolean }) => {
      const config = loadConfig();
      const { seedDemo } = await import("../demo/seed-demo.ts");
      const { createMediaStorage } = await import("../media/media-storage.ts");
      const result = await withDb(config, async (db) => {
        await migrateToLatest(db);
        const media = createMediaStorage(config);
        try {
          return await seedDemo(db.kysely, { media, now: new Date(), reset: options.reset });
        } finally {
          await media.close();
        }
      });
      process.stdout.write(
        result.seeded
          ? `Seeded ${result.articles} demo articles.\n`
          : `The database already has ${result.articles} articles; nothing changed (use --reset to replace them).\n`,
      );
    });
  program
    .command("reindex")
    .description("rebuild the search index and every story's related stories from the published stories")
    .action(async () => {
      const config = loadConfig();
      const { rebuildSearch } = await import("../search/search-rebuild.ts");
      const result = await withDb(config, async (db) => {
        await migrateToLatest(db);
        return rebuildSearch(db.kysely, new Date());
      });
      process.stdout.write(`Indexed ${result.documents} published stories.\n`);
    });
  addUserCommands(program);
  addApiKeyCommands(program);
  addWireCommands(program);
  addImportCommands(program);
  return program;
}

export async function runCli(argv: string[]): Promise<void> {
  try {
    await buildCli().parseAsync(argv);
  } catch (error) {
    fail(error);
  }
}
