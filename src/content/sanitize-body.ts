import sanitizeHtml from "sanitize-html";
import { isRowId } from "../http/ids.ts";
import { MEDIA_URL_PREFIX } from "../media/media.ts";
import { assertBodyDepth } from "./body-depth.ts";
import { BODY_TAGS } from "./body-tags.ts";

/**
 * A figure may name the library photo it shows (media/inline-photos.ts renders it from the
 * library), only as a plain row id: anything else would be looked up or matched as text.
 */
function keepPhotoReference(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const id = attribs["data-media-id"];
  const valid = id !== undefined && /^[1-9]\d*$/.test(id) && isRowId(Number(id));
  return { tagName, attribs: valid ? { "data-media-id": id } : {} };
}

/** Table cell spans are whole numbers; anything else (Word writes "2.0", hostile copy "1e9") goes. */
function keepWholeSpans(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const kept = { ...attribs };
  for (const name of ["colspan", "rowspan"]) {
    const value = kept[name];
    if (value !== undefined && !/^[1-9]\d{0,2}$/.test(value)) delete kept[name];
  }
  return { tagName, attribs: kept };
}

/** The HTML an article body may contain; everything else is removed before it is stored. */
const BODY_POLICY: sanitizeHtml.IOptions = {
  allowedTags: [...BODY_TAGS],
  allowedAttributes: {
    a: ["href", "title", "rel", "target"],
    figure: ["data-media-id"],
    img: ["src", "alt", "width", "height", "loading", "srcset", "sizes"],
    td: ["colspan", "rowspan"],
    th: [
      "colspan",
      "rowspan",
      { name: "scope", multiple: false, values: ["col", "row", "colgroup", "rowgroup"] },
    ],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  transformTags: {
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer" }),
    figure: keepPhotoReference,
    td: keepWholeSpans,
    th: keepWholeSpans,
  },
};

/**
 * A story shows only the photo library's pictures: a picture from another server could change,
 * follow readers, or vanish (the newsroom brings pasted pictures in first, PastedImages.tsx). An
 * img elsewhere is dropped, and so, on the second pass, is a figure left with no picture and no
 * library reference. Wire copy shown on the desk keeps its agency's pictures (sanitizeBody).
 */
const STORY_POLICY: sanitizeHtml.IOptions = {
  ...BODY_POLICY,
  exclusiveFilter: (frame) =>
    (frame.tag === "img" && !isLibraryAddress(frame.attribs.src)) ||
    (frame.tag === "figure" && frame.mediaChildren.length === 0 && !frame.attribs["data-media-id"]),
};

// A path on this site, as the newsroom stores it: "//host/media/…" does not start with "/media/".
const isLibraryAddress = (src: string | undefined) => src?.startsWith(MEDIA_URL_PREFIX) === true;

/**
 * Cleans untrusted body HTML: no scripts, event handlers, styles or `javascript:` links survive.
 * A body nested too deeply is refused first (see body-depth.ts). Synchronous and CPU-bound: a
 * request handler awaits body-sanitizer.ts instead, which runs this off the event loop.
 */
export function sanitizeBody(html: string): string {
  return clean(html, BODY_POLICY);
}

/** sanitizeBody for a story's own body, which keeps pictures from the photo library only. */
export function sanitizeStoryBody(html: string): string {
  return clean(html, STORY_POLICY);
}

function clean(html: string, policy: sanitizeHtml.IOptions): string {
  assertBodyDepth(html);
  const once = sanitizeHtml(html.normalize("NFC"), policy);
  // Dropping a disallowed element keeps its children where the parser would not put them
  // (`<p><span><p>` gives `<p><p></p></p>`, which reads back as three paragraphs). The second
  // pass writes out what a parser makes of the first, so a stored body comes back from another
  // save unchanged.
  return sanitizeHtml(once, policy).trim();
}
