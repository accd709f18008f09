// Who has which story open (the server's presence routes): the editor's heartbeat and the lists'
// markers. Kept apart from endpoints.ts as the feature owns its routes.
import { request } from "./client.ts";
import type { operations } from "./openapi";

type AllPresence = operations["adminGetPresence"]["responses"][200]["content"]["application/json"];
export type StoryPresence = AllPresence["items"][number];
export type PresentPerson = StoryPresence["people"][number];
type People = { people: PresentPerson[] };

export const presenceApi = {
  all: (signal?: AbortSignal) => request<AllPresence>("GET", "/presence", { signal }),
  /** The heartbeat: send on opening, every 15 s, and when typing starts or stops. */
  beat: (articleId: number, typing: boolean) =>
    request<People>("PUT", `/articles/${articleId}/presence`, { json: { typing } }),
  /** Also sent while the page unloads, so the request must outlive it. */
  leave: (articleId: number) =>
    request<void>("DELETE", `/articles/${articleId}/presence`, { keepalive: true }),
};
