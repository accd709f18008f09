import type { Kysely } from "kysely";
import { LRUCache } from "lru-cache";
import type { Database } from "../../db/database.ts";
import { inValueList } from "../../db/value-list.ts";

type Q = Kysely<Database>;

const BATCH = 5_000;

/**
 * The codes of terms, giving new ones the next codes. Inserted in sorted order, so two stories
 * saved at once with the same new terms wait for each other rather than deadlock; the one that
 * waited finds the other's codes.
 */
export async function codesFor(db: Q, terms: Iterable<string>): Promise<Map<string, number>> {
  const wanted = [...new Set(terms)].sort();
  const codes = await knownCodes(db, wanted);
  const missing = wanted.filter((t) => !codes.has(t));
  for (let i = 0; i < missing.length; i += BATCH)
    await db
      .insertInto("search_lexicon")
      .values(missing.slice(i, i + BATCH).map((term) => ({ term })))
      .onConflict((oc) => oc.column("term").doNothing())
      .execute();
  for (const [term, code] of await knownCodes(db, missing)) codes.set(term, code);
  const lost = missing.find((t) => !codes.has(t));
  if (lost !== undefined) throw new Error(`the search lexicon has no code for "${lost}"`);
  return codes;
}

async function knownCodes(db: Q, terms: readonly string[]): Promise<Map<string, number>> {
  const codes = new Map<string, number>();
  for (let i = 0; i < terms.length; i += BATCH) {
    const rows = await db
      .selectFrom("search_lexicon")
      .where(inValueList(db, "term", terms.slice(i, i + BATCH), "text"))
      .select(["term", "code"])
      .execute();
    for (const r of rows) codes.set(r.term, r.code);
  }
  return codes;
}

/**
 * A code always stands for the same term (codes are never reused), so what was read once holds
 * on every node for good. Only code to term is kept: a code read inside a transaction that then
 * rolls back is never written anywhere, whereas a term's code would be.
 */
const caches = new WeakMap<object, LRUCache<number, string>>();

/**
 * One cache per database: a process may open several (tests do). A Kysely instance and its
 * transactions share one adapter object, which is what identifies the database here.
 */
function termCache(db: Q): LRUCache<number, string> {
  const owner = db.getExecutor().adapter;
  let cache = caches.get(owner);
  if (!cache) {
    cache = new LRUCache<number, string>({ max: 200_000 });
    caches.set(owner, cache);
  }
  return cache;
}

/** The terms of codes read from stories' words. */
export async function termsFor(db: Q, codes: ReadonlySet<number>): Promise<Map<number, string>> {
  const termOfCode = termCache(db);
  const terms = new Map<number, string>();
  const unknown: number[] = [];
  for (const code of codes) {
    const term = termOfCode.get(code);
    if (term === undefined) unknown.push(code);
    else terms.set(code, term);
  }
  for (let i = 0; i < unknown.length; i += BATCH) {
    const rows = await db
      .selectFrom("search_lexicon")
      .where(inValueList(db, "code", unknown.slice(i, i + BATCH), "integer"))
      .select(["code", "term"])
      .execute();
    for (const r of rows) {
      termOfCode.set(r.code, r.term);
      terms.set(r.code, r.term);
    }
  }
  return terms;
}
