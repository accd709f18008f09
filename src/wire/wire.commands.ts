import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { withMigratedDb } from "../cli/with-db.ts";
import { loadConfig } from "../config/load.ts";
import type { Db } from "../db/create-db.ts";
import {
  type FileResult,
  type IngestOutcome,
  ingestWireFile,
  MAX_WIRE_FILE_BYTES,
  refuseOversizeFile,
} from "./wire-ingest.ts";
import {
  addWireSource,
  listWireSources,
  NewWireSource,
  removeWireSource,
  setWireSourcePaused,
  type WireSourceView,
  wireSourceNamed,
} from "./wire-sources.ts";

type Source = Awaited<ReturnType<typeof wireSourceNamed>>;

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function describeSource(s: WireSourceView): string {
  const origin = s.url ? `${s.url} every ${s.intervalSeconds} s` : `folder ${s.folder}`;
  const { lastError, lastErrorAt, lastSuccessAt } = s.health;
  const failing = lastError && lastErrorAt && (!lastSuccessAt || lastErrorAt > lastSuccessAt);
  const health = failing
    ? `last error ${lastErrorAt}: ${lastError}`
    : `last success ${lastSuccessAt ?? "never"}`;
  return `${s.name}\t${s.format}\t${s.edition}\t"${s.credit}"\t${origin}${s.paused ? "\tPAUSED" : ""}\t${health}\t${s.health.itemsToday} items today`;
}

interface FoundFile {
  path: string;
  size: number;
  error?: string;
}

/** Every file under the paths, folders read through, in name order; dotfiles are skipped. */
export async function filesUnder(paths: readonly string[]): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (!info.isDirectory()) {
        found.push({ path, size: info.size });
        continue;
      }
      const entries = (await readdir(path, { withFileTypes: true }))
        .filter((e) => !e.name.startsWith("."))
        .sort((a, b) => a.name.localeCompare(b.name));
      found.push(...(await filesUnder(entries.map((e) => join(path, e.name)))));
    } catch (error) {
      found.push({ path, size: 0, error: (error as Error).message });
    }
  }
  return found;
}

async function ingestFound(db: Db, source: Source, file: FoundFile): Promise<FileResult> {
  if (file.error) return { outcomes: ["failed"], failure: file.error };
  // Refused before reading: a file of gigabytes must not be read into memory to be refused.
  if (file.size > MAX_WIRE_FILE_BYTES)
    return refuseOversizeFile(db.kysely, source, file.path, file.size, new Date());
  return ingestWireFile(db.kysely, source, { bytes: await readFile(file.path), name: file.path }, new Date());
}

export function summaryLine(outcomes: readonly IngestOutcome[]): string {
  const count = (o: IngestOutcome) => outcomes.filter((x) => x === o).length;
  return `${count("new")} new, ${count("updated")} updated, ${count("unchanged")} unchanged, ${count("failed")} failed`;
}

/** `dateline wire …`: agency sources and ingesting their files by hand. */
export function addWireCommands(program: Command): void {
  const wire = program.command("wire").description("the wire desk: agency sources and their copy");
  const source = wire
    .command("source")
    .description("manage wire sources (admins do this in the newsroom too)");

  source
    .command("add")
    .description("add a source pulled over HTTP (--url) or read from a drop folder (--folder)")
    .requiredOption("--name <name>", "a short unique name")
    .requiredOption("--format <format>", "ninjs, newsml-g2 or feed")
    .requiredOption("--credit <credit>", 'the credit line its copy carries, e.g. "Reuters"')
    .requiredOption("--edition <edition>", "the edition its copy is for")
    .option("--url <url>", "address to pull from")
    .option("--header <header>", 'request header for the pull, "Name: value" (repeatable)', collect, [])
    .option("--interval <seconds>", "seconds between pulls (default 300)", (v) => Number(v))
    .option("--folder <dir>", "drop folder to read files from")
    .action(async (o: Record<string, unknown>) => {
      const input = NewWireSource.safeParse({
        name: o.name,
        format: o.format,
        credit: o.credit,
        edition: o.edition,
        url: o.url,
        headers: o.header,
        intervalSeconds: o.interval,
        folder: o.folder,
      });
      if (!input.success)
        throw new Error(
          input.error.issues.map((i) => `${i.path.join(".") || "source"}: ${i.message}`).join("; "),
        );
      const added = await withMigratedDb(loadConfig(), (db) =>
        addWireSource(db.kysely, input.data, new Date(), loadConfig().wire),
      );
      process.stdout.write(`Added wire source ${added.name} (id ${added.id}).\n`);
    });

  source
    .command("list")
    .description("list sources with their health")
    .action(async () => {
      const timeZone = loadConfig().site.timeZone;
      const sources = await withMigratedDb(loadConfig(), (db) =>
        listWireSources(db.kysely, new Date(), timeZone),
      );
      process.stdout.write(
        sources.length ? `${sources.map(describeSource).join("\n")}\n` : "No wire sources.\n",
      );
    });

  for (const [name, paused] of [
    ["pause", true],
    ["resume", false],
  ] as const)
    source
      .command(name)
      .description(`${name} a source`)
      .requiredOption("--name <name>", "the source")
      .action(async (o: { name: string }) => {
        await withMigratedDb(loadConfig(), async (db) =>
          setWireSourcePaused(db.kysely, (await wireSourceNamed(db.kysely, o.name)).id, paused),
        );
        process.stdout.write(`${paused ? "Paused" : "Resumed"} wire source ${o.name}.\n`);
      });

  source
    .command("remove")
    .description("remove a source; its items stay on the desk")
    .requiredOption("--name <name>", "the source")
    .action(async (o: { name: string }) => {
      await withMigratedDb(loadConfig(), async (db) =>
        removeWireSource(db.kysely, (await wireSourceNamed(db.kysely, o.name)).id, new Date()),
      );
      process.stdout.write(`Removed wire source ${o.name}.\n`);
    });

  wire
    .command("ingest")
    .description(
      "ingest files or folders by hand; ends with one line: N new, N updated, N unchanged, N failed",
    )
    .argument("<paths...>", "files or folders")
    .requiredOption("--source <name>", "the source the files came from")
    .action(async (paths: string[], o: { source: string }) => {
      const outcomes = await withMigratedDb(loadConfig(), async (db) => {
        const found = await wireSourceNamed(db.kysely, o.source);
        const all: IngestOutcome[] = [];
        for (const file of await filesUnder(paths)) {
          const result = await ingestFound(db, found, file).catch((error: Error) => ({
            outcomes: ["failed" as const],
            failure: error.message,
          }));
          if (result.failure) process.stderr.write(`failed: ${file.path}: ${result.failure}\n`);
          all.push(...result.outcomes);
        }
        return all;
      });
      process.stdout.write(`${summaryLine(outcomes)}\n`);
      if (outcomes.includes("failed")) process.exitCode = 1;
    });
}
