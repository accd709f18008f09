/**
 * A migrated PostgreSQL database kept as a template, so a test database is a copy of it (`create
 * database … template`, tens of milliseconds) instead of a run of every migration (hundreds).
 * It is named by a hash of the migration code, so a changed migration makes a new one and a stale
 * one is never used; it is built under a private name and renamed into place, so test files that
 * start together cannot clone it half-migrated, and when two build at once one rename wins.
 */
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import pg from "pg";
import { createDb } from "../../src/db/create-db.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const MIGRATIONS_ENTRY = resolve(ROOT, "src/db/migrate.ts");
const TEMPLATE_PREFIX = "dateline_template_";
/** PostgreSQL's codes for a database that already exists, does not, or has someone connected. */
const DUPLICATE_DATABASE = "42P04";
const UNDEFINED_DATABASE = "3D000";
const OBJECT_IN_USE = "55006";
const IN_USE_ATTEMPTS = 50;

/** The migrations' source and every module they import, hashed: what decides the template's schema. */
function migrationCodeHash(): string {
  const hash = createHash("sha256");
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    // Named from the checkout's root, so two checkouts of the same code share a template.
    hash.update(relative(ROOT, file)).update(source);
    for (const [, specifier = ""] of source.matchAll(/from\s+"(\.{1,2}\/[^"]+)"/g))
      visit(resolve(dirname(file), specifier));
  };
  visit(MIGRATIONS_ENTRY);
  return hash.digest("hex").slice(0, 16);
}

const TEMPLATE_NAME = `${TEMPLATE_PREFIX}${migrationCodeHash()}`;

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const hasCode = (error: unknown, code: string) => (error as { code?: string }).code === code;

/**
 * Runs a statement that needs no one connected to a database, again while PostgreSQL says
 * someone is: a connection just closed leaves its server process for a moment longer.
 */
async function onceUnused<T>(statement: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await statement();
    } catch (error) {
      if (!hasCode(error, OBJECT_IN_USE) || attempt === IN_USE_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * Migrates a database of its own and renames it to the template's name; a rename that finds the
 * name taken lost a race with another test file, whose template is as good. Templates of older
 * migration code are dropped on the way, unless one is being copied at that moment.
 */
async function buildTemplate(adminUrl: string): Promise<void> {
  const building = `${TEMPLATE_PREFIX}building_${randomBytes(6).toString("hex")}`;
  await withAdmin(adminUrl, (admin) => admin.query(`create database ${building}`));
  try {
    const db = await createDb(databaseUrl(adminUrl, building));
    try {
      await migrateToLatest(db);
    } finally {
      await db.close();
    }
    await withAdmin(adminUrl, async (admin) => {
      try {
        await onceUnused(() => admin.query(`alter database ${building} rename to ${TEMPLATE_NAME}`));
      } catch (error) {
        if (!hasCode(error, DUPLICATE_DATABASE)) throw error;
      }
      await dropOlderTemplates(admin);
    });
  } finally {
    await withAdmin(adminUrl, (admin) => admin.query(`drop database if exists ${building} with (force)`));
  }
}

async function dropOlderTemplates(admin: pg.Client): Promise<void> {
  const { rows } = await admin.query<{ name: string }>(
    "select datname as name from pg_database where datname like $1 and datname <> $2 and datname not like $3",
    [`${TEMPLATE_PREFIX}%`, TEMPLATE_NAME, `${TEMPLATE_PREFIX}building_%`],
  );
  for (const { name } of rows) await admin.query(`drop database if exists ${name}`).catch(() => undefined);
}

let templateBuilt: Promise<void> | undefined;

/** Creates database `name` as a copy of the migrated template, building the template first if need be. */
export async function createFromMigratedTemplate(adminUrl: string, name: string): Promise<void> {
  const copy = () =>
    withAdmin(adminUrl, (admin) =>
      onceUnused(() => admin.query(`create database ${name} template ${TEMPLATE_NAME}`)),
    );
  try {
    await copy();
  } catch (error) {
    if (!hasCode(error, UNDEFINED_DATABASE)) throw error;
    templateBuilt ??= buildTemplate(adminUrl).finally(() => {
      templateBuilt = undefined;
    });
    await templateBuilt;
    await copy();
  }
}
