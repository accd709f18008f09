import type { Kysely, Transaction } from "kysely";
import { renderToString } from "preact-render-to-string";
import type { Database } from "../db/database.ts";
import { inlinePhotoIds, replacePhotoReferences } from "./inline-photos.tsx";
import { mediaByIds } from "./media.queries.ts";
import type { MediaImage } from "./media.ts";

type Q = Kysely<Database> | Transaction<Database>;

/**
 * The body as the newsroom edits it: each reference's fallback picture and caption written again
 * from the library (the JPEG readers get, the alt and caption in the story's edition, the current
 * credit), so an editor sees a credit corrected in the library, and the next save stores it. One
 * lookup for all the body's photos; a reference to a photo no longer there keeps its stored figure
 * (readers do not see it; the editor shows what it was).
 */
export async function withCurrentPhotoFallbacks(db: Q, bodyHtml: string, edition: string): Promise<string> {
  const ids = inlinePhotoIds(bodyHtml);
  if (ids.length === 0) return bodyHtml;
  const images = await mediaByIds(db, ids, edition);
  return replacePhotoReferences(bodyHtml, (id, stored) => {
    const image = images.get(id);
    return image ? renderToString(<FallbackFigure image={image} />) : stored;
  });
}

/** The figure the newsroom's editor writes for a library photo (admin/src/editor/figure.ts). */
function FallbackFigure({ image }: { image: MediaImage }) {
  // "Caption — Credit" as one text, which is how the editor's figure holds it.
  const caption = [image.caption.trim(), image.credit.trim()].filter(Boolean).join(" — ");
  return (
    <figure data-media-id={image.id}>
      <img src={image.src} alt={image.alt} width={image.width} height={image.height} />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
