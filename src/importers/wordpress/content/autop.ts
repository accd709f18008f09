import { HtmlScanner } from "./html-scan.ts";

// The elements WordPress's wpautop treats as blocks: text is never wrapped around them.
const BLOCKS = new Set(
  "table thead tfoot caption col colgroup tbody tr td th div dl dd dt ul ol li pre form map area blockquote address math style p h1 h2 h3 h4 h5 h6 hr fieldset legend section article aside hgroup header footer nav figure figcaption details menu summary".split(
    " ",
  ),
);
// Blocks whose loose text becomes paragraphs; inside the others (li, td, h2…) it stays inline.
const CONTAINERS = new Set(
  "blockquote div section article aside header footer nav details form fieldset".split(" "),
);
const VOID = new Set(["hr", "col", "area"]);

/**
 * What wpautop does for classic-editor posts, which store paragraphs as plain text: a blank line
 * separates paragraphs and a single line break is a `<br />`, except around block elements and
 * inside `<pre>`, whose text is kept exactly.
 */
export function autop(html: string): string {
  const scanner = new HtmlScanner(html.replace(/\r\n?/g, "\n"));
  const open: string[] = [];
  let out = "";
  let run = "";
  const flush = () => {
    const context = open[open.length - 1];
    out += context === undefined || CONTAINERS.has(context) ? paragraphs(run) : lineBreaks(run);
    run = "";
  };
  for (let token = scanner.next(); token; token = scanner.next()) {
    if (token.kind === "text" || !BLOCKS.has(token.name)) {
      run += token.kind === "text" ? token.text : token.source;
      continue;
    }
    flush();
    out += token.source;
    if (token.name === "pre" && !token.closing) {
      const end = scanner.closingOf("pre");
      const to = end === -1 ? scanner.html.length : end;
      out += scanner.html.slice(scanner.position, to);
      scanner.skipTo(to);
    } else if (token.closing) {
      const index = open.lastIndexOf(token.name);
      if (index !== -1) open.length = index;
    } else if (!VOID.has(token.name) && !token.source.endsWith("/>")) {
      open.push(token.name);
    }
  }
  flush();
  return out;
}

function paragraphs(text: string): string {
  return text
    .split(/\n[ \t]*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => `<p>${lineBreaks(part)}</p>`)
    .join("\n");
}

/** Line breaks in text become `<br />`; those inside a tag (between attributes) do not. */
function lineBreaks(text: string): string {
  let start = 0;
  let end = text.length;
  while (text[start] === "\n") start++;
  while (end > start && text[end - 1] === "\n") end--;
  const trimmed = text.slice(start, end);
  if (!trimmed.includes("\n")) return trimmed;
  const scanner = new HtmlScanner(trimmed);
  let out = "";
  for (let token = scanner.next(); token; token = scanner.next()) {
    out += token.kind === "text" ? token.text.replaceAll("\n", "<br />\n") : token.source;
  }
  return out;
}
