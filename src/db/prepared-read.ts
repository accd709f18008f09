import { type Compilable, CompiledQuery, type Kysely } from "kysely";
import type { Database } from "./database.ts";

type Value = string | number;
/**
 * A read's parameters. Strings and numbers, alone or in lists (for `in`), are values; the rest is
 * the statement's shape: which parameters are absent or null, the flags, the lengths of the lists.
 */
export type ReadParams<P> = { [K in keyof P]: Value | readonly Value[] | boolean | null | undefined };

interface Template {
  sql: string;
  /** Each parameter of the compiled statement: a value of the call (name, index in a list) or a constant. */
  slots: ({ name: string; index?: number } | { constant: unknown })[];
}

/** How many shapes (list lengths) a read keeps; a page lists at most a few dozen stories. */
const MAX_SHAPES = 200;

/**
 * A read built and compiled once per shape, then run with each call's values. Kysely builds and
 * compiles every query anew, which was a third of an article page's render on SQLite (and flattening
 * the SQL text it builds piece by piece, to look up the prepared statement, more).
 *
 * `build` receives markers in place of the values and must use them as values only (in `where`,
 * `limit`, …); what it builds may depend on the shape alone (see `ReadParams`): one template serves
 * every call of a shape. A marker missing from the statement or written into its text fails the
 * first call instead of running a wrong statement.
 */
export function preparedRead<P extends ReadParams<P>, R>(
  build: (db: Kysely<Database>, params: P) => Compilable<R>,
): (db: Kysely<Database>, params: P) => Promise<R[]> {
  const templates = new WeakMap<Kysely<Database>, Map<string, Template>>();
  return async (db, params) => {
    let shapes = templates.get(db);
    if (!shapes) {
      shapes = new Map<string, Template>();
      templates.set(db, shapes);
    }
    const shape = shapeOf(params);
    let template = shapes.get(shape);
    if (!template) {
      template = compileTemplate(db, build, params);
      if (shapes.size < MAX_SHAPES) shapes.set(shape, template);
    }
    const parameters = template.slots.map((slot) => {
      if ("constant" in slot) return slot.constant;
      const value = (params as Record<string, unknown>)[slot.name];
      return slot.index === undefined ? value : (value as readonly Value[])[slot.index];
    });
    const result = await db.executeQuery<R>(CompiledQuery.raw(template.sql, parameters));
    return result.rows;
  };
}

const isValue = (value: unknown): value is Value => typeof value === "string" || typeof value === "number";

function shapeOf<P extends ReadParams<P>>(params: P): string {
  let shape = "";
  for (const name in params) {
    const value = params[name];
    // Every name counts: a value given and one left out may build different statements.
    if (Array.isArray(value)) shape += `${name}:${value.length};`;
    else if (isValue(value)) shape += `${name};`;
    else shape += `${name}=${value};`;
  }
  return shape;
}

const marker = (name: string, index?: number) =>
  `\u0000${name}${index === undefined ? "" : `#${index}`}\u0000`;

function compileTemplate<P extends ReadParams<P>, R>(
  db: Kysely<Database>,
  build: (db: Kysely<Database>, params: P) => Compilable<R>,
  params: P,
): Template {
  const markers: Record<string, unknown> = {};
  const slotOf = new Map<string, { name: string; index?: number }>();
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value)) {
      markers[name] = value.map((_, index) => {
        slotOf.set(marker(name, index), { name, index });
        return marker(name, index);
      });
    } else if (isValue(value)) {
      markers[name] = marker(name);
      slotOf.set(marker(name), { name });
    } else {
      markers[name] = value;
    }
  }
  const { sql, parameters } = build(db, markers as unknown as P).compile();
  const slots = parameters.map((p) => (typeof p === "string" && slotOf.get(p)) || { constant: p });
  const used = new Set(parameters);
  const missing = [...slotOf.keys()].filter((m) => !used.has(m) || sql.includes(m));
  if (missing.length > 0)
    throw new Error(`preparedRead: values used to build the SQL, not as values: ${missing.join(", ")}`);
  return { sql, slots };
}
