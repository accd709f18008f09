import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it, type TestContext } from "node:test";
import { corpusPath } from "../../../test/support/corpora.ts";
import { WireFormatError } from "../wire-error.ts";
import type { ParsedWireFile, WireItem } from "../wire-item.ts";
import { parseNewsMLG2 } from "./newsml-g2.ts";

const EXAMPLES = "newsml-g2/examples";
const SAMPLES = "newsml-g2/wire-samples";

/** A corpus file's bytes, or undefined once the test has been marked skipped (corpora absent). */
function corpusBytes(t: TestContext, relativePath: string): Uint8Array | undefined {
  const found = corpusPath(relativePath);
  if (found.skip !== undefined) {
    t.skip(found.skip);
    return undefined;
  }
  return readFileSync(found.path);
}

function parseCorpus(t: TestContext, relativePath: string): ParsedWireFile | undefined {
  const bytes = corpusBytes(t, relativePath);
  return bytes && parseNewsMLG2(bytes);
}

function onlyItem(file: ParsedWireFile | undefined): WireItem | undefined {
  assert.equal(file?.items.length ?? 1, 1);
  return file?.items[0];
}

function parseText(xml: string): ParsedWireFile {
  return parseNewsMLG2(new TextEncoder().encode(xml));
}

/** A minimal text news item around the given parts, for the mapping's edge cases. */
function newsItem(parts: {
  itemMeta?: string;
  contentMeta?: string;
  contentSet?: string;
  rest?: string;
}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:1" version="3" standard="NewsML-G2" standardversion="2.35" xml:lang="en">
  <itemMeta><itemClass qcode="ninat:text"/><versionCreated>2024-03-01T10:00:00+01:00</versionCreated>${parts.itemMeta ?? ""}</itemMeta>
  ${parts.contentMeta ?? "<contentMeta><headline>Test headline</headline></contentMeta>"}
  ${parts.contentSet ?? ""}${parts.rest ?? ""}
</newsItem>`;
}

function refusedWith(pattern: RegExp) {
  return (error: unknown) => error instanceof WireFormatError && pattern.test(error.message);
}

/** Every IPTC listing, and what the parser makes of it: the items it holds, or why it is refused. */
const LISTINGS: Record<string, number | RegExp> = {
  LISTING_1_: 1,
  LISTING_2_: 1,
  LISTING_3_: 1,
  LISTING_3A_: 1,
  LISTING_4_: 1,
  LISTING_5_: 1,
  LISTING_6_: 1,
  LISTING_7_: /fragment of a NewsML-G2 package/,
  LISTING_8_: /fragment of a NewsML-G2 package/,
  LISTING_9_: /fragment of a NewsML-G2 package/,
  LISTING_10_: /concept item/,
  LISTING_11_: /concept item/,
  LISTING_12_: /knowledge item/,
  LISTING_13_: /catalog item/,
  LISTING_14_: /concept item/,
  LISTING_15_: /knowledge item/,
  LISTING_16_: 1,
  LISTING_17_: /planning item/,
  LISTING_18_: /planning item/,
  LISTING_19_: /planning item/,
  LISTING_20_: /planning item/,
  LISTING_21_: 1,
  LISTING_22_: 1,
  LISTING_23_: 1,
  LISTING_24_: 4,
  LISTING_25_: /fragment of a NewsML-G2 item \(a contentSet/,
  LISTING_26_: 1,
  LISTING_27_: 1,
  LISTING_28_: /fragment of a NewsML-G2 item \(a contentMeta/,
  LISTING_29_: 1,
};

describe("parseNewsMLG2 on IPTC's listings", () => {
  it("reads every news item and package listing and refuses the others, saying what they are", (t) => {
    const folder = corpusPath(EXAMPLES);
    if (folder.skip !== undefined) return t.skip(folder.skip);
    const listings = readdirSync(folder.path).filter((name) => name.startsWith("LISTING_"));
    assert.equal(listings.length, Object.keys(LISTINGS).length);
    for (const name of listings) {
      const prefix = Object.keys(LISTINGS).find((key) => name.startsWith(key));
      const expected = prefix === undefined ? undefined : LISTINGS[prefix];
      assert.ok(expected !== undefined, `${name} has no expectation`);
      const bytes = readFileSync(join(folder.path, name));
      if (typeof expected === "number") {
        const file = parseNewsMLG2(bytes);
        assert.equal(file.format, "newsml-g2", name);
        assert.equal(file.items.length, expected, name);
      } else {
        assert.throws(() => parseNewsMLG2(bytes), refusedWith(expected), name);
        assert.throws(() => parseNewsMLG2(bytes), /not a NewsML-G2 news item or package/, name);
      }
    }
  });

  it("maps LISTING_1's news item: identity, times in UTC, status, language, subjects, embargo", (t) => {
    const file = parseCorpus(t, `${EXAMPLES}/LISTING_1_A_NewsML-G2_News_Item.xml`);
    const item = onlyItem(file);
    if (!file || !item) return;
    assert.equal(file.formatVersion, "NewsML-G2 2.35");
    assert.equal(item.guid, "urn:newsml:acmenews.com:20161018:US-FINANCE-FED");
    assert.equal(item.version, 11);
    assert.equal(item.headline, 'Fed to halt QE to avert "bubble"');
    assert.equal(item.versionCreated, "2018-10-21T21:25:32.000Z");
    assert.equal(item.firstCreated, "2016-10-18T18:12:21.000Z");
    assert.deepEqual(item.embargo, { until: "2018-10-23T12:00:00.000Z" });
    assert.equal(item.status, "usable");
    assert.equal(item.language, "en-GB");
    assert.deepEqual(item.subjects, [
      { name: "economy, business and finance", code: "medtop:04000000" },
      { name: "labour market", code: "medtop:20000523" },
    ]);
    assert.equal(item.byline, "Meredith Jameson");
    assert.equal(item.datelinePlace, "Berlin");
    assert.equal(item.bodyHtml, "");
    // What has no field is kept, by its path: the editors' note, the other-language name, the genre.
    assert.match(String(item.extra["itemMeta/edNote"]), /STRICTLY EMBARGOED/);
    assert.deepEqual(item.extra["contentMeta/subject[1]/name[1]"], {
      "@xml:lang": "de",
      "#text": "Arbeitsmarkt",
    });
    assert.ok(item.extra["contentMeta/genre"]);
    assert.ok(item.extra.rightsInfo);
  });

  it("maps LISTING_2's text document with its NITF body, one paragraph per <p> despite wrapped lines", (t) => {
    const item = onlyItem(parseCorpus(t, `${EXAMPLES}/LISTING_2_NewsML-G2_Text_Document.xml`));
    if (!item) return;
    assert.equal(item.guid, "urn:newsml:acmenews.com:20161121:US-FINANCE-FED");
    assert.equal(item.version, 11);
    assert.equal(item.headline, 'Fed to halt QE to avert "bubble"');
    assert.equal(item.versionCreated, "2018-11-21T21:25:32.000Z");
    assert.equal(item.status, "usable");
    assert.equal(item.language, "en-US");
    assert.deepEqual(
      item.subjects.map((subject) => subject.code),
      ["medtop:04000000", "medtop:20000350", "medtop:20000379"],
    );
    assert.equal(item.subjects[1]?.name, "central bank");
    const paragraphs = item.bodyHtml.match(/<p>/g) ?? [];
    assert.equal(paragraphs.length, 2);
    assert.match(
      item.bodyHtml,
      /^<p>\(New York, NY - October 21\) Et, sent luptat luptat, commy Nim zzriureet/,
    );
    assert.equal(item.datelinePlace, "New York, NY");
    // NITF's own byline says more than the G2 creator, so it is kept rather than dropped.
    assert.equal(
      item.extra["contentSet/inlineXML/nitf/body/body.head/byline"],
      "By Meredith Jameson, Staff Reporter",
    );
  });

  it("maps a picture item to its picture: renditions with sizes, caption, credit", (t) => {
    const item = onlyItem(
      parseCorpus(t, `${EXAMPLES}/LISTING_26_Embedded_photo_metadata_fields_mapped_to_NewsML-G2.xml`),
    );
    if (!item) return;
    const href = "http://www.acmenews.com/content/pictures/hires/20081208/USA-CRASH-MILITARY_001_HI.jpg";
    assert.equal(item.pictures.length, 1);
    assert.deepEqual(item.pictures[0]?.renditions, [
      { name: "highRes", href, contentType: "image/jpeg", width: 2500, height: 1445 },
    ]);
    assert.equal(item.pictures[0]?.href, href);
    assert.match(item.pictures[0]?.caption ?? "", /^A firefighter in a flameproof suit/);
    assert.equal(item.pictures[0]?.credit, "Acme/John Smith");
    assert.equal(item.urgency, 4);
    assert.equal(item.standfirst, undefined);
    assert.deepEqual(item.keywords, ["us", "military", "aviation", "crash", "fire"]);
    // The point of interest has no name but its asserted address.
    assert.deepEqual(item.places, [{ name: "University City, San Diego, California, United States" }]);
  });

  it("keeps a photo's web and relative renditions, and leaves file: addresses in extra", (t) => {
    const item = onlyItem(parseCorpus(t, `${EXAMPLES}/LISTING_3_Photo_in_NewsML-G2.xml`));
    if (!item) return;
    assert.deepEqual(item.pictures[0]?.renditions, [
      { name: "highRes", href: "./GYI0062134533.jpg", contentType: "image/jpeg", width: 1500, height: 1001 },
    ]);
    assert.equal(item.pictures[0]?.credit, "Getty Images");
    assert.equal((item.extra["contentSet/remoteContent[1]"] as Record<string, string>)["@width"], "480");
    assert.deepEqual(item.places[1], { name: "Las Vegas", code: "gycon:89109" });
    assert.equal(item.keywords.length, 7);
  });

  it("reads LISTING_22's NITF body: one paragraph each, G2 summary as standfirst, people", (t) => {
    const item = onlyItem(parseCorpus(t, `${EXAMPLES}/LISTING_22_Sports_story_in_NewsML-G2NITF.xml`));
    if (!item) return;
    const paragraphs = [...item.bodyHtml.matchAll(/<p>(.*?)<\/p>/g)].map((match) => match[1]);
    assert.equal(paragraphs.length, 6);
    assert.match(
      paragraphs[0] ?? "",
      /^\(Sports Network\) - A pair of teams coming off big weekend sweeps will square off/,
    );
    assert.match(paragraphs[5] ?? "", /over his last six starts\.$/);
    assert.match(
      item.standfirst ?? "",
      /^A pair of teams coming off big weekend sweeps will square off tonight/,
    );
    assert.deepEqual(item.people, [
      { name: "Doug Davis", code: "person:l.mlb.com-p.456" },
      { name: "Freddy Garcia", code: "person:l.mlb.com-p.123" },
    ]);
    assert.equal(item.versionCreated, "2018-10-19T15:45:00.000Z");
  });

  it("reads LISTING_25's NITF article inside a news item, NITF's head filling the gaps", (t) => {
    const bytes = corpusBytes(
      t,
      `${EXAMPLES}/LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml`,
    );
    if (!bytes) return;
    const fragment = new TextDecoder().decode(bytes);
    const item = onlyItem(parseText(newsItem({ contentMeta: "<contentMeta/>", contentSet: fragment })));
    assert.equal(item?.headline, "Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05p.m.");
    assert.equal(item?.byline, "Sports Network");
    assert.match(
      item?.standfirst ?? "",
      /^A pair of teams coming off big weekend sweeps will square off Tonight/,
    );
    assert.equal((item?.bodyHtml.match(/<p>/g) ?? []).length, 1);
    assert.match(
      item?.bodyHtml ?? "",
      /^<p>\(Sports Network\) - With the Philadelphia Phillies picking up momentum/,
    );
  });

  it("reads LISTING_24's news message as its news items, saying why the guid-less package was left out", (t) => {
    const file = parseCorpus(t, `${EXAMPLES}/LISTING_24_News_Message_conveying_a_complete_News_Package.xml`);
    if (!file) return;
    assert.deepEqual(
      file.items.map((item) => item.guid),
      ["N1", "N2", "N3", "N4"],
    );
    const extra = file.items[0]?.extra ?? {};
    assert.deepEqual(extra["newsMessage/itemSet/skipped"], [
      {
        element: "packageItem",
        position: 0,
        reason: "the packageItem has no guid, so its versions could not be told apart",
      },
    ]);
    const header = extra["newsMessage/header"] as Record<string, unknown>;
    assert.deepEqual(header.signal, { "@qcode": "nmsig:atomic" });
    assert.equal(header.transmitId, "tag:reuters.com,2016:newsml_OVE48850O-PKG");
  });

  it("takes the dateline place from LISTING_28's dateline when located has no name", (t) => {
    const bytes = corpusBytes(t, `${EXAMPLES}/LISTING_28_Illustrating_Located_Subject_and_Dateline.xml`);
    if (!bytes) return;
    const contentMeta = new TextDecoder()
      .decode(bytes)
      .replace("<contentMeta>", "<contentMeta><headline>H</headline>");
    const item = onlyItem(parseText(newsItem({ contentMeta })));
    assert.equal(item?.datelinePlace, "MOSCOW");
    assert.equal(item?.extra["contentMeta/dateline"], "MOSCOW, Monday (Reuters)");
    assert.deepEqual(item?.extra["contentMeta/located"], {
      "@qcode": "city:Moscow",
      broader: { "@qcode": "cntry:Russia" },
    });
    // Places named only on their broader concept are not guessed at; they stay in extra.
    assert.deepEqual(item?.places, []);
    assert.ok(item?.extra["contentMeta/subject[0]"]);
    assert.equal(item?.language, "en-US");
  });

  it("names AP's coded subjects from their assertions: people, organisations, places", (t) => {
    const item = onlyItem(parseCorpus(t, `${EXAMPLES}/ap_metadata_example.xml`));
    if (!item) return;
    assert.deepEqual(item.places, [
      { name: "Kentucky", code: "apgeography:2f6e294082b310048474df092526b43e" },
    ]);
    assert.deepEqual(item.people, [
      { name: "Keegan Murray", code: "apperson:4e7a7c0fdad04d8880888ae63a083c36" },
    ]);
    assert.deepEqual(item.organisations, [
      { name: "Volkswagen AG", code: "apcompany:b406375ae52c4b41b8bdd341760f2768" },
    ]);
    assert.equal((item.extra["assert[4]"] as Record<string, string>).name, "Iowa Hawkeyes");
  });

  it("reads UTF-8 bytes as UTF-8 when the file declares ISO-8859-1, and says so", (t) => {
    const file = parseCorpus(t, `${EXAMPLES}/LISTING_5_Multi-part_Video_in_NewsML-G2.xml`);
    if (!file) return;
    assert.match(file.encodingNote ?? "", /declares iso-8859-1 but its bytes are UTF-8/);
    assert.match(file.items[0]?.standfirst ?? "", /Vicco von Bülow/);
    assert.equal(file.items[0]?.credit, "European Broadcasting Union - EVN");
  });
});

describe("parseNewsMLG2 on agency samples", () => {
  it("reads TT's news message without the G2 namespace: package, text and picture", (t) => {
    const file = parseCorpus(t, `${SAMPLES}/TT_newsmlg2_sample.xml`);
    if (!file) return;
    assert.equal(file.formatVersion, "NewsML-G2 2.28");
    const [pack, text, picture] = file.items;
    assert.equal(file.items.length, 3);
    assert.equal(text?.guid, "http://tt.se/media/text/210919-janguillou-879f202b");
    assert.equal(text?.headline, 'Jan Guillou skriver på ny "Hamilton"-bok');
    assert.equal(text?.language, "sv");
    assert.equal(text?.urgency, 3);
    assert.equal(text?.versionCreated, "2021-09-19T18:57:43.000Z");
    assert.deepEqual(
      text?.people.map((person) => person.name),
      ["Jan Guillou", "Erik Ponti", "Hamilton"],
    );
    assert.deepEqual(text?.organisations, [{ name: "Aftonbladet" }]);
    assert.deepEqual(text?.subjects[0], { name: "Litteratur", code: "medtop:20000013" });
    assert.doesNotMatch(text?.bodyHtml ?? "", /<h1|<title|<html/);
    assert.match(text?.bodyHtml ?? "", /<blockquote><p>Hamilton har just genomgått/);
    assert.match(
      text?.bodyHtml ?? "",
      /<a href="https:\/\/www\.aftonbladet\.se\/[^"]+" rel="noopener noreferrer">Aftonbladet<\/a>/,
    );
    assert.equal(picture?.pictures[0]?.renditions.length, 4);
    assert.equal(
      picture?.pictures[0]?.href,
      "https://beta.tt.se/media/text/210919-janguillou-879f202b/a001_NormalHires.jpg",
    );
    // The package shows its members and carries the picture sent beside it.
    assert.equal(pack?.guid, "http://tt.se/media/text/210919-janguillou-879f202b-pack");
    assert.match(
      pack?.bodyHtml ?? "",
      /Jan Guillou skriver på ny "Hamilton"-bok \(http:\/\/tt\.se\/media\/text\/210919-janguillou-879f202b\)/,
    );
    assert.deepEqual(pack?.pictures, picture?.pictures);
    assert.equal((pack?.extra["groupSet/itemRef"] as unknown[] | undefined)?.length, 2);
  });

  it("refuses NewsML 1.2 (AFP, Business Wire) and bare NITF (NTB), saying what each is", (t) => {
    for (const name of ["afp.com_newsml1.2_sample.xml", "businesswire-newsml-20130515006361.xml"]) {
      const bytes = corpusBytes(t, `${SAMPLES}/${name}`);
      if (!bytes) return;
      assert.throws(
        () => parseNewsMLG2(bytes),
        refusedWith(/NewsML 1\.2 file.*not a NewsML-G2 news item or package/),
      );
    }
    const nitf = corpusBytes(t, `${SAMPLES}/NTB_nitf_sample.xml`);
    if (!nitf) return;
    assert.throws(() => parseNewsMLG2(nitf), refusedWith(/NITF story on its own/));
  });
});

describe("parseNewsMLG2 mapping rules", () => {
  it("reads a package's groups into a list of its members, pictures with an address kept as pictures", () => {
    const item = onlyItem(
      parseText(`<packageItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:pkg" version="2" standardversion="2.35">
        <itemMeta><itemClass qcode="ninat:composite"/><pubStatus qcode="stat:usable"/></itemMeta>
        <groupSet root="G1"><group id="G1" role="group:main">
          <itemRef residref="urn:story" href="https://example.com/story.xml"><itemClass qcode="ninat:text"/><title>Story title</title></itemRef>
          <itemRef residref="urn:photo" href="https://example.com/photo.jpg" contenttype="image/jpeg" width="800" height="600">
            <itemClass qcode="ninat:picture"/><title>Photo title</title></itemRef>
        </group></groupSet></packageItem>`),
    );
    assert.equal(item?.headline, "Story title");
    assert.equal(
      item?.bodyHtml,
      '<ul><li><a href="https://example.com/story.xml" rel="noopener noreferrer">Story title</a></li><li><a href="https://example.com/photo.jpg" rel="noopener noreferrer">Photo title</a></li></ul>',
    );
    assert.deepEqual(item?.pictures, [
      {
        href: "https://example.com/photo.jpg",
        caption: "Photo title",
        renditions: [
          { href: "https://example.com/photo.jpg", contentType: "image/jpeg", width: 800, height: 600 },
        ],
      },
    ]);
    assert.deepEqual(
      (item?.extra["groupSet/itemRef"] as Record<string, string>[] | undefined)?.map(
        (ref) => ref["@residref"],
      ),
      ["urn:story", "urn:photo"],
    );
  });

  it("matches elements by local name whatever the prefix", () => {
    const item = onlyItem(
      parseText(`<nar:newsItem xmlns:nar="http://iptc.org/std/nar/2006-10-01/" guid="urn:p" version="7" standardversion="2.30">
        <nar:itemMeta><nar:itemClass qcode="ninat:text"/><nar:pubStatus qcode="stat:withheld"/></nar:itemMeta>
        <nar:contentMeta><nar:headline>Prefixed <nar:span>headline</nar:span></nar:headline><nar:by>Ann Writer</nar:by></nar:contentMeta>
        <nar:contentSet><nar:inlineXML contenttype="application/xhtml+xml"><h:html xmlns:h="http://www.w3.org/1999/xhtml"><h:body><h:p>Body text.</h:p></h:body></h:html></nar:inlineXML></nar:contentSet>
      </nar:newsItem>`),
    );
    assert.equal(item?.headline, "Prefixed headline");
    assert.equal(item?.byline, "Ann Writer");
    assert.equal(item?.status, "withheld");
    assert.equal(item?.version, 7);
    assert.equal(item?.bodyHtml, "<p>Body text.</p>");
  });

  it("splits one <p> of newline-separated paragraphs, but not a paragraph wrapped over lines", () => {
    const contentSet = `<contentSet><inlineXML contenttype="application/xhtml+xml"><html><body>
      <p>First paragraph.
Second paragraph, "quoted."
Third paragraph!</p>
      <p>A paragraph that an editor
         wrapped over two lines.</p>
      <h2>Sub</h2><p>One<br/><br/>Two</p>
    </body></html></inlineXML></contentSet>`;
    const item = onlyItem(parseText(newsItem({ contentSet })));
    assert.equal(
      item?.bodyHtml,
      [
        "<p>First paragraph.</p>",
        '<p>Second paragraph, "quoted."</p>',
        "<p>Third paragraph!</p>",
        "<p>A paragraph that an editor wrapped over two lines.</p>",
        "<h2>Sub</h2>",
        "<p>One</p>",
        "<p>Two</p>",
      ].join("\n"),
    );
  });

  it("turns NITF subheadings, blocks and pictured media into body HTML", () => {
    const contentSet = `<contentSet><inlineXML contenttype="application/nitf+xml"><nitf><body><body.content>
      <block><p>Lead &amp; more.</p></block>
      <hl2>Subheading</hl2>
      <media media-type="image"><media-reference source="https://example.com/p.jpg" mime-type="image/jpeg" width="640" height="480" alternate-text="A view"/>
        <media-caption>The caption</media-caption><media-producer>Photographer</media-producer></media>
      <media media-type="image"><media-reference source="local-id-42"/></media>
    </body.content></body></nitf></inlineXML></contentSet>`;
    const item = onlyItem(parseText(newsItem({ contentSet })));
    assert.equal(
      item?.bodyHtml,
      '<p>Lead &amp; more.</p>\n<h2>Subheading</h2>\n<figure><img src="https://example.com/p.jpg" alt="A view" /><figcaption>The caption</figcaption></figure>',
    );
    assert.deepEqual(item?.pictures, [
      {
        href: "https://example.com/p.jpg",
        caption: "The caption",
        credit: "Photographer",
        altText: "A view",
        renditions: [
          { href: "https://example.com/p.jpg", contentType: "image/jpeg", width: 640, height: 480 },
        ],
      },
    ]);
    assert.match(String(item?.extra["contentSet/inlineXML/media"]), /local-id-42/);
  });

  it("escapes plain inlineData text into paragraphs", () => {
    const contentSet = `<contentSet><inlineData contenttype="text/plain">Price &lt;b&gt;rose&lt;/b&gt; today.

Second paragraph.</inlineData></contentSet>`;
    const item = onlyItem(parseText(newsItem({ contentSet })));
    assert.equal(item?.bodyHtml, "<p>Price &lt;b&gt;rose&lt;/b&gt; today.</p>\n<p>Second paragraph.</p>");
  });

  it("converts any offset to UTC and keeps times it cannot read in extra", () => {
    const item = onlyItem(
      parseText(
        newsItem({ itemMeta: "<firstCreated>2024-02-30T10:00:00Z</firstCreated>" }).replace(
          "2024-03-01T10:00:00+01:00",
          "2024-03-01T10:00:00.5-05:30",
        ),
      ),
    );
    assert.equal(item?.versionCreated, "2024-03-01T15:30:00.500Z");
    assert.equal(item?.firstCreated, undefined);
    assert.equal(item?.extra["itemMeta/firstCreated"], "2024-02-30T10:00:00Z");
    const unzoned = onlyItem(
      parseText(newsItem({}).replace("2024-03-01T10:00:00+01:00", "2024-03-01T10:00:00")),
    );
    assert.equal(unzoned?.versionCreated, undefined);
    assert.equal(unzoned?.extra["itemMeta/versionCreated"], "2024-03-01T10:00:00");
  });

  it("defaults the status to usable and the version to 1, and refuses an item without a guid", () => {
    const item = onlyItem(parseText(newsItem({}).replace(' version="3"', "")));
    assert.equal(item?.status, "usable");
    assert.equal(item?.version, 1);
    assert.equal(item?.versionCreated, "2024-03-01T09:00:00.000Z");
    assert.throws(
      () => parseText(newsItem({}).replace(' guid="urn:test:1"', "")),
      refusedWith(/has no guid/),
    );
  });
});

describe("parseNewsMLG2 on hostile and awkward input", () => {
  it("says where malformed XML stops being well-formed", () => {
    assert.throws(
      () => parseText(`<newsItem guid="g">\n  <itemMeta>\n</newsItem>`),
      (error: unknown) =>
        error instanceof WireFormatError &&
        /not well-formed/.test(error.message) &&
        /^line 3, column \d+$/.test(error.where ?? ""),
    );
  });

  it("refuses entity expansion bombs and external entities", () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE newsItem [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<newsItem guid="g"><contentMeta><headline>&c;</headline></contentMeta></newsItem>`;
    const external = `<?xml version="1.0"?><!DOCTYPE newsItem [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<newsItem guid="g"><contentMeta><headline>&x;</headline></contentMeta></newsItem>`;
    for (const xml of [bomb, external]) assert.throws(() => parseText(xml), refusedWith(/entities/));
  });

  it("sanitizes a body: no scripts, handlers or javascript: links survive", () => {
    const contentSet = `<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml">
      <head><title>T</title><script>steal()</script></head>
      <body><p onclick="steal()">Safe <script>alert(1)</script>text <a href="javascript:alert(1)">link</a>
      <img src="x" onerror="steal()"/></p><script>alert(2)</script><iframe src="https://evil.example"/></body></html></inlineXML></contentSet>`;
    const item = onlyItem(parseText(newsItem({ contentSet })));
    assert.doesNotMatch(item?.bodyHtml ?? "", /script|alert|steal|onclick|onerror|javascript|iframe|evil/i);
    assert.match(item?.bodyHtml ?? "", /^<p>Safe text <a rel="noopener noreferrer">link<\/a>/);
  });

  it("reads an empty <embargoed/> as embargoed with the time unknown, and holds an unreadable one too", () => {
    const empty = onlyItem(parseText(newsItem({ itemMeta: "<embargoed/>" })));
    assert.ok(empty && "embargo" in empty);
    assert.deepEqual(empty?.embargo, { until: undefined });
    const unreadable = onlyItem(parseText(newsItem({ itemMeta: "<embargoed>noon Friday</embargoed>" })));
    assert.deepEqual(unreadable?.embargo, { until: undefined });
    assert.equal(unreadable?.extra["itemMeta/embargoed"], "noon Friday");
    const none = onlyItem(parseText(newsItem({})));
    assert.equal(none?.embargo, undefined);
  });

  it("reads a canceled item by QCode (any scheme alias) or URI, either spelling", () => {
    const statuses = [
      '<pubStatus qcode="stat:canceled"/>',
      '<pubStatus qcode="pubstat:canceled"/>',
      '<pubStatus uri="http://cv.iptc.org/newscodes/pubstatusg2/canceled"/>',
      '<pubStatus uri="http://cv.iptc.org/newscodes/pubstatusg2/canceled/"/>',
      '<pubStatus qcode="stat:cancelled"/>',
    ];
    for (const pubStatus of statuses)
      assert.equal(onlyItem(parseText(newsItem({ itemMeta: pubStatus })))?.status, "canceled", pubStatus);
    const unknown = onlyItem(parseText(newsItem({ itemMeta: '<pubStatus qcode="stat:pending"/>' })));
    assert.equal(unknown?.status, "withheld");
    assert.deepEqual(unknown?.extra["itemMeta/pubStatus"], { "@qcode": "stat:pending" });
  });

  it("refuses deeply nested junk, in the item and in its inline content, without crashing", () => {
    const deepItem = `<newsItem guid="g">${"<x>".repeat(5000)}${"</x>".repeat(5000)}</newsItem>`;
    assert.throws(() => parseText(deepItem), refusedWith(/nests elements too deeply/));
    const deepBody = `<contentSet><inlineXML>${"<div>".repeat(5000)}x${"</div>".repeat(5000)}</inlineXML></contentSet>`;
    assert.throws(
      () => parseText(newsItem({ contentSet: deepBody })),
      refusedWith(/nests elements more than/),
    );
    const deepHeadline = `<contentMeta><headline>${"<span>".repeat(5000)}x${"</span>".repeat(5000)}</headline></contentMeta>`;
    assert.throws(() => parseText(newsItem({ contentMeta: deepHeadline })), WireFormatError);
  });

  it("refuses a file with no element, and an XML file of another kind", () => {
    assert.throws(() => parseText(""), WireFormatError);
    assert.throws(
      () => parseText("<rss version='2.0'><channel/></rss>"),
      refusedWith(/root element is <rss>/),
    );
  });
});
