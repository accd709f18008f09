import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, it } from "node:test";
import { XMLParser } from "fast-xml-parser";
import sharp from "sharp";
import { readPhpSerialized } from "../../src/importers/wordpress/php-serialized.ts";
import { readWxr } from "../../src/importers/wordpress/wxr-reader.ts";
import type { WxrItem, WxrRecord } from "../../src/importers/wordpress/wxr-records.ts";
import { exportAttachments, exportCounts, PAGE_COUNT, writeWxrExport, wxrExport } from "./wxr-export.ts";
import { writeWxrUploads } from "./wxr-uploads.ts";

const POSTS = 120;
const text = (posts: number, seed?: number) => [...wxrExport({ posts, seed })].join("");

async function records(xml: string): Promise<WxrRecord[]> {
  const out: WxrRecord[] = [];
  for await (const record of readWxr(Readable.from([Buffer.from(xml)]))) out.push(record);
  return out;
}

const meta = (item: WxrItem, key: string) => item.meta.find((m) => m.key === key)?.value;

describe("the generated WordPress export", () => {
  const xml = text(POSTS);
  const counts = exportCounts({ posts: POSTS });

  it("parses with fast-xml-parser and holds the posts asked for, the pages and the attachments it counts", () => {
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" }).parse(xml);
    const channel = parsed.rss.channel;
    assert.equal(channel["wp:wxr_version"], 1.2);
    assert.equal(channel["wp:author"].length, 12);
    assert.equal(channel["wp:category"].length, 15);
    assert.equal(channel["wp:tag"].length, 200);
    const types = (channel.item as { "wp:post_type": string }[]).map((item) => item["wp:post_type"]);
    assert.equal(types.filter((t) => t === "post").length, POSTS);
    assert.equal(types.filter((t) => t === "page").length, PAGE_COUNT);
    assert.equal(types.filter((t) => t === "attachment").length, counts.attachments);
  });

  it("is the same text for the same seed and another for another seed", () => {
    assert.equal(text(POSTS), xml);
    assert.notEqual(text(POSTS, 7), xml);
  });

  it("reads with the importer's WXR reader, no item skipped, every picture a post names exported", async () => {
    const read = await records(xml);
    assert.deepEqual(
      read.filter((r) => r.kind === "skipped"),
      [],
    );
    const items = read.filter((r): r is WxrItem => r.kind === "item");
    const posts = items.filter((i) => i.postType === "post");
    const attachmentIds = new Set(items.filter((i) => i.postType === "attachment").map((i) => i.postId));
    assert.equal(posts.length, POSTS);
    assert.equal(attachmentIds.size, counts.attachments);
    for (const post of posts) {
      const named = [
        ...post.content.matchAll(/(?:attachment_|wp-image-|"id":)(\d+)|ids="([\d,]+)"/g),
      ].flatMap((m) => (m[1] ?? m[2] ?? "").split(",").map(Number));
      const thumbnail = meta(post, "_thumbnail_id");
      if (thumbnail !== undefined) named.push(Number(thumbnail));
      for (const id of named) assert.ok(attachmentIds.has(id), `post ${post.postId} names picture ${id}`);
    }
    const header = read[0];
    assert.equal(header?.kind === "header" && header.wxrVersion, "1.2");
  });

  it("has posts of every shape: captions, galleries, an unknown shortcode, blocks, drafts, comments", async () => {
    const posts = (await records(xml)).filter(
      (r): r is WxrItem => r.kind === "item" && r.postType === "post",
    );
    const share = (test: (p: WxrItem) => boolean) => posts.filter(test).length / posts.length;
    assert.ok(share((p) => p.content.includes("[caption id=")) > 0.3);
    assert.ok(share((p) => p.content.includes("[gallery ")) > 0.05);
    assert.ok(share((p) => p.content.includes("[pullquote]")) > 0.03);
    assert.ok(share((p) => p.content.includes("<!-- wp:image {")) > 0.1);
    assert.ok(share((p) => p.status === "draft" || p.status === "pending") > 0.02);
    assert.ok(share((p) => p.comments.count > 0) > 0.1);
    assert.ok(share((p) => p.terms.some((t) => t.domain === "post_tag")) > 0.5);
  });

  it("splits a `]]>` in a post across CDATA sections, so the reader gets it back whole", async () => {
    const posts = (await records(xml)).filter(
      (r): r is WxrItem => r.kind === "item" && r.postType === "post",
    );
    assert.ok(posts.some((p) => p.content.includes("row[col[2]]> limit")));
  });

  it("writes attachment metadata PHP reads back, a credit's length counted in UTF-8 bytes", async () => {
    const attachments = (await records(text(400))).filter(
      (r): r is WxrItem => r.kind === "item" && r.postType === "attachment",
    );
    const credits = attachments.map((a) => {
      const read = readPhpSerialized(meta(a, "_wp_attachment_metadata") ?? "");
      assert.ok(read.ok, read.ok ? "" : read.reason);
      const imageMeta = read.value instanceof Map ? read.value.get("image_meta") : undefined;
      return imageMeta instanceof Map ? imageMeta.get("credit") : undefined;
    });
    assert.ok(credits.includes("Zoë Ferreira"));
    assert.ok(
      attachments.every((a) => a.excerpt.length > 0 && (meta(a, "_wp_attachment_image_alt") ?? "") !== ""),
    );
  });

  it("streams to a file with the same bytes, and an uploads folder with a distinct JPEG per attachment", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wxr-export-"));
    try {
      await writeWxrExport(join(dir, "export.xml"), { posts: 30 });
      assert.equal(readFileSync(join(dir, "export.xml"), "utf8"), text(30));
      const written = await writeWxrUploads(join(dir, "uploads"), { posts: 30 });
      const files = [...exportAttachments({ posts: 30 })].map((a) =>
        readFileSync(join(dir, "uploads", a.file)),
      );
      assert.equal(written, files.length);
      assert.equal(new Set(files.map((f) => f.toString("base64"))).size, files.length);
      const decoded = await sharp(files[0]).metadata();
      assert.deepEqual([decoded.format, decoded.width, decoded.height], ["jpeg", 64, 48]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
