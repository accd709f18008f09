// Google Docs marks bold and italic with inline styles on spans, not with <b>/<i>, and wraps the
// whole copy in <b style="font-weight:normal" id="docs-internal-guid-…">, which a plain HTML
// reader would take as "all of this is bold". This turns the styles into <strong>/<em> and
// removes the wrapper (and any other bold tag whose own style says it is not bold).
import { STYLE } from "./inert-styles.ts";

/** One element's inline style as property → value, names lower-cased. */
export function declarations(element: Element): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of (element.getAttribute(STYLE) ?? "").split(";")) {
    const colon = part.indexOf(":");
    if (colon > 0)
      found.set(
        part.slice(0, colon).trim().toLowerCase(),
        part
          .slice(colon + 1)
          .trim()
          .toLowerCase(),
      );
  }
  return found;
}

const isBold = (weight: string | undefined) =>
  weight !== undefined && (weight === "bold" || weight === "bolder" || Number(weight) >= 600);
const isNotBold = (weight: string | undefined) =>
  weight !== undefined && (weight === "normal" || weight === "lighter" || Number(weight) < 600);

/** Replaces styled spans with the emphasis they show, and unwraps bold tags that say they are not bold. */
export function emphasisFromStyles(doc: Document): void {
  for (const tag of Array.from(doc.querySelectorAll("b, strong"))) {
    if (isNotBold(declarations(tag).get("font-weight"))) tag.replaceWith(...Array.from(tag.childNodes));
  }
  for (const span of Array.from(doc.querySelectorAll("span"))) {
    const style = declarations(span);
    // A heading's text is already set apart; Docs writes its weight on the span inside it anyway.
    const inHeading = span.closest("h1, h2, h3, h4, h5, h6") !== null;
    let content: Node[] = Array.from(span.childNodes);
    if (isBold(style.get("font-weight")) && !inHeading) content = [wrap(doc, "strong", content)];
    if (style.get("font-style") === "italic") content = [wrap(doc, "em", content)];
    span.replaceWith(...content);
  }
}

function wrap(doc: Document, tag: string, nodes: Node[]): Element {
  const element = doc.createElement(tag);
  element.append(...nodes);
  return element;
}
