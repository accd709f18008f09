/** Turns one finished channel child into its typed record, or says why an item cannot be used. */
import { childrenOf, field, rawField, textOf, type WxrElement } from "./wxr-elements.ts";
import type {
  WxrAuthor,
  WxrCategory,
  WxrItem,
  WxrMeta,
  WxrSkippedItem,
  WxrTag,
  WxrTerm,
  WxrWhen,
} from "./wxr-records.ts";

/** Thrown inside an item's mapping only; becomes a skipped item. */
class InvalidItem {
  constructor(readonly reason: string) {}
}

function termId(element: WxrElement): number | null {
  const text = field(element, "wp", "term_id");
  return /^\d+$/.test(text) ? Number(text) : null;
}

function metaOf(element: WxrElement, local: "postmeta" | "termmeta"): WxrMeta[] {
  return childrenOf(element, "wp", local).map((meta) => ({
    key: field(meta, "wp", "meta_key"),
    value: rawField(meta, "wp", "meta_value"),
  }));
}

export function toAuthor(element: WxrElement): WxrAuthor {
  const id = field(element, "wp", "author_id");
  return {
    kind: "author",
    line: element.line,
    id: /^\d+$/.test(id) ? Number(id) : null,
    login: field(element, "wp", "author_login"),
    email: field(element, "wp", "author_email"),
    displayName: field(element, "wp", "author_display_name"),
    firstName: field(element, "wp", "author_first_name"),
    lastName: field(element, "wp", "author_last_name"),
  };
}

export function toCategory(element: WxrElement): WxrCategory {
  return {
    kind: "category",
    line: element.line,
    termId: termId(element),
    nicename: field(element, "wp", "category_nicename"),
    parent: field(element, "wp", "category_parent"),
    name: field(element, "wp", "cat_name"),
    description: rawField(element, "wp", "category_description"),
    meta: metaOf(element, "termmeta"),
  };
}

export function toTag(element: WxrElement): WxrTag {
  return {
    kind: "tag",
    line: element.line,
    termId: termId(element),
    slug: field(element, "wp", "tag_slug"),
    name: field(element, "wp", "tag_name"),
    description: rawField(element, "wp", "tag_description"),
    meta: metaOf(element, "termmeta"),
  };
}

export function toTerm(element: WxrElement): WxrTerm {
  return {
    kind: "term",
    line: element.line,
    termId: termId(element),
    taxonomy: field(element, "wp", "term_taxonomy"),
    slug: field(element, "wp", "term_slug"),
    parent: field(element, "wp", "term_parent"),
    name: field(element, "wp", "term_name"),
    description: rawField(element, "wp", "term_description"),
    meta: metaOf(element, "termmeta"),
  };
}

const WP_DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
/** WordPress writes this for "no date" (drafts' GMT date). */
const ZERO_DATE = "0000-00-00 00:00:00";

/** `YYYY-MM-DD HH:MM:SS` as `YYYY-MM-DDTHH:MM:SS`, null when unset; a date that is not one makes the item invalid. */
export function wallTime(element: WxrElement, local: string): string | null {
  const text = field(element, "wp", local);
  if (text === "" || text === ZERO_DATE) return null;
  const parts = WP_DATE.exec(text)?.slice(1).map(Number);
  if (parts) {
    const [year, month, day, hour, minute, second] = parts as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const probe = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
    if (
      probe.getUTCFullYear() === year &&
      probe.getUTCMonth() === month - 1 &&
      probe.getUTCDate() === day &&
      probe.getUTCHours() === hour &&
      probe.getUTCMinutes() === minute &&
      probe.getUTCSeconds() === second
    ) {
      return text.replace(" ", "T");
    }
  }
  throw new InvalidItem(`wp:${local} is not a date: "${text.slice(0, 40)}"`);
}

function when(element: WxrElement, localField: string, gmtField: string): WxrWhen | null {
  const gmt = wallTime(element, gmtField);
  if (gmt !== null) return { kind: "instant", iso: `${gmt}Z` };
  const local = wallTime(element, localField);
  return local === null ? null : { kind: "site-local", wallTime: local };
}

function integer(element: WxrElement, local: string): number {
  const text = field(element, "wp", local);
  if (text === "") return 0;
  if (!/^-?\d{1,15}$/.test(text))
    throw new InvalidItem(`wp:${local} is not a number: "${text.slice(0, 40)}"`);
  return Number(text);
}

/** An item, or a skipped record naming the first reason it cannot be used. */
export function toItem(element: WxrElement, brokenMarkup: string | null): WxrItem | WxrSkippedItem {
  const title = rawField(element, "rss", "title");
  const postIdText = field(element, "wp", "post_id");
  const postId = /^\d{1,15}$/.test(postIdText) && Number(postIdText) > 0 ? Number(postIdText) : null;
  const skip = (reason: string): WxrSkippedItem => ({
    kind: "skipped",
    line: element.line,
    postId,
    title,
    reason,
  });
  if (brokenMarkup !== null) return skip(brokenMarkup);
  if (postIdText === "") return skip("no wp:post_id");
  if (postId === null) return skip(`wp:post_id is not a positive integer: "${postIdText.slice(0, 40)}"`);
  const postType = field(element, "wp", "post_type");
  if (postType === "") return skip("no wp:post_type");
  try {
    const guid = childrenOf(element, "rss", "guid")[0];
    return {
      kind: "item",
      line: element.line,
      postId,
      postType,
      title,
      link: field(element, "rss", "link"),
      guid: guid ? textOf(guid).trim() : "",
      guidIsPermaLink: guid?.attributes.get("isPermaLink") !== "false",
      pubDate: field(element, "rss", "pubDate"),
      creator: field(element, "dc", "creator"),
      content: rawField(element, "content", "encoded"),
      excerpt: rawField(element, "excerpt", "encoded"),
      date: when(element, "post_date", "post_date_gmt"),
      localDate: wallTime(element, "post_date"),
      modified: when(element, "post_modified", "post_modified_gmt"),
      commentStatus: field(element, "wp", "comment_status"),
      postName: field(element, "wp", "post_name"),
      status: field(element, "wp", "status"),
      postParent: integer(element, "post_parent"),
      menuOrder: integer(element, "menu_order"),
      postPassword: rawField(element, "wp", "post_password"),
      isSticky: field(element, "wp", "is_sticky") === "1",
      attachmentUrl: field(element, "wp", "attachment_url"),
      terms: childrenOf(element, "rss", "category").map((term) => ({
        domain: term.attributes.get("domain") ?? "",
        nicename: term.attributes.get("nicename") ?? "",
        name: textOf(term).trim(),
      })),
      meta: metaOf(element, "postmeta"),
      comments: {
        count: childrenOf(element, "wp", "comment").length,
        approved: childrenOf(element, "wp", "comment").filter(
          (comment) => field(comment, "wp", "comment_approved") === "1",
        ).length,
      },
    };
  } catch (error) {
    if (error instanceof InvalidItem) return skip(error.reason);
    throw error;
  }
}
