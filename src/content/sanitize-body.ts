import sanitizeHtml from "sanitize-html";
import { isRowId } from "../http/ids.ts";
import { assertBodyDepth } from "./body-depth.ts";

/**
 * A figure may name the library photo it shows (media/inline-photos.ts renders it from the
 * library), only as a plain row id: anything else would be looked up or matched as text.
 */
function keepPhotoReference(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const id = attribs["data-media-id"];
  const valid = id !== undefined && /^[1-9]\d*$/.test(id) && isRowId(Number(id));
  return { tagName, attribs: valid ? { "data-media-id": id } : {} };
}

/** The HTML an article body may contain; everything else is removed before it is stored. */
const BODY_POLICY: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "h2",
    "h3",
    "h4",
    "blockquote",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "b",
    "i",
    "a",
    "br",
    "figure",
    "figcaption",
    "img",
    "hr",
    "cite",
    "sub",
    "sup",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel", "target"],
    figure: ["data-media-id"],
    img: ["src", "alt", "width", "height", "loading", "srcset", "sizes"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  transformTags: {
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer" }),
    figure: keepPhotoReference,
  },
};

/**
 * Cleans untrusted body HTML: no scripts, event handlers, styles or `javascript:` links survive.
 * A body nested too deeply is refused first (see body-depth.ts). Synchronous and CPU-bound: a
 * request handler awaits body-sanitizer.ts instead, which runs this off the event loop.
 */
export function sanitizeBody(html: string): string {
  assertBodyDepth(html);
  const once = sanitizeHtml(html.normalize("NFC"), BODY_POLICY);
  // Dropping a disallowed element keeps its children where the parser would not put them
  // (`<p><span><p>` gives `<p><p></p></p>`, which reads back as three paragraphs). The second
  // pass writes out what a parser makes of the first, so a stored body comes back from another
  // save unchanged.
  return sanitizeHtml(once, BODY_POLICY).trim();
}
