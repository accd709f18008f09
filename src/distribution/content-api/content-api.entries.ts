import type { Kysely } from "kysely";
import type { z } from "zod";
import { summaryPath } from "../../content/content.ts";
import type { Database } from "../../db/database.ts";
import {
  entryAuthorName,
  entryPages,
  entryPath,
  entryUpdatedAt,
  readCoverage,
} from "../../live/live-entries.public.ts";
import { listEntries } from "../../live/live-entries.queries.ts";
import type { LiveEntry } from "../../live/live-entry.ts";
import { inlinePhotoIds, renderInlinePhotos } from "../../media/inline-photos.tsx";
import { mediaByIds } from "../../media/media.queries.ts";
import { decodeCursor, encodeCursor } from "../../newsroom/cursor.ts";
import type { ApiArticle, ApiSite } from "./content-api.articles.ts";
import type { LiveEntriesJson, LiveEntryJson } from "./content-api.schemas.ts";

type EntriesJson = NonNullable<z.infer<typeof LiveEntriesJson>>;

/**
 * `include=entries` on one story: a live blog's standing entries, newest first, `limit` at a time
 * after the cursor, with the coverage's state; null for any other kind of story. The story has
 * already been found readable, so its entries are too.
 */
export async function entriesOf(
  db: Kysely<Database>,
  site: ApiSite,
  article: ApiArticle,
  page: { cursor?: string | undefined; limit: number },
): Promise<{ json: EntriesJson | null; mediaIds: number[] }> {
  const { summary } = article;
  if (summary.kind !== "live") return { json: null, mediaIds: [] };
  const after = page.cursor === undefined ? undefined : decodeCursor(page.cursor);
  const [rows, coverage, pages] = await Promise.all([
    // One more than asked says whether an older page exists.
    listEntries(db, summary.id, { ...(after && { cursor: after }), limit: page.limit + 1 }),
    readCoverage(db, summary.id),
    entryPages(db, summary.id),
  ]);
  const entries = rows.slice(0, page.limit);
  const mediaIds = entries.flatMap((e) => inlinePhotoIds(e.bodyHtml));
  const images = await mediaByIds(db, mediaIds, summary.edition);
  const storyUrl = site.url.replace(/\/+$/, "") + summaryPath(summary);
  const last = entries.at(-1);
  const json: EntriesJson = {
    live: coverage.endedAt === null,
    endedAt: coverage.endedAt,
    items: entries.map((entry) => ({
      ...toEntryJson(entry, storyUrl, pages.get(entry.id)),
      bodyHtml: renderInlinePhotos(entry.bodyHtml, images, {
        creditLabel: site.creditLabel(summary.edition),
        origin: site.url,
      }),
    })),
    nextCursor: rows.length > page.limit && last ? encodeCursor({ at: last.postedAt, id: last.id }) : null,
  };
  return { json, mediaIds };
}

/** The one mapper from an entry to the API's JSON; its names are a contract with clients. */
function toEntryJson(
  entry: LiveEntry,
  storyUrl: string,
  page: number | undefined,
): z.infer<typeof LiveEntryJson> {
  const name = entryAuthorName(entry);
  return {
    id: entry.id,
    url: entryPath(storyUrl, entry.id, page),
    headline: entry.headline,
    bodyHtml: entry.bodyHtml,
    author: name === null ? null : { name },
    keyEvent: entry.keyEvent,
    pinned: entry.pinned,
    postedAt: entry.postedAt,
    editedAt: entry.editedAt,
    updatedAt: entryUpdatedAt(entry),
  };
}
