import type { WordPressImage } from "./content-report.ts";
import { escapeAttribute, escapeText } from "./figures.ts";

/** The library photo the importer made or found for a WordPress picture. */
export interface LibraryPhoto {
  mediaId: number;
  /** Its address under /media/, the figure's fallback picture. */
  src: string;
}

const PLACEHOLDER = /<figure data-wp-image="(\d+)">/g;

/**
 * The converted body with each placeholder figure made a library reference
 * (`<figure data-media-id="N">`, see media/inline-photos.tsx) keeping its caption. A picture with
 * no library photo (`photoFor` gives null: not in the uploads, not fetched) becomes a link to
 * its address and its caption as a paragraph, because the story sanitizer keeps no picture from
 * elsewhere.
 */
export function placeLibraryPhotos(
  html: string,
  images: readonly WordPressImage[],
  photoFor: (image: WordPressImage, index: number) => LibraryPhoto | null,
): string {
  let out = "";
  let copied = 0;
  for (const match of html.matchAll(PLACEHOLDER)) {
    if (match.index < copied) continue;
    const index = Number(match[1]);
    const image = images[index];
    const close = html.indexOf("</figure>", match.index);
    const end = close === -1 ? html.length : close + "</figure>".length;
    out += html.slice(copied, match.index);
    copied = end;
    if (!image) continue;
    const figure = html.slice(match.index, end);
    const caption = /<figcaption>[\s\S]*<\/figcaption>/.exec(figure)?.[0] ?? "";
    const photo = photoFor(image, index);
    out += photo
      ? `<figure data-media-id="${photo.mediaId}"><img src="${escapeAttribute(photo.src)}" alt="${escapeAttribute(image.alt)}" />${caption}</figure>`
      : unplaced(image, caption);
  }
  return out + html.slice(copied);
}

function unplaced(image: WordPressImage, caption: string): string {
  const link = image.url
    ? `<p><a href="${escapeAttribute(image.url)}">${escapeText(image.alt || image.url)}</a></p>`
    : "";
  const text = caption.slice("<figcaption>".length, -"</figcaption>".length).trim();
  return link + (text ? `<p>${text}</p>` : "");
}
