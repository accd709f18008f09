// Talking to writers: a story's notes, returning a story with one, and each person's notifications.
import { request } from "./client.ts";
import type { operations } from "./openapi";
import type { Article } from "./types.ts";

type Json<Op extends keyof operations> = operations[Op]["responses"] extends {
  200: { content: { "application/json": infer Body } };
}
  ? Body
  : never;

export type NotesAnswer = Json<"adminGetArticlesIdNotes">;
export type StoryNote = NotesAnswer["items"][number];
export type Mentionable = NotesAnswer["mentionable"][number];
export type NotificationsAnswer = Json<"adminGetNotifications">;
export type AppNotification = NotificationsAnswer["items"][number];
export type NotificationKind = AppNotification["kind"];

export const notesApi = {
  list: (articleId: number, signal?: AbortSignal) =>
    request<NotesAnswer>("GET", `/articles/${articleId}/notes`, { signal }),
  add: (articleId: number, body: string, mentions: number[]) =>
    request<StoryNote>("POST", `/articles/${articleId}/notes`, { json: { body, mentions } }),
  /** Sends a story in review back to its writer as a draft; the note is required. */
  returnToWriter: (articleId: number, note: string, mentions: number[] = []) =>
    request<Article>("POST", `/articles/${articleId}/return`, { json: { note, mentions } }),
};

export const notificationsApi = {
  list: (cursor?: string, signal?: AbortSignal) =>
    request<NotificationsAnswer>("GET", "/notifications", { query: { cursor, limit: 20 }, signal }),
  read: (which: { ids: number[] } | { upTo: number }) =>
    request<{ unread: number }>("POST", "/notifications/read", { json: which }),
};
