import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { WxrItem } from "../wxr-records.ts";
import { type PlanContext, planItem } from "./item-plan.ts";
import { instantOf } from "./wp-dates.ts";
import { planStatus } from "./wp-status.ts";

const ctx: PlanContext = {
  edition: "en",
  editions: [
    { code: "en", lang: "en" },
    { code: "bn", lang: "bn" },
  ],
  timeZone: "Asia/Dhaka",
  siteUrl: "https://old.example.com",
  categoryByTermId: new Map([[7, "politics"]]),
  pages: new Map([
    [10, { slug: "about", parent: 0 }],
    [11, { slug: "team", parent: 10 }],
  ]),
};

function item(fields: Partial<WxrItem>): WxrItem {
  return {
    kind: "item",
    line: 10,
    postId: 42,
    postType: "post",
    title: "Rain returns to the delta",
    link: "https://old.example.com/2024/05/01/rain-returns/",
    guid: "https://old.example.com/?p=42",
    guidIsPermaLink: false,
    pubDate: "",
    creator: "rahim",
    content: "<p>Farmers watched the sky.</p>",
    excerpt: "",
    date: { kind: "instant", iso: "2024-05-01T03:00:00.000Z" },
    localDate: null,
    modified: null,
    commentStatus: "open",
    postName: "rain-returns",
    status: "publish",
    postParent: 0,
    menuOrder: 0,
    postPassword: "",
    isSticky: false,
    attachmentUrl: "",
    terms: [],
    meta: [],
    comments: { count: 0, approved: 0 },
    ...fields,
  };
}

describe("planItem", () => {
  it("makes a published story at its original time, with its old addresses", () => {
    const plan = planItem(item({}), ctx);
    assert.equal(plan.kind, "story");
    if (plan.kind !== "story") return;
    assert.equal(plan.status.status, "published");
    assert.equal(plan.status.publishedAt, "2024-05-01T03:00:00.000Z");
    assert.equal(plan.slug, "rain-returns");
    // The guid and `?p=42` are one old address: kept once.
    assert.deepEqual(plan.oldAddresses, [
      "https://old.example.com/2024/05/01/rain-returns/",
      "https://old.example.com/?p=42",
    ]);
  });

  it("takes the primary category an SEO plugin chose as the section and the rest as tags", () => {
    const plan = planItem(
      item({
        terms: [
          { domain: "category", nicename: "weather", name: "Weather" },
          { domain: "category", nicename: "politics", name: "Politics" },
          { domain: "post_tag", nicename: "monsoon", name: "Monsoon" },
        ],
        meta: [{ key: "_yoast_wpseo_primary_category", value: "7" }],
      }),
      ctx,
    );
    assert.ok(plan.kind === "story");
    assert.equal(plan.category?.slug, "politics");
    assert.deepEqual(
      plan.tags.map((t) => t.slug),
      ["weather", "monsoon"],
    );
  });

  it("reads a Bangla slug WordPress kept percent-encoded, and the post's language as its edition", () => {
    const plan = planItem(
      item({
        postName: "%e0%a6%ac%e0%a7%83%e0%a6%b7%e0%a7%8d%e0%a6%9f%e0%a6%bf",
        terms: [
          { domain: "language", nicename: "bn", name: "বাংলা" },
          { domain: "post_translations", nicename: "pll_5f1", name: "pll_5f1" },
        ],
      }),
      ctx,
    );
    assert.ok(plan.kind === "story");
    assert.equal(plan.edition, "bn");
    assert.equal(plan.slug, "বৃষ্টি");
    assert.equal(plan.translationGroup, "pll:pll_5f1");
    assert.equal(plan.itemKey, "post:bn:42");
  });

  it("skips a post in a language the site has no edition for, saying which", () => {
    const plan = planItem(item({ terms: [{ domain: "language", nicename: "fr", name: "Français" }] }), ctx);
    assert.deepEqual(plan, { kind: "skip", reason: 'its language "fr" is not one of the site\'s editions' });
  });

  it("gives a page whose link is not pretty the path of its parents' slugs", () => {
    const plan = planItem(
      item({
        postType: "page",
        postId: 12,
        postName: "editors",
        postParent: 11,
        link: "https://old.example.com/?page_id=12",
      }),
      ctx,
    );
    assert.ok(plan.kind === "page");
    assert.equal(plan.path, "about/team/editors");
    assert.deepEqual(plan.oldAddresses, [
      "https://old.example.com/?page_id=12",
      "https://old.example.com/?p=42",
      "/?p=12",
    ]);
  });

  it("hashes the same item the same wherever it sits in the file, and differently when it changes", () => {
    const a = planItem(item({ line: 10 }), ctx);
    const b = planItem(item({ line: 900 }), ctx);
    const c = planItem(item({ title: "Rain returns to the delta at last" }), ctx);
    assert.ok(a.kind === "story" && b.kind === "story" && c.kind === "story");
    assert.equal(a.hash, b.hash);
    assert.notEqual(a.hash, c.hash);
  });

  it("skips other post types by name", () => {
    assert.deepEqual(planItem(item({ postType: "nav_menu_item" }), ctx), {
      kind: "skip",
      reason: 'post type "nav_menu_item" is not imported',
    });
  });
});

describe("planStatus", () => {
  it("maps every WordPress state to the newsroom's, never making a private or trashed post public", () => {
    const at = "2024-05-01T03:00:00.000Z";
    assert.deepEqual(planStatus("future", at), { status: "scheduled", publishedAt: null, scheduledAt: at });
    assert.equal((planStatus("pending", null) as { status: string }).status, "in_review");
    assert.equal((planStatus("draft", null) as { status: string }).status, "draft");
    assert.equal((planStatus("private", at) as { status: string }).status, "draft");
    assert.equal((planStatus("trash", at) as { status: string }).status, "unpublished");
    assert.deepEqual(planStatus("publish", null), { refused: "a published post without a date" });
    assert.ok("refused" in planStatus("inherit", at));
  });
});

describe("instantOf", () => {
  it("reads a wall time in the site's zone when the export has no GMT date", () => {
    assert.equal(
      instantOf({ kind: "site-local", wallTime: "2024-05-01T09:00:30" }, "Asia/Dhaka"),
      "2024-05-01T03:00:30.000Z",
    );
    assert.equal(
      instantOf({ kind: "instant", iso: "2024-05-01T03:00:00.000Z" }, "Asia/Dhaka"),
      "2024-05-01T03:00:00.000Z",
    );
    assert.equal(instantOf(null, "Asia/Dhaka"), null);
  });
});
