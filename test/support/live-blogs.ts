import assert from "node:assert/strict";
import type { Kysely } from "kysely";
import type { Database } from "../../src/db/database.ts";
import type { ApiClient } from "./api-client.ts";

/** The demo section every edition has, by its slug in that edition. */
const SECTION: Record<string, string> = { en: "national", bn: "জাতীয়" };

/** A new draft story of `kind` in `edition`, made by `client` (an editor, as a rule); answers its id. */
export async function newStory(
  client: ApiClient,
  options: { kind?: string; edition?: string; headline: string },
): Promise<number> {
  const edition = options.edition ?? "en";
  const created = await client.request<{ id: number }>("POST", "/articles", {
    edition,
    section: SECTION[edition],
    kind: options.kind ?? "live",
    headline: options.headline,
    standfirst: "Every update as it comes.",
    body: "<p>The lead of the story.</p>",
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body.id;
}

/** A new story, published; answers its id and its public path (percent-encoded, as a browser asks). */
export async function publishedStory(
  client: ApiClient,
  options: { kind?: string; edition?: string; headline: string },
): Promise<{ id: number; path: string }> {
  const id = await newStory(client, options);
  const published = await client.request<{ url: string }>("POST", `/articles/${id}/publish`);
  assert.equal(published.status, 200, JSON.stringify(published.body));
  return { id, path: new URL(published.body.url, client.baseUrl).pathname };
}

/** Rows of a story in `live_entries`, removed ones included: what a write really left. */
export async function entryRows(db: Kysely<Database>, articleId: number): Promise<number> {
  const counted = await db
    .selectFrom("live_entries")
    .where("article_id", "=", articleId)
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(counted.n);
}
