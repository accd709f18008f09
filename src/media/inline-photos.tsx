import { renderToString } from "preact-render-to-string";
import type { MediaImage } from "./media.ts";
import { Picture } from "./picture.tsx";

/**
 * Inline photos are references to the library: a stored body holds `<figure data-media-id="N">`
 * around a fallback picture and caption, and readers get the library's current picture and texts
 * in their edition instead. The sanitizer keeps no other attribute on a figure and writes this one
 * exactly so (content/sanitize-body.ts), which is what lets a plain pattern find references.
 */
const REFERENCE = /<figure data-media-id="(\d+)">/g;
const FIGURE_TAG = /<(\/?)figure[\s>]/g;
const INLINE_SIZES = "(min-width: 48em) 46rem, 100vw";

/** The photos a stored body refers to, each once, in order. */
export function inlinePhotoIds(bodyHtml: string): number[] {
  return [...new Set(Array.from(bodyHtml.matchAll(REFERENCE), (m) => Number(m[1])))];
}

export interface InlinePhotoOptions {
  /** The word before the credit in the reader's edition ("Photo", "ছবি"). */
  creditLabel: string;
  /** The site's address, for bodies read away from it (feeds, the Content API); pages keep paths. */
  origin?: string;
}

/**
 * The body as readers get it: each referenced figure replaced by the library's picture (AVIF,
 * WebP and JPEG sizes) with the alt text, caption and credit of `images` (loaded for the story's
 * edition). A reference to a photo `images` lacks, deleted or never there, is dropped whole:
 * its fallback may name a file that is gone, and its frozen caption is what references replace.
 */
export function renderInlinePhotos(
  bodyHtml: string,
  images: ReadonlyMap<number, MediaImage>,
  options: InlinePhotoOptions,
): string {
  return replacePhotoReferences(bodyHtml, (id) => {
    const image = images.get(id);
    return image
      ? renderToString(
          <InlineFigure image={withOrigin(image, options.origin)} creditLabel={options.creditLabel} />,
        )
      : "";
  });
}

/**
 * The body with each reference, the whole figure with its fallback, replaced by what `replace`
 * makes of it (given the photo's id and the stored figure).
 */
export function replacePhotoReferences(
  bodyHtml: string,
  replace: (id: number, storedFigure: string) => string,
): string {
  if (!bodyHtml.includes('<figure data-media-id="')) return bodyHtml;
  let out = "";
  let copied = 0;
  for (const match of bodyHtml.matchAll(REFERENCE)) {
    // A reference nested inside one already replaced went with it.
    if (match.index < copied) continue;
    out += bodyHtml.slice(copied, match.index);
    copied = endOfFigure(bodyHtml, match.index + match[0].length);
    out += replace(Number(match[1]), bodyHtml.slice(match.index, copied));
  }
  return out + bodyHtml.slice(copied);
}

function InlineFigure({ image, creditLabel }: { image: MediaImage; creditLabel: string }) {
  return (
    <figure class="inline-figure" data-media-id={image.id}>
      <Picture image={image} sizes={INLINE_SIZES} />
      {(image.caption || image.credit) && (
        <figcaption>
          {image.caption}{" "}
          {image.credit && <span class="photo-credit">{`${creditLabel}: ${image.credit}`}</span>}
        </figcaption>
      )}
    </figure>
  );
}

/** Where the figure opened at `from` closes, counting the figures inside it (the sanitizer allows nesting). */
function endOfFigure(html: string, from: number): number {
  let depth = 1;
  const tags = new RegExp(FIGURE_TAG);
  tags.lastIndex = from;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return html.indexOf(">", tag.index) + 1;
  }
  return html.length;
}

/** The same picture with absolute URLs. */
export function withOrigin(image: MediaImage, origin: string | undefined): MediaImage {
  if (!origin) return image;
  const base = origin.replace(/\/+$/, "");
  // An empty set (variants not made yet) stays empty.
  const srcset = (set: string) =>
    set === ""
      ? ""
      : set
          .split(", ")
          .map((candidate) => base + candidate)
          .join(", ");
  return {
    ...image,
    src: base + image.src,
    srcset: {
      avif: srcset(image.srcset.avif),
      webp: srcset(image.srcset.webp),
      jpeg: srcset(image.srcset.jpeg),
    },
    thumbnail: base + image.thumbnail,
    largest: { ...image.largest, src: base + image.largest.src },
  };
}
