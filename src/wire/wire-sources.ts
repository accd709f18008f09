import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import { DEFAULT_SITE } from "../config/site.ts";
import type { Database } from "../db/database.ts";
import { violatedConstraint } from "../db/unique-violation.ts";
import { resolveOutboundTarget } from "../http/address-guard.ts";
import { startOfDayIn } from "../i18n/format.ts";
import { dayIn } from "../site/masthead-day.ts";
import { DropFolderError, storedDropFolder } from "./intake/drop-folder.ts";
import { wirePolicy } from "./intake/http-pull.ts";
import type { IntakeSettings } from "./intake/wire-intake.ts";
import type { WireSourceTable } from "./wire.tables.ts";
import { WIRE_FORMATS, type WireFormat } from "./wire-item.ts";

type Q = Kysely<Database>;

/** A source the request names does not exist, its name is taken, or a field of it is refused. */
export class WireSourceError extends Error {
  override name = "WireSourceError";
  constructor(
    readonly kind: "unknown" | "name-taken" | "refused",
    message: string,
    readonly field?: "url" | "folder",
  ) {
    super(message);
  }
}

const EDITIONS = DEFAULT_SITE.editions.map((e) => e.code);
/** An HTTP header name (RFC 9110 token) and a value without line breaks. */
const HEADER = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):\s*([^\r\n]*)$/;
const MIN_INTERVAL_SECONDS = 30;
const DEFAULT_INTERVAL_SECONDS = 300;

const HttpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), "must be an http or https URL");

/** A source as an admin describes it, on the command line or in the newsroom. */
export const NewWireSource = z
  .object({
    name: z.string().trim().min(1).max(80),
    format: z.enum(WIRE_FORMATS),
    credit: z.string().trim().min(1).max(120),
    edition: z.enum(EDITIONS as [string, ...string[]], { message: `must be one of ${EDITIONS.join(", ")}` }),
    url: HttpUrl.optional(),
    headers: z.array(z.string().regex(HEADER, 'must look like "Name: value"')).max(20).default([]),
    intervalSeconds: z.number().int().min(MIN_INTERVAL_SECONDS).max(86_400).optional(),
    folder: z.string().trim().min(1).optional(),
  })
  .refine((s) => (s.url === undefined) !== (s.folder === undefined), {
    message: "give either a URL to pull from or a drop folder, not both",
  })
  .refine((s) => s.url !== undefined || (s.headers.length === 0 && s.intervalSeconds === undefined), {
    message: "headers and an interval apply only to a source pulled over HTTP",
  });
export type NewWireSource = z.input<typeof NewWireSource>;

/** What is shown of a source: its request headers' names only, since they may hold keys. */
export interface WireSourceView {
  id: number;
  name: string;
  format: WireFormat;
  credit: string;
  edition: string;
  url: string | null;
  folder: string | null;
  headerNames: string[];
  intervalSeconds: number | null;
  paused: boolean;
  health: {
    lastSuccessAt: string | null;
    lastError: string | null;
    lastErrorAt: string | null;
    itemsToday: number;
  };
}

function headerRecord(lines: readonly string[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (const line of lines) {
    const [, name, value] = HEADER.exec(line) ?? [];
    if (name !== undefined) record[name] = value ?? "";
  }
  return record;
}

/**
 * Adds a source. Its drop folder must lie inside the drop root and is stored relative to it; its
 * address must pass the outbound address guard now, and does again before every pull.
 */
export async function addWireSource(
  db: Q,
  input: NewWireSource,
  now: Date,
  settings: IntakeSettings,
): Promise<WireSourceView> {
  const source = NewWireSource.parse(input);
  const folder =
    source.folder === undefined
      ? null
      : refusedAs("folder", () => storedDropFolder(settings.dropRoot, source.folder ?? ""));
  if (source.url) {
    const url = source.url;
    await resolveOutboundTarget(url, wirePolicy(settings.allowedHosts)).catch((error: Error) => {
      throw new WireSourceError("refused", error.message, "url");
    });
  }
  try {
    const row = await db
      .insertInto("wire_sources")
      .values({
        name: source.name,
        format: source.format,
        credit: source.credit,
        edition: source.edition,
        url: source.url ?? null,
        headers: JSON.stringify(headerRecord(source.headers)),
        interval_seconds: source.url ? (source.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS) : null,
        folder,
        paused: 0,
        created_at: now.toISOString(),
        failures: 0,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return view(row, 0);
  } catch (error) {
    if (violatedConstraint(error) === "wire_sources_name")
      throw new WireSourceError("name-taken", `a wire source named "${source.name}" already exists`);
    throw error;
  }
}

function refusedAs<T>(field: "folder", check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof DropFolderError) throw new WireSourceError("refused", error.message, field);
    throw error;
  }
}

/** A live source by name, or a clear error. */
export async function wireSourceNamed(db: Q, name: string): Promise<Selectable<WireSourceTable>> {
  const row = await db
    .selectFrom("wire_sources")
    .where("name", "=", name)
    .where("removed_at", "is", null)
    .selectAll()
    .executeTakeFirst();
  if (!row) throw new WireSourceError("unknown", `no wire source named "${name}"`);
  return row;
}

/** Sources with their health; "items today" counts from midnight in the newsroom's time zone. */
export async function listWireSources(db: Q, now: Date, timeZone: string): Promise<WireSourceView[]> {
  const rows = await db
    .selectFrom("wire_sources")
    .where("removed_at", "is", null)
    .selectAll()
    .orderBy("name")
    .execute();
  const today = await itemsReceivedSince(db, startOfDayIn(dayIn(now, timeZone), timeZone));
  return rows.map((row) => view(row, today.get(row.id) ?? 0));
}

/** A live source by id, or a clear error. */
export async function wireSourceById(db: Q, id: number): Promise<Selectable<WireSourceTable>> {
  const row = await db
    .selectFrom("wire_sources")
    .where("id", "=", id)
    .where("removed_at", "is", null)
    .selectAll()
    .executeTakeFirst();
  if (!row) throw new WireSourceError("unknown", `no wire source with id ${id}`);
  return row;
}

export async function setWireSourcePaused(db: Q, id: number, paused: boolean): Promise<WireSourceView> {
  await wireSourceById(db, id);
  const row = await db
    .updateTable("wire_sources")
    .set({ paused: paused ? 1 : 0 })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return view(row, 0);
}

/** Stops a source for good; its items stay on the desk with their credit. */
export async function removeWireSource(db: Q, id: number, now: Date): Promise<void> {
  await wireSourceById(db, id);
  await db.updateTable("wire_sources").set({ removed_at: now.toISOString() }).where("id", "=", id).execute();
}

/** How many items of each source came or changed since then (an item's new versions count it once). */
async function itemsReceivedSince(db: Q, since: string): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom("wire_item_versions as v")
    .innerJoin("wire_items as i", "i.id", "v.item_id")
    .where("v.received_at", ">=", since)
    .groupBy("i.source_id")
    .select(["i.source_id", (eb) => eb.fn.count<number>("v.item_id").distinct().as("n")])
    .execute();
  return new Map(rows.map((r) => [r.source_id, Number(r.n)]));
}

function view(row: Selectable<WireSourceTable>, itemsToday: number): WireSourceView {
  return {
    id: row.id,
    name: row.name,
    format: row.format,
    credit: row.credit,
    edition: row.edition,
    url: row.url,
    folder: row.folder,
    headerNames: Object.keys(JSON.parse(row.headers) as Record<string, string>),
    intervalSeconds: row.interval_seconds,
    paused: row.paused === 1,
    health: {
      lastSuccessAt: row.last_success_at,
      lastError: row.last_error,
      lastErrorAt: row.last_error_at,
      itemsToday,
    },
  };
}
