import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { Parser } from "htmlparser2";
import { MAX_BODY_DEPTH, nestingDepth } from "./body-depth.ts";
import { sanitizeBody } from "./sanitize-body.ts";

// A fixed seed keeps failures reproducible; fast-check prints it with any counterexample.
const RUNS = { numRuns: 400, seed: 20261203 };

const TAGS = [
  ...["p", "h2", "b", "i", "em", "strong", "a", "img", "br", "ul", "li", "blockquote", "figure"],
  ...["script", "style", "iframe", "object", "embed", "svg", "math", "textarea", "title", "noscript"],
  ...["xmp", "option", "select", "template", "table", "td", "form", "base", "meta", "link", "frame"],
];
const ATTRIBUTES = ["href", "src", "srcset", "onclick", "onerror", "style", "title", "alt", "xlink:href"];
const ATTRIBUTE_VALUES = [
  "https://example.org/a",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " \tjavascript:alert(1)",
  "java\nscript:alert(1)",
  "java&#x09;script:alert(1)",
  "&#106;avascript:alert(1)",
  "&#x6A&#x61vascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "//evil.example/x",
  'x" onerror="alert(1)',
  "x' onerror='alert(1)",
  "a.jpg 1x, javascript:alert(1) 2x",
  "&quot;><script>alert(1)</script>",
];
const FRAGMENTS = [
  "<",
  ">",
  "</",
  "/>",
  "<!--",
  "-->",
  "<![CDATA[",
  "]]>",
  "<!doctype html>",
  "&",
  "&lt;",
  "&gt;",
  "&amp;lt;",
  "&#60;",
  "&#x3c;script&#x3e;",
  "&lt;script&gt;",
  '"',
  "'",
  "=",
  "`",
  "\u0000",
  "\u2028",
  "</script>",
  "</style>",
  "<?xml ?>",
  "<scr<script>ipt>",
  "alert(1)",
  "text",
  " ",
  "\n",
  "নো",
];

const attribute = fc
  .tuple(fc.constantFrom(...ATTRIBUTES), fc.constantFrom(...ATTRIBUTE_VALUES), fc.constantFrom('"', "'", ""))
  .map(([name, value, quote]) => ` ${name}=${quote}${value}${quote}`);
const openTag = fc
  .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), fc.boolean())
  .map(([tag, attributes, selfClosing]) => `<${tag}${attributes.join("")}${selfClosing ? " /" : ""}>`);
const closeTag = fc.constantFrom(...TAGS).map((tag) => `</${tag}>`);
const piece = fc.oneof(
  openTag,
  openTag,
  closeTag,
  fc.constantFrom(...FRAGMENTS),
  fc.string({ maxLength: 8 }),
);
/** HTML-ish text: tags with hostile attributes, stray markup characters, entities and plain text. */
const htmlish = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(""));

const FORBIDDEN_ELEMENTS = new Set([
  ...["script", "style", "iframe", "object", "embed", "svg", "math", "frame", "base", "meta", "link"],
  ...["form", "template", "textarea", "noscript", "title", "xmp", "select", "option"],
]);
const URL_ATTRIBUTES = new Set(["href", "src", "srcset", "xlink:href", "action", "formaction"]);

/** Whether a URL's scheme, as a browser reads it (controls and spaces dropped), can run script. */
const scriptCapable = (url: string) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop exactly these from URLs
  /^(javascript|data|vbscript):/i.test(url.replace(/[\u0000-\u0020\u007f-\u009f]+/g, ""));
/** The URLs an attribute holds: srcset lists several, each before its width or density. */
const urlsOf = (attribute: string, value: string) =>
  attribute === "srcset"
    ? value.split(",").map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    : [value];

/** What a browser would parse out of `html`, as a list of problems; empty when it is harmless. */
function scriptCapableConstructs(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (FORBIDDEN_ELEMENTS.has(name)) found.push(`<${name}>`);
        for (const [attribute, value] of Object.entries(attributes)) {
          if (attribute.startsWith("on")) found.push(`${name} ${attribute}`);
          if (attribute === "style") found.push(`${name} style`);
          if (URL_ATTRIBUTES.has(attribute) && urlsOf(attribute, value).some(scriptCapable))
            found.push(`${name} ${attribute}=${value}`);
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

describe("sanitizeBody, for any HTML-ish text", () => {
  it("gives HTML that it leaves as it is (a fixed point)", () => {
    fc.assert(
      fc.property(htmlish, (html) => {
        const clean = sanitizeBody(html);
        assert.equal(sanitizeBody(clean), clean);
      }),
      RUNS,
    );
  });

  it("gives HTML with no script-capable element, event handler, style or script URL", () => {
    fc.assert(
      fc.property(htmlish, (html) => {
        assert.deepEqual(scriptCapableConstructs(sanitizeBody(html)), []);
      }),
      RUNS,
    );
  });

  it("never nests deeper than it was given", () => {
    fc.assert(
      fc.property(htmlish, (html) => {
        const clean = sanitizeBody(html);
        assert.ok(depthOf(clean) <= Math.min(depthOf(html), MAX_BODY_DEPTH), clean);
      }),
      RUNS,
    );
  });
});

/** Depth as the sanitizer's parser counts it, the count body-depth.ts bounds. */
const depthOf = (html: string) => nestingDepth(html, Number.POSITIVE_INFINITY);
