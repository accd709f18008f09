import { autop } from "./autop.ts";
import { convertBlocks } from "./blocks.ts";
import { type ContentReport, count, type WordPressImage } from "./content-report.ts";
import { ContentSink } from "./figures.ts";
import { HtmlScanner } from "./html-scan.ts";
import { markLoosePictures } from "./loose-pictures.ts";
import { httpUrl, renderShortcodes } from "./render-shortcodes.ts";

export interface ConvertedContent {
  /** Body HTML for sanitizeStoryBody once place-images.ts has put library photos in. */
  html: string;
  /** The pictures, in the order of their `<figure data-wp-image="K">` placeholders. */
  images: WordPressImage[];
  report: ContentReport;
}

// Elements dropped with everything inside them: code, styling, frames and their fallbacks.
const DROPPED_WITH_CONTENT = new Set([
  "script",
  "style",
  "iframe",
  "noscript",
  "object",
  "template",
  "textarea",
]);

/**
 * A WordPress post's `content:encoded` as Dateline body HTML. Pure: the same content always
 * gives the same result. Block comments are read first (blocks.ts), then unsafe elements go,
 * then shortcodes (render-shortcodes.ts) and addresses alone on a line (WordPress's oEmbeds)
 * become figures and links; classic posts, which have no blocks, get their paragraphs (autop.ts).
 */
export function convertWordPressContent(raw: string): ConvertedContent {
  const sink = new ContentSink();
  // A placeholder attribute written by the author would claim one of the importer's pictures.
  const content = raw.normalize("NFC").replace(/(\s)data-wp-image(?=\s*=)/gi, "$1data-x-wp-image");
  const classic = !content.includes("<!-- wp:");
  let html = convertBlocks(content, sink);
  html = dropUnsafeElements(html, sink);
  html = renderShortcodes(html, sink);
  html = linkLoneAddresses(html, sink);
  html = markLoosePictures(html, sink);
  if (classic) html = autop(html);
  return { html: html.trim(), images: sink.images, report: sink.report };
}

/** Scripts, styles and frames go (the sanitizer would drop them too); a frame's page stays as a link. */
function dropUnsafeElements(html: string, sink: ContentSink): string {
  if (!/<(script|style|iframe|noscript|object|template|textarea)/i.test(html)) return html;
  const scanner = new HtmlScanner(html);
  let out = "";
  for (let token = scanner.next(); token; token = scanner.next()) {
    if (token.kind === "text" || !DROPPED_WITH_CONTENT.has(token.name)) {
      out += token.kind === "text" ? token.text : token.source;
      continue;
    }
    if (token.closing) continue;
    count(sink.report.dropped, token.name);
    const src = /\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(token.source)?.[1];
    const url = token.name === "iframe" && src ? httpUrl(src) : null;
    if (url) out += sink.link(url, "embeds");
    const end = scanner.closingOf(token.name);
    scanner.skipTo(end === -1 ? html.length : end);
  }
  return out;
}

/**
 * An address alone on its line (or alone in a paragraph) is an oEmbed in WordPress: here a link.
 * Lines of a `<pre>` are code and stay as they are.
 */
function linkLoneAddresses(html: string, sink: ContentSink): string {
  let inPre = false;
  return html
    .split("\n")
    .map((line) => {
      const lower = line.toLowerCase();
      const lone = inPre ? undefined : /^(?:<p>)?(https?:\/\/[^\s<>"]+)(?:<\/p>)?$/i.exec(line.trim())?.[1];
      if (lower.includes("<pre")) inPre = lower.lastIndexOf("<pre") > lower.lastIndexOf("</pre");
      else if (lower.includes("</pre")) inPre = false;
      const url = lone ? httpUrl(lone) : null;
      return url ? sink.link(url, "embeds") : line;
    })
    .join("\n");
}
