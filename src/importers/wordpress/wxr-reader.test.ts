import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readWxr } from "./wxr-reader.ts";
import { WxrError, type WxrItem, type WxrRecord } from "./wxr-records.ts";

const NAMESPACES = `xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:dc="http://purl.org/dc/elements/1.1/"`;

function wxr(channel: string, { version = "1.2", namespaces = NAMESPACES } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" ${namespaces}>
<channel>
<title>Site</title><link>https://example.com</link><language>bn</language>
<wp:wxr_version>${version}</wp:wxr_version>
<wp:base_site_url>https://example.com</wp:base_site_url><wp:base_blog_url>https://example.com/blog</wp:base_blog_url>
${channel}
</channel>
</rss>`;
}

function item(fields: string): string {
  return `<item><title>T</title><wp:post_id>7</wp:post_id><wp:post_type>post</wp:post_type>${fields}</item>`;
}

/** Hands the text over in pieces of `size` bytes, so records and characters straddle chunk edges. */
async function* chunks(text: string, size = 7): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text, "utf8");
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function read(text: string, size?: number): Promise<WxrRecord[]> {
  const records: WxrRecord[] = [];
  for await (const record of readWxr(chunks(text, size))) records.push(record);
  return records;
}

async function readItem(fields: string): Promise<WxrItem> {
  const found = (await read(wxr(item(fields)))).find((record) => record.kind === "item");
  assert.ok(found?.kind === "item", "an item record");
  return found;
}

/** Reads until the error and returns it with the records handed on before it. */
async function failure(text: string): Promise<{ error: WxrError; before: WxrRecord[] }> {
  const before: WxrRecord[] = [];
  try {
    for await (const record of readWxr(chunks(text))) before.push(record);
  } catch (error) {
    assert.ok(error instanceof WxrError, `expected a WxrError, got ${String(error)}`);
    return { error, before };
  }
  assert.fail("expected the reader to stop");
}

describe("readWxr", () => {
  it("hands on the header first, then records in file order", async () => {
    const records = await read(
      wxr(`<wp:author><wp:author_id>3</wp:author_id><wp:author_login>rina</wp:author_login>
        <wp:author_display_name><![CDATA[রিনা]]></wp:author_display_name></wp:author>
        <wp:category><wp:term_id>4</wp:term_id><wp:category_nicename>city</wp:category_nicename>
          <wp:category_parent>news</wp:category_parent><wp:cat_name><![CDATA[City & Town]]></wp:cat_name></wp:category>
        <wp:tag><wp:term_id>5</wp:term_id><wp:tag_slug>rain</wp:tag_slug><wp:tag_name>Rain</wp:tag_name></wp:tag>
        <wp:term><wp:term_id>6</wp:term_id><wp:term_taxonomy>language</wp:term_taxonomy><wp:term_slug>bn</wp:term_slug>
          <wp:termmeta><wp:meta_key>k</wp:meta_key><wp:meta_value>v</wp:meta_value></wp:termmeta></wp:term>
        ${item("")}`),
    );
    assert.deepEqual(
      records.map((record) => record.kind),
      ["header", "author", "category", "tag", "term", "item"],
    );
    assert.deepEqual(records[0], {
      kind: "header",
      line: 4,
      title: "Site",
      link: "https://example.com",
      description: "",
      language: "bn",
      wxrVersion: "1.2",
      baseSiteUrl: "https://example.com",
      baseBlogUrl: "https://example.com/blog",
    });
    assert.deepEqual(records[1], {
      kind: "author",
      line: 8,
      id: 3,
      login: "rina",
      email: "",
      displayName: "রিনা",
      firstName: "",
      lastName: "",
    });
    assert.equal(records[2]?.kind === "category" && records[2].name, "City & Town");
    assert.equal(records[2]?.kind === "category" && records[2].parent, "news");
    assert.deepEqual(records[4]?.kind === "term" && records[4].meta, [{ key: "k", value: "v" }]);
  });

  it("reads an item's fields, terms, meta and comment counts", async () => {
    const read =
      await readItem(`<link>https://example.com/a</link><guid isPermaLink="false">https://example.com/?p=7</guid>
      <dc:creator>rina</dc:creator><content:encoded><![CDATA[<p>বৃষ্টি</p>]]></content:encoded>
      <excerpt:encoded><![CDATA[Short]]></excerpt:encoded><wp:status>publish</wp:status><wp:post_name>a</wp:post_name>
      <wp:post_parent>3</wp:post_parent><wp:menu_order>-2</wp:menu_order><wp:is_sticky>1</wp:is_sticky>
      <category domain="category" nicename="city"><![CDATA[City]]></category>
      <category domain="language" nicename="bn"><![CDATA[বাংলা]]></category>
      <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value><![CDATA[12]]></wp:meta_value></wp:postmeta>
      <wp:comment><wp:comment_approved>1</wp:comment_approved></wp:comment>
      <wp:comment><wp:comment_approved>spam</wp:comment_approved></wp:comment>`);
    assert.equal(read.postId, 7);
    assert.equal(read.guid, "https://example.com/?p=7");
    assert.equal(read.guidIsPermaLink, false);
    assert.equal(read.content, "<p>বৃষ্টি</p>");
    assert.equal(read.excerpt, "Short");
    assert.deepEqual([read.postParent, read.menuOrder, read.isSticky], [3, -2, true]);
    assert.deepEqual(read.terms, [
      { domain: "category", nicename: "city", name: "City" },
      { domain: "language", nicename: "bn", name: "বাংলা" },
    ]);
    assert.deepEqual(read.meta, [{ key: "_thumbnail_id", value: "12" }]);
    assert.deepEqual(read.comments, { count: 2, approved: 1 });
  });

  it("joins CDATA sections an exporter split to write ]]>, and keeps whitespace inside them", async () => {
    const read = await readItem(
      `<content:encoded>
      <![CDATA[a ]]]]><![CDATA[> b

c]]></content:encoded>`,
    );
    assert.equal(read.content, "a ]]> b\n\nc");
  });

  it("dates: the GMT date as an instant, else post_date as site wall time, else none", async () => {
    const both = await readItem(
      "<wp:post_date>2009-06-20 01:00:00</wp:post_date><wp:post_date_gmt>2009-06-19 18:00:00</wp:post_date_gmt>",
    );
    assert.deepEqual(both.date, { kind: "instant", iso: "2009-06-19T18:00:00Z" });
    assert.equal(both.localDate, "2009-06-20T01:00:00");
    const draft = await readItem(
      "<wp:post_date>2020-01-02 03:04:05</wp:post_date><wp:post_date_gmt>0000-00-00 00:00:00</wp:post_date_gmt>",
    );
    assert.deepEqual(draft.date, { kind: "site-local", wallTime: "2020-01-02T03:04:05" });
    assert.equal((await readItem("")).date, null);
  });

  it("skips an item with invalid content, with its line and reason, and reads on", async () => {
    const records = await read(
      wxr(`<item><title>No id</title><wp:post_type>post</wp:post_type></item>
<item><title>Bad date</title><wp:post_id>8</wp:post_id><wp:post_type>post</wp:post_type><wp:post_date>2021-02-30 10:00:00</wp:post_date></item>
<item><title>No type</title><wp:post_id>9</wp:post_id></item>
<item><title>Control</title><wp:post_id>10</wp:post_id><wp:post_type>post</wp:post_type><content:encoded>a\u0001b</content:encoded></item>
<item><title>Entity</title><wp:post_id>11</wp:post_id><wp:post_type>post</wp:post_type><content:encoded>a&nbsp;b</content:encoded></item>
${item("")}`),
    );
    const skipped = records.flatMap((record) =>
      record.kind === "skipped" ? [[record.line, record.postId, record.reason]] : [],
    );
    assert.deepEqual(skipped, [
      [8, null, "no wp:post_id"],
      [9, 8, 'wp:post_date is not a date: "2021-02-30 10:00:00"'],
      [10, 9, "no wp:post_type"],
      [11, 10, "a character XML does not allow (a control character) at line 11"],
      [12, 11, "an entity XML does not define (HTML entities need CDATA) at line 12"],
    ]);
    assert.equal(records.at(-1)?.kind, "item");
  });

  it("skips an item holding more text than the limit, and stops at any other record that large", async () => {
    const big = "x".repeat(50);
    const text = wxr(`${item(`<content:encoded>${big}</content:encoded>`)}${item("")}`);
    const records: WxrRecord[] = [];
    for await (const record of readWxr(chunks(text), { maxRecordChars: 40 })) records.push(record);
    assert.deepEqual(
      records.map((record) => (record.kind === "skipped" ? record.reason : record.kind)),
      ["header", "larger than 40 characters", "item"],
    );
    const author = wxr(`<wp:author><wp:author_login>${big}</wp:author_login></wp:author>${item("")}`);
    await assert.rejects(
      async () => {
        for await (const _ of readWxr(chunks(author), { maxRecordChars: 40 })) {
        }
      },
      (error) => error instanceof WxrError && error.code === "too-large",
    );
  });

  it("resolves fields by namespace URI, whatever the prefix, for every 1.x URI over http or https", async () => {
    const renamed = `xmlns:x="https://wordpress.org/export/1.0/" xmlns:wp="http://example.com/not-wordpress/"`;
    const records = await read(
      `<rss ${renamed}><channel><x:wxr_version>1.0</x:wxr_version>
      <item><wp:post_id>1</wp:post_id><x:post_id>5</x:post_id><x:post_type>page</x:post_type></item></channel></rss>`,
    );
    const found = records.find((record) => record.kind === "item");
    assert.deepEqual(found?.kind === "item" && [found.postId, found.postType], [5, "page"]);
  });

  it("hands on records while the file is still arriving, and holds none it has handed on", async () => {
    let produced = 0;
    async function* endless(): AsyncGenerator<string> {
      yield wxr("").replace(/<\/channel>[\s\S]*/, "");
      for (;;) {
        produced += 1;
        yield item(`<wp:post_name>n${produced}</wp:post_name>`);
      }
    }
    let seen = 0;
    for await (const record of readWxr(endless())) {
      if (record.kind === "item") seen += 1;
      if (seen === 100) break;
    }
    assert.ok(produced <= 101, `read ${produced} items ahead to hand on 100`);
  });
});

describe("readWxr refusals (before any record)", () => {
  it("refuses an external entity (XXE) without fetching or expanding it", async () => {
    const { error, before } = await failure(
      `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel>&xxe;</channel></rss>`,
    );
    assert.equal(error.code, "doctype-refused");
    assert.deepEqual(before, []);
    assert.doesNotMatch(error.message, /root:/);
  });

  it("refuses a billion-laughs DTD at once, without expanding it", async () => {
    const entities = Array.from(
      { length: 9 },
      (_, n) => `<!ENTITY lol${n + 1} "${`&lol${n};`.repeat(10)}">`,
    ).join("");
    const started = performance.now();
    const { error } = await failure(
      `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${entities}]><rss><channel>&lol9;</channel></rss>`,
    );
    assert.equal(error.code, "doctype-refused");
    assert.ok(performance.now() - started < 1000);
  });

  it("refuses files that are not XML, not UTF-8 or not WXR, naming the reason", async () => {
    assert.equal((await failure("PK\u0003\u0004 zipped bytes")).error.code, "not-xml");
    assert.equal((await failure("")).error.code, "not-xml");
    assert.equal((await failure("<html><body/></html>")).error.code, "not-wxr");
    assert.equal((await failure("<rss><item/></rss>")).error.code, "not-wxr");
    assert.equal((await failure("<rss/>")).error.code, "not-wxr");
    const latin1 = `<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel/></rss>`;
    assert.equal((await failure(latin1)).error.code, "not-utf8");
    const bytes = [Buffer.from("<rss><channel><title>"), Buffer.from([0xff, 0xfe]), Buffer.from("</title>")];
    const { error } = await (async () => {
      try {
        for await (const _ of readWxr(
          (async function* () {
            yield* bytes;
          })(),
        )) {
        }
      } catch (caught) {
        return { error: caught as WxrError };
      }
      return { error: null };
    })();
    assert.equal(error?.code, "not-utf8");
  });

  it("refuses a missing, malformed or unsupported version before handing on authors or terms", async () => {
    const author = "<wp:author><wp:author_login>a</wp:author_login></wp:author>";
    for (const [version, code] of [
      ["abc", "invalid-version"],
      ["1.3", "unsupported-version"],
      ["2.0", "unsupported-version"],
    ] as const) {
      const { error, before } = await failure(wxr(`${author}${item("")}`, { version }));
      assert.equal(error.code, code, version);
      assert.deepEqual(before, []);
    }
    const missing = wxr(`${author}${item("")}<wp:wxr_version>1.2</wp:wxr_version>`).replace(
      "<wp:wxr_version>1.2</wp:wxr_version>",
      "",
    );
    const { error, before } = await failure(missing);
    assert.equal(error.code, "missing-version");
    assert.equal(error.line, 8);
    assert.deepEqual(before, []);
  });

  it("accepts a version written after the authors, since the header is complete only at the first item", async () => {
    const text = `<rss ${NAMESPACES}><channel><wp:author><wp:author_login>a</wp:author_login></wp:author>
      <wp:wxr_version>1.1</wp:wxr_version>${item("")}</channel></rss>`;
    assert.deepEqual(
      (await read(text)).map((record) => record.kind),
      ["header", "author", "item"],
    );
  });

  it("stops at broken XML with its line, after the records before it", async () => {
    const { error, before } = await failure(wxr(`${item("")}\n<item><title>x</wp:post_id></item>`));
    assert.equal(error.code, "malformed-xml");
    assert.equal(error.line, 9);
    assert.deepEqual(
      before.map((record) => record.kind),
      ["header", "item"],
    );
  });
});
