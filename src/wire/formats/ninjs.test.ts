import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { corpusPath, readCorpus } from "../../../test/support/corpora.ts";
import { WireFormatError } from "../wire-error.ts";
import type { WireItem } from "../wire-item.ts";
import { NINJS_SCHEMA_VERSIONS, type NinjsSchemaVersion, parseNinjs } from "./ninjs.ts";
import { itemOf, rejects, textItem, utf8 } from "./ninjs-test-support.ts";

// The shared corpora: IPTC's conformance suite, the User Guide's examples, agency files. The mapping
// rules and hostile input are tested on small made-up files in ninjs-map.test.ts.

// IPTC's own conformance suite: each version's files against that version's schema. The `*_dev`
// folders test development drafts this server does not carry, so they are not run.
describe("ninjs: IPTC's validation test suite", () => {
  const suite = corpusPath("ninjs/validation-test-suite");
  const files = (version: string, kind: string) => {
    const folder = join(suite.path, version, kind);
    return readdirSync(folder).map((name) => ({ name, bytes: readFileSync(join(folder, name)) }));
  };

  for (const version of NINJS_SCHEMA_VERSIONS) {
    it(`accepts ${version}'s should_pass files, checked as ${version} and as detected`, {
      skip: suite.skip,
    }, () => {
      for (const { name, bytes } of files(version, "should_pass")) {
        assert.doesNotThrow(
          () => parseNinjs(bytes, { validateAs: version }),
          `${version}/${name} as ${version}`,
        );
        assert.doesNotThrow(() => parseNinjs(bytes), `${version}/${name} detected`);
      }
    });

    it(`rejects ${version}'s should_fail files with a WireFormatError`, { skip: suite.skip }, () => {
      for (const { name, bytes } of files(version, "should_fail"))
        assert.throws(
          () => parseNinjs(bytes, { validateAs: version }),
          WireFormatError,
          `${version}/${name} should fail`,
        );
    });
  }

  it("checks 1.0 by 1.0's own draft-03 rules, not 1.1's", () => {
    rejects(() => parseNinjs(utf8("{}"), { validateAs: "1.0" }), /"uri" is required/);
    rejects(() => parseNinjs(utf8('{"uri":"u","urgency":3}'), { validateAs: "1.0" }), /"urgency"/);
    assert.equal(itemOf({ uri: "u", urgency: 3 }).urgency, 3);
  });
});

describe("ninjs: the User Guide's examples", () => {
  const folder = corpusPath("ninjs/guidelines-examples");
  const read = (version: string, name: string) => readFileSync(join(folder.path, version, name));

  it("reads every example, and refuses the one IPTC marks not valid", { skip: folder.skip }, () => {
    for (const version of ["1.6", "2.2", "3.1"])
      for (const name of readdirSync(join(folder.path, version)))
        assert.doesNotThrow(() => parseNinjs(read(version, name)), `${version}/${name}`);
    rejects(() => parseNinjs(read("not-valid", "008_extension.json")), /"embargoedreason"/);
  });

  it("maps the same story in 1.6, 2.2 and 3.1 to the same item", { skip: folder.skip }, () => {
    for (const name of readdirSync(join(folder.path, "1.6"))) {
      const [v1, v2, v3] = ["1.6", "2.2", "3.1"].map((version) => {
        const { extra: _extra, ...fields } = parseNinjs(read(version, name)).items[0] as WireItem;
        return fields;
      });
      assert.deepEqual(v2, v1, `${name}: 2.2 and 1.6`);
      assert.deepEqual(v3, v1, `${name}: 3.1 and 1.6`);
    }
    const [story] = parseNinjs(read("3.1", "005_complex_text_article.json")).items;
    assert.equal(story?.headline, "Captain of wrecked cruise ship on trial in Italy");
    assert.match(story?.bodyHtml ?? "", /^<p>GROSSETO, Italy \(AP\) -- The trial/);
    assert.equal(story?.versionCreated, "2013-07-09T10:37:00.000Z");
  });
});

describe("ninjs: real agency examples", () => {
  const businessWire = readCorpus("ninjs/examples/1.4/businesswire-newsml-20130515006361.json");
  const apImage = readCorpus("ninjs/examples/2.1/ap_image.json");
  const ttText = readCorpus("ninjs/examples/3.0/tt_text_image_3.json");

  it("1.x: a Business Wire release with named associations and renditions", {
    skip: businessWire.skip,
  }, () => {
    const file = parseNinjs(utf8(businessWire.text));
    assert.equal(file.format, "ninjs");
    assert.equal(file.formatVersion, "ninjs 1.x");
    const item = textItem(businessWire.text);
    assert.equal(item.guid, "http://www.businesswire.com/news/home/20130515006361/en");
    assert.match(item.headline, /^Dell Redefines Workstation Computing Boundaries/);
    assert.equal(item.version, 1);
    assert.equal(item.versionCreated, "2013-05-16T04:01:00.000Z");
    assert.equal(item.pictures.length, 3);
    const [logo] = item.pictures;
    assert.deepEqual(
      logo?.renditions.map((each) => [each.name, each.width, each.height, each.contentType]),
      [
        ["thumbnail", 70, 70, "image/jpeg"],
        ["viewimage", 144, 144, "image/jpeg"],
        ["lowres", 300, 300, "image/jpeg"],
        ["highres", 432, 432, "image/jpeg"],
      ],
    );
    assert.equal(logo?.href, logo?.renditions[3]?.href);
    assert.equal(item.extra["/associations/logo/renditions/highres/sizeinbytes"], 33116);
    assert.equal(item.extra["/mimetype"], "application/x-resource+json;level=composite");
  });

  it("2.x: an AP photo, its credit line and its renditions", { skip: apImage.skip }, () => {
    const item = textItem(apImage.text);
    assert.equal(item.headline, "Turkey Islamic State");
    assert.equal(item.versionCreated, "2019-11-15T14:39:44.000Z");
    assert.equal(item.firstCreated, "2019-11-15T13:39:59.000Z");
    assert.equal(item.urgency, 5);
    assert.equal(item.version, 0);
    assert.equal(item.credit, "ASSOCIATED PRESS");
    assert.match(item.standfirst ?? "", /^FILE - In this Monday/);
    const [photo] = item.pictures;
    assert.equal(photo?.credit, "ASSOCIATED PRESS");
    assert.equal(photo?.caption, item.standfirst);
    assert.deepEqual(
      photo?.renditions.map((each) => [each.name, each.width, each.height]),
      [
        ["main", 3000, 2208],
        ["preview", 512, 377],
        ["thumbnail", 125, 92],
      ],
    );
    assert.equal(photo?.href, photo?.renditions[0]?.href);
    // The NITF caption file is a rendition too, but not a picture: it stays in extra.
    assert.equal((item.extra["/renditions/3"] as { name?: string }).name, "caption_nitf");
    assert.equal(item.extra["/ednote"], "TURKEY OUT  NOV. 11, 2019 FILE PHOTO");
    assert.deepEqual(item.extra["/infosources"], [{ name: "DHA" }]);
  });

  it("3.x: a TT story with a +02:00 time, an HTML document body and a picture", { skip: ttText.skip }, () => {
    const item = textItem(ttText.text);
    assert.equal(item.headline, "Militärövning i jätteformat hålls 2023");
    assert.equal(item.versionCreated, "2021-05-26T11:40:18.000Z");
    assert.equal(item.urgency, 3);
    assert.equal(item.language, "sv");
    assert.equal(item.credit, "TT");
    assert.doesNotMatch(item.bodyHtml, /<title|<h1|<html|<head/);
    assert.match(item.bodyHtml, /<blockquote>Aurora 2023 kommer/);
    assert.match(
      item.bodyHtml,
      /<a href="https:\/\/www\.sydostran\.se\/[^"]*" rel="noopener noreferrer">Sydöstran<\/a>/,
    );
    const [picture] = item.pictures;
    assert.equal(picture?.credit, "Karl Melander/TT");
    assert.match(picture?.caption ?? "", /^En stor internationell försvarsövning/);
    assert.equal(
      picture?.href,
      "https://beta.tt.se/media/text/210526-militarovning-a0f2d045/a001_NormalHires.jpg",
    );
    assert.deepEqual(picture?.renditions[0], {
      name: "r00",
      href: "https://beta.tt.se/media/text/210526-militarovning-a0f2d045/a001_NormalHires.jpg",
      contentType: "image/jpeg",
      width: 4724,
      height: 3149,
    });
    assert.equal((item.extra["/bodies/2"] as { role?: string }).role, "ttnitf");
    assert.equal(item.extra["/expires"], "2023-05-31T00:00:00+02:00");
    assert.equal(item.extra["/subjects/0/relevance"], 98);
  });
});

// Keeps the list of carried schemas and the files beside this module in step.
it("carries a schema file for every version it names", () => {
  const carried = readdirSync(new URL("./ninjs-schemas/", import.meta.url)).filter((name) =>
    name.endsWith(".json"),
  );
  const expected = NINJS_SCHEMA_VERSIONS.map((version: NinjsSchemaVersion) => `ninjs-schema_${version}.json`);
  for (const name of expected) assert.ok(carried.includes(name), name);
});

describe("ninjs: a list of items, as an agency's API pages them", () => {
  const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
  const item = (uri: string) => ({ uri, version: "1", headlines: [{ value: `Story ${uri}` }] });

  it("reads each item of the list", () => {
    const parsed = parseNinjs(encode([item("urn:list:1"), item("urn:list:2")]));
    assert.deepEqual(
      parsed.items.map((i) => i.guid),
      ["urn:list:1", "urn:list:2"],
    );
  });

  it("refuses the list when an item is not valid, naming which one", () => {
    const refused = (value: unknown, reason: RegExp) =>
      assert.throws(
        () => parseNinjs(encode(value)),
        (e: unknown) => e instanceof WireFormatError && reason.test(e.message),
      );
    refused([item("urn:list:1"), { uri: 7 }], /^item 2 of the list: /);
    refused(
      [item("urn:list:1"), 42],
      /^item 2 of the list: a ninjs item is a JSON object; this one is a number/,
    );
    refused(
      Array.from({ length: 1001 }, (_, i) => item(`urn:list:${i}`)),
      /lists 1001 items, more than the 1000/,
    );
    refused("just text", /^a ninjs item is a JSON object; this one is a string/);
  });
});
