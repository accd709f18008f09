import { z } from "zod";
import { ARTICLE_KINDS } from "../../content/article.kinds.ts";
import { SearchParams } from "../../search/search.types.ts";

/** Request and answer shapes of the Content API, which also make its OpenAPI description. */

export const ARTICLE_FIELDS = [
  "edition",
  "url",
  "section",
  "kind",
  "headline",
  "standfirst",
  "bodyHtml",
  "authors",
  "creditLine",
  "publishedAt",
  "updatedAt",
  "leadImage",
  "tags",
] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];
export const INCLUDES = ["related", "translations"] as const;
/** One story's answer may also carry a live blog's entries, which a list of stories may not. */
export const ITEM_INCLUDES = [...INCLUDES, "entries"] as const;
export type ItemInclude = (typeof ITEM_INCLUDES)[number];
export const MAX_ENTRIES_PAGE = 100;

/** A comma-separated list of names from `allowed`, e.g. `fields=headline,url`. */
export function commaList<T extends string>(allowed: readonly T[]) {
  return z
    .string()
    .transform((value, ctx) => {
      const names = value
        .split(",")
        .map((n) => n.trim())
        .filter(Boolean);
      for (const name of names) {
        if (!(allowed as readonly string[]).includes(name)) {
          ctx.addIssue({ code: "custom", message: `unknown name ${name}; use ${allowed.join(", ")}` });
          return z.NEVER;
        }
      }
      return names as T[];
    })
    .meta({ description: `Comma-separated: ${allowed.join(", ")}` });
}

/** Every route accepts the key in the query string as an alternative to the Authorization header. */
export const KeyParam = z
  .string()
  .optional()
  .meta({ description: "API key, instead of Authorization: Bearer" });
export const Edition = z.string().min(1).max(20);

export const ArticleListQuery = z.strictObject({
  key: KeyParam,
  edition: Edition.optional(),
  section: z.string().min(1).max(120).optional().meta({ description: "Section slug or key" }),
  tag: z.string().min(1).max(120).optional().meta({ description: "Tag slug" }),
  author: z.string().min(1).max(120).optional().meta({ description: "Author slug" }),
  kind: z.enum(ARTICLE_KINDS).optional(),
  updatedSince: z.iso
    .datetime({ offset: true })
    .transform((v) => new Date(v).toISOString())
    .optional()
    .meta({ description: "Only stories published or updated at or after this time (ISO 8601)" }),
  cursor: z.string().max(500).optional().meta({ description: "nextCursor of the previous page" }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  fields: commaList(ARTICLE_FIELDS).optional(),
  include: commaList(INCLUDES).optional(),
});
export const ArticleQuery = ArticleListQuery.pick({ key: true, fields: true })
  .extend({
    include: commaList(ITEM_INCLUDES).optional(),
    entriesCursor: z
      .string()
      .max(500)
      .optional()
      .meta({ description: "entries.nextCursor of the previous answer (with include=entries)" }),
    entriesLimit: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_ENTRIES_PAGE)
      .default(20)
      .meta({ description: "How many entries (with include=entries)" }),
  })
  .strict()
  .refine((q) => q.entriesCursor === undefined || q.include?.includes("entries"), {
    message: "entriesCursor needs include=entries",
    path: ["entriesCursor"],
  });

export const LiveEntryJson = z.object({
  id: z.number(),
  url: z
    .string()
    .meta({ description: "The entry on the story's page: its `?page=` and `#entry-{id}` anchor" }),
  headline: z.string().nullable(),
  bodyHtml: z.string(),
  author: z.object({ name: z.string() }).nullable(),
  keyEvent: z.boolean(),
  pinned: z.boolean(),
  postedAt: z.string(),
  editedAt: z.string().nullable().meta({ description: "When it was last corrected, if it was" }),
  updatedAt: z.string(),
});

export const LiveEntriesJson = z
  .object({
    live: z.boolean().meta({ description: "False once the newsroom has ended the coverage" }),
    endedAt: z.string().nullable(),
    items: z.array(LiveEntryJson),
    nextCursor: z.string().nullable().meta({ description: "Pass as entriesCursor for older entries" }),
  })
  .nullable()
  .meta({
    description:
      "A live blog's standing entries, newest first (removed ones left out), and its coverage; null on a story that is not a live blog",
  });

export const Link = z.object({ id: z.number(), headline: z.string(), url: z.string() });
export const ArticleJson = z
  .object({
    id: z.number(),
    edition: z.string(),
    url: z.string(),
    section: z.object({ slug: z.string(), name: z.string() }),
    kind: z.enum(ARTICLE_KINDS),
    headline: z.string(),
    standfirst: z.string(),
    bodyHtml: z.string(),
    authors: z.array(z.object({ slug: z.string(), name: z.string() })),
    creditLine: z.string().nullable(),
    publishedAt: z.string(),
    updatedAt: z.string(),
    leadImage: z
      .object({
        url: z.string(),
        width: z.number(),
        height: z.number(),
        caption: z.string(),
        credit: z.string(),
        alt: z.string(),
        focalPoint: z
          .object({ x: z.number(), y: z.number() })
          .nullable()
          .describe(
            "where the subject is, as fractions (0..1) of the picture; keep it in view when cutting it to a shape",
          ),
      })
      .nullable(),
    tags: z.array(z.object({ slug: z.string(), name: z.string() })),
    related: z.array(Link),
    translations: z.array(Link.extend({ edition: z.string() })),
    entries: LiveEntriesJson,
  })
  .partial()
  .required({ id: true })
  .meta({
    description:
      "A published story; `fields` narrows it, `include` adds related and translations (and, for one story, a live blog's entries)",
  });

/** A story in a list: entries come only with one story (`/articles/:id?include=entries`). */
export const ArticleListItemJson = ArticleJson.omit({ entries: true });

export const MAX_SEARCH_PAGE_SIZE = 50;

/** The site's search parameters, plus the edition (the site takes it from the path) and a page size. */
export const SearchQuery = SearchParams.safeExtend({
  key: KeyParam,
  edition: Edition.meta({ description: "A configured edition's code, e.g. `en`" }),
  pageSize: z.coerce.number().int().min(1).max(MAX_SEARCH_PAGE_SIZE).default(20),
}).strict();

const TextParts = z
  .array(z.object({ text: z.string(), match: z.boolean() }))
  .meta({ description: "The text in order; `match` parts are the words searched for" });

/** A result: the story as `/articles` lists it, without its body, and where the search words are. */
export const SearchHitJson = ArticleJson.omit({
  bodyHtml: true,
  related: true,
  translations: true,
  entries: true,
}).extend({
  highlights: z.object({ headline: TextParts, snippet: TextParts }),
});

export const SearchResultsJson = z.object({
  items: z.array(SearchHitJson),
  total: z.number().meta({ description: "Matching stories, counted up to a cap" }),
  totalIsCapped: z.boolean().meta({ description: "True when there are more than `total`" }),
  page: z.number(),
  pageSize: z.number(),
  pageCount: z.number(),
});

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number(),
    detail: z.string(),
    code: z.string(),
  })
  .loose();
export const ERRORS = { 400: Problem, 401: Problem, 404: Problem, 429: Problem };
export const AUTH_NOTE =
  "Needs an API key, sent as `Authorization: Bearer KEY` or `?key=KEY`. Rate limited per key (429 with Retry-After).";
