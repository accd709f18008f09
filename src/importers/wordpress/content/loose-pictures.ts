import { type ContentSink, picturesIn } from "./figures.ts";
import { HtmlScanner } from "./html-scan.ts";

/**
 * Pictures written as plain HTML rather than a shortcode or an image block: a bare `<img>` or a
 * `<figure>` of the author's. Each picture becomes a placeholder figure like the others. A figure
 * holding no picture (a pull quote, a table block) loses its figure tags and keeps its content,
 * its caption as a paragraph, since the story sanitizer drops a figure without a picture whole.
 */
export function markLoosePictures(html: string, sink: ContentSink): string {
  if (!/<(img|figure)/i.test(html)) return html;
  const scanner = new HtmlScanner(html);
  let out = "";
  for (let token = scanner.next(); token; token = scanner.next()) {
    if (token.kind === "text") {
      out += token.text;
    } else if (token.name === "figure" && !token.closing) {
      if (token.source.startsWith("<figure data-wp-image=")) {
        const end = scanner.closingOf("figure");
        const to = end === -1 ? html.length : end;
        out += token.source + html.slice(scanner.position, to);
        scanner.skipTo(to);
      } else {
        out += authorFigure(token.source + elementRest(scanner, "figure"), sink);
      }
    } else if (token.name === "img" && !token.closing) {
      out += looseImage(token.source, sink);
    } else if (token.name === "a" && !token.closing) {
      // WordPress links a picture to its file; the link goes with the picture it wraps alone.
      LINKED_IMAGE.lastIndex = scanner.position;
      const linked = LINKED_IMAGE.exec(html);
      if (linked) {
        out += looseImage(linked[1] ?? "", sink);
        scanner.skipTo(LINKED_IMAGE.lastIndex);
      } else {
        out += token.source;
      }
    } else {
      out += token.source;
    }
  }
  return out;
}

const LINKED_IMAGE = /\s*(<img\b[^>]*>)\s*<\/a\s*>/y;

function looseImage(tag: string, sink: ContentSink): string {
  const [picture] = picturesIn(tag).pictures;
  if (!picture || !("src" in picture)) return "";
  const { attachmentId, src, alt } = picture;
  return sink.figure({ attachmentId, url: src, alt, caption: "" });
}

/** The rest of an element whose opening tag the scanner just read, through its closing tag. */
function elementRest(scanner: HtmlScanner, name: string): string {
  let depth = 1;
  let out = "";
  for (let token = scanner.next(); token; token = scanner.next()) {
    if (token.kind === "text") {
      out += token.text;
      continue;
    }
    out += token.source;
    if (token.name === name) depth += token.closing ? -1 : 1;
    if (depth === 0) break;
  }
  return out;
}

function authorFigure(figure: string, sink: ContentSink): string {
  const found = picturesIn(figure);
  const images = found.pictures.flatMap((picture) =>
    "src" in picture
      ? [{ attachmentId: picture.attachmentId, url: picture.src, alt: picture.alt, caption: picture.caption }]
      : [],
  );
  const [only] = images;
  const caption = found.galleryCaption ? `<p>${found.galleryCaption}</p>` : "";
  if (images.length > 1) return sink.gallery(images, found.galleryCaption) + found.rest;
  if (only) return sink.figure(only) + found.rest + caption;
  return found.rest + caption;
}
