import { createHash } from "node:crypto";
import { htmlToPlainText } from "../../../content/plain-text.ts";
import { slugify } from "../../../content/slug.ts";
import { redirectKey } from "../../../redirects/redirect-key.ts";
import { type ConvertedContent, convertWordPressContent } from "../content/convert-content.ts";
import type { WxrItem } from "../wxr-records.ts";
import { termRef } from "./export-index.ts";
import { languageOf, translationGroupOf } from "./translation-key.ts";
import { instantOf } from "./wp-dates.ts";
import { planStatus, type StatusPlan } from "./wp-status.ts";

/** Changes whenever the importer would make something different of the same item, so a re-run updates it. */
const PLAN_FORMAT = 1;
const HEADLINE_MAX = 300;
const STANDFIRST_MAX = 1000;

export interface TermRef {
  slug: string;
  name: string;
}

/** What every imported item carries, post or page. */
interface PlanBase {
  /** Its key in the import ledger (import-ledger.ts), edition included. */
  itemKey: string;
  wpId: number;
  line: number;
  edition: string;
  content: ConvertedContent;
  /** Its addresses on the old site, each to answer 301 here. */
  oldAddresses: string[];
  /** Over everything the item's row is made from; photos found later are added when written. */
  hash: string;
}

export interface StoryPlan extends PlanBase {
  kind: "story";
  slug: string;
  headline: string;
  standfirst: string;
  status: StatusPlan;
  updatedAt: string | null;
  authorLogin: string;
  /** The primary category's slug: the story's section. */
  category: TermRef | null;
  /** The other categories and the tags, all tags here. */
  tags: TermRef[];
  featuredAttachmentId: number | null;
  translationGroup: string | null;
  comments: number;
}

export interface PagePlan extends PlanBase {
  kind: "page";
  /** Where it is served in its edition, e.g. `about/team`. */
  path: string;
  title: string;
  published: boolean;
  publishedAt: string | null;
  updatedAt: string | null;
}

export type ItemPlan = StoryPlan | PagePlan | { kind: "skip"; reason: string };

export interface PlanContext {
  /** The edition a post goes to unless its own language names another. */
  edition: string;
  editions: readonly { code: string; lang: string }[];
  timeZone: string;
  /** The exporting site's address (`base_site_url`), for reading page paths off links. */
  siteUrl: string;
  /** Category slugs by term id, for the primary category SEO plugins store as an id. */
  categoryByTermId: ReadonlyMap<number, string>;
  /** Pages' slugs and parents, for the path of a page whose link is not a pretty one. */
  pages: ReadonlyMap<number, { slug: string; parent: number }>;
}

export function itemKey(kind: "post" | "page", edition: string, wpId: number): string {
  return `${kind}:${edition}:${wpId}`;
}

/** Decides what one export item becomes; pure, so a dry run and a real run plan alike. */
export function planItem(item: WxrItem, ctx: PlanContext): ItemPlan {
  if (item.postType !== "post" && item.postType !== "page")
    return { kind: "skip", reason: `post type "${item.postType}" is not imported` };
  const edition = editionOf(item, ctx);
  if ("refused" in edition) return { kind: "skip", reason: edition.refused };
  const content = convertWordPressContent(item.content);
  const date = instantOf(item.date, ctx.timeZone);
  const modified = instantOf(item.modified, ctx.timeZone);
  const base = {
    wpId: item.postId,
    line: item.line,
    edition: edition.code,
    content,
    oldAddresses: oldAddresses(item, item.postType === "page" ? [`/?page_id=${item.postId}`] : []),
  };
  if (item.postType === "page") return planPage(item, ctx, base, date, modified);
  const status = planStatus(item.status, date);
  if ("refused" in status) return { kind: "skip", reason: status.refused };
  const headline = plainText(item.title).slice(0, HEADLINE_MAX);
  const { category, tags } = termsOf(item, ctx);
  const plan: Omit<StoryPlan, "hash"> = {
    kind: "story",
    itemKey: itemKey("post", edition.code, item.postId),
    ...base,
    slug: slugify(decodedSlug(item.postName) || headline || `post-${item.postId}`),
    headline: headline || `(untitled ${item.postId})`,
    standfirst: plainText(item.excerpt).slice(0, STANDFIRST_MAX),
    status,
    updatedAt: status.publishedAt && modified && modified > status.publishedAt ? modified : null,
    authorLogin: item.creator.trim(),
    category,
    tags,
    featuredAttachmentId: metaNumber(item, "_thumbnail_id"),
    translationGroup: translationGroupOf(item),
    comments: item.comments.count,
  };
  return { ...plan, hash: hashOf(item, plan) };
}

function planPage(
  item: WxrItem,
  ctx: PlanContext,
  base: Pick<PagePlan, "wpId" | "line" | "edition" | "content" | "oldAddresses">,
  date: string | null,
  modified: string | null,
): PagePlan {
  const published = item.status === "publish" && date !== null;
  const plan: Omit<PagePlan, "hash"> = {
    kind: "page",
    itemKey: itemKey("page", base.edition, item.postId),
    ...base,
    path: pagePath(item, ctx),
    title: plainText(item.title).slice(0, HEADLINE_MAX) || `(untitled ${item.postId})`,
    published,
    publishedAt: published ? date : null,
    updatedAt: published && modified && date && modified > date ? modified : null,
  };
  return { ...plan, hash: hashOf(item, plan) };
}

function editionOf(item: WxrItem, ctx: PlanContext): { code: string } | { refused: string } {
  const language = languageOf(item);
  if (!language) return { code: ctx.edition };
  const short = language.split(/[-_]/)[0];
  const edition = ctx.editions.find((e) => e.code === language || e.code === short || e.lang === language);
  return edition
    ? { code: edition.code }
    : { refused: `its language "${language}" is not one of the site's editions` };
}

/** The section is the primary category (Yoast's or Rank Math's choice, else the first); the rest are tags. */
function termsOf(item: WxrItem, ctx: PlanContext): { category: TermRef | null; tags: TermRef[] } {
  const categories = uniqueTerms(item, "category");
  const primaryId =
    metaNumber(item, "_yoast_wpseo_primary_category") ?? metaNumber(item, "rank_math_primary_category");
  const primarySlug = primaryId === null ? undefined : ctx.categoryByTermId.get(primaryId);
  const category = categories.find((c) => c.slug === primarySlug) ?? categories[0] ?? null;
  const tags = [...categories.filter((c) => c !== category), ...uniqueTerms(item, "post_tag")];
  const seen = new Set<string>();
  return { category, tags: tags.filter((t) => !seen.has(t.slug) && seen.add(t.slug)) };
}

function uniqueTerms(item: WxrItem, domain: string): TermRef[] {
  const terms = new Map<string, TermRef>();
  for (const term of item.terms) {
    if (term.domain !== domain) continue;
    const ref = termRef(term.nicename, term.name);
    if (ref.name && !terms.has(ref.slug)) terms.set(ref.slug, ref);
  }
  return [...terms.values()];
}

/** The post's link, its guid when that is an address, and `?p=ID`; one of each that leads to the same key. */
function oldAddresses(item: WxrItem, extra: string[] = []): string[] {
  const addresses = [
    item.link,
    /^https?:\/\//i.test(item.guid) ? item.guid : "",
    `/?p=${item.postId}`,
    ...extra,
  ];
  const byKey = new Map<string, string>();
  for (const address of addresses) {
    const key = address && redirectKey(address);
    if (key && !byKey.has(key)) byKey.set(key, address);
  }
  return [...byKey.values()];
}

/** A page's path on the old site: its pretty link, else its slug under its parents' slugs. */
function pagePath(item: WxrItem, ctx: PlanContext): string {
  const fromLink = linkPath(item.link, ctx.siteUrl);
  if (fromLink) return fromLink;
  const segments = [decodedSlug(item.postName) || `page-${item.postId}`];
  const seen = new Set([item.postId]);
  for (let parent = item.postParent; parent && !seen.has(parent); ) {
    seen.add(parent);
    const page = ctx.pages.get(parent);
    if (!page) break;
    segments.unshift(decodedSlug(page.slug) || `page-${parent}`);
    parent = page.parent;
  }
  return segments.map((s) => slugify(s)).join("/");
}

function linkPath(link: string, siteUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(link, siteUrl || "http://localhost/");
  } catch {
    return null;
  }
  if (url.search) return null;
  const base = safePath(siteUrl);
  let path = url.pathname;
  if (base && path.startsWith(base)) path = path.slice(base.length);
  const segments = path
    .split("/")
    .filter(Boolean)
    .map((s) => slugify(decodedSlug(s)));
  return segments.length > 0 ? segments.join("/") : null;
}

function safePath(siteUrl: string): string {
  try {
    return new URL(siteUrl).pathname.replace(/\/$/, "");
  } catch {
    return "";
  }
}

/** WordPress stores a slug in other scripts percent-encoded (`%e0%a6%…`). */
function decodedSlug(slug: string): string {
  try {
    return decodeURIComponent(slug).normalize("NFC");
  } catch {
    return slug;
  }
}

function plainText(html: string): string {
  return htmlToPlainText(html.normalize("NFC")).replace(/\s+/g, " ").trim();
}

function metaNumber(item: WxrItem, key: string): number | null {
  const value = item.meta.find((m) => m.key === key)?.value.trim() ?? "";
  return /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : null;
}

/** Where the item sits in the file is left out: a newer export moves items without changing them. */
function hashOf(item: WxrItem, { line: _line, ...plan }: { line: number }): string {
  return createHash("sha256")
    .update(JSON.stringify([PLAN_FORMAT, plan, item.modified]))
    .digest("base64url");
}
