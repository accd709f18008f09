/**
 * A WordPress export (WXR 1.2) of any number of posts, for the import benchmark: the channel's
 * header, the old site's authors, categories, tags and pages (wxr-site.ts), then the posts,
 * each followed by its pictures' attachment items, ids ascending as WordPress exports them. The
 * text is generated as it is written, so a file of any size costs the generator no more memory than
 * one post; every post comes from its own seed (seed and number), so the same arguments always
 * give the same bytes.
 */
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { hashSeed, Rng } from "../../src/demo/prng.ts";
import { capitalise, slugifyEnglish } from "../../src/demo/text.ts";
import { headline, standfirst, words } from "./prose.ts";
import {
  type AttachmentPlan,
  type BodyPlan,
  blogWords,
  IMAGE_HEIGHT,
  IMAGE_WIDTH,
  OLD_SITE,
  pageBody,
  pictureText,
  postBody,
  uploadUrl,
} from "./wxr-content.ts";
import { cdata, phpSerialize, rssDate, wpDate, xmlEscape } from "./wxr-markup.ts";
import { AUTHORS, CATEGORIES, COMMENTERS, PAGES, type Term, tagsOf } from "./wxr-site.ts";

export const DEFAULT_WXR_SEED = 20261204;
export const PAGE_COUNT = PAGES.length;
/** The old site kept Dhaka time: `post_date` is wall time there, `post_date_gmt` six hours earlier. */
const SITE_OFFSET_MS = 6 * 3600_000;
const FIRST_POST_MS = Date.UTC(2018, 0, 1);
const LAST_POST_MS = Date.UTC(2026, 5, 30);
const PAGES_MS = Date.UTC(2017, 10, 20, 9, 0, 0);
/** When the export was made (the channel's pubDate): fixed, so the file never depends on the clock. */
const EXPORTED_MS = Date.UTC(2026, 11, 1, 4, 30, 0);
/**
 * Each post owns a block of ids and its pictures take the ids after it, as uploads made while
 * writing a post do in WordPress; a post has at most six pictures (a figure and a gallery of five).
 */
const ID_BLOCK = 8;
const FIRST_POST_ID = 100;
const FIRST_PAGE_ID = 10;

export interface WxrExportOptions {
  posts: number;
  seed?: number;
}

type Status = "publish" | "draft" | "pending" | "private";

interface PostPlan extends BodyPlan {
  index: number;
  id: number;
  /** Whole seconds, UTC. */
  publishedMs: number;
  author: string;
  status: Status;
  category: Term;
  tags: Term[];
  featured: AttachmentPlan | null;
  comments: number;
}

function pickStatus(rng: Rng): Status {
  const u = rng.next();
  if (u < 0.88) return "publish";
  if (u < 0.94) return "draft";
  if (u < 0.97) return "pending";
  return "private";
}

/** Everything about post `index` but its text; cheap, so the uploads folder can be planned alone. */
function planPost(index: number, posts: number, seed: number, tags: readonly Term[]): PostPlan {
  const rng = new Rng(hashSeed(`wxr/${seed}/post/${index}`));
  const id = FIRST_POST_ID + index * ID_BLOCK;
  const spread = ((index + rng.next()) / posts) * (LAST_POST_MS - FIRST_POST_MS);
  const publishedMs = Math.floor((FIRST_POST_MS + spread) / 1000) * 1000;
  const folder = wpDate(publishedMs + SITE_OFFSET_MS)
    .slice(0, 7)
    .replace("-", "/");
  let nextId = id + 1;
  const attach = (): AttachmentPlan => ({ id: nextId, file: `${folder}/img-${nextId++}.jpg` });
  const style = rng.chance(0.3) ? "blocks" : "classic";
  const figure = rng.chance(style === "classic" ? 0.7 : 0.6) ? attach() : null;
  const gallery = rng.chance(0.15) ? Array.from({ length: rng.int(3, 5) }, attach) : [];
  const status = pickStatus(rng);
  const tagCount = rng.int(0, 4);
  const chosen = new Set<Term>();
  while (chosen.size < tagCount) chosen.add(rng.pick(tags));
  return {
    index,
    id,
    publishedMs,
    style,
    figure,
    gallery,
    pullquote: rng.chance(0.12),
    featured: figure ?? gallery[0] ?? (rng.chance(0.6) ? attach() : null),
    linksTo: index > 0 && rng.chance(0.2) ? FIRST_POST_ID + rng.int(0, index - 1) * ID_BLOCK : null,
    cdataEnd: index % 97 === 3,
    author: rng.pick(AUTHORS).login,
    status,
    category: rng.pick(CATEGORIES),
    tags: [...chosen],
    comments: status === "publish" && rng.chance(0.25) ? rng.int(1, 3) : 0,
  };
}

function attachmentsOf(plan: PostPlan): AttachmentPlan[] {
  const all = [...(plan.figure ? [plan.figure] : []), ...plan.gallery];
  if (plan.featured && !all.includes(plan.featured)) all.push(plan.featured);
  return all;
}

/** Every picture the export names, in file order: what an uploads folder for it must hold. */
export function* exportAttachments(options: WxrExportOptions): Generator<AttachmentPlan> {
  const seed = options.seed ?? DEFAULT_WXR_SEED;
  const tags = tagsOf(seed);
  for (let i = 0; i < options.posts; i++) yield* attachmentsOf(planPost(i, options.posts, seed, tags));
}

const el = (name: string, text: string | number) => `<${name}>${text}</${name}>`;
const cel = (name: string, text: string) => `<${name}>${cdata(text)}</${name}>`;

function header(seed: number): string {
  const authors = AUTHORS.map(
    (a, i) =>
      `\t<wp:author>${el("wp:author_id", i + 1)}${cel("wp:author_login", a.login)}${cel("wp:author_email", `${a.login}@old.example.com`)}${cel("wp:author_display_name", `${a.first} ${a.last}`)}${cel("wp:author_first_name", a.first)}${cel("wp:author_last_name", a.last)}</wp:author>`,
  );
  const categories = CATEGORIES.map(
    (c, i) =>
      `\t<wp:category>${el("wp:term_id", i + 1)}${cel("wp:category_nicename", c.slug)}${cel("wp:category_parent", c.parent)}${cel("wp:cat_name", c.name)}</wp:category>`,
  );
  const tags = tagsOf(seed).map(
    (t, i) =>
      `\t<wp:tag>${el("wp:term_id", 100 + i)}${cel("wp:tag_slug", t.slug)}${cel("wp:tag_name", t.name)}</wp:tag>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" ?>
<!-- generator="WordPress/6.6.2" created="${wpDate(EXPORTED_MS).slice(0, 16)}" -->
<rss version="2.0"
\txmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
\txmlns:content="http://purl.org/rss/1.0/modules/content/"
\txmlns:wfw="http://wellformedweb.org/CommentAPI/"
\txmlns:dc="http://purl.org/dc/elements/1.1/"
\txmlns:wp="http://wordpress.org/export/1.2/"
>
<channel>
\t<title>The Old Example Gazette</title>
\t<link>${OLD_SITE}</link>
\t<description>News, views &amp; reviews since 2017</description>
\t<pubDate>${rssDate(EXPORTED_MS)}</pubDate>
\t<language>en-US</language>
\t<wp:wxr_version>1.2</wp:wxr_version>
\t<wp:base_site_url>${OLD_SITE}</wp:base_site_url>
\t<wp:base_blog_url>${OLD_SITE}</wp:base_blog_url>
${[...authors, ...categories, ...tags].join("\n")}
\t<generator>https://wordpress.org/?v=6.6.2</generator>
`;
}

interface ItemFields {
  title: string;
  link: string;
  guid: string;
  creator: string;
  content: string;
  excerpt: string;
  id: number;
  /** UTC, whole seconds; null leaves `post_date_gmt` unset, as WordPress does for drafts. */
  gmtMs: number | null;
  localMs: number;
  name: string;
  status: string;
  parent: number;
  menuOrder: number;
  type: string;
  attachmentUrl: string | null;
  terms: { domain: string; term: Term }[];
  meta: [string, string][];
  comments: string;
}

const ZERO_DATE = "0000-00-00 00:00:00";
/** WordPress's pubDate for a post never published. */
const NEVER_PUBLISHED = "Wed, 30 Nov -0001 00:00:00 +0000";

function item(f: ItemFields): string {
  const lines = [
    el("title", cdata(f.title)),
    el("link", xmlEscape(f.link)),
    el("pubDate", f.gmtMs === null ? NEVER_PUBLISHED : rssDate(f.gmtMs)),
    cel("dc:creator", f.creator),
    `<guid isPermaLink="false">${xmlEscape(f.guid)}</guid>`,
    "<description></description>",
    cel("content:encoded", f.content),
    cel("excerpt:encoded", f.excerpt),
    el("wp:post_id", f.id),
    cel("wp:post_date", wpDate(f.localMs)),
    cel("wp:post_date_gmt", f.gmtMs === null ? ZERO_DATE : wpDate(f.gmtMs)),
    cel("wp:post_modified", wpDate(f.localMs)),
    cel("wp:post_modified_gmt", f.gmtMs === null ? ZERO_DATE : wpDate(f.gmtMs)),
    cel("wp:comment_status", f.type === "attachment" ? "closed" : "open"),
    cel("wp:ping_status", "closed"),
    cel("wp:post_name", f.name),
    cel("wp:status", f.status),
    el("wp:post_parent", f.parent),
    el("wp:menu_order", f.menuOrder),
    cel("wp:post_type", f.type),
    cel("wp:post_password", ""),
    el("wp:is_sticky", 0),
    ...(f.attachmentUrl === null ? [] : [cel("wp:attachment_url", f.attachmentUrl)]),
    ...f.terms.map(
      ({ domain, term }) =>
        `<category domain="${domain}" nicename="${xmlEscape(term.slug)}">${cdata(term.name)}</category>`,
    ),
    ...f.meta.map(
      ([key, value]) => `<wp:postmeta>${cel("wp:meta_key", key)}${cel("wp:meta_value", value)}</wp:postmeta>`,
    ),
  ];
  return `\t<item>\n\t\t${lines.join("\n\t\t")}${f.comments}\n\t</item>\n`;
}

function pageItem(index: number, seed: number): string {
  const [slug, title, parentIndex] = PAGES[index] ?? ["page", "Page", -1];
  const rng = new Rng(hashSeed(`wxr/${seed}/page/${index}`));
  const parentSlug = PAGES[parentIndex]?.[0];
  const gmtMs = PAGES_MS + index * 86_400_000;
  return item({
    title,
    link: `${OLD_SITE}/${parentSlug ? `${parentSlug}/` : ""}${slug}/`,
    guid: `${OLD_SITE}/?page_id=${FIRST_PAGE_ID + index}`,
    creator: AUTHORS[0]?.login ?? "admin",
    content: pageBody(rng),
    excerpt: "",
    id: FIRST_PAGE_ID + index,
    gmtMs,
    localMs: gmtMs + SITE_OFFSET_MS,
    name: slug,
    status: "publish",
    parent: parentIndex < 0 ? 0 : FIRST_PAGE_ID + parentIndex,
    menuOrder: index,
    type: "page",
    attachmentUrl: null,
    terms: [],
    meta: [],
    comments: "",
  });
}

function commentsXml(plan: PostPlan, rng: Rng): string {
  let out = "";
  for (let i = 0; i < plan.comments; i++) {
    const id = plan.index * 4 + i + 1;
    const gmtMs = plan.publishedMs + (i + 1) * rng.int(600, 86_400) * 1000;
    const author = rng.pick(COMMENTERS);
    const fields = [
      el("wp:comment_id", id),
      cel("wp:comment_author", author),
      cel("wp:comment_author_email", `${slugifyEnglish(author)}@mail.example`),
      cel("wp:comment_author_url", ""),
      cel("wp:comment_author_IP", `192.0.2.${rng.int(1, 254)}`),
      cel("wp:comment_date", wpDate(gmtMs + SITE_OFFSET_MS)),
      cel("wp:comment_date_gmt", wpDate(gmtMs)),
      cel("wp:comment_content", `${capitalise(words(blogWords, rng, rng.int(5, 40)).join(" "))}.`),
      cel("wp:comment_approved", rng.chance(0.9) ? "1" : "0"),
      cel("wp:comment_type", "comment"),
      el("wp:comment_parent", i > 0 && rng.chance(0.3) ? id - 1 : 0),
      el("wp:comment_user_id", 0),
    ];
    out += `\n\t\t<wp:comment>\n\t\t\t${fields.join("\n\t\t\t")}\n\t\t</wp:comment>`;
  }
  return out;
}

const TITLE_DRESS = [(t: string) => `Q&A: ${t}`, (t: string) => `“${t}” — a closer look`];

/** Post title and slug; WordPress adds -2, -3… to a slug taken before, and so does `slugs`. */
function postTitle(rng: Rng): string {
  const title = headline(blogWords, rng, "en");
  const dress = rng.chance(0.06) ? rng.pick(TITLE_DRESS) : null;
  return dress ? dress(title) : title;
}

function uniqueSlug(title: string, slugs: Map<string, number>): string {
  const base = slugifyEnglish(title, 6);
  const seen = (slugs.get(base) ?? 0) + 1;
  slugs.set(base, seen);
  return seen === 1 ? base : `${base}-${seen}`;
}

/** The post's item, and its address when it has one (a draft has only `?p=`). */
function postItem(
  plan: PostPlan,
  seed: number,
  slugs: Map<string, number>,
): { xml: string; permalink: string | null } {
  const rng = new Rng(hashSeed(`wxr/${seed}/text/${plan.index}`));
  const title = postTitle(rng);
  const published = plan.status === "publish" || plan.status === "private";
  const slug = uniqueSlug(title, slugs);
  const localMs = plan.publishedMs + SITE_OFFSET_MS;
  const permalink = published
    ? `${OLD_SITE}/${wpDate(localMs).slice(0, 10).replaceAll("-", "/")}/${slug}/`
    : null;
  const meta: [string, string][] = [["_edit_last", "1"]];
  if (plan.featured) meta.push(["_thumbnail_id", String(plan.featured.id)]);
  const xml = item({
    title,
    link: permalink ?? `${OLD_SITE}/?p=${plan.id}`,
    guid: `${OLD_SITE}/?p=${plan.id}`,
    creator: plan.author,
    content: postBody(plan, rng, seed),
    excerpt: rng.chance(0.4) ? standfirst(blogWords, rng, "en") : "",
    id: plan.id,
    gmtMs: published ? plan.publishedMs : null,
    localMs,
    // A draft has no slug until it is published.
    name: published ? slug : "",
    status: plan.status,
    parent: 0,
    menuOrder: 0,
    type: "post",
    attachmentUrl: null,
    terms: [
      { domain: "category", term: plan.category },
      ...plan.tags.map((term) => ({ domain: "post_tag", term })),
    ],
    meta,
    comments: commentsXml(plan, rng),
  });
  return { xml, permalink };
}

function attachmentMetadata(attachment: AttachmentPlan, credit: string | null): string {
  const size = (suffix: string, width: number, height: number) =>
    [
      ["file", `img-${attachment.id}-${suffix}.jpg`],
      ["width", width],
      ["height", height],
      ["mime-type", "image/jpeg"],
    ] as const;
  return phpSerialize([
    ["width", IMAGE_WIDTH],
    ["height", IMAGE_HEIGHT],
    ["file", attachment.file],
    [
      "sizes",
      [
        ["medium", size("300x200", 300, 200)],
        ["thumbnail", size("150x150", 150, 150)],
      ],
    ],
    [
      "image_meta",
      [
        ["aperture", "0"],
        ["credit", credit ?? ""],
        ["camera", ""],
        ["caption", ""],
        ["created_timestamp", "0"],
        ["copyright", ""],
        ["title", ""],
        ["orientation", "0"],
        ["keywords", []],
      ],
    ],
  ]);
}

function attachmentItem(
  attachment: AttachmentPlan,
  post: PostPlan,
  permalink: string | null,
  seed: number,
): string {
  const text = pictureText(attachment.id, seed);
  const localMs = post.publishedMs + SITE_OFFSET_MS;
  return item({
    title: text.title,
    link: permalink ? `${permalink}${text.title}/` : `${OLD_SITE}/?attachment_id=${attachment.id}`,
    guid: uploadUrl(attachment),
    creator: post.author,
    content: "",
    excerpt: text.caption,
    id: attachment.id,
    gmtMs: post.publishedMs,
    localMs,
    name: text.title,
    status: "inherit",
    parent: post.id,
    menuOrder: 0,
    type: "attachment",
    attachmentUrl: uploadUrl(attachment),
    terms: [],
    meta: [
      ["_wp_attached_file", attachment.file],
      ["_wp_attachment_metadata", attachmentMetadata(attachment, text.credit)],
      ["_wp_attachment_image_alt", text.alt],
    ],
    comments: "",
  });
}

export interface WxrCounts {
  posts: number;
  pages: number;
  attachments: number;
}

/** How many items of each type the export holds. */
export function exportCounts(options: WxrExportOptions): WxrCounts {
  let attachments = 0;
  for (const _ of exportAttachments(options)) attachments++;
  return { posts: options.posts, pages: PAGE_COUNT, attachments };
}

/** The export as text, a post (with its pictures) at a time. */
export function* wxrExport(options: WxrExportOptions): Generator<string> {
  const seed = options.seed ?? DEFAULT_WXR_SEED;
  const tags = tagsOf(seed);
  yield header(seed);
  for (let i = 0; i < PAGE_COUNT; i++) yield pageItem(i, seed);
  const slugs = new Map<string, number>();
  for (let i = 0; i < options.posts; i++) {
    const plan = planPost(i, options.posts, seed, tags);
    const post = postItem(plan, seed, slugs);
    yield post.xml +
      attachmentsOf(plan)
        .map((a) => attachmentItem(a, plan, post.permalink, seed))
        .join("");
  }
  yield "</channel>\n</rss>\n";
}

/** Writes the export to `path` as it is generated, waiting for the disk rather than buffering. */
export async function writeWxrExport(path: string, options: WxrExportOptions): Promise<void> {
  await pipeline(Readable.from(wxrExport(options)), createWriteStream(path));
}
