/**
 * `npm run bench:wire`: how fast agency copy comes in, and how soon the desk sees it.
 *
 * Ingest: `--items N` (default 50,000) items in generated files of the three formats (ninjs,
 * NewsML-G2, RSS feeds of 20; bench/synthetic/wire-files.ts) stored one file at a time on a fresh
 * database (`--dialect sqlite|postgres`). It prints items per second for each format and overall,
 * against the same files only parsed (the baseline measured in the same run, so the ratio says what
 * storing costs on this machine today), and the process's peak resident memory.
 *
 * Desk: the real server with a drop-folder source and an editor's open event stream; `--drops N`
 * (default 100) files, one at a time, each written under a temporary name and renamed into the
 * folder as agencies deliver. It prints the time from the rename to the item's event on the
 * stream, p50 and p99.
 */
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseWireFile } from "../src/wire/formats/parse-wire-file.ts";
import { ingestWireFile } from "../src/wire/wire-ingest.ts";
import type { WireFormat } from "../src/wire/wire-item.ts";
import { addWireSource, wireSourceNamed } from "../src/wire/wire-sources.ts";
import { loginAsEveryRole } from "../test/support/api-client.ts";
import { openEventStream } from "../test/support/event-stream.ts";
import { startTestServer } from "../test/support/test-server.ts";
import { freshDatabase, parseDialect } from "./fresh-database.ts";
import { percentile } from "./stats.ts";
import { type WireFileSpec, wireFile } from "./synthetic/wire-files.ts";
import { formatTable } from "./table.ts";

const { values: args } = parseArgs({
  options: {
    dialect: { type: "string", default: "sqlite" },
    items: { type: "string", default: "50000" },
    drops: { type: "string", default: "100" },
  },
});
const dialect = parseDialect(args.dialect);
const wanted = Number(args.items);
const drops = Number(args.drops);
if (!Number.isInteger(wanted) || wanted < 1) throw new Error("--items takes a positive whole number");
if (!Number.isInteger(drops) || drops < 1) throw new Error("--drops takes a positive whole number");

const FORMATS: WireFormat[] = ["ninjs", "newsml-g2", "feed"];
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** The files of the run, generated ahead so neither measurement pays for making them. */
function generate(): WireFileSpec[] {
  const files: WireFileSpec[] = [];
  for (let index = 0, items = 0; items < wanted; index++) {
    const file = wireFile(index);
    files.push(file);
    items += file.items;
  }
  return files;
}

interface Tally {
  items: number;
  ms: number;
}
const tallies = () =>
  Object.fromEntries(FORMATS.map((f) => [f, { items: 0, ms: 0 }])) as Record<WireFormat, Tally>;

async function measureIngest(files: WireFileSpec[]) {
  const parsed = tallies();
  for (const file of files) {
    const start = performance.now();
    parseWireFile(file.format, file.bytes);
    parsed[file.format].ms += performance.now() - start;
    parsed[file.format].items += file.items;
  }
  const database = await freshDatabase(dialect);
  const stored = tallies();
  let peakRss = process.memoryUsage().rss;
  try {
    const db = database.db.kysely;
    const settings = { dropRoot: "/nonexistent", allowedHosts: [] };
    const sources = new Map<WireFormat, Awaited<ReturnType<typeof wireSourceNamed>>>();
    for (const format of FORMATS) {
      const source = { name: `bench-${format}`, format, credit: "Bench", edition: "en", folder: format };
      await addWireSource(db, source, new Date(), settings);
      sources.set(format, await wireSourceNamed(db, source.name));
    }
    let failed = 0;
    for (const [i, file] of files.entries()) {
      const start = performance.now();
      const source = sources.get(file.format);
      if (!source) throw new Error(`no source for ${file.format}`);
      const result = await ingestWireFile(db, source, { name: file.name, bytes: file.bytes }, new Date());
      stored[file.format].ms += performance.now() - start;
      stored[file.format].items += file.items;
      failed += result.outcomes.filter((o) => o === "failed").length;
      if (i % 200 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    if (failed > 0) throw new Error(`${failed} generated items failed to ingest`);
    const count = await db
      .selectFrom("wire_items")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const total = files.reduce((n, f) => n + f.items, 0);
    if (Number(count.n) !== total) throw new Error(`stored ${count.n} items of ${total}`);
  } finally {
    await database.drop();
  }
  return { parsed, stored, peakRss: Math.max(peakRss, process.memoryUsage().rss) };
}

async function measureDesk(): Promise<number[]> {
  const server = await startTestServer(dialect);
  try {
    const { editor } = await loginAsEveryRole(server);
    const added = await editor.request("POST", "/wire/sources", {
      name: "drop",
      format: "ninjs",
      credit: "Bench",
      edition: "en",
      folder: "drop",
    });
    if (added.status !== 201) throw new Error(`adding the source answered ${added.status}`);
    const folder = join(server.config.wire.dropRoot, "drop");
    mkdirSync(folder, { recursive: true });
    const stream = await openEventStream(editor, "/wire/events");
    const waits: number[] = [];
    try {
      for (let i = 0; i < drops; i++) {
        const file = wireFile(i * 3, "wire-bench-desk");
        writeFileSync(join(folder, `${file.name}.part`), file.bytes);
        const landed = performance.now();
        renameSync(join(folder, `${file.name}.part`), join(folder, file.name));
        const guid = `urn:bench:ninjs:${i * 3}`;
        await stream.next(
          (e) => e.event === "item" && (JSON.parse(e.data) as { item: { guid: string } }).item.guid === guid,
          15_000,
        );
        waits.push(performance.now() - landed);
      }
    } finally {
      await stream.close();
    }
    return waits;
  } finally {
    await server.stop();
  }
}

const files = generate();
const ingest = await measureIngest(files);
const rate = (t: Tally) => (t.ms > 0 ? (t.items / t.ms) * 1000 : Number.NaN);
const sum = (r: Record<WireFormat, Tally>) =>
  Object.values(r).reduce((a, t) => ({ items: a.items + t.items, ms: a.ms + t.ms }), { items: 0, ms: 0 });
const rows = [
  ...FORMATS.map((f) => [f, ingest.parsed[f], ingest.stored[f]] as const),
  ["all", sum(ingest.parsed), sum(ingest.stored)] as const,
].map(([name, parsed, stored]) => [
  name,
  String(stored.items),
  rate(parsed).toFixed(0),
  rate(stored).toFixed(0),
  (rate(stored) / rate(parsed)).toFixed(3),
]);
console.log(`\nWire ingest on ${dialect}: ${files.length} files, ${sum(ingest.stored).items} items\n`);
console.log(
  formatTable(["format", "items", "parsed only (items/s)", "ingested (items/s)", "ingested ÷ parsed"], rows),
);
console.log(`\npeak resident memory: ${mb(ingest.peakRss)} MB`);

const waits = await measureDesk();
console.log(`\nDrop folder to the desk's event stream on ${dialect}, ${waits.length} files\n`);
console.log(
  formatTable(
    ["", "p50 (ms)", "p99 (ms)", "max (ms)"],
    [
      [
        "file renamed in → item event",
        percentile(waits, 50).toFixed(0),
        percentile(waits, 99).toFixed(0),
        Math.max(...waits).toFixed(0),
      ],
    ],
  ),
);
