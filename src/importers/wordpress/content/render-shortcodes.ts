import { count } from "./content-report.ts";
import { type ContentSink, picturesIn } from "./figures.ts";
import { parseShortcodes, type ShortcodeNode } from "./shortcodes.ts";

type Shortcode = Extract<ShortcodeNode, { kind: "shortcode" }>;

const MEDIA_SOURCES = ["src", "mp3", "m4a", "ogg", "wav", "wma", "mp4", "m4v", "webm", "ogv", "wmv", "flv"];

/**
 * The content with WordPress's built-in shortcodes made into HTML: captions into figures,
 * galleries into figures, embeds and media into links. Any other shortcode stays as the author
 * wrote it (a plugin's output cannot be rebuilt here) and is counted by name.
 */
export function renderShortcodes(html: string, sink: ContentSink): string {
  return render(parseShortcodes(html), sink);
}

function render(nodes: ShortcodeNode[], sink: ContentSink): string {
  return nodes.map((node) => (node.kind === "text" ? node.text : shortcode(node, sink))).join("");
}

function shortcode(node: Shortcode, sink: ContentSink): string {
  const inner = node.content ? render(node.content, sink) : "";
  switch (node.name) {
    case "caption":
    case "wp_caption":
      return caption(node, inner, sink);
    case "gallery":
      return gallery(node, sink);
    case "embed": {
      const url = httpUrl(inner.trim()) ?? httpUrl(node.attrs.src ?? node.positional[0] ?? "");
      return url ? sink.link(url, "embeds") : "";
    }
    case "audio":
    case "video": {
      const source = MEDIA_SOURCES.map((name) => node.attrs[name]).find(Boolean);
      const url = httpUrl(source ?? "") ?? httpUrl(inner.trim());
      return url ? sink.link(url, "mediaLinks") : "";
    }
    case "playlist":
      sink.report.unlinkedAttachments.push(...attachmentIds(node.attrs.ids));
      count(sink.report.dropped, "playlist");
      return "";
    default:
      count(sink.report.unknownShortcodes, node.name);
      return node.content ? `${node.openTag}${inner}${node.closeTag}` : node.openTag;
  }
}

/** `[caption id="attachment_12"]<a><img></a> Text[/caption]`; old posts put the text in `caption=""`. */
function caption(node: Shortcode, inner: string, sink: ContentSink): string {
  const found = picturesIn(inner);
  const [picture] = found.pictures;
  if (!picture || !("src" in picture)) return found.rest ? `<p>${found.rest}</p>` : "";
  const id = /^attachment_([1-9]\d{0,15})$/.exec(node.attrs.id ?? "")?.[1];
  return sink.figure({
    attachmentId: id ? Number(id) : picture.attachmentId,
    url: picture.src,
    alt: picture.alt,
    caption: node.attrs.caption ?? found.rest,
  });
}

/** `[gallery ids="1,2,3"]` names attachments only; one without ids shows the post's own pictures. */
function gallery(node: Shortcode, sink: ContentSink): string {
  const ids = attachmentIds(node.attrs.ids ?? node.attrs.include);
  if (ids.length === 0) {
    count(sink.report.dropped, "gallery-of-attached-pictures");
    return "";
  }
  return sink.gallery(
    ids.map((attachmentId) => ({ attachmentId, url: null, alt: "", caption: "" })),
    "",
  );
}

function attachmentIds(list: string | undefined): number[] {
  return (list ?? "")
    .split(",")
    .map((id) => id.trim())
    .filter((id) => /^[1-9]\d{0,15}$/.test(id))
    .map(Number);
}

/** An http(s) address written in HTML text or an attribute (so `&amp;` is `&`), or null. */
export function httpUrl(text: string): string | null {
  return /^https?:\/\/[^\s<>"]+$/i.test(text) ? text.replaceAll("&amp;", "&") : null;
}
