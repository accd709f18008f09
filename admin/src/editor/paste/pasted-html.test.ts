import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { DOMParser } from "linkedom";
import { cleanPastedHtml } from "./pasted-html.ts";

const sample = (name: string) =>
  readFileSync(new URL(`../../../../test/fixtures/clipboard/${name}`, import.meta.url), "utf8");
// linkedom, unlike a browser, makes no <html> and <body> around a fragment (Docs' copy is one).
const parse = (html: string) =>
  new DOMParser().parseFromString(
    /<html[\s>]/i.test(html) ? html : `<html><head></head><body>${html}</body></html>`,
    "text/html",
  ) as unknown as Document;
const clean = (html: string) =>
  cleanPastedHtml(html, parse, "https://desk.dateline.test/newsroom/stories/12");
const STAND_IN_SRC = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";
/** The one picture's attributes, in any order. */
const pictureOf = (html: string) => {
  const img = parse(html).querySelector("img");
  return Object.fromEntries((img?.getAttributeNames() ?? []).map((name) => [name, img?.getAttribute(name)]));
};
/** Whitespace between tags is the word processor's line wrapping, not content. */
const squeeze = (html: string) => html.replace(/>\s+</g, "><").replace(/\s+/g, " ");

describe("cleaning HTML pasted from Word for Windows", () => {
  const html = squeeze(clean(sample("word-windows.html")));

  it("rebuilds the list paragraphs as a nested bulleted list and a numbered one", () => {
    assert.match(
      html,
      /<ul><li>Kazipur, 1\.2 km of <b>unprotected<\/b> bank<ul><li>two villages behind it<\/li><\/ul><\/li><li>Shahjadpur, where the <i>sandbags<\/i> washed away<\/li><li>Chauhali ferry ghat<\/li><\/ul>/,
    );
    assert.match(
      html,
      /<ol><li>Tenders reopen in January<\/li><li>Work starts <b>after<\/b> the harvest<\/li><\/ol>/,
    );
    assert.doesNotMatch(html, /·|Symbol|mso-|Ignore/);
  });

  it("keeps headings, one level down, under the page's own headline", () => {
    assert.match(html, /<h2>Flood defences: what the ministry promised<\/h2>/);
    assert.match(html, /<h3>The open sections<\/h3>/);
    assert.match(html, /<h3>What happens next<\/h3>/);
  });

  it("keeps web and mail links and unwraps the rest", () => {
    assert.match(
      html,
      /<a href="https:\/\/www\.example\.org\/water-board\/report-2026">water board's own report<\/a>/,
    );
    assert.match(html, /<a href="mailto:desk@example\.org">the desk<\/a>/);
    assert.match(html, /Read the minister's statement or/);
    assert.doesNotMatch(html, /javascript:|_Toc/);
  });

  // A browser adds the <tbody> Word leaves out; linkedom does not.
  it("keeps the table with its cells and none of Word's layout", () => {
    assert.match(
      html,
      /<table>(<tbody>)?<tr><td><p><b>Section<\/b><\/p><\/td><td><p><b>Length \(km\)<\/b><\/p><\/td><\/tr>/,
    );
    assert.doesNotMatch(html, /<table |<tr |<td /);
  });

  it("drops comments, style sheets, Office elements, classes, styles and empty paragraphs", () => {
    assert.doesNotMatch(html, /<!--|<style|o:p|<v:|class=|style=|MsoNormal|StartFragment|&nbsp;|\u00a0<\/p>/);
    assert.doesNotMatch(html, /<p><\/p>|<p> <\/p>/);
  });

  it("holds back the picture on the writer's computer, its address kept for the editor to refuse", () => {
    assert.deepEqual(pictureOf(html), {
      width: "601",
      height: "338",
      src: STAND_IN_SRC,
      "data-pasted-src": "file:///C:/Users/nusrat/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png",
    });
  });
});

describe("cleaning HTML pasted from Word for Mac", () => {
  const html = squeeze(clean(sample("word-mac.html")));

  it("reads Bengali numerals as a numbered list and keeps the Bangla text whole", () => {
    assert.match(html, /<ol><li>কুড়িগ্রাম<\/li><li>লালমনিরহাট<\/li><li>গাইবান্ধা<\/li><\/ol>/);
    assert.doesNotMatch(html, /১\.|২\.|৩\./);
  });

  it("makes the Title style a subhead and keeps bold and the link", () => {
    assert.match(html, /<h2>বন্যার আগাম সতর্কতা<\/h2>/);
    assert.match(html, /<b>আজ রাত থেকে<\/b>/);
    assert.match(html, /<a href="https:\/\/www\.example\.net\/ffwc\/bulletin">পূর্বাভাস কেন্দ্র<\/a>।/);
  });
});

describe("cleaning HTML pasted from Google Docs", () => {
  const html = squeeze(clean(sample("google-docs.html")));

  it("does not make the whole copy bold because of Docs' wrapper", () => {
    assert.doesNotMatch(html, /<b[ >]|docs-internal-guid/);
    assert.match(html, /^<h2>Ferry fares after the bridge<\/h2>/);
  });

  it("turns styled spans into bold and italic", () => {
    assert.match(
      html,
      /<p>Operators at Mawa say traffic fell by <strong>two thirds<\/strong><em> within a month<\/em>, according to <a href="https:\/\/www\.example\.com\/ferries\/survey">the operators' survey<\/a>\. যাত্রীরা বলছেন, সেতুতে সময় বাঁচে।<\/p>/,
    );
  });

  it("nests the inner list in its item and keeps the numbered list", () => {
    assert.match(
      html,
      /<ul><li><p>Traders with livestock<\/p><ul><li><p>গরু ও ছাগলের ব্যাপারী<\/p><\/li><\/ul><\/li><li><p>Villagers on the char islands<\/p><\/li><\/ul>/,
    );
    assert.match(html, /<ol><li><p><strong>Morning<\/strong> boats leave at six<\/p><\/li><\/ol>/);
    assert.doesNotMatch(html, /aria-level|role=|dir=/);
  });

  it("keeps the table without its column widths and the picture held back for import", () => {
    assert.match(html, /<table><tbody><tr><td><p><strong>Route<\/strong><\/p><\/td>/);
    assert.match(html, /<td colspan="1"><p>Mawa–Janjira<\/p><\/td><td><p>৮০<\/p><\/td>/);
    assert.doesNotMatch(html, /colgroup|<col /);
    assert.deepEqual(pictureOf(html), {
      src: STAND_IN_SRC,
      width: "602",
      height: "339",
      "data-pasted-src":
        "https://lh7-rt.googleusercontent.com/docsz/AD_4nXfT3kq9Ferry0PhotoSample8e2bQz?key=Vx3dR7pLm2Kq9sT0wYb1Ag",
    });
  });

  it("drops the <br> Docs puts between blocks", () => {
    assert.doesNotMatch(html, /<br/);
  });
});

describe("cleaning other pasted HTML", () => {
  it("leaves copy from the editor itself alone", () => {
    const own = '<p data-pm-slice="1 1 []">Already <strong>clean</strong></p>';
    assert.equal(clean(own), own);
  });

  it("leaves the photo library's own pictures to load", () => {
    const html = clean(
      '<figure><img src="/media/ab12.jpg" alt="Boats"></figure><p><img src="https://desk.dateline.test/media/cd34.jpg"></p>',
    );
    assert.doesNotMatch(html, /data:image/);
    assert.doesNotMatch(html, /data-pasted-src/);
  });

  it("reads styles without leaving them, or words that look like them, changed", () => {
    const html = clean(
      '<style>p{color:red}</style><p><span style="font-style:italic">Set style=bold</span></p>',
    );
    assert.equal(html, "<p><em>Set style=bold</em></p>");
  });

  it("keeps only whole-number cell spans", () => {
    const html = clean(
      '<table><tr><td colspan="2" rowspan="x1">a</td><th scope="col" rowspan="0">b</th></tr></table>',
    );
    assert.match(html, /<td colspan="2">a<\/td><th scope="col">b<\/th>/);
  });

  it("makes a list that opens at a deeper level an item of its own", () => {
    assert.equal(clean("<ul><ul><li>deep</li></ul></ul>"), "<ul><li><ul><li>deep</li></ul></li></ul>");
  });
});
