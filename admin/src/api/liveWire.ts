// Live blogs reached from other desks: the wire desk's "post to the live blog", an edition's open
// live blogs for its pickers, and entries sent between the editions' live desks as translation tasks.
import { request } from "./client.ts";
import type { operations } from "./openapi";
import type { EditionCode } from "./types.ts";

type Json<Op extends keyof operations, Status extends number> = operations[Op]["responses"] extends {
  [S in Status]: { content: { "application/json": infer Body } };
}
  ? Body
  : never;

export type OpenLiveBlog = Json<"adminGetLiveBlogs", 200>["items"][number];
export type PostedEntry = Json<"adminPostWireItemsIdLiveEntry", 201>;
export type EntryTask = Json<"adminGetArticlesIdTranslationTasks", 200>["items"][number];
/** The task as its sender is answered; `created` is false when the entry had been sent there before. */
export type SentEntryTask = Json<"adminPostArticlesIdEntriesEntryIdTranslationTasks", 201>;
export type TaskEntryInput =
  operations["adminPostArticlesIdTranslationTasksTaskIdEntries"]["requestBody"]["content"]["application/json"];

export const liveBlogsApi = {
  /** The edition's live blogs whose coverage has not ended. */
  open: (edition: EditionCode, signal?: AbortSignal) =>
    request<{ items: OpenLiveBlog[] }>("GET", "/live-blogs", { query: { edition }, signal }),
  /** Posts a wire item, with its agency's credit, as an entry on a live blog. */
  postWireItem: (itemId: number, articleId: number) =>
    request<PostedEntry>("POST", `/wire/items/${itemId}/live-entry`, { json: { articleId } }),
};

export const entryTasksApi = {
  send: (articleId: number, entryId: number, edition: EditionCode) =>
    request<SentEntryTask>("POST", `/articles/${articleId}/entries/${entryId}/translation-tasks`, {
      json: { edition },
    }),
  open: (articleId: number, signal?: AbortSignal) =>
    request<{ items: EntryTask[] }>("GET", `/articles/${articleId}/translation-tasks`, { signal }),
  complete: (articleId: number, taskId: number, entry: TaskEntryInput) =>
    request<PostedEntry>("POST", `/articles/${articleId}/translation-tasks/${taskId}/entries`, {
      json: entry,
    }),
};
