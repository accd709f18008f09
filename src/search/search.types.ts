import { z } from "zod";
import { ARTICLE_KINDS } from "../content/article.kinds.ts";
import type { ArticleSummary } from "../content/content.ts";

export const SEARCH_SORTS = ["relevance", "newest"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Longer queries get a clear 400: nobody types this much, and it bounds the parser's work. */
export const MAX_QUERY_LENGTH = 500;
/** Deep pages cost the engine as much as all pages before them; nobody reads past this. */
export const MAX_SEARCH_PAGE = 50;

/** A calendar day as YYYY-MM-DD, refused when no such day exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  // Date.parse rolls 2026-02-30 over into March; a real date survives the round trip.
  .refine((d) => {
    const time = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(d);
  }, "not a calendar date");

/**
 * What a reader (site) or a partner (Content API) may ask of search, minus the edition, which
 * comes from the URL. The site drops the empty fields an HTML form sends before parsing.
 */
export const SearchParams = z
  .object({
    q: z.string().max(MAX_QUERY_LENGTH, `a query has at most ${MAX_QUERY_LENGTH} characters`).default(""),
    section: z.string().max(200).optional(),
    author: z.string().max(200).optional(),
    kind: z.enum(ARTICLE_KINDS).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    sort: z.enum(SEARCH_SORTS).default("relevance"),
    page: z.coerce.number().int().min(1).max(MAX_SEARCH_PAGE).default(1),
  })
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
    message: "`from` must not be after `to`",
    path: ["from"],
  });
export type SearchParams = z.infer<typeof SearchParams>;

/** A stretch of text; `match` parts are what the reader searched for (shown with `<mark>`). */
export interface TextPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  article: ArticleSummary;
  headline: TextPart[];
  /** A passage of the body (or the standfirst) around the first matches. */
  snippet: TextPart[];
}

export interface SearchResults {
  hits: SearchHit[];
  /** Matching stories, counted up to `TOTAL_COUNT_CAP`; `totalIsCapped` says there are more. */
  total: number;
  totalIsCapped: boolean;
  page: number;
  pageSize: number;
  pageCount: number;
  /** False when the query had no searchable word (empty, only punctuation or stop words). */
  searched: boolean;
}
