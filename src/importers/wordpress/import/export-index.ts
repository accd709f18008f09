import type { Readable } from "node:stream";
import { htmlToPlainText } from "../../../content/plain-text.ts";
import { slugify } from "../../../content/slug.ts";
import { readPhpSerialized } from "../php-serialized.ts";
import { readWxr } from "../wxr-reader.ts";
import type { WxrAuthor, WxrHeader, WxrItem } from "../wxr-records.ts";
import { originalUploadsPath } from "./uploads-folder.ts";

/** An attachment as the posts that show it need it: where its file is and its texts. */
export interface AttachmentInfo {
  id: number;
  url: string;
  title: string;
  caption: string;
  alt: string;
  credit: string;
}

/**
 * What the import must know before it writes any post, gathered by a first streaming pass: a
 * post may name a featured picture or a parent page that comes later in the file. Holds no
 * post's text, only these small records.
 */
export interface ExportIndex {
  header: WxrHeader;
  authors: Map<string, WxrAuthor>;
  categoryByTermId: Map<number, string>;
  attachments: Map<number, AttachmentInfo>;
  /** Attachment ids by their original's uploads path, for pictures a post names only by address. */
  attachmentByUpload: Map<string, number>;
  pages: Map<number, { slug: string; parent: number }>;
  /** The terms the channel declares, which the report accounts for one by one. */
  categories: { slug: string; name: string }[];
  tags: { slug: string; name: string }[];
  /** Items and skipped items, for the progress bar's total. */
  items: number;
}

export async function indexExport(stream: Readable): Promise<ExportIndex> {
  let header: WxrHeader | undefined;
  const index = {
    authors: new Map<string, WxrAuthor>(),
    categoryByTermId: new Map<number, string>(),
    attachments: new Map<number, AttachmentInfo>(),
    attachmentByUpload: new Map<string, number>(),
    pages: new Map<number, { slug: string; parent: number }>(),
    categories: [] as { slug: string; name: string }[],
    tags: [] as { slug: string; name: string }[],
    items: 0,
  };
  for await (const record of readWxr(stream)) {
    switch (record.kind) {
      case "header":
        header = record;
        break;
      case "author":
        if (record.login) index.authors.set(record.login, record);
        break;
      case "category":
        if (record.termId !== null) index.categoryByTermId.set(record.termId, record.nicename);
        index.categories.push(termRef(record.nicename, record.name));
        break;
      case "tag":
        index.tags.push(termRef(record.slug, record.name));
        break;
      case "skipped":
        index.items++;
        break;
      case "item":
        index.items++;
        if (record.postType === "attachment") addAttachment(index, attachmentInfo(record));
        if (record.postType === "page")
          index.pages.set(record.postId, { slug: record.postName, parent: record.postParent });
        break;
    }
  }
  // readWxr throws before any record for a file that is not WXR, so a header is always there.
  if (!header) throw new Error("the export has no channel header");
  return { header, ...index };
}

function addAttachment(
  index: Pick<ExportIndex, "attachments" | "attachmentByUpload">,
  info: AttachmentInfo,
): void {
  index.attachments.set(info.id, info);
  const upload = originalUploadsPath(info.url);
  if (upload !== null && !index.attachmentByUpload.has(upload)) index.attachmentByUpload.set(upload, info.id);
}

export function attachmentInfo(item: WxrItem): AttachmentInfo {
  const meta = (key: string) => item.meta.find((m) => m.key === key)?.value ?? "";
  return {
    id: item.postId,
    url: item.attachmentUrl || item.guid,
    title: plain(item.title),
    caption: plain(item.excerpt),
    alt: plain(meta("_wp_attachment_image_alt")),
    credit: plain(meta("_media_credit")) || creditFromMetadata(meta("_wp_attachment_metadata")),
  };
}

/** The credit or copyright a camera or editor wrote into the picture, as WordPress kept it. */
function creditFromMetadata(serialized: string): string {
  const read = readPhpSerialized(serialized);
  if (!read.ok || !(read.value instanceof Map)) return "";
  const imageMeta = read.value.get("image_meta");
  if (!(imageMeta instanceof Map)) return "";
  for (const key of ["credit", "copyright"]) {
    const value = imageMeta.get(key);
    if (typeof value === "string" && value.trim()) return plain(value);
  }
  return "";
}

/** A term as the site will name it: the slug WordPress gave it (decoded), else one from its name. */
export function termRef(slug: string, name: string): { slug: string; name: string } {
  const text = plain(name);
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {}
  return { slug: slugify(decoded || text), name: text || decoded };
}

function plain(html: string): string {
  return htmlToPlainText(html.normalize("NFC")).replace(/\s+/g, " ").trim();
}
