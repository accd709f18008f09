// Word (Windows and Mac) puts a list on the clipboard as a run of paragraphs, not as <ul>/<ol>:
// each item is <p class=MsoListParagraph…> with `mso-list:l0 level2 lfo1` in its style, and the
// bullet or number typed out in a leading span (inside <![if !supportLists]> in the HTML, marked
// `mso-list:Ignore` by Word 2010 and later). This rebuilds real, nested lists from those runs.
import { STYLE } from "./inert-styles.ts";

const LEVEL = /mso-list:\s*l(\d+)\s+level(\d+)/i;
const IGNORED = /mso-list:\s*ignore/i;
// "1." "a)" "(iv)" "১." — a number or letter; anything else Word writes there (·, o, §, –) is a bullet.
const ORDERED_MARKER = /^\(?(\d+|[a-z]|[ivxlcdm]+|[০-৯]+)[.)]/i;

interface ListParagraph {
  paragraph: Element;
  list: string;
  level: number;
  ordered: boolean;
}

/** Replaces every run of Word list paragraphs in the document with nested <ul>/<ol> lists. */
export function rebuildWordLists(doc: Document): void {
  let run: ListParagraph[] = [];
  for (const paragraph of Array.from(doc.querySelectorAll("p"))) {
    const item = listParagraph(paragraph);
    if (!item) continue;
    const previous = run.at(-1)?.paragraph;
    if (previous && nextElement(previous) !== paragraph) {
      buildLists(doc, run);
      run = [];
    }
    run.push(item);
  }
  if (run.length > 0) buildLists(doc, run);
}

function listParagraph(paragraph: Element): ListParagraph | undefined {
  const match = LEVEL.exec(paragraph.getAttribute(STYLE) ?? "");
  if (!match) return undefined;
  const marker = takeMarker(paragraph);
  return {
    paragraph,
    list: match[1] ?? "0",
    level: Math.max(1, Number(match[2])),
    ordered: ORDERED_MARKER.test(marker),
  };
}

/** Removes the typed-out bullet or number from the paragraph and answers its text. */
function takeMarker(paragraph: Element): string {
  // In a browser the marker sits between the comments "[if !supportLists]" and "[endif]".
  const open = Array.from(paragraph.childNodes).find(
    (node) => node.nodeType === 8 && /^\[if !supportLists\]$/i.test(node.textContent?.trim() ?? ""),
  );
  if (open) {
    let text = "";
    let node = open.nextSibling;
    while (node && !(node.nodeType === 8 && /^\[endif\]$/i.test(node.textContent?.trim() ?? ""))) {
      const next = node.nextSibling;
      text += node.textContent ?? "";
      node.remove();
      node = next;
    }
    node?.remove();
    open.remove();
    return text.trim();
  }
  // Parsers that drop conditional markers keep the span Word marked as not part of the text.
  const ignored = Array.from(paragraph.querySelectorAll("span")).find((span) =>
    IGNORED.test(span.getAttribute(STYLE) ?? ""),
  );
  if (!ignored) return "";
  const text = ignored.textContent?.trim() ?? "";
  // The marker's font span (Symbol, Wingdings) wraps the ignored one and holds nothing else.
  const wrapper = ignored.parentElement;
  if (wrapper && wrapper !== paragraph && wrapper.textContent?.trim() === text) wrapper.remove();
  else ignored.remove();
  return text;
}

function nextElement(element: Element): Element | null {
  let node = element.nextSibling;
  // Whitespace and comments between paragraphs do not end a list.
  while (node && (node.nodeType === 8 || (node.nodeType === 3 && !node.textContent?.trim()))) {
    node = node.nextSibling;
  }
  return node?.nodeType === 1 ? (node as Element) : null;
}

function buildLists(doc: Document, run: ListParagraph[]): void {
  const first = run[0];
  if (!first) return;
  // Open lists, outermost first; an item deeper than the one before opens a list inside it.
  const stack: { list: Element; level: number; id: string }[] = [];
  const roots: Element[] = [];
  for (const item of run) {
    let top = stack.at(-1);
    while (top && (top.level > item.level || (top.level === item.level && top.id !== item.list))) {
      stack.pop();
      top = stack.at(-1);
    }
    if (!top || top.level < item.level) {
      const list = doc.createElement(item.ordered ? "ol" : "ul");
      const parentItem = top?.list.lastElementChild;
      if (parentItem) parentItem.append(list);
      else roots.push(list);
      top = { list, level: item.level, id: item.list };
      stack.push(top);
    }
    const li = doc.createElement("li");
    li.append(...Array.from(item.paragraph.childNodes));
    top.list.append(li);
  }
  first.paragraph.before(...roots);
  for (const item of run) item.paragraph.remove();
}
