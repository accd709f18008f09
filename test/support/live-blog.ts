import assert from "node:assert/strict";
import type { ApiClient } from "./api-client.ts";

/** An entry as the admin API answers it. */
export interface PostedEntry {
  id: number;
  postedAt: string;
  headline: string | null;
  editedAt: string | null;
  version: number;
  postedBy: { id: number; name: string } | null;
}

/** A story of `kind` in `edition`'s national section, created (and published unless `draft`) by `editor`. */
export async function createStory(
  editor: ApiClient,
  baseUrl: string,
  options: { headline: string; kind?: string; edition?: string; draft?: boolean },
): Promise<{ id: number; path: string; publishedAt: string | null }> {
  const edition = options.edition ?? "en";
  const created = await editor.request<{ id: number }>("POST", "/articles", {
    edition,
    section: edition === "bn" ? "জাতীয়" : "national",
    kind: options.kind ?? "live",
    headline: options.headline,
    standfirst: "The standfirst of the live blog.",
    body: "<p>The lead of the live blog.</p>",
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  if (options.draft) return { id: created.body.id, path: "", publishedAt: null };
  const published = await editor.request<{ url: string; publishedAt: string }>(
    "POST",
    `/articles/${created.body.id}/publish`,
  );
  assert.equal(published.status, 200, JSON.stringify(published.body));
  return {
    id: created.body.id,
    path: new URL(published.body.url, baseUrl).pathname,
    publishedAt: published.body.publishedAt,
  };
}

/** Posts an entry and insists it was taken. */
export async function postEntry(
  client: ApiClient,
  articleId: number,
  body: { bodyHtml: string; headline?: string; pinned?: boolean; keyEvent?: boolean },
): Promise<PostedEntry> {
  const posted = await client.request<PostedEntry>("POST", `/articles/${articleId}/entries`, body);
  assert.equal(posted.status, 201, JSON.stringify(posted.body));
  return posted.body;
}

/** Corrects an entry's body at its current version. */
export async function correctEntry(
  client: ApiClient,
  articleId: number,
  entry: PostedEntry,
  bodyHtml: string,
): Promise<PostedEntry> {
  const fixed = await client.request<PostedEntry>("PATCH", `/articles/${articleId}/entries/${entry.id}`, {
    version: entry.version,
    bodyHtml,
  });
  assert.equal(fixed.status, 200, JSON.stringify(fixed.body));
  return fixed.body;
}

export async function removeEntry(client: ApiClient, articleId: number, entryId: number): Promise<void> {
  const removed = await client.request("DELETE", `/articles/${articleId}/entries/${entryId}`);
  assert.equal(removed.status, 204, JSON.stringify(removed.body));
}

/** Ends (or reopens) the coverage and answers when it ended. */
export async function setEnded(client: ApiClient, articleId: number, ended: boolean): Promise<string | null> {
  const answer = await client.request<{ endedAt: string | null }>("PUT", `/articles/${articleId}/live`, {
    ended,
  });
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body.endedAt;
}
