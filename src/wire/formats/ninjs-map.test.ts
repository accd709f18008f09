import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ninjsVersionNumber, parseNinjs } from "./ninjs.ts";
import { failure, itemOf, parseJson, rejects, utf8 } from "./ninjs-test-support.ts";

// The mapping rules and hostile input, on small made-up files; ninjs.test.ts runs the corpora.

describe("ninjs: mapping", () => {
  it("compares versions as numbers and keeps a version that is not one in extra", () => {
    assert.equal(ninjsVersionNumber("10"), 10);
    assert.ok((ninjsVersionNumber("10") ?? 0) > (ninjsVersionNumber("9") ?? 0));
    assert.ok("10" < "9", "as text they sort the wrong way round");
    assert.equal(ninjsVersionNumber("1.2"), undefined);
    assert.equal(itemOf({ uri: "u", version: "10" }).version, 10);
    const odd = itemOf({ uri: "u", version: "draft-2" });
    assert.equal(odd.version, undefined);
    assert.equal(odd.extra["/version"], "draft-2");
  });

  it("normalises any offset to UTC and keeps a date it cannot read in extra", () => {
    const item = itemOf({
      uri: "u",
      versionCreated: "2024-03-01T10:15:00+02:00",
      firstCreated: "Last Tuesday",
    });
    assert.equal(item.versionCreated, "2024-03-01T08:15:00.000Z");
    assert.equal(item.firstCreated, undefined);
    assert.equal(item.extra["/firstCreated"], "Last Tuesday");
    assert.equal(
      itemOf({ uri: "u", versioncreated: "2024-03-01T00:30:00-0130" }).versionCreated,
      "2024-03-01T02:00:00.000Z",
    );
    assert.equal(itemOf({ uri: "u", versioncreated: "2024-02-30T10:00:00Z" }).versionCreated, undefined);
  });

  it("reads the publication status, the planning spelling included, and says so", () => {
    assert.equal(itemOf({ uri: "u" }).status, "usable");
    assert.equal(itemOf({ uri: "u", pubstatus: "withheld" }).status, "withheld");
    assert.equal(
      itemOf({ uri: "u", pubStatus: "canceled", versionCreated: "2024-01-01T00:00:00Z" }).status,
      "canceled",
    );
    const killed = itemOf({ uri: "u", pubstatus: "cancelled" });
    assert.equal(killed.status, "canceled");
    assert.match(String(killed.extra["#notes"]), /cancelled/);
    rejects(
      () => parseNinjs(utf8('{"uri":"u","pubstatus":"cancelled"}'), { validateAs: "1.6" }),
      /must be one of/,
    );
  });

  it("reads embargoes in each spelling, and holds an item whose embargo it cannot read", () => {
    assert.deepEqual(itemOf({ uri: "u", embargoed: "2024-05-01T12:00:00Z" }).embargo, {
      until: "2024-05-01T12:00:00.000Z",
    });
    const threeX = { uri: "u", versionCreated: "2024-05-01T09:00:00Z" };
    assert.deepEqual(itemOf({ ...threeX, embargoedUntil: "2024-05-01T14:00:00+02:00" }).embargo, {
      until: "2024-05-01T12:00:00.000Z",
    });
    const guideSpelling = itemOf({ ...threeX, embargoed: "2024-05-01T12:00:00Z" });
    assert.deepEqual(guideSpelling.embargo, { until: "2024-05-01T12:00:00.000Z" });
    assert.match(String(guideSpelling.extra["#notes"]), /embargoedUntil/);
    const unreadable = itemOf({ uri: "u", embargoed: "until further notice" });
    assert.deepEqual(unreadable.embargo, {});
    assert.equal(unreadable.extra["/embargoed"], "until further notice");
  });

  it("takes the main headline first and keeps the others in extra", () => {
    const item = itemOf({
      uri: "u",
      headlines: [
        { role: "sub", value: "Second" },
        { role: "main", value: "First" },
      ],
    });
    assert.equal(item.headline, "First");
    assert.deepEqual(item.extra["/headlines/0"], { role: "sub", value: "Second" });
    assert.equal(itemOf({ uri: "u", headline_sub: "S", headline: "Bare" }).headline, "Bare");
  });

  it("turns a plain text body into escaped paragraphs, and prefers markup when both are sent", () => {
    assert.equal(
      itemOf({ uri: "u", body_text: "One & two\n\nThree <b>" }).bodyHtml,
      "<p>One &amp; two</p><p>Three &lt;b&gt;</p>",
    );
    const both = itemOf({ uri: "u", body_text: "Plain", body_html: "<p><em>Rich</em></p>" });
    assert.equal(both.bodyHtml, "<p><em>Rich</em></p>");
    assert.equal(both.extra["/body_text"], "Plain");
  });

  it("maps 1.x scheme and code to a concept URI, and 2.x uri or literal to a code", () => {
    const old = itemOf({
      uri: "u",
      subject: [{ name: "Politics", scheme: "http://cv.iptc.org/newscodes/mediatopic/", code: "11000000" }],
    });
    assert.deepEqual(old.subjects, [
      { name: "Politics", code: "http://cv.iptc.org/newscodes/mediatopic/11000000" },
    ]);
    const two = itemOf({
      uri: "u",
      subjects: [{ name: "Politics", literal: "medtop:11000000" }],
      people: [{ uri: "http://e.org/p/1" }],
    });
    assert.deepEqual(two.subjects, [{ name: "Politics", code: "medtop:11000000" }]);
    assert.deepEqual(two.people, [{ name: "http://e.org/p/1", code: "http://e.org/p/1" }]);
  });

  it("reads Superdesk's guid and keywords", () => {
    const item = itemOf({ guid: "tag:sd:1", headline: "H", keywords: ["flood", "rain"], priority: 3 });
    assert.equal(item.guid, "tag:sd:1");
    assert.deepEqual(item.keywords, ["flood", "rain"]);
    assert.equal(item.extra["/priority"], 3);
  });

  it("says which version a file declares or shows", () => {
    const declared = { uri: "u", standard: { name: "ninjs", version: "2.1" }, headlines: [{ value: "H" }] };
    assert.equal(parseJson(declared).formatVersion, "ninjs 2.1");
    assert.equal(parseJson({ uri: "u", versionCreated: "2024-01-01T00:00:00Z" }).formatVersion, "ninjs 3.x");
    assert.equal(parseJson({ uri: "u", headlines: [{ value: "H" }] }).formatVersion, "ninjs 2.x");
    assert.equal(parseJson({ uri: "u", headline: "H" }).formatVersion, "ninjs 1.x");
    const newer = parseJson({
      uri: "u",
      standard: { version: "3.9" },
      versionCreated: "2024-01-01T00:00:00Z",
    });
    assert.equal(newer.formatVersion, "ninjs 3.9");
    assert.match(String(newer.items[0]?.extra["#notes"]), /checked against 3.1/);
  });

  it("names the schema rule and the place a file breaks it", () => {
    const error = failure(() =>
      parseJson({ uri: "u", standard: { version: "2.2" }, headlines: [{ role: "main" }] }),
    );
    assert.match(error.message, /not valid ninjs 2\.2: "value" is required/);
    assert.match(error.where ?? "", /^\/headlines\/0 \(schema #\/.*headlines\/items\/required\)$/);
    const unknown = failure(() => parseJson({ uri: "u", headline: "H", mime_type: "text/plain" }));
    assert.match(unknown.message, /"mime_type" is not a property ninjs 1\.6 allows/);
  });
});

describe("ninjs: hostile input", () => {
  it("refuses what is not JSON, saying where", () => {
    const error = failure(() => parseNinjs(utf8('{"uri": "u",\n  "headline": oops}')));
    assert.match(error.message, /not JSON/);
    assert.equal(error.where, "line 2, column 15");
    assert.equal(failure(() => parseNinjs(utf8('{"uri": "u",}'))).where, "line 1, column 13");
    rejects(() => parseNinjs(utf8("")), /not JSON/);
  });

  it("refuses JSON that is not an object or a list of them", () => {
    rejects(() => parseNinjs(utf8("[]")), /empty list/);
    rejects(() => parseNinjs(utf8("null")), /null/);
    rejects(() => parseNinjs(utf8('"uri"')), /string/);
  });

  it("reads a 1 MB headline", () => {
    assert.equal(itemOf({ uri: "u", headline: "a".repeat(1 << 20) }).headline.length, 1 << 20);
  });

  it("refuses deep nesting without overflowing the stack", () => {
    const deep = 100_000;
    rejects(() => parseNinjs(utf8(`{"uri":"u","x":${"[".repeat(deep)}${"]".repeat(deep)}}`)), /deep/);
    rejects(() => parseNinjs(utf8(`{"uri":"u","x":${"[".repeat(deep)}`)), /not JSON/);
    const associated = (levels: number) => {
      let nested = '{"uri":"u0"}';
      for (let level = 1; level < levels; level += 1)
        nested = `{"uri":"u${level}","associations":{"a":${nested}}}`;
      return utf8(nested);
    };
    assert.equal(parseNinjs(associated(30)).items[0]?.guid, "u29");
    rejects(() => parseNinjs(associated(200)), /deep/);
    rejects(() => parseJson({ uri: "u", body_html: "<b>".repeat(10_000) }), /nests elements/);
  });

  it("sanitizes the body", () => {
    const item = itemOf({
      uri: "u",
      body_html: '<p onclick="x()">Hi</p><script>alert(1)</script><a href="javascript:alert(1)">x</a>',
    });
    assert.doesNotMatch(item.bodyHtml, /script|onclick|javascript/);
    assert.match(item.bodyHtml, /<p>Hi<\/p>/);
  });

  it("refuses an item without an identifier", () => {
    rejects(() => parseJson({ uri: "  " }), /identifier/);
  });
});
