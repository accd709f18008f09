// Conversions between the server's Article and the editable field set, and the diff that
// becomes a PATCH body. Only the fields changed since the version the editor started from are
// sent, so the server can merge two people's edits of different fields instead of refusing one.
import type { Article, ArticleFields, ArticlePatch } from "../api/types.ts";

export const FIELD_KEYS = [
  "headline",
  "standfirst",
  "body",
  "section",
  "kind",
  "slug",
  "creditLine",
  "datelinePlace",
  "leadMediaId",
  "tags",
  "authors",
  "correctionNote",
  "seoTitle",
  "seoDescription",
  "socialTitle",
  "socialDescription",
  "socialMediaId",
] as const satisfies readonly (keyof ArticleFields)[];

export type FieldKey = (typeof FIELD_KEYS)[number];

export function fieldsOf(article: Article): ArticleFields {
  return {
    headline: article.headline,
    standfirst: article.standfirst,
    body: article.body,
    section: article.section,
    kind: article.kind,
    slug: article.slug,
    creditLine: article.creditLine ?? "",
    datelinePlace: article.datelinePlace ?? "",
    leadMediaId: article.leadMediaId,
    tags: [...article.tags],
    authors: [...article.authors],
    correctionNote: article.correctionNote ?? "",
    seoTitle: article.seoTitle ?? "",
    seoDescription: article.seoDescription ?? "",
    socialTitle: article.socialTitle ?? "",
    socialDescription: article.socialDescription ?? "",
    socialMediaId: article.socialMediaId,
  };
}

export function sameValue(a: ArticleFields[FieldKey], b: ArticleFields[FieldKey]): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/** Field names whose value in `next` differs from `base`. */
export function changedKeys(next: ArticleFields, base: ArticleFields): FieldKey[] {
  return FIELD_KEYS.filter((k) => !sameValue(next[k], base[k]));
}

/** Optional text fields are null on the server when empty, so an emptied field clears it. */
const NULLABLE_TEXT = new Set<FieldKey>([
  "creditLine",
  "datelinePlace",
  "correctionNote",
  "seoTitle",
  "seoDescription",
  "socialTitle",
  "socialDescription",
]);

export type PatchFields = Omit<ArticlePatch, "version" | "significant">;

export function patchFor(next: ArticleFields, keys: FieldKey[]): PatchFields {
  const patch: Record<string, unknown> = {};
  for (const k of keys) {
    const value = next[k];
    patch[k] = NULLABLE_TEXT.has(k) && value === "" ? null : value;
  }
  // Built key by key from ArticleFields, so the record matches PatchFields.
  return patch as PatchFields;
}

/**
 * Minimal runtime check for the `current` article a 409 problem carries. A save's 409 carries the
 * stored row without what the server works out per reader (allowedActions), which the page needs,
 * so such a `current` fails the check and the story is fetched instead.
 */
export function isArticle(value: unknown): value is Article {
  if (!value || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === "number" &&
    typeof v.version === "number" &&
    typeof v.body === "string" &&
    Array.isArray(v.allowedActions)
  );
}

const isFieldKey = (value: unknown): value is FieldKey => FIELD_KEYS.some((k) => k === value);

/**
 * What a 409 says about a refused save: the fields both sides changed differently (undefined when
 * the server did not say, e.g. a restore against an old version) and who saved since.
 */
export function conflictOf(problem: object): { fields?: FieldKey[]; changedBy: string[] } {
  const fields =
    "conflicts" in problem && Array.isArray(problem.conflicts)
      ? problem.conflicts
          .map((c: unknown) => (c && typeof c === "object" && "field" in c ? c.field : null))
          .filter(isFieldKey)
      : undefined;
  const changedBy =
    "changedBy" in problem && Array.isArray(problem.changedBy)
      ? problem.changedBy
          .map((u: unknown) => (u && typeof u === "object" && "name" in u ? u.name : null))
          .filter((name): name is string => typeof name === "string" && name !== "")
      : [];
  return { fields, changedBy };
}

/** Block-level plain text of rich-text HTML, for side-by-side comparisons without rendering markup. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const blocks: string[] = [];
  const walk = (node: Element) => {
    for (const child of Array.from(node.children)) {
      if (/^(UL|OL|BLOCKQUOTE)$/.test(child.tagName)) walk(child);
      else {
        const prefix = child.tagName === "LI" ? "• " : /^H[1-6]$/.test(child.tagName) ? "## " : "";
        const text = (child.textContent ?? "").trim();
        if (text) blocks.push(prefix + text);
      }
    }
  };
  walk(doc.body);
  if (blocks.length === 0) return (doc.body.textContent ?? "").trim();
  return blocks.join("\n\n");
}
