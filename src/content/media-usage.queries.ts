import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import { inlinePhotoIds } from "../media/inline-photos.tsx";
import { mediaIdsForUrls } from "../media/media.queries.ts";
import { MEDIA_URL_PREFIX } from "../media/media.ts";
import type { ArticleStatus } from "./article.kinds.ts";
import { type EditableArticle, findEditableArticle } from "./article-editor.queries.ts";

type Q = Kysely<Database> | Transaction<Database>;

/** The URLs of a story body's pictures. */
function bodyImageUrls(body: string): string[] {
  return [...body.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? "");
}

/**
 * The library photos a body shows: those its figures refer to, and those whose files its
 * pictures point at (a pasted or older picture of the library that is not a reference).
 */
export async function bodyMediaIds(db: Q, body: string): Promise<number[]> {
  const byFile = await mediaIdsForUrls(db, bodyImageUrls(body));
  return [...new Set([...inlinePhotoIds(body), ...byFile])];
}

/**
 * The published and scheduled stories that show this picture, as their lead photo, as the picture
 * of their shares or inline in their body (through the original or any of its variants): a change
 * to its texts is live in each of them, or will go live with it unreviewed.
 */
export async function releasedStoriesUsingMedia(db: Q, mediaId: number): Promise<EditableArticle[]> {
  return storiesUsingMedia(db, mediaId, ["published", "scheduled"]);
}

/**
 * The stories, of any status unless narrowed, that use this picture: as their lead or social
 * photo, or inline in their body: referred to, or through the original or any of its variants.
 */
export async function storiesUsingMedia(
  db: Q,
  mediaId: number,
  statuses?: readonly ArticleStatus[],
): Promise<EditableArticle[]> {
  const files = [
    ...(await db.selectFrom("media").where("id", "=", mediaId).select("file_name").execute()),
    ...(await db.selectFrom("media_variants").where("media_id", "=", mediaId).select("file_name").execute()),
  ].map((r) => `${MEDIA_URL_PREFIX}${r.file_name}`);
  let query = db
    .selectFrom("articles")
    .where((eb) =>
      // Unescaped on purpose (SQLite's LIKE has no default escape): a wildcard in a file name only
      // widens the candidates, and each candidate is then checked exactly.
      eb.or([
        eb("lead_media_id", "=", mediaId),
        eb("social_media_id", "=", mediaId),
        eb("body_html", "like", `%data-media-id="${mediaId}"%`),
        ...files.map((f) => eb("body_html", "like", `%${f}%`)),
      ]),
    )
    .select(["id", "lead_media_id", "social_media_id", "body_html"])
    .orderBy("id");
  if (statuses) query = query.where("status", "in", statuses);
  const stories: EditableArticle[] = [];
  for (const row of await query.execute()) {
    const uses =
      row.lead_media_id === mediaId ||
      row.social_media_id === mediaId ||
      (await bodyMediaIds(db, row.body_html)).includes(mediaId);
    const story = uses ? await findEditableArticle(db, row.id) : undefined;
    if (story) stories.push(story);
  }
  return stories;
}

/**
 * The photos each of these stories shows inline (by reference), for those that show any: only
 * bodies holding a reference are read.
 */
export async function inlinePhotosOfStories(db: Q, ids: readonly number[]): Promise<Map<number, number[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("articles")
    .where("id", "in", ids)
    .where("body_html", "like", '%<figure data-media-id="%')
    .select(["id", "body_html"])
    .execute();
  return new Map(rows.map((r) => [r.id, inlinePhotoIds(r.body_html)]));
}

/** The bylines that show this picture as their portrait, on author pages and beside stories. */
export async function authorsPortrayedByMedia(db: Q, mediaId: number): Promise<string[]> {
  const rows = await db.selectFrom("authors").where("photo_media_id", "=", mediaId).select("slug").execute();
  return rows.map((r) => r.slug);
}
