import { Parser } from "htmlparser2";

const BLOCKS = new Set([
  "p",
  "h2",
  "h3",
  "h4",
  "li",
  "blockquote",
  "figcaption",
  "br",
  "hr",
  "tr",
  "td",
  "th",
]);

/**
 * The readable text of a sanitized body, one line per block, entities decoded: what search
 * indexes and quotes in snippets. Captions count; markup and attributes do not.
 */
export function htmlToPlainText(html: string): string {
  const parts: string[] = [];
  const parser = new Parser(
    {
      ontext: (text) => parts.push(text),
      onopentagname: (name) => {
        if (BLOCKS.has(name)) parts.push("\n");
      },
      onclosetag: (name) => {
        if (BLOCKS.has(name)) parts.push("\n");
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return parts
    .join("")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}
