import type { z } from "zod";
import { type RawQuery, strictQuery } from "../http/strict-query.ts";
import { SearchParams } from "../search/search.types.ts";

/** The names a search URL carries besides `page`, in the order links write them. */
const FIELDS = ["q", "section", "author", "kind", "from", "to", "sort"] as const;
type Field = (typeof FIELDS)[number];

/** What the reader typed or picked, as text, so the form can show it again even when it is not valid. */
export type SearchFormValues = Partial<Record<Field, string>>;

/** Why a search URL was refused, one reason per kind of mistake; each has its own message. */
export type SearchProblem = "query" | "date" | "dateOrder" | "page" | "filter" | "repeated";

export type SearchRequest =
  | { valid: true; params: SearchParams; form: SearchFormValues }
  | { valid: false; problems: SearchProblem[]; form: SearchFormValues };

/**
 * Reads a search page URL. Malformed escapes throw (`MalformedQuery`, answered with the plain 400
 * page); values the schema refuses come back as problems, so the page can say what to fix.
 * Empty values mean "not set", which is what a form sends for an untouched field.
 */
export function readSearchRequest(url: string): SearchRequest {
  const raw = strictQuery(url);
  const form: SearchFormValues = {};
  for (const field of FIELDS) {
    const value = raw[field];
    if (value !== undefined) form[field] = [value].flat()[0];
  }
  const parsed = SearchParams.safeParse(withoutEmpty(raw));
  if (parsed.success) return { valid: true, params: parsed.data, form };
  const problems = new Set(parsed.error.issues.map((issue) => problemOf(issue, raw)));
  return { valid: false, problems: [...problems], form };
}

function withoutEmpty(raw: RawQuery): RawQuery {
  return Object.fromEntries(Object.entries(raw).filter(([name, value]) => name === "q" || value !== ""));
}

function problemOf(issue: z.core.$ZodIssue, raw: RawQuery): SearchProblem {
  const field = issue.path[0];
  if (typeof field === "string" && Array.isArray(raw[field])) return "repeated";
  if (field === "q") return "query";
  if (field === "page") return "page";
  if (field === "from" || field === "to") {
    const { from, to } = SearchParams.shape;
    const bothDates = from.safeParse(raw.from).success && to.safeParse(raw.to).success;
    return bothDates ? "dateOrder" : "date";
  }
  return "filter";
}

/** A search page's path with only the fields that are set, so shared and paged links stay short. */
export function searchPath(edition: string, params: SearchFormValues, page = 1): string {
  const query = new URLSearchParams();
  for (const field of FIELDS) {
    const value = params[field];
    if (value !== undefined && value !== "" && !(field === "sort" && value === "relevance"))
      query.set(field, value);
  }
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return `/${edition}/search${search ? `?${search}` : ""}`;
}
