// Markup and plain text in the newsroom: agency or entry markup shown as text (read through
// DOMParser, never inserted as markup), and text typed in a plain box sent as paragraphs.

/** The body's blocks as plain text: the markup is sanitized already, and shown as text here. */
export function blocksOf(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const blocks = Array.from(doc.body.querySelectorAll("p, h1, h2, h3, h4, li, blockquote, figcaption"));
  const texts = (blocks.length ? blocks : [doc.body]).map((b) => b.textContent?.trim() ?? "");
  return texts.filter(Boolean);
}

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Text typed in a plain box as HTML paragraphs: a blank line starts a new one, a line break stays. */
export function paragraphsOf(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeText(p).replace(/\n/g, "<br>")}</p>`)
    .join("");
}
