import assert from "node:assert/strict";
import { createReadStream, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { XMLParser } from "fast-xml-parser";
import { corpusPath } from "../../../test/support/corpora.ts";
import { looksPhpSerialized, readPhpSerialized } from "./php-serialized.ts";
import { readWxr } from "./wxr-reader.ts";
import { WxrError, type WxrRecord } from "./wxr-records.ts";

const corpus = corpusPath("wxr");

async function readAll(path: string): Promise<{ records: WxrRecord[]; error: unknown }> {
  const records: WxrRecord[] = [];
  try {
    for await (const record of readWxr(createReadStream(path, { highWaterMark: 4096 }))) records.push(record);
    return { records, error: null };
  } catch (error) {
    return { records, error };
  }
}

function tally(records: WxrRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const record of records) {
    const key = record.kind === "item" ? `item:${record.postType}` : record.kind;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/**
 * The oracle: fast-xml-parser reads the whole file by prefix, which is right for every export whose
 * prefixes are WordPress's own. An item without post_id or post_type is one the reader must skip.
 */
function expectedCounts(path: string): Record<string, number> {
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: () => true });
  const channel = parser.parse(readFileSync(path, "utf8")).rss[0].channel[0];
  const text = (node: unknown): string =>
    typeof node === "string" ? node.trim() : String((node as { "#text"?: string })?.["#text"] ?? "").trim();
  const counts: Record<string, number> = { header: 1 };
  for (const [tag, kind] of [
    ["wp:author", "author"],
    ["wp:category", "category"],
    ["wp:tag", "tag"],
    ["wp:term", "term"],
  ]) {
    if (channel[tag as string]) counts[kind as string] = channel[tag as string].length;
  }
  for (const item of channel.item ?? []) {
    const postType = text(item["wp:post_type"]?.[0]);
    const key = text(item["wp:post_id"]?.[0]) === "" || postType === "" ? "skipped" : `item:${postType}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** Files the prefix-reading oracle cannot judge: what each must give, read off the file itself. */
const SPECIAL: Record<string, (result: { records: WxrRecord[]; error: unknown }) => void> = {
  "importer-malformed-simple.xml": ({ records, error }) => {
    // The item never closes: the header was released at <item>, then the file stops at its end.
    assert.deepEqual(tally(records), { header: 1 });
    assertWxrError(error, "malformed-xml", 14);
  },
  "importer-malformed.xml": ({ records, error }) => {
    assert.deepEqual(records, []);
    assertWxrError(error, "not-wxr", 27);
  },
  "importer-missing-version-tag.xml": ({ records, error }) => {
    assert.deepEqual(records, []);
    assert.equal(error instanceof WxrError && error.code, "missing-version");
  },
  "importer-crazy-cdata.xml": ({ records, error }) => {
    assert.equal(error, null);
    const skipped = records.filter((record) => record.kind === "skipped");
    assert.deepEqual(
      skipped.map(({ line, postId }) => ({ line, postId })),
      [{ line: 12, postId: 1 }],
    );
    assert.match(skipped[0]?.kind === "skipped" ? skipped[0].reason : "", /"]]>".*line 18/);
  },
  "importer-namespace-edge-cases.xml": ({ records, error }) => {
    assert.equal(error, null);
    // Authors: the one bound to example.com/fake and custom:author are not WordPress's; wp2 (1.1) is.
    const authors = records.flatMap((record) => (record.kind === "author" ? [record.login] : []));
    assert.deepEqual(authors, ["real_user", "version_conflict"]);
    // Items 1-4 and 6 carry post_id in a WordPress namespace (item 2 through a default namespace);
    // item 5 rebinds wp: to a hijacking URI, so it has no post_id at all.
    const items = records.flatMap((record) => (record.kind === "item" ? [record.postId] : []));
    assert.deepEqual(items, [1, 2, 3, 4, 6]);
    const skipped = records.filter((record) => record.kind === "skipped");
    assert.deepEqual(
      skipped.map((record) => record.title),
      ["Hijacked Namespace"],
    );
    const mixed = records.find((record) => record.kind === "item" && record.postId === 1);
    assert.deepEqual(mixed?.kind === "item" && mixed.meta.map((meta) => meta.key), ["normal_key"]);
    const terms = records.flatMap((record) => (record.kind === "term" ? [record.termId] : []));
    assert.deepEqual(terms, [100, 102]);
  },
};

function assertWxrError(error: unknown, code: string, line: number): void {
  assert.ok(error instanceof WxrError, `expected a WxrError, got ${String(error)}`);
  assert.equal(error.code, code);
  assert.equal(error.line, line);
}

describe("readWxr over the shared WXR corpus", { skip: corpus.skip }, () => {
  const files = corpus.skip ? [] : readdirSync(corpus.path).filter((name) => name.endsWith(".xml"));

  for (const name of files) {
    it(`reads ${name} with the counts the file holds`, async () => {
      const result = await readAll(join(corpus.path, name));
      const special = SPECIAL[name];
      if (special) return special(result);
      assert.equal(result.error, null);
      assert.deepEqual(tally(result.records), expectedCounts(join(corpus.path, name)));
      assert.equal(result.records[0]?.kind, "header");
    });
  }

  it("round-trips the UTF-8 challenge file's text (NFC)", async () => {
    const path = join(corpus.path, "importer-wxr-utf-8-challenges.xml");
    const parser = new XMLParser({ parseTagValue: false, trimValues: false, isArray: () => true });
    const item = parser.parse(readFileSync(path, "utf8")).rss[0].channel[0].item[0];
    const { records } = await readAll(path);
    const read = records.find((record) => record.kind === "item");
    assert.ok(read?.kind === "item");
    assert.equal(read.title.normalize("NFC"), String(item.title[0]).normalize("NFC"));
    assert.equal(read.content.normalize("NFC"), String(item["content:encoded"][0]).normalize("NFC"));
    assert.match(read.title, /🌲/);
  });

  it("reads every PHP-serialized meta value in the corpus, byte counts and all", async () => {
    const path = join(corpus.path, "importer-test-serialized-postmeta-with-cdata.xml");
    const item = (await readAll(path)).records.find((record) => record.kind === "item");
    const meta = new Map(item?.kind === "item" ? item.meta.map((entry) => [entry.key, entry.value]) : []);
    assert.equal(meta.get("evil"), "<wp:meta_value>evil</wp:meta_value>");
    assert.deepEqual(readPhpSerialized(meta.get("array-nested") ?? ""), {
      ok: true,
      value: new Map([
        [
          "key",
          new Map([
            ["foo", "¯\\_(ツ)_/¯"],
            ["bar", "\\o/"],
          ]),
        ],
      ]),
    });
    const refused: string[] = [];
    let read = 0;
    for (const name of readdirSync(corpus.path)) {
      for (const record of (await readAll(join(corpus.path, name))).records) {
        if (!("meta" in record)) continue;
        for (const { key, value } of record.meta.filter((entry) => looksPhpSerialized(entry.value))) {
          const result = readPhpSerialized(value);
          if (result.ok) read += 1;
          else refused.push(`${name} ${key}: ${result.reason}`);
        }
      }
    }
    assert.deepEqual(refused, []);
    assert.ok(read > 100, `${read} serialized values read`);
  });

  it("gives every item its start line, as the file has them", async () => {
    const path = join(corpus.path, "wptrt-themeunittestdata.wordpress.xml");
    const lines = readFileSync(path, "utf8")
      .split("\n")
      .flatMap((line, index) => (/<item>/.test(line) ? [index + 1] : []));
    const { records } = await readAll(path);
    const itemLines = records.flatMap((record) =>
      record.kind === "item" || record.kind === "skipped" ? [record.line] : [],
    );
    assert.deepEqual(itemLines, lines);
  });
});
