import { Parser } from "htmlparser2";
import { type ContentReport, emptyReport, type WordPressImage } from "./content-report.ts";

/** What a conversion has met so far: the pictures it marked and the report. */
export class ContentSink {
  readonly images: WordPressImage[] = [];
  readonly report: ContentReport = emptyReport();

  /** A placeholder figure for `image`, which the importer swaps for a library photo. */
  figure(image: WordPressImage): string {
    this.images.push(image);
    this.report.figures++;
    return figureMarkup(this.images.length - 1, image);
  }

  /**
   * A gallery as its figures in a row, then its caption as a paragraph. A figure of figures
   * would not survive: the story sanitizer keeps a figure only around a picture or a library
   * reference, and the newsroom editor's figure is one picture (admin/src/editor/figure.ts), so
   * the next save would keep the first picture of the group alone.
   */
  gallery(images: WordPressImage[], caption: string): string {
    this.report.galleries++;
    const figures = images.map((image) => this.figure(image)).join("");
    return `${figures}${caption.trim() ? `<p>${caption.trim()}</p>` : ""}`;
  }

  /** An embed or media file as a plain link in its own paragraph, never a frame or a script. */
  link(url: string, kind: "embeds" | "mediaLinks", text = url): string {
    this.report[kind]++;
    return `<p><a href="${escapeAttribute(url)}">${escapeText(text)}</a></p>`;
  }
}

/** The one form placeholders take, so place-images.ts can find them with a plain pattern. */
export function figureMarkup(index: number, image: WordPressImage): string {
  const img =
    image.url === null
      ? ""
      : `<img src="${escapeAttribute(image.url)}" alt="${escapeAttribute(image.alt)}" />`;
  const caption = image.caption.trim() ? `<figcaption>${image.caption.trim()}</figcaption>` : "";
  return `<figure data-wp-image="${index}">${img}${caption}</figure>`;
}

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;");
}

/** The attachment id WordPress writes on a picture (`class="wp-image-12"`, `data-id="12"`). */
export function attachmentIdOf(attribs: Record<string, string>): number | null {
  const id = attribs["data-id"] ?? /(?:^|\s)wp-image-(\d+)(?:\s|$)/.exec(attribs.class ?? "")?.[1];
  return id && /^[1-9]\d{0,15}$/.test(id) ? Number(id) : null;
}

export interface PictureInHtml {
  src: string;
  alt: string;
  attachmentId: number | null;
  /** The caption: the figcaption's HTML, or else what surrounds the picture (as in `[caption]`). */
  caption: string;
}

/**
 * The pictures of an HTML fragment with their captions: one for `[caption]` or an image block,
 * several for a gallery. A figcaption captions the picture before it; the gallery's own caption
 * (`blocks-gallery-caption`) is returned apart. Placeholder figures made already (image blocks
 * inside a gallery block) come back by index.
 */
export function picturesIn(html: string): {
  pictures: Array<PictureInHtml | { placeholder: number }>;
  galleryCaption: string;
  /** The fragment without its pictures, links around them, figcaptions and figure tags. */
  rest: string;
} {
  const pictures: Array<PictureInHtml | { placeholder: number }> = [];
  const cut: Array<[number, number]> = [];
  let galleryCaption = "";
  let link: { start: number; pictures: number } | null = null;
  let caption: { start: number; contentStart: number; gallery: boolean } | null = null;
  let placeholderDepth = 0;
  // Which figure each picture sits in: a figcaption captions a picture of its own figure only.
  const openFigures: number[] = [];
  let figuresSeen = 0;
  let lastPictureFigure = -1;
  const innermost = () => openFigures[openFigures.length - 1] ?? -1;
  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        if (placeholderDepth > 0) {
          if (name === "figure") placeholderDepth++;
          return;
        }
        if (name === "figure") {
          const placeholder = attribs["data-wp-image"];
          if (placeholder !== undefined && /^\d+$/.test(placeholder)) {
            pictures.push({ placeholder: Number(placeholder) });
            placeholderDepth = 1;
            cut.push([parser.startIndex, Number.POSITIVE_INFINITY]);
            return;
          }
          openFigures.push(++figuresSeen);
          cut.push([parser.startIndex, parser.endIndex + 1]);
        } else if (name === "a") {
          link = { start: parser.startIndex, pictures: pictures.length };
        } else if (name === "img" && attribs.src) {
          pictures.push({
            src: attribs.src,
            alt: attribs.alt ?? "",
            attachmentId: attachmentIdOf(attribs),
            caption: "",
          });
          lastPictureFigure = innermost();
          cut.push([parser.startIndex, parser.endIndex + 1]);
        } else if (name === "figcaption") {
          const gallery =
            /blocks-gallery-caption/.test(attribs.class ?? "") || lastPictureFigure !== innermost();
          caption = { start: parser.startIndex, contentStart: parser.endIndex + 1, gallery };
        }
      },
      onclosetag(name) {
        if (placeholderDepth > 0) {
          if (name === "figure" && --placeholderDepth === 0) {
            const last = cut[cut.length - 1];
            if (last) last[1] = parser.endIndex + 1;
          }
          return;
        }
        if (name === "figure") {
          openFigures.pop();
          cut.push([parser.startIndex, parser.endIndex + 1]);
        } else if (name === "a" && link) {
          // A link wrapped only around the picture goes with it (WordPress links the file).
          if (pictures.length === link.pictures + 1) cut.push([link.start, parser.endIndex + 1]);
          link = null;
        } else if (name === "figcaption" && caption) {
          const text = html.slice(caption.contentStart, parser.startIndex).trim();
          const last = pictures[pictures.length - 1];
          if (last && "src" in last && !last.caption && !caption.gallery) {
            last.caption = text;
          } else {
            galleryCaption = text;
          }
          cut.push([caption.start, parser.endIndex + 1]);
          caption = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { pictures, galleryCaption, rest: without(html, cut).trim() };
}

/** `html` less the given ranges (which may overlap or nest). */
function without(html: string, ranges: Array<[number, number]>): string {
  const sorted = ranges.toSorted((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    if (start > at) out += html.slice(at, start);
    at = Math.max(at, Math.min(end, html.length));
  }
  return out + html.slice(at);
}
