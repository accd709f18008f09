/**
 * How PostgreSQL's index writes a story's words and the keys of its GIN index (migration
 * 2026-12-03-15, whose `search_keys` computes the same keys in SQL).
 *
 * Each term has a code in `search_lexicon`, written as one character: code 1 is U+0021, and codes
 * go on up through the code points, skipping the surrogates, to U+EFFFF (about 980,000 terms).
 * Codes past those take two characters, a lead from plane 15 and a trail from plane 16. No code
 * starts with a trail, so a run of whole codes found anywhere in a story's words starts at a term.
 * Fields are lines (`\n`).
 */

const FIRST_CODE_POINT = 0x21;
const SURROGATES = { first: 0xd800, count: 0x800 };
const LEAD_BASE = 0xf0000;
const TRAIL_BASE = 0x100000;
const PLANE = 0x10000;
const SINGLE_CODES = LEAD_BASE - FIRST_CODE_POINT - SURROGATES.count;

export const FIELD_SEPARATOR = "\n";

/** The characters that stand for a term's code. */
export function codeChars(code: number): string {
  if (!Number.isSafeInteger(code) || code < 1) throw new RangeError(`no term has code ${code}`);
  const index = code - 1;
  if (index < SINGLE_CODES) {
    const point = FIRST_CODE_POINT + index;
    return String.fromCodePoint(point >= SURROGATES.first ? point + SURROGATES.count : point);
  }
  const beyond = index - SINGLE_CODES;
  if (beyond >= PLANE * PLANE) throw new RangeError(`code ${code} is past the last the lexicon can write`);
  return String.fromCodePoint(LEAD_BASE + Math.floor(beyond / PLANE), TRAIL_BASE + (beyond % PLANE));
}

function singleCode(point: number): number {
  const afterSurrogates = point >= SURROGATES.first + SURROGATES.count;
  return (afterSurrogates ? point - SURROGATES.count : point) - FIRST_CODE_POINT + 1;
}

/**
 * The codes of the terms in coded words, in order (fields run together). Read by index rather
 * than by character: a story's words start with 2,048 spaces, and an iterator makes a string of each.
 */
export function decodeCodes(words: string): number[] {
  const codes: number[] = [];
  let lead: number | undefined;
  for (let i = 0; i < words.length; i++) {
    const point = words.codePointAt(i) as number;
    if (point < FIRST_CODE_POINT) continue;
    if (point > 0xffff) i++;
    if (point >= TRAIL_BASE && lead !== undefined) {
      codes.push(SINGLE_CODES + (lead - LEAD_BASE) * PLANE + (point - TRAIL_BASE) + 1);
      lead = undefined;
    } else if (point >= LEAD_BASE) lead = point;
    else codes.push(singleCode(point));
  }
  return codes;
}

/** Story ids per bucket: every key says which bucket its story is in. */
export const BUCKET_SIZE = 2 ** 14;
const KEYS_PER_BUCKET = 2 ** 22;
const PAIR_KEYS_FROM = 2 ** 21;
/** Pairs are hashed onto this many keys per bucket (a prime), which keeps the index small. */
const PAIR_HASHES = 65_521;
const CODE_POINTS = 0x110000;

export function bucketOf(articleId: number): number {
  return Math.floor(articleId / BUCKET_SIZE);
}

/**
 * The keys a run of code characters (a term or a phrase) is found by, without its bucket: the
 * character of a one-character code, which is exact, or each neighbouring pair's key, which only
 * narrows (hashes collide, and pairs may stand apart), so what they find is checked with `strpos`.
 */
export function runKeys(run: string): number[] {
  const points = [...run].map((c) => c.codePointAt(0) as number);
  if (points.length === 1) return points;
  return points
    .slice(1)
    .map((point, i) => PAIR_KEYS_FROM + (((points[i] as number) * CODE_POINTS + point) % PAIR_HASHES));
}

/** A key as the index holds it for the stories of one bucket. */
export function inBucket(key: number, bucket: number): number {
  return bucket * KEYS_PER_BUCKET + key;
}

/** Bucket ranges newest first, each twice as wide as the one before: a few statements reach any archive. */
export function bucketRanges(newest: number): [number, number][] {
  const ranges: [number, number][] = [];
  let width = 1;
  for (let to = newest; to >= 0; to -= width, width *= 2) ranges.push([Math.max(0, to - width + 1), to]);
  return ranges;
}
