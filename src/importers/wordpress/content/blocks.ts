import { count } from "./content-report.ts";
import { type ContentSink, picturesIn } from "./figures.ts";

/**
 * Gutenberg stores blocks as HTML between comments: `<!-- wp:image {"id":12} -->…<!-- /wp:image -->`,
 * or one self-closing comment for a block rendered by the server (`<!-- wp:latest-posts /-->`).
 * This reads every comment once: block comments become the block's clean HTML, the rest
 * (`<!--more-->`, `<!--nextpage-->`, notes) are dropped and counted.
 */
export function convertBlocks(html: string, sink: ContentSink): string {
  const root: Frame = { name: "", attrs: {}, out: "" };
  const stack: Frame[] = [root];
  const top = () => stack[stack.length - 1] ?? root;
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf("<!--", at);
    if (open === -1) {
      top().out += html.slice(at);
      break;
    }
    top().out += html.slice(at, open);
    const close = html.indexOf("-->", open + 4);
    const body = html.slice(open + 4, close === -1 ? html.length : close).trim();
    at = close === -1 ? html.length : close + 3;
    const block = blockComment(body);
    if (!block) {
      count(sink.report.dropped, commentKind(body));
    } else if (block.closing) {
      const index = stack.findLastIndex((frame) => frame.name === block.name);
      // A closing comment with no opening one is noise; one that skips open blocks closes them too.
      while (index > 0 && stack.length > index) finish(stack, sink);
    } else if (block.selfClosing) {
      top().out += renderBlock({ ...block, out: "" }, sink, true);
    } else {
      stack.push({ name: block.name, attrs: block.attrs, out: "" });
    }
  }
  while (stack.length > 1) finish(stack, sink);
  return root.out;
}

interface Frame {
  name: string;
  attrs: Record<string, unknown>;
  out: string;
}

function finish(stack: Frame[], sink: ContentSink): void {
  const frame = stack.pop();
  const parent = stack[stack.length - 1];
  if (frame && parent) parent.out += renderBlock(frame, sink, false);
}

function commentKind(body: string): string {
  if (/^more\b/.test(body)) return "more";
  if (body === "nextpage") return "nextpage";
  return "comment";
}

/** A block comment's parts, or null for any other comment. */
function blockComment(
  body: string,
): { name: string; attrs: Record<string, unknown>; closing: boolean; selfClosing: boolean } | null {
  const closing = body.startsWith("/wp:");
  if (!closing && !body.startsWith("wp:")) return null;
  const selfClosing = !closing && body.endsWith("/");
  const inner = body.slice(closing ? 4 : 3, selfClosing ? -1 : undefined).trim();
  const name = /^[a-z][a-z0-9_-]*(?:\/[a-z][a-z0-9_-]*)?/.exec(inner)?.[0];
  if (!name) return null;
  return {
    name: name.replace(/^core\//, ""),
    attrs: closing ? {} : attributes(inner.slice(name.length).trim()),
    closing,
    selfClosing,
  };
}

function attributes(json: string): Record<string, unknown> {
  if (!json.startsWith("{")) return {};
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** A finished block's HTML. Blocks this does not know keep their inner HTML. */
function renderBlock(frame: Frame, sink: ContentSink, selfClosing: boolean): string {
  const { name, attrs, out } = frame;
  if (name === "image") return imageBlock(out, attrs, sink);
  if (name === "gallery") return galleryBlock(out, sink);
  if (name === "embed" || name.startsWith("core-embed/")) {
    const url = text(attrs.url) || /https?:\/\/[^\s<>"]+/.exec(out)?.[0] || "";
    return url ? sink.link(url, "embeds") + embedCaption(out) : "";
  }
  if (name === "video" || name === "audio") {
    const url = /\ssrc="(https?:\/\/[^"]+)"/.exec(out)?.[1];
    return (url ? sink.link(url, "mediaLinks") : "") + embedCaption(out);
  }
  if (selfClosing || name === "more" || name === "nextpage") {
    if (name !== "more" && name !== "nextpage") count(sink.report.dropped, `block:${name}`);
    return "";
  }
  return out;
}

function imageBlock(html: string, attrs: Record<string, unknown>, sink: ContentSink): string {
  const [picture] = picturesIn(html).pictures;
  if (!picture || !("src" in picture)) return "";
  const id = typeof attrs.id === "number" && Number.isSafeInteger(attrs.id) ? attrs.id : null;
  return sink.figure({
    attachmentId: id ?? picture.attachmentId,
    url: picture.src,
    alt: picture.alt,
    caption: picture.caption,
  });
}

/** A gallery block: older ones hold a list of pictures, newer ones image blocks (already figures). */
function galleryBlock(html: string, sink: ContentSink): string {
  const found = picturesIn(html);
  const images = found.pictures.flatMap((picture) => {
    if ("src" in picture) {
      return [
        { attachmentId: picture.attachmentId, url: picture.src, alt: picture.alt, caption: picture.caption },
      ];
    }
    // Image blocks inside were counted as figures when they closed; the gallery takes them over.
    const image = sink.images[picture.placeholder];
    return image ? [image] : [];
  });
  const taken = found.pictures.filter((picture) => !("src" in picture)).length;
  sink.images.splice(sink.images.length - taken, taken);
  sink.report.figures -= taken;
  return sink.gallery(images, found.galleryCaption);
}

function embedCaption(html: string): string {
  const caption = picturesIn(html).galleryCaption;
  return caption ? `<p>${caption}</p>` : "";
}
