// The story editor's cleaner for pasted HTML (ProseMirror's transformPastedHTML): copy from Word
// or Google Docs arrives as the structure the story keeps (lists, subheads, tables, links, bold
// and italic) without the word processor's styling. Each step is in its own file; the order
// matters, since the later steps remove the styles and classes the earlier ones read.
import { fitHeadings } from "./headings.ts";
import { holdForeignImages } from "./hold-foreign-images.ts";
import { inertStyles } from "./inert-styles.ts";
import { emphasisFromStyles } from "./inline-styles.ts";
import { nestStrayLists } from "./stray-lists.ts";
import { stripNoise } from "./strip-noise.ts";
import { rebuildWordLists } from "./word-lists.ts";

/** Reads HTML into a document: the browser's DOMParser, or a DOM library in tests. */
export type ParseHtml = (html: string) => Document;

/** The pasted HTML with only what a story body keeps; `base` is the newsroom page's address. */
export function cleanPastedHtml(html: string, parse: ParseHtml, base: string): string {
  // Copied inside the editor itself: already clean, and the slice marker must survive.
  if (html.includes("data-pm-slice")) return html;
  const doc = parse(inertStyles(html));
  rebuildWordLists(doc);
  emphasisFromStyles(doc);
  fitHeadings(doc);
  stripNoise(doc);
  nestStrayLists(doc);
  holdForeignImages(doc, base);
  return doc.body.innerHTML.trim();
}
