import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { convertWordPressContent } from "./convert-content.ts";
import { parseShortcodes } from "./shortcodes.ts";

describe("parseShortcodes", () => {
  it("reads attributes quoted with double, single or no quotes, and values without a name", () => {
    const [node] = parseShortcodes(`[video width='640' HEIGHT=360 mp4="https://news.example/a b.mp4" loop]`);
    assert.equal(node?.kind, "shortcode");
    assert.ok(node?.kind === "shortcode");
    assert.deepEqual(node.attrs, { width: "640", height: "360", mp4: "https://news.example/a b.mp4" });
    assert.deepEqual(node.positional, ["loop"]);
    assert.equal(node.content, null);
  });

  it("does not end a tag at a ] inside quotes", () => {
    const [node] = parseShortcodes(`[caption caption="Dhaka [file photo]" id="attachment_3"]x[/caption]`);
    assert.ok(node?.kind === "shortcode");
    assert.equal(node.attrs.caption, "Dhaka [file photo]");
    assert.deepEqual(node.content, [{ kind: "text", text: "x" }]);
  });

  it("reads self-closing, enclosing and nested shortcodes of different names", () => {
    const nodes = parseShortcodes("a [br /] b [box][note]in[/note] out[/box] c");
    assert.deepEqual(
      nodes.map((node) => (node.kind === "text" ? node.text : node.name)),
      ["a ", "br", " b ", "box", " c"],
    );
    const box = nodes[3];
    assert.ok(box?.kind === "shortcode" && box.content);
    assert.deepEqual(
      box.content.map((node) => (node.kind === "text" ? node.text : `${node.name}:${node.content?.length}`)),
      ["note:1", " out"],
    );
  });

  it("takes an unclosed shortcode as self-closing, and a closing tag past its parent's end as text", () => {
    const nodes = parseShortcodes("[alert]Warning [box][alert2]x[/box][/alert2]");
    const alert = nodes[0];
    assert.ok(alert?.kind === "shortcode");
    assert.equal(alert.content, null);
    const box = nodes.find((node) => node.kind === "shortcode" && node.name === "box");
    assert.ok(box?.kind === "shortcode" && box.content);
    const inner = box.content[0];
    assert.ok(inner?.kind === "shortcode");
    assert.equal(inner.name, "alert2");
    assert.equal(inner.content, null);
  });

  it("keeps brackets that open no shortcode as text", () => {
    const text = "Score [3-1], see [1] and [ ] or [/nothing] [a b='unclosed]";
    assert.deepEqual(parseShortcodes(text), [{ kind: "text", text }]);
  });

  it("writes an escaped shortcode [[foo]] as the literal [foo]", () => {
    assert.deepEqual(parseShortcodes("Type [[gallery]] or [[foo]x[/foo]]."), [
      { kind: "text", text: "Type [gallery] or [foo]x[/foo]." },
    ]);
  });
});

describe("hostile content", () => {
  const megabyte = (unit: string) => unit.repeat(Math.ceil(1_000_000 / unit.length));

  for (const unit of [
    "[",
    "[[",
    "[a ",
    '[a x="',
    "[a]",
    "[a][/b]",
    "[caption]",
    "<a",
    "<pre>",
    "<!--",
    "<!-- wp:group -->",
    "<script>",
    "\n",
    "http://x.example/ \n",
  ]) {
    it(`converts a megabyte of ${JSON.stringify(unit)} without hanging`, () => {
      const { html } = convertWordPressContent(megabyte(unit));
      assert.equal(typeof html, "string");
    });
  }

  it("does not recurse without end into deeply nested shortcodes", () => {
    const depth = 5000;
    const open = Array.from({ length: depth }, (_, i) => `[n${i}]`).join("");
    const close = Array.from({ length: depth }, (_, i) => `[/n${depth - 1 - i}]`).join("");
    const { report } = convertWordPressContent(`${open}deep${close}`);
    assert.equal(report.unknownShortcodes.n0, 1);
  });
});
