import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { corpusPath } from "../../../test/support/corpora.ts";
import { WireFormatError } from "../wire-error.ts";
import type { ParsedWireFile, WireItem } from "../wire-item.ts";
import { parseFeedDate } from "./feed-dates.ts";
import { parseFeed } from "./feeds.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A corpus feed parsed, or the reason the test must skip. */
function corpusFeed(
  name: string,
): { feed: ParsedWireFile; bytes: Buffer; skip?: undefined } | { skip: string } {
  const found = corpusPath(`feeds/real-world/${name}`);
  if (found.skip !== undefined) return { skip: found.skip };
  const bytes = readFileSync(found.path);
  return { feed: parseFeed(bytes), bytes };
}

function firstItem(feed: ParsedWireFile): WireItem {
  const [item] = feed.items;
  assert.ok(item, "the feed has an item");
  return item;
}

function rss(items: string, channel = ""): Uint8Array {
  return utf8(
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire</title><link>https://wire.example/</link>${channel}${items}</channel></rss>`,
  );
}

function isFault(pattern: RegExp, where?: RegExp) {
  return (error: unknown) =>
    error instanceof WireFormatError &&
    pattern.test(error.message) &&
    (!where || where.test(error.where ?? ""));
}

describe("parseFeed: every corpus feed", () => {
  for (const folder of ["real-world", "reference-synthetic"]) {
    const found = corpusPath(`feeds/${folder}`);
    if (found.skip !== undefined) {
      it(`reads ${folder}`, { skip: found.skip }, () => {});
      continue;
    }
    // The synthetic folder's .json files are another parser's output for its XML, not feeds.
    const inputs = readdirSync(found.path).filter((f) => folder === "real-world" || f.endsWith(".xml"));
    for (const name of inputs)
      it(`reads ${folder}/${name} into at least one item`, () => {
        const feed = parseFeed(readFileSync(join(found.path, name)));
        assert.equal(feed.format, "feed");
        assert.ok(feed.items.length > 0);
        for (const item of feed.items) {
          assert.ok(item.guid, "every item has a guid");
          assert.equal(item.status, "usable");
          assert.equal(item.version, undefined);
          assert.ok(item.headline || item.extra.headlineFrom === "body");
          for (const time of [item.firstCreated, item.versionCreated])
            if (time) assert.match(time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        }
      });
  }

  it("names each dialect and version", (t) => {
    const expected: Record<string, string> = {
      "real-world/rssparser-heraldsun-rss092-iso8859-1.rss": "RSS 0.92",
      "real-world/rssparser-sciencemag-rss1-rdf.rss": "RSS 1.0",
      "real-world/feedjira-SamRuby-atom.xml": "Atom 1.0",
      "real-world/feedjira-json_feed.json": "JSON Feed 1.0",
      "reference-synthetic/feedsmith-rss-090.xml": "RSS 0.90",
      "reference-synthetic/feedsmith-rdf-09.xml": "RSS 0.90",
      "reference-synthetic/feedsmith-rss-091.xml": "RSS 0.91",
      "reference-synthetic/feedsmith-rss-20.xml": "RSS 2.0",
      "reference-synthetic/feedsmith-atom-03.xml": "Atom 0.3",
    };
    for (const [file, version] of Object.entries(expected)) {
      const found = corpusPath(`feeds/${file}`);
      if (found.skip !== undefined) return t.skip(found.skip);
      assert.equal(parseFeed(readFileSync(found.path)).formatVersion, version, file);
    }
  });
});

describe("parseFeed: encodings and scripts", () => {
  it("reads the ISO-8859-1 Portuguese feed without mojibake", (t) => {
    const found = corpusFeed("rssparser-jn-pt-iso8859-1.rss");
    if (found.skip !== undefined) return t.skip(found.skip);
    const item = firstItem(found.feed);
    assert.equal(item.extra["channel/title"], "Jornal de Notícias - Últimas Notícias");
    assert.equal(item.headline, "Mãe de utente é a nova presidente da Raríssimas");
    assert.equal(item.language, "pt-pt");
    assert.equal(found.feed.encodingNote, undefined);
    assert.doesNotMatch(JSON.stringify(found.feed), /Ã|\uFFFD/);
  });

  it("reads the ISO-8859-1 Herald Sun RSS 0.92 feed, which is ASCII throughout", (t) => {
    const found = corpusFeed("rssparser-heraldsun-rss092-iso8859-1.rss");
    if (found.skip !== undefined) return t.skip(found.skip);
    assert.ok(found.bytes.every((b) => b < 0x80));
    const item = firstItem(found.feed);
    assert.equal(item.headline, "The First Item");
    assert.equal(item.credit, "Another Site", "an item's <source> is whose copy it is");
    assert.deepEqual(item.subjects, [
      { name: "Business/Industries/Publishing/Publishers/Nonfiction/", code: "http://www.dmoz.org" },
    ]);
    assert.deepEqual(item.extra.enclosure, {
      "@url": "http://www.oreilly.com/001.mp3",
      "@length": "54321",
      "@type": "audio/mpeg",
    });
  });

  it("reads the windows-1251 Russian feed as Cyrillic", (t) => {
    const found = corpusFeed("miniflux-ru-windows-1251.xml");
    if (found.skip !== undefined) return t.skip(found.skip);
    const item = firstItem(found.feed);
    assert.equal(item.headline, "Цитата #17703");
    assert.equal(item.extra["channel/description"], "Новый цитатник Рунета");
    assert.match(item.bodyHtml, /жаба программер/);
    assert.equal(item.firstCreated, "2018-03-21T07:27:32.000Z");
  });

  it("keeps the BBC Urdu feed's Arabic script and its language", (t) => {
    const found = corpusFeed("miniflux-bbc-urdu-utf8.xml");
    if (found.skip !== undefined) return t.skip(found.skip);
    const item = firstItem(found.feed);
    assert.match(item.headline, /^[\p{Script=Arabic}\s\p{P}\d]+$/u);
    assert.match(item.headline, /امریکی/);
    assert.match(item.bodyHtml, /\p{Script=Arabic}/u);
    assert.equal(item.language, "ur");
    assert.equal(item.headline, item.headline.normalize("NFC"));
  });

  it("reads the feeds that begin with a newline before the XML declaration", (t) => {
    for (const name of [
      "feedjira-SamRuby-atom.xml",
      "feedjira-TechCrunch.xml",
      "feedjira-TypePadNews-atom.xml",
    ]) {
      const found = corpusFeed(name);
      if (found.skip !== undefined) return t.skip(found.skip);
      assert.equal(found.bytes[0], 0x0a, `${name} starts with a newline`);
      assert.ok(found.feed.items.length >= 10, name);
    }
  });

  it("reads Windows-1252 bytes in a feed that declares no encoding, and says so", () => {
    const head = utf8(`<rss version="2.0"><channel><item><title>Caf`);
    const tail = utf8(` opens</title><guid>x</guid></item></channel></rss>`);
    const feed = parseFeed(new Uint8Array([...head, 0xe9, 0x92, 0x73, ...tail]));
    assert.equal(firstItem(feed).headline, "Café’s opens");
    assert.match(feed.encodingNote ?? "", /windows-1252/);
  });
});

describe("parseFeed: fields from real feeds", () => {
  it("maps the Guardian's Media RSS photos, with their credits, as one picture in two sizes", (t) => {
    const found = corpusFeed("rssparser-guardian.rss");
    if (found.skip !== undefined) return t.skip(found.skip);
    const item = firstItem(found.feed);
    assert.equal(item.headline, "Trump State of the Union address promised unity but emphasized discord");
    assert.equal(item.byline, "David Smith in Washington");
    assert.equal(item.language, "en-gb");
    assert.equal(item.firstCreated, "2018-01-31T07:26:05.000Z");
    assert.equal(item.extra.guidFrom, "guid");
    assert.deepEqual(item.subjects[0], {
      name: "Donald Trump",
      code: "https://www.theguardian.com/us-news/donaldtrump",
    });
    assert.equal(item.pictures.length, 1);
    const [picture] = item.pictures;
    assert.equal(picture?.credit, "Photograph: Networ/Sipa USA/REX/Shutterstock");
    assert.deepEqual(
      picture?.renditions.map((r) => r.width),
      [140, 460],
    );
    assert.match(picture?.href ?? "", /\?w=460&q=55/);
    assert.equal(item.extra["channel/title"], "The Guardian");
    const withPictures = found.feed.items.filter((i) => i.pictures.some((p) => p.credit));
    assert.ok(withPictures.length > 40);
  });

  it("maps Sam Ruby's Atom XHTML content into the body, without its wrapper or SVG", (t) => {
    const found = corpusFeed("feedjira-SamRuby-atom.xml");
    if (found.skip !== undefined) return t.skip(found.skip);
    const item = firstItem(found.feed);
    assert.equal(item.guid, "tag:intertwingly.net,2004:3308");
    assert.equal(item.headline, "Plex");
    assert.equal(item.byline, "Sam Ruby", "an entry without authors has the feed's");
    assert.match(
      item.bodyHtml,
      /^<p><a href="http:\/\/www\.hanselman\.com\/[^"]+" rel="noopener noreferrer"><cite>/,
    );
    assert.doesNotMatch(item.bodyHtml, /<div|<svg|xmlns/);
    assert.match(item.bodyHtml, /I’ve been exploring/);
    assert.match(item.standfirst ?? "", /^Scott Hanselman: Plex is the media center/);
    assert.equal(item.versionCreated, "2013-01-30T18:12:03.000Z");
    assert.equal(item.firstCreated, undefined, "Atom's <updated> is not when the entry was first published");
    assert.equal(item.extra["feed/title"], "Sam Ruby");
  });

  it("maps Science's RSS 1.0 (RDF) items: rdf:about, dc:date, dc:creator, dc:subject", (t) => {
    const found = corpusFeed("rssparser-sciencemag-rss1-rdf.rss");
    if (found.skip !== undefined) return t.skip(found.skip);
    const item = firstItem(found.feed);
    assert.equal(item.guid, "http://science.sciencemag.org/cgi/content/short/356/6343/1134-a?rss=1");
    assert.equal(item.extra.guidFrom, "rdf:about");
    assert.equal(item.headline, "Food for fungi");
    assert.equal(item.firstCreated, "2017-06-15T17:29:47.000Z");
    assert.equal(item.versionCreated, item.firstCreated);
    assert.equal(item.byline, "Hines, P. J.");
    assert.deepEqual(item.keywords, ["Botany", "Microbiology"]);
    assert.deepEqual(item.extra["dc:identifier"], [
      "info:doi/10.1126/science.356.6343.1134-a",
      "hwp:resource-id:sci;356/6343/1134-a",
    ]);
    assert.equal(item.extra["prism:volume"], "356");
  });

  it("maps the inessential.com JSON Feed 1.0", (t) => {
    const found = corpusFeed("feedjira-json_feed.json");
    if (found.skip !== undefined) return t.skip(found.skip);
    assert.equal(found.feed.items.length, 20);
    const item = firstItem(found.feed);
    assert.equal(item.guid, "http://inessential.com/2017/06/02/james_dempsey_and_the_breakpoints_benefi");
    assert.equal(item.headline, "James Dempsey and the Breakpoints Benefit App Camp for Girls");
    assert.equal(item.byline, "Brent Simmons", "the feed's author, as JSON Feed says");
    assert.equal(item.language, "en-US");
    assert.equal(item.firstCreated, "2017-06-03T05:05:47.000Z");
    assert.match(item.bodyHtml, /^<p>On Wednesday night I know where I’ll be/);
    assert.equal(item.extra.url, item.guid);
    assert.equal(item.extra["feed/title"], "inessential.com");
  });

  it("keeps content:encoded as the body (Medium)", (t) => {
    const found = corpusFeed("rssparser-medium-content-encoded.rss");
    if (found.skip !== undefined) return t.skip(found.skip);
    const item = firstItem(found.feed);
    assert.match(item.bodyHtml, /^<h4>Using Wild Ingredients in the\u00a0Kitchen<\/h4><figure><img /);
    assert.equal(item.byline, "Jeremy Puma");
    assert.equal(item.versionCreated, "2018-04-09T19:39:12.675Z", "atom:updated");
    assert.deepEqual(item.keywords.slice(0, 2), ["plants", "environment"]);
  });
});

describe("parseFeed: JSON Feed 1.1", () => {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: "Agency wire",
    home_page_url: "https://agency.example/",
    language: "bn",
    authors: [{ name: "Desk" }],
    items: [
      {
        id: 1017,
        url: "https://agency.example/1017",
        title: "Flood waters recede",
        summary: "Rivers fall in the north.",
        content_text: "First paragraph & more.\n\nSecond <paragraph>.",
        date_published: "2024-07-01T09:30:00+06:00",
        date_modified: "2024-07-01T11:00:00+06:00",
        authors: [{ name: "Rina Das" }, { name: "Karim Uddin" }],
        tags: ["floods", "weather"],
        language: "en-GB",
        image: "https://agency.example/1017.jpg",
        attachments: [
          { url: "https://agency.example/1017-2.jpg", mime_type: "image/jpeg", title: "Boats on the river" },
          { url: "https://agency.example/1017.mp3", mime_type: "audio/mpeg" },
        ],
        _agency: { priority: 2 },
      },
      { id: "b", content_html: "<p>Untitled <script>x()</script>note</p>", date_published: "yesterday" },
    ],
  };

  it("maps an item's fields, its pictures, and keeps the rest in extra", () => {
    const parsed = parseFeed(utf8(JSON.stringify(feed)));
    assert.equal(parsed.formatVersion, "JSON Feed 1.1");
    const item = firstItem(parsed);
    assert.equal(item.guid, "1017");
    assert.equal(item.headline, "Flood waters recede");
    assert.equal(item.standfirst, "Rivers fall in the north.");
    assert.equal(item.bodyHtml, "<p>First paragraph &amp; more.</p><p>Second &lt;paragraph&gt;.</p>");
    assert.equal(item.byline, "Rina Das, Karim Uddin");
    assert.deepEqual(item.keywords, ["floods", "weather"]);
    assert.equal(item.language, "en-GB");
    assert.equal(item.firstCreated, "2024-07-01T03:30:00.000Z");
    assert.equal(item.versionCreated, "2024-07-01T05:00:00.000Z");
    assert.deepEqual(
      item.pictures.map((p) => [p.href, p.caption]),
      [
        ["https://agency.example/1017.jpg", undefined],
        ["https://agency.example/1017-2.jpg", "Boats on the river"],
      ],
    );
    assert.deepEqual(item.extra.attachments, [
      { url: "https://agency.example/1017.mp3", mime_type: "audio/mpeg" },
    ]);
    assert.deepEqual(item.extra._agency, { priority: 2 });
    assert.equal(item.extra["feed/title"], "Agency wire");
  });

  it("falls back on the feed's authors and language; keeps an unreadable date in extra", () => {
    const item = parseFeed(utf8(JSON.stringify(feed))).items[1];
    assert.ok(item);
    assert.equal(item.byline, "Desk");
    assert.equal(item.language, "bn");
    assert.equal(item.bodyHtml, "<p>Untitled note</p>");
    assert.equal(item.headline, "Untitled note");
    assert.equal(item.extra.headlineFrom, "body");
    assert.equal(item.firstCreated, undefined);
    assert.equal(item.extra.date_published, "yesterday");
  });

  it("refuses JSON that is not a JSON Feed, saying where", () => {
    assert.throws(
      () => parseFeed(utf8(`{"version": "1.1", "items": []}`)),
      isFault(/not a JSON Feed/, /^\/version$/),
    );
    assert.throws(
      () => parseFeed(utf8(`{"version": "https://jsonfeed.org/version/1.1"}`)),
      isFault(/items/, /^\/items$/),
    );
  });

  it("refuses invalid JSON with the line and column of the fault", () => {
    assert.throws(
      () => parseFeed(utf8(`{\n  "version": "https://jsonfeed.org/version/1",\n  "items": [,]\n}`)),
      isFault(/not valid JSON/, /^line 3, column 13$/),
    );
  });
});

describe("parseFeedDate", () => {
  const cases: [string, string | undefined][] = [
    ["Wed, 02 Oct 2002 08:00:00 EST", "2002-10-02T13:00:00.000Z"],
    ["Wed, 02 Oct 2002 13:00:00 EDT", "2002-10-02T17:00:00.000Z"],
    ["Wed, 02 Oct 2002 13:00:00 PDT", "2002-10-02T20:00:00.000Z"],
    ["Wed, 02 Oct 2002 13:00:00 GMT", "2002-10-02T13:00:00.000Z"],
    ["Wed, 02 Oct 2002 13:00:00 UT", "2002-10-02T13:00:00.000Z"],
    ["Wed, 02 Oct 2002 13:00:00 Z", "2002-10-02T13:00:00.000Z"],
    ["Wed, 02 Oct 2002 13:00:00 +0530", "2002-10-02T07:30:00.000Z"],
    ["Mon, 2 Sept 2019 10:00 +0100", "2019-09-02T09:00:00.000Z"],
    ["2 September 2019 10:00:00 CEST", "2019-09-02T08:00:00.000Z"],
    ["03 Apr 02 1500 GMT", "2002-04-03T15:00:00.000Z"],
    ["Sun, 19 Mar 98 07:15:00 GMT", "1998-03-19T07:15:00.000Z"],
    ["Wed Mar 21 2018 10:27:32 GMT+0300 (MSK)", "2018-03-21T07:27:32.000Z"],
    ["2013-02-23T18:33:07-08:00", "2013-02-24T02:33:07.000Z"],
    ["2022-01-01T12:00+00:00", "2022-01-01T12:00:00.000Z"],
    ["2017-06-16", "2017-06-16T00:00:00.000Z"],
    // Not read, rather than guessed: IST is India, Israel or Ireland; no zone is local time
    // somewhere; RFC 822's military letters run the wrong way (RFC 1123 §5.2.14).
    ["Wed, 02 Oct 2002 13:00:00 IST", undefined],
    ["Wed, 02 Oct 2002 13:00:00 BST", undefined],
    ["Wed, 02 Oct 2002 13:00:00", undefined],
    ["2022-01-01T12:00:00", undefined],
    ["Wed, 02 Oct 2002 13:00:00 A", undefined],
    ["Wed, 31 Feb 2018 07:26:05 GMT", undefined],
    ["soon", undefined],
  ];
  for (const [text, iso] of cases)
    it(`reads ${JSON.stringify(text)} as ${iso ?? "unknown"}`, () => assert.equal(parseFeedDate(text), iso));

  it("keeps an unreadable pubDate in extra and leaves the field unset", () => {
    const item = firstItem(
      parseFeed(
        rss(`<item><title>T</title><guid>g</guid><pubDate>Wed, 02 Oct 2002 13:00:00 IST</pubDate></item>`),
      ),
    );
    assert.equal(item.firstCreated, undefined);
    assert.equal(item.versionCreated, undefined);
    assert.equal(item.extra.pubDate, "Wed, 02 Oct 2002 13:00:00 IST");
  });

  it("falls back on dc:date when the pubDate cannot be read", () => {
    const item = firstItem(
      parseFeed(
        rss(
          `<item><title>T</title><guid>g</guid><pubDate>Sept 31st</pubDate><dc:date>2002-10-02T13:00:00+05:30</dc:date></item>`,
        ),
      ),
    );
    assert.equal(item.firstCreated, "2002-10-02T07:30:00.000Z");
    assert.equal(item.extra.pubDate, "Sept 31st");
  });
});

describe("parseFeed: identity", () => {
  it("uses the guid, else the link, else a stable hash of title and date, and says which", () => {
    const feed = parseFeed(
      rss(
        [
          `<item><title>A</title><guid isPermaLink="false">urn:a</guid><link>https://x.example/a</link></item>`,
          `<item><title>B</title><link> https://x.example/b </link></item>`,
          `<item><title>C</title><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item>`,
          `<item><title>D</title><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item>`,
        ].join(""),
      ),
    );
    const [a, b, c, d] = feed.items;
    assert.deepEqual([a?.guid, a?.extra.guidFrom, a?.extra["guid/@isPermaLink"]], ["urn:a", "guid", "false"]);
    assert.deepEqual([b?.guid, b?.extra.guidFrom], ["https://x.example/b", "link"]);
    assert.match(c?.guid ?? "", /^urn:feed-hash:[0-9a-f]{40}$/);
    assert.equal(c?.extra.guidFrom, "hash of title and date");
    assert.notEqual(c?.guid, d?.guid);
    const again = parseFeed(
      rss(`<item><title>C</title><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item>`),
    );
    assert.equal(firstItem(again).guid, c?.guid);
  });

  it("uses an Atom entry's id, else its alternate link resolved against xml:base", () => {
    const feed = parseFeed(
      utf8(
        `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example/"><title>N</title>` +
          `<entry><title>No id</title><link rel="self" href="/self"/><link href="stories/1"/><updated>2024-01-01T00:00:00Z</updated></entry></feed>`,
      ),
    );
    const item = firstItem(feed);
    assert.equal(item.guid, "https://news.example/stories/1");
    assert.equal(item.extra.guidFrom, "link");
  });
});

describe("parseFeed: markup, namespaces and media", () => {
  const atom = (entry: string, prefix = "") =>
    utf8(
      `<${prefix}feed xmlns${prefix ? `:${prefix.slice(0, -1)}` : ""}="http://www.w3.org/2005/Atom" xmlns:georss="http://www.georss.org/georss" xml:lang="EN-gb"><${prefix}title>F</${prefix}title>` +
        `<${prefix}entry><${prefix}id>urn:e</${prefix}id>${entry}</${prefix}entry></${prefix}feed>`,
    );

  it("reads CDATA as written: what it holds is never decoded twice", () => {
    const item = firstItem(
      parseFeed(
        rss(
          `<item><guid>g</guid><title><![CDATA[Fish &amp; chips]]></title><description><![CDATA[<p>Say &amp;amp; twice</p>]]></description></item>`,
        ),
      ),
    );
    assert.equal(item.bodyHtml, "<p>Say &amp;amp; twice</p>");
    assert.equal(item.headline, "Fish & chips");
  });

  it("reduces an HTML title to text, and keeps a plain one as written", () => {
    const feed = parseFeed(
      rss(
        `<item><guid>a</guid><title>&lt;b&gt;Breaking:&lt;/b&gt; storm &amp;amp; floods</title></item>` +
          `<item><guid>b</guid><title>Q&amp;A:  5 &gt; 3</title></item>`,
      ),
    );
    assert.deepEqual(
      feed.items.map((i) => i.headline),
      ["Breaking: storm & floods", "Q&A: 5 > 3"],
    );
  });

  it("makes the description the standfirst when content:encoded has the story", () => {
    const feed = parseFeed(
      utf8(
        `<rss version="2.0" xmlns:c="http://purl.org/rss/1.0/modules/content/" xmlns:d="http://purl.org/dc/elements/1.1/" xmlns:atom10="http://www.w3.org/2005/Atom"><channel><language>bn</language>` +
          `<item><guid>a</guid><title>T</title><description>&lt;p&gt;Short.&lt;/p&gt;</description><c:encoded><![CDATA[<p>Long story.</p>]]></c:encoded>` +
          `<d:creator>Rina Das</d:creator><atom10:updated>2024-01-02T00:00:00Z</atom10:updated><atom10:link rel="self" href="https://s.example/"/></item>` +
          `<item><guid>b</guid><title>U</title><description>Line one\nstill one.\n\nTwo &amp; more.</description><author>desk@agency.example (Karim Uddin)</author></item>` +
          `</channel></rss>`,
      ),
    );
    const [a, b] = feed.items;
    assert.equal(a?.bodyHtml, "<p>Long story.</p>");
    assert.equal(a?.standfirst, "Short.");
    assert.equal(a?.byline, "Rina Das", "dc:creator under another prefix");
    assert.equal(a?.versionCreated, "2024-01-02T00:00:00.000Z");
    assert.deepEqual(a?.extra["atom:link"], { "@rel": "self", "@href": "https://s.example/" });
    assert.equal(a?.language, "bn");
    assert.equal(b?.bodyHtml, "<p>Line one still one.</p><p>Two &amp; more.</p>");
    assert.equal(b?.standfirst, undefined);
    assert.equal(b?.byline, "Karim Uddin");
  });

  it("reads Atom under a prefix; html, text and out-of-line content; xml:lang", () => {
    const html = firstItem(
      parseFeed(
        atom(
          `<a:title type="html">A &amp;amp; B</a:title><a:content type="html">&lt;p&gt;x&lt;/p&gt;</a:content>`,
          "a:",
        ),
      ),
    );
    assert.equal(html.headline, "A & B");
    assert.equal(html.bodyHtml, "<p>x</p>");
    assert.equal(html.language, "en-gb");
    const text = firstItem(parseFeed(atom(`<title>T</title><content>a &lt; b\n\nc</content>`)));
    assert.equal(text.bodyHtml, "<p>a &lt; b</p><p>c</p>");
    const elsewhere = firstItem(
      parseFeed(
        atom(
          `<title>T</title><summary>Gist.</summary><content type="video/mp4" src="https://v.example/1.mp4"/><georss:featureName>Dhaka</georss:featureName><georss:point>23.8 90.4</georss:point>`,
        ),
      ),
    );
    assert.equal(elsewhere.bodyHtml, "<p>Gist.</p>");
    assert.equal(elsewhere.standfirst, undefined);
    assert.deepEqual(elsewhere.extra.content, { "@type": "video/mp4", "@src": "https://v.example/1.mp4" });
    assert.equal(elsewhere.datelinePlace, "Dhaka");
    assert.equal(elsewhere.extra["georss:point"], "23.8 90.4");
  });

  it("reads an Atom entry document as a feed of one", () => {
    const feed = parseFeed(
      utf8(
        `<entry xmlns="http://www.w3.org/2005/Atom"><id>urn:1</id><title>One</title><published>2024-05-01T10:00:00+06:00</published></entry>`,
      ),
    );
    assert.equal(feed.formatVersion, "Atom 1.0");
    assert.deepEqual(
      [firstItem(feed).guid, firstItem(feed).firstCreated],
      ["urn:1", "2024-05-01T04:00:00.000Z"],
    );
  });

  it("maps categories to keywords, and those with a scheme to subjects", () => {
    const item = firstItem(
      parseFeed(
        atom(
          `<title>T</title><category term="politics" scheme="https://agency.example/topics/" label="Politics"/><category term="dhaka"/>`,
        ),
      ),
    );
    assert.deepEqual(item.keywords, ["Politics", "dhaka"]);
    assert.deepEqual(item.subjects, [{ name: "Politics", code: "https://agency.example/topics/" }]);
  });

  it("maps Media RSS groups, captions, credits and image enclosures to pictures", () => {
    const item = firstItem(
      parseFeed(
        utf8(
          `<rss version="2.0" xmlns:m="http://search.yahoo.com/mrss/"><channel><item><guid>g</guid><title>T</title>` +
            `<m:group><m:content url="https://p.example/1-big.jpg" medium="image" width="2000" height="1500"/><m:content url="https://p.example/1-small.jpg" type="image/jpeg" width="400" height="300"/>` +
            `<m:description type="html">Boats &lt;i&gt;at dawn&lt;/i&gt;</m:description><m:credit role="photographer">A. Rahman</m:credit><m:credit>Agency</m:credit></m:group>` +
            `<m:content url="https://p.example/clip.mp4" type="video/mp4"/>` +
            `<enclosure url="https://p.example/2.png" type="image/png" length="1"/><enclosure url="https://p.example/a.mp3" type="audio/mpeg" length="2"/>` +
            `</item></channel></rss>`,
        ),
      ),
    );
    assert.equal(item.pictures.length, 2);
    const [group, enclosure] = item.pictures;
    assert.equal(group?.href, "https://p.example/1-big.jpg");
    assert.equal(group?.caption, "Boats at dawn");
    assert.equal(group?.credit, "A. Rahman, Agency");
    assert.deepEqual(group?.renditions[1], {
      href: "https://p.example/1-small.jpg",
      contentType: "image/jpeg",
      width: 400,
      height: 300,
    });
    assert.equal(enclosure?.href, "https://p.example/2.png");
    assert.deepEqual(item.extra["media:content"], {
      "@url": "https://p.example/clip.mp4",
      "@type": "video/mp4",
    });
    assert.deepEqual(item.extra.enclosure, {
      "@url": "https://p.example/a.mp3",
      "@type": "audio/mpeg",
      "@length": "2",
    });
  });

  it("gives every text field in NFC", () => {
    const item = firstItem(
      parseFeed(
        rss(`<item><guid>g</guid><title>Cafe\u0301</title><dc:creator>Jose\u0301</dc:creator></item>`),
      ),
    );
    assert.equal(item.headline, "Caf\u00e9");
    assert.equal(item.byline, "Jos\u00e9");
  });
});

describe("parseFeed: hostile and broken input", () => {
  it("refuses an entity expansion bomb and an external entity", () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n<rss version="2.0"><channel><item><title>&c;</title></item></channel></rss>`;
    assert.throws(() => parseFeed(utf8(bomb)), isFault(/entities/, /^line 2, column 16$/));
    const xxe = `<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><item><title>&x;</title></item></channel></rss>`;
    assert.throws(() => parseFeed(utf8(xxe)), isFault(/entities/));
  });

  it("sanitizes scripts, event handlers and javascript: links in descriptions and content", () => {
    const feed = parseFeed(
      rss(
        `<item><guid>a</guid><title>T</title><description>&lt;p onclick="steal()"&gt;Hi&lt;/p&gt;&lt;script&gt;steal()&lt;/script&gt;&lt;img src="https://x.example/a.jpg" onerror="alert(1)"&gt;&lt;a href="javascript:alert(2)"&gt;link&lt;/a&gt;</description></item>` +
          `<item><guid>b</guid><title>T</title><description><![CDATA[<iframe src="https://evil.example"></iframe><svg onload="alert(3)"><p style="x">ok</p></svg>]]></description></item>`,
      ),
    );
    for (const item of feed.items)
      assert.doesNotMatch(item.bodyHtml, /script|steal|onerror|onclick|onload|javascript|iframe|style|alert/);
    assert.equal(
      feed.items[0]?.bodyHtml,
      '<p>Hi</p><img src="https://x.example/a.jpg" /><a rel="noopener noreferrer">link</a>',
    );
    assert.equal(feed.items[1]?.bodyHtml, "<p>ok</p>");
  });

  it("refuses a body nested past the sanitizer's limit, naming the item", () => {
    const deep = `${"&lt;b&gt;".repeat(200)}x`;
    assert.throws(
      () =>
        parseFeed(
          rss(
            `<item><guid>a</guid><title>T</title></item><item><guid>b</guid><title>T</title><description>${deep}</description></item>`,
          ),
        ),
      isFault(/body cannot be used/, /^rss\/channel\/item\[2\]$/),
    );
  });

  it("refuses malformed XML with the line and column of the fault", () => {
    assert.throws(
      () =>
        parseFeed(
          utf8(
            `<?xml version="1.0"?>\n<rss version="2.0">\n<channel><item><title>T</item>\n</channel></rss>`,
          ),
        ),
      isFault(/not well-formed/, /^line 3, column \d+$/),
    );
  });

  it("refuses what is not a feed, saying why", () => {
    assert.throws(() => parseFeed(utf8(`<html><body/></html>`)), isFault(/root element is <html>/));
    assert.throws(() => parseFeed(utf8(`<rss version="2.0"><item/></rss>`)), isFault(/without a <channel>/));
    assert.throws(() => parseFeed(utf8(`  \n`)), isFault(/empty/));
    assert.throws(() => parseFeed(utf8(`Not a feed`)), isFault(/neither XML nor a JSON object/));
    assert.throws(
      () => parseFeed(utf8(`{"version":"https://jsonfeed.org/version/1.1","items":[] } x`)),
      isFault(/not valid JSON/, /^line 1, column 60$/),
    );
  });
});
