// What Word and Google Docs put around the text that the story must not keep: comments (Word's
// conditional ones included), style sheets, Office XML elements such as <o:p>, classes, inline
// styles, presentation wrappers (span, font, div), table column sizes, and empty paragraphs.
// Runs last: the other steps read the styles and classes it removes.

const DROPPED = "style, script, meta, link, title, head, colgroup, col, template, iframe, object";
const UNWRAPPED = new Set(["span", "font", "div", "u", "section", "article", "center", "small"]);
/** Attributes worth keeping, per tag; every other attribute goes. */
const KEPT: Record<string, readonly string[]> = {
  a: ["href", "title"],
  img: ["src", "alt", "width", "height"],
  td: ["colspan", "rowspan"],
  th: ["colspan", "rowspan", "scope"],
  ol: ["start"],
};
const LINK_SCHEMES = new Set(["http:", "https:", "mailto:"]);

/** Removes everything in the document that is formatting rather than content. */
export function stripNoise(doc: Document): void {
  removeComments(doc);
  for (const element of Array.from(doc.querySelectorAll(DROPPED))) element.remove();
  for (const element of Array.from(doc.body.querySelectorAll("*"))) {
    const tag = element.tagName.toLowerCase();
    // Office XML (o:p, v:shape, w:sdt…) carries layout or spacing, never the story's words.
    if (tag.includes(":")) element.remove();
    else if (UNWRAPPED.has(tag) || (tag === "a" && !isWebLink(element)))
      element.replaceWith(...Array.from(element.childNodes));
    else keepAttributes(element, KEPT[tag] ?? []);
  }
  for (const paragraph of Array.from(doc.body.querySelectorAll("p, li, h2, h3"))) {
    if (isBlank(paragraph)) paragraph.remove();
  }
  // Docs separates blocks with a bare <br> between them; inside a block a <br> is a line break.
  for (const lineBreak of Array.from(doc.body.children).filter((child) => child.tagName === "BR"))
    lineBreak.remove();
}

function removeComments(doc: Document): void {
  const walker = doc.createTreeWalker(doc, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

function isWebLink(anchor: Element): boolean {
  const href = anchor.getAttribute("href");
  if (!href) return false;
  try {
    return LINK_SCHEMES.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

function keepAttributes(element: Element, kept: readonly string[]): void {
  for (const name of element.getAttributeNames()) {
    if (!kept.includes(name.toLowerCase())) element.removeAttribute(name);
  }
  // Spans are whole numbers; Word writes none where it means one.
  for (const span of ["colspan", "rowspan"]) {
    const value = element.getAttribute(span);
    if (value !== null && !/^[1-9]\d{0,2}$/.test(value)) element.removeAttribute(span);
  }
}

/** A paragraph with no words and no picture: Word's spacing paragraphs (<o:p>&nbsp;</o:p>). */
function isBlank(block: Element): boolean {
  return (
    (block.textContent ?? "").replace(/[\s\u00a0]/g, "") === "" && !block.querySelector("img, ul, ol, table")
  );
}
