import type { WritePath } from "../events/write-path.ts";
import { getArticleForChange, getEditableArticle } from "./article.service.ts";
import type { EditableArticle } from "./article-editor.queries.ts";
import { updateArticleAt } from "./article-rows.ts";
import { assertPhotoExists } from "./photo-reference.ts";
import { recordRevision, snapshotOf } from "./revisions.ts";

/**
 * Gives a draft a lead photo when it still has none: for pictures that come after the story was
 * made (an agency's, fetched once the draft exists). A story that has one meanwhile keeps it.
 */
export async function attachLeadPhoto(
  writes: WritePath,
  articleId: number,
  mediaId: number,
  summary: string,
  now: Date,
): Promise<EditableArticle> {
  return writes.run(async ({ trx }) => {
    const current = await getArticleForChange(trx, articleId);
    if (current.leadMediaId !== null || current.status !== "draft") return current;
    await assertPhotoExists(trx, "leadMediaId", mediaId);
    const stamp = now.toISOString();
    await updateArticleAt(trx, current, { lead_media_id: mediaId, modified_at: stamp });
    const saved = await getEditableArticle(trx, articleId);
    await recordRevision(trx, {
      articleId,
      userId: null,
      summary,
      significant: false,
      snapshot: snapshotOf(saved),
      version: saved.version,
      now: stamp,
    });
    return saved;
  });
}
