import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Database } from "../../db/database.ts";
import type { Clause } from "../query/parse-query.ts";
import { filterConditions, type MatchRequest } from "./search-engine.ts";
import { bucketOf, bucketRanges, codeChars, inBucket, runKeys } from "./term-codes.ts";

/**
 * How PostgreSQL finds a request's matches: the query's terms looked up in the lexicon, the keys
 * its clauses are found by in the GIN index, what must then be checked in the stories' words, and
 * the statement that reads the newest buckets first.
 */

type Q = Kysely<Database>;

/** What the lexicon says of a query's terms, and the newest story's bucket. */
interface Lookup {
  codes: Map<string, number>;
  /** The codes of the terms each prefix begins. */
  prefixed: Map<string, number[]>;
  newestBucket: number | undefined;
}

/**
 * The first string after every string that begins with `prefix`, in code point order. Terms are
 * letters, marks and digits, so none ends in U+10FFFF; past U+D7FF comes U+E000, since UTF-8 has
 * no surrogates.
 */
export function pastPrefix(prefix: string): string {
  const points = [...prefix].map((c) => c.codePointAt(0) as number);
  const next = (points.pop() as number) + 1;
  return String.fromCodePoint(...points, next === 0xd800 ? 0xe000 : next);
}

/** One statement: the codes of the query's terms and prefixes, and how far the archive reaches. */
async function lookUp(db: Q, clauses: readonly Clause[]): Promise<Lookup> {
  const terms = clauses.flatMap((c) => (c.kind === "phrase" ? c.terms : [c.term]));
  const prefixes = [...new Set(clauses.flatMap((c) => (c.kind === "prefix" ? [c.prefix] : [])))];
  const { rows } = await sql<{ kind: "term" | "prefix" | "newest"; key: string | null; code: number | null }>`
    SELECT 'term' AS kind, term AS key, code FROM search_lexicon WHERE term = ANY(CAST(${terms} AS text[]))
    UNION ALL
    SELECT 'prefix', p.prefix, l.code
    FROM unnest(CAST(${prefixes} AS text[]), CAST(${prefixes.map(pastPrefix)} AS text[])) AS p(prefix, past)
    JOIN search_lexicon l ON l.term >= p.prefix AND l.term < p.past
    UNION ALL
    SELECT 'newest', NULL, max(article_id) FROM search_documents`.execute(db);
  const lookup: Lookup = { codes: new Map(), prefixed: new Map(), newestBucket: undefined };
  for (const { kind, key, code } of rows) {
    if (code === null) continue;
    if (kind === "newest") lookup.newestBucket = bucketOf(code);
    else if (kind === "term") lookup.codes.set(key as string, code);
    else lookup.prefixed.set(key as string, [...(lookup.prefixed.get(key as string) ?? []), code]);
  }
  return lookup;
}

/** Runs of code characters, any of which found in a story's words matches the clause; none when a term is unknown. */
function codedRuns(c: Clause, lookup: Lookup): string[] {
  const chars = (term: string) => {
    const code = lookup.codes.get(term);
    return code === undefined ? undefined : codeChars(code);
  };
  const known = (runs: (string | undefined)[]) => runs.filter((r): r is string => r !== undefined);
  switch (c.kind) {
    case "term":
      return known([chars(c.term)]);
    case "prefix":
      return [...new Set(known([chars(c.term), ...(lookup.prefixed.get(c.prefix) ?? []).map(codeChars)]))];
    case "phrase": {
      const runs = c.terms.map(chars);
      return runs.every((r) => r !== undefined) ? [runs.join("")] : [];
    }
  }
}

/** Whether the index alone decides the clause: each run is one character, a term the index holds as such. */
function decidedByIndex(runs: readonly string[]): boolean {
  return runs.every((run) => [...run].length === 1);
}

/**
 * Groups of keys, without buckets, that a matching story holds at least one of each. A single run
 * brings each of its characters and of its pairs as a group: a pair's hash is shared with other
 * pairs (some in nearly every story), and the characters narrow it to stories holding every term
 * ("monsoon that" read 7,000 stories through its pair alone). When any run will do, one group of
 * each run's first key.
 */
function keyGroups(runs: readonly string[]): number[][] {
  if (runs.length === 1) {
    const run = runs[0] as string;
    const keys = new Set([...[...run].flatMap(runKeys), ...runKeys(run)]);
    return [...keys].map((key) => [key]);
  }
  return [runs.map((run) => runKeys(run)[0] as number)];
}

function inWords(runs: readonly string[]): RawBuilder<boolean> {
  return sql<boolean>`(${sql.join(
    runs.map((run) => sql`strpos(d.words, ${run}) > 0`),
    sql` OR `,
  )})`;
}

/** How the index finds a request's matches, and what must then be checked in their words. */
export interface MatchPlan {
  request: MatchRequest;
  groups: number[][];
  /** Undefined when the index decides everything. */
  checks: RawBuilder<boolean> | undefined;
  newestBucket: number;
}

/**
 * When every clause must match, each brings its groups and, unless the index decides it, its check.
 * When any may, one group holds a key of each clause, and if the index does not decide them all,
 * each clause is checked. Undefined when nothing can match.
 */
export async function plan(db: Q, request: MatchRequest): Promise<MatchPlan | undefined> {
  const lookup = await lookUp(db, request.clauses);
  if (lookup.newestBucket === undefined) return undefined;
  const runs = request.clauses.map((c) => codedRuns(c, lookup));
  const base = { request, newestBucket: lookup.newestBucket };
  if (request.join === "all") {
    if (runs.some((r) => r.length === 0)) return undefined;
    const unsure = runs.filter((r) => !decidedByIndex(r));
    const checks =
      unsure.length === 0 ? undefined : sql<boolean>`(${sql.join(unsure.map(inWords), sql` AND `)})`;
    return { ...base, groups: runs.flatMap(keyGroups), checks };
  }
  const found = runs.filter((r) => r.length > 0);
  if (found.length === 0) return undefined;
  const checks = found.every(decidedByIndex)
    ? undefined
    : sql<boolean>`(${sql.join(found.map(inWords), sql` OR `)})`;
  return { ...base, groups: [found.flatMap((r) => keyGroups(r)[0] as number[])], checks };
}

/** The stories of buckets `from` to `to` that the plan's keys find, pass the filters and pass its checks. */
function holding(p: MatchPlan, from: number, to: number) {
  const buckets = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const found = p.groups.map((group) => {
    const keys = `{${buckets.flatMap((b) => group.map((key) => inBucket(key, b))).join(",")}}`;
    return sql`search_keys(d.article_id, d.words) && CAST(${keys} AS bigint[])`;
  });
  return sql`SELECT d.article_id, d.published_at, d.published_day, d.section_id FROM search_documents d
    WHERE ${sql.join(found, sql` AND `)} AND ${filterConditions(p.request.filters)}
    ${p.checks ? sql`AND ${p.checks}` : sql``}`;
}

/**
 * The matches, the newest `limit` of them when there is one. Without a limit, every bucket at
 * once. With one, the newest buckets first, each sorted newest first, and PostgreSQL stops reading
 * buckets once it has `limit` rows: a word in every fifth story reads one or two buckets, not all
 * its matches. (`article_id + 0` keeps the planner from walking the primary key backwards instead,
 * computing each story's keys until it has enough.)
 */
export function matches(p: MatchPlan, limit: number | undefined) {
  if (limit === undefined) return holding(p, 0, p.newestBucket);
  const newestFirst = bucketRanges(p.newestBucket).map(
    ([from, to]) => sql`(${holding(p, from, to)} ORDER BY d.article_id + 0 DESC)`,
  );
  return sql`${sql.join(newestFirst, sql` UNION ALL `)} LIMIT ${limit}`;
}
