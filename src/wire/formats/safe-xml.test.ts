import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { WireFormatError } from "../wire-error.ts";
import { decodeXmlText, parseXml } from "./safe-xml.ts";

describe("parseXml", () => {
  it("decodes XML's entities and character references once, in text and attributes", () => {
    const doc = parseXml(`<a title="caf&#233; &amp; co">&amp;#233; &#x2019;&lt;b&gt; &nbsp;</a>`);
    assert.deepEqual(doc.a, { "@_title": "café & co", "#text": "&#233; \u2019<b> &nbsp;" });
  });

  it("keeps a stop node's markup as written, entities and all", () => {
    const doc = parseXml(`<item><body><p>Fish &amp; rice <em>now</em></p></body></item>`, {
      stopNodes: ["*.body"],
    });
    assert.equal((doc.item as Record<string, unknown>).body, "<p>Fish &amp; rice <em>now</em></p>");
  });

  it("keeps CDATA literal, references and markup alike", () => {
    const doc = parseXml(`<a><b><![CDATA[A &amp; B <i>x</i>]]></b><c>&amp;</c></a>`);
    assert.deepEqual(doc.a, { b: "A &amp; B <i>x</i>", c: "&" });
  });

  it("refuses a file nested past the parser's limit as the file's fault", () => {
    const deep = `${"<a>".repeat(150)}x${"</a>".repeat(150)}`;
    assert.throws(() => parseXml(deep), WireFormatError);
  });

  it("refuses entity declarations: expansion bombs and external entities", () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE l [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><l>&b;</l>`;
    const xxe = `<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>`;
    for (const text of [bomb, xxe])
      assert.throws(
        () => parseXml(text),
        (e: unknown) => e instanceof WireFormatError && /entities/.test(e.message),
      );
    assert.throws(() => parseXml(bomb), /line 2, column 14/);
  });

  it("reads a DOCTYPE that only names a DTD, without fetching it", () => {
    const doc = parseXml(
      `<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>T</title></channel></rss>`,
    );
    assert.equal(
      ((doc.rss as Record<string, Record<string, string>>).channel as Record<string, string>).title,
      "T",
    );
  });

  it("says where a file stops being well-formed", () => {
    assert.throws(
      () => parseXml("<a>\n  <b></a>"),
      (e: unknown) =>
        e instanceof WireFormatError && /not well-formed/.test(e.message) && e.where === "line 2, column 6",
    );
  });

  it("reads a file that begins with blank lines or a byte order mark", () => {
    assert.deepEqual(parseXml("\n\n\uFEFF<a>x</a>".replace("\uFEFF", "")).a, "x");
    assert.deepEqual(parseXml("\uFEFF<a>x</a>").a, "x");
  });
});

describe("decodeXmlText", () => {
  it("leaves references to characters XML forbids as written", () => {
    assert.equal(decodeXmlText("&#0; &#xD800; &#65;"), "&#0; &#xD800; A");
  });
});
