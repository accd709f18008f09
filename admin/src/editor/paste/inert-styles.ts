// Parsing the copy into a document, even one never shown, makes Chromium check its <style> sheets
// and style attributes against the newsroom's Content-Security-Policy (style-src 'self'), and
// report every one. The styles are only read, never applied: sheets are cut out of the text and
// style attributes renamed before parsing, and the steps read STYLE from the renamed attribute.

/** Where an element's inline style is found once the copy is parsed. */
export const STYLE = "data-style";

/** The pasted HTML with no style sheet and with its style attributes under another name. */
export function inertStyles(html: string): string {
  return html
    .replace(/<style[\s>][\s\S]*?<\/style\s*>/gi, "")
    .replace(/<[a-z][^<>]*>/gi, (tag) => tag.replace(/\sstyle\s*=/gi, ` ${STYLE}=`));
}
