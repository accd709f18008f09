// Story bodies have subheads at two levels (h2, h3) under the page's own h1 headline, so a pasted
// document's Heading 1 becomes h2 and every deeper heading h3. Word writes its Title style as
// <p class=MsoTitle> rather than a heading; it ranks with Heading 1.

const EDITOR_LEVELS = [2, 3] as const;

/** Renames pasted headings to the levels the story editor has. */
export function fitHeadings(doc: Document): void {
  for (const title of Array.from(doc.querySelectorAll("p.MsoTitle"))) rename(doc, title, "h1");
  for (const heading of Array.from(doc.querySelectorAll("h1, h2, h3, h4, h5, h6"))) {
    const level = Number(heading.tagName.slice(1)) + 1;
    const fitted = Math.min(Math.max(level, EDITOR_LEVELS[0]), EDITOR_LEVELS[1]);
    if (fitted !== Number(heading.tagName.slice(1))) rename(doc, heading, `h${fitted}`);
  }
}

function rename(doc: Document, element: Element, tag: string): void {
  const renamed = doc.createElement(tag);
  renamed.append(...Array.from(element.childNodes));
  element.replaceWith(renamed);
}
