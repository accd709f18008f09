import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { Parser } from "htmlparser2";
import { corpusPath } from "../../../../test/support/corpora.ts";
import { htmlToPlainText } from "../../../content/plain-text.ts";
import { sanitizeStoryBody } from "../../../content/sanitize-body.ts";
import { convertWordPressContent } from "./convert-content.ts";
import { placeLibraryPhotos } from "./place-images.ts";

const corpus = corpusPath("wxr");

/**
 * Every `<content:encoded>` of the exports, by a pattern over the XML: the test reads posts the
 * way WXR stores them (CDATA sections, possibly split) without depending on the WXR reader.
 */
function postContents(): Array<{ where: string; content: string }> {
  const found: Array<{ where: string; content: string }> = [];
  for (const file of readdirSync(corpus.path).filter((name) => name.endsWith(".xml"))) {
    const xml = readFileSync(join(corpus.path, file), "utf8");
    let n = 0;
    for (const match of xml.matchAll(/<content:encoded>([\s\S]*?)<\/content:encoded>/g)) {
      const content = (match[1] ?? "").replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1");
      found.push({ where: `${file} #${++n}`, content });
    }
  }
  return found;
}

/** What a reader sees of the WordPress content: its text runs, cut where a shortcode tag was. */
function visibleRuns(content: string): string[] {
  const runs: string[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentagname: (name) => {
        if (HIDDEN.has(name)) hidden++;
      },
      onclosetag: (name) => {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
      },
      ontext: (text) => {
        if (hidden === 0) runs.push(...text.split(/\[\/?[A-Za-z][\w-]*[^\]]*\]/));
      },
    },
    { decodeEntities: true },
  );
  parser.end(content);
  return runs.map(collapse).filter((run) => run !== "");
}

const HIDDEN = new Set(["script", "style", "iframe", "noscript", "object", "template", "textarea", "option"]);
const collapse = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

/** The body as the importer will store it: every picture given a library photo, then sanitized. */
function storedBody(content: string): string {
  const converted = convertWordPressContent(content);
  const placed = placeLibraryPhotos(converted.html, converted.images, (_, index) => ({
    mediaId: index + 1,
    src: `/media/photo-${index + 1}.jpg`,
  }));
  return sanitizeStoryBody(placed);
}

describe("WordPress content of the shared WXR exports", { skip: corpus.skip }, () => {
  const posts = corpus.skip ? [] : postContents();

  it("converts every post into a body the story sanitizer keeps, with no shortcode or block left", () => {
    assert.ok(posts.length > 300, `found ${posts.length} posts`);
    for (const { where, content } of posts) {
      const body = storedBody(content);
      for (const leftover of ["[caption", "[gallery", "<!-- wp:", "[embed", "data-wp-image"]) {
        assert.ok(!body.includes(leftover), `${where} keeps ${leftover}: ${body.slice(0, 300)}`);
      }
    }
  });

  it("keeps the text readers saw in WordPress, in every post", () => {
    for (const { where, content } of posts) {
      const text = collapse(htmlToPlainText(storedBody(content)));
      for (const run of visibleRuns(content)) {
        assert.ok(text.includes(run), `${where} lost "${run}"`);
      }
    }
  });
});
