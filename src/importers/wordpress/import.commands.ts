import { statSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { z } from "zod";
import { withMigratedDb } from "../../cli/with-db.ts";
import { systemClock } from "../../clock.ts";
import { type Config, loadConfig } from "../../config/load.ts";
import { createLogger } from "../../logger.ts";
import type { ImportFile } from "./import/import-wordpress.ts";

interface ImportCommandOptions {
  edition: string[];
  uploads?: string;
  sectionMap?: string;
  dryRun: boolean;
  report?: string;
}

/** A section map file: `{"category-slug": "section-key", "*": "news"}`. */
const SectionMapFile = z.record(z.string().min(1).max(200), z.string().min(1).max(80));

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `dateline import wordpress …`: a whole WordPress site, its old addresses included. */
export function addImportCommands(program: Command): void {
  const command = program.command("import").description("bring another system's content into Dateline");
  command
    .command("wordpress")
    .description(
      "import WordPress exports (WXR): posts as stories, pages as static pages, categories, tags, authors, photos and every old address as a redirect; safe to run again",
    )
    .argument("<exports...>", "WXR files (Tools → Export in WordPress)")
    .option(
      "--edition <code>",
      "the edition of the files, once for all or once per file in order",
      collect,
      [],
    )
    .option("--uploads <dir>", "a local copy of the old site's wp-content/uploads, for its pictures")
    .option(
      "--section-map <file>",
      'JSON mapping category slugs to section keys, e.g. {"politics": "news", "*": "news"}',
    )
    .option("--dry-run", "read and report what would happen; write nothing", false)
    .option("--report <file>", "write the full report as JSON")
    .action(async (exports: string[], options: ImportCommandOptions) => {
      const config = loadConfig();
      const files = pairEditions(exports, options.edition, config);
      if (options.uploads && !statSync(options.uploads, { throwIfNoEntry: false })?.isDirectory())
        throw new Error(`--uploads ${options.uploads} is not a folder`);
      const sectionMap = options.sectionMap
        ? await readSectionMap(options.sectionMap)
        : new Map<string, string>();
      const { commandWritePath } = await import("../../write-paths.ts");
      const { createMediaStorage } = await import("../../media/media-storage.ts");
      const { importWordPress } = await import("./import/import-wordpress.ts");
      const { progressDisplay } = await import("./import/import-progress.ts");
      const { summaryText } = await import("./import/import-report.ts");
      const stop = new AbortController();
      const interrupt = () => {
        if (stop.signal.aborted) process.exit(130);
        process.stderr.write("\nStopping after the batch being written (Ctrl-C again to quit at once)…\n");
        stop.abort();
      };
      process.on("SIGINT", interrupt);
      const progress = progressDisplay(process.stdout);
      const report = await withMigratedDb(config, async (db) => {
        const storage = createMediaStorage(config);
        const writes = commandWritePath({
          db: db.kysely,
          config,
          logger: createLogger(config.logLevel),
          now: systemClock,
        });
        try {
          return await importWordPress(
            { writes, storage, site: config.site, now: systemClock },
            {
              files,
              uploadsDir: options.uploads ?? null,
              sectionMap,
              dryRun: options.dryRun,
              signal: stop.signal,
              onProgress: (p) => progress.update(p),
            },
          );
        } finally {
          progress.stop();
          await writes.stop();
          await storage.close();
          process.off("SIGINT", interrupt);
        }
      });
      process.stdout.write(summaryText(report));
      if (options.report) await writeFile(options.report, `${JSON.stringify(report, null, 2)}\n`);
      if (report.interrupted) process.exitCode = 130;
    });
}

function pairEditions(exports: readonly string[], editions: readonly string[], config: Config): ImportFile[] {
  if (editions.length > 1 && editions.length !== exports.length)
    throw new Error(
      `give --edition once for all files or once per file (${exports.length} files, ${editions.length} editions)`,
    );
  const fallback = editions[0] ?? config.site.defaultEdition;
  return exports.map((path, i) => ({
    path,
    edition: editions.length > 1 ? (editions[i] as string) : fallback,
  }));
}

async function readSectionMap(path: string): Promise<Map<string, string>> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new Error(`--section-map ${path}: ${(error as Error).message}`);
  }
  const parsed = SectionMapFile.safeParse(json);
  if (!parsed.success)
    throw new Error(
      `--section-map ${path}: expected {"category-slug": "section-key", …}: ${parsed.error.issues[0]?.message}`,
    );
  return new Map(Object.entries(parsed.data));
}
