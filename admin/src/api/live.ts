// A live blog's entries and coverage, for the live desk.
import { request } from "./client.ts";
import type { operations } from "./openapi";

type Json<Op extends keyof operations, Status extends number> = operations[Op]["responses"] extends {
  [S in Status]: { content: { "application/json": infer Body } };
}
  ? Body
  : never;

type RequestJson<Op extends keyof operations> = operations[Op] extends {
  requestBody: { content: { "application/json": infer Body } };
}
  ? Body
  : never;

export type EntryPage = Json<"adminGetArticlesIdEntries", 200>;
export type LiveEntry = EntryPage["items"][number];
export type NewEntry = RequestJson<"adminPostArticlesIdEntries">;
export type EntryPatch = RequestJson<"adminPatchArticlesIdEntriesEntryId">;
export type Coverage = Json<"adminGetArticlesIdLive", 200>;

/** The most the entries route answers in one page. */
export const ENTRIES_PAGE_MAX = 100;

export const liveApi = {
  entries: (articleId: number, page: { cursor?: string | null; limit: number }, signal?: AbortSignal) =>
    request<EntryPage>("GET", `/articles/${articleId}/entries`, {
      query: { cursor: page.cursor, limit: page.limit },
      signal,
    }),
  post: (articleId: number, entry: NewEntry) =>
    request<LiveEntry>("POST", `/articles/${articleId}/entries`, { json: entry }),
  correct: (articleId: number, entryId: number, patch: EntryPatch) =>
    request<LiveEntry>("PATCH", `/articles/${articleId}/entries/${entryId}`, { json: patch }),
  remove: (articleId: number, entryId: number) =>
    request<void>("DELETE", `/articles/${articleId}/entries/${entryId}`),
  coverage: (articleId: number, signal?: AbortSignal) =>
    request<Coverage>("GET", `/articles/${articleId}/live`, { signal }),
  setEnded: (articleId: number, ended: boolean) =>
    request<Coverage>("PUT", `/articles/${articleId}/live`, { json: { ended } }),
};
