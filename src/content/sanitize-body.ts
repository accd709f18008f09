import sanitizeHtml from "sanitize-html";

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
    img: ["src", "alt", "width", "height", "loading", "srcset", "sizes"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  transformTags: {
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer" }),
  },
};

/** Cleans untrusted body HTML: no scripts, event handlers, styles or `javascript:` links survive. */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(html.normalize("NFC"), BODY_POLICY).trim();
}
