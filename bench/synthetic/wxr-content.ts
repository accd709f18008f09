/**
 * The text of a generated WordPress post, in either of the two forms an old site holds: classic
 * text (paragraphs separated by blank lines, for autop, with shortcodes) or block markup
 * (Gutenberg's comment-delimited blocks). Both carry the same parts: paragraphs, a captioned
 * picture, a gallery, a pull quote WordPress itself does not know, and now and then a link to an
 * older post or a `]]>` that the export must split across CDATA sections.
 */
import { hashSeed, Rng } from "../../src/demo/prng.ts";
import { capitalise } from "../../src/demo/text.ts";
import { ENGLISH_HEAD } from "./english-words.ts";
import { paragraphs, type WordPicker, words } from "./prose.ts";
import { xmlEscape } from "./wxr-markup.ts";

export const OLD_SITE = "https://old.example.com";
export const IMAGE_WIDTH = 800;
export const IMAGE_HEIGHT = 533;

/** Common words first: squaring the draw makes the head of the list the most frequent, as in copy. */
export const blogWords: WordPicker = (rng) =>
  ENGLISH_HEAD[Math.floor(ENGLISH_HEAD.length * rng.next() ** 2)] ?? "news";

export interface AttachmentPlan {
  id: number;
  /** Relative to the uploads folder, as `_wp_attached_file` holds it: `YYYY/MM/img-ID.jpg`. */
  file: string;
}

export interface BodyPlan {
  style: "classic" | "blocks";
  figure: AttachmentPlan | null;
  gallery: readonly AttachmentPlan[];
  pullquote: boolean;
  /** An older post this one links to by its `?p=` address. */
  linksTo: number | null;
  /** Holds the characters `]]>` in its text. */
  cdataEnd: boolean;
}

/** A picture's words, the same wherever the picture appears (in a post, on its attachment item). */
export interface PictureText {
  title: string;
  alt: string;
  caption: string;
  /** Photographer credit in the image metadata; some hold letters outside ASCII. */
  credit: string | null;
}

const CREDITS = [
  "Nadia Rahman",
  "Zoë Ferreira",
  "Tomás Okafor",
  "Staff photographer",
  "Ishita Sato / Gazette",
];

export function pictureText(attachmentId: number, seed: number): PictureText {
  const rng = new Rng(hashSeed(`wxr/${seed}/picture/${attachmentId}`));
  const phrase = (min: number, max: number) => words(blogWords, rng, rng.int(min, max)).join(" ");
  // A few alt texts quote a sign or a banner, so attributes must escape their quotes.
  const alt = rng.chance(0.05) ? `"${capitalise(phrase(2, 3))}" on a banner` : capitalise(phrase(3, 8));
  return {
    title: `img-${attachmentId}`,
    alt,
    caption: `${capitalise(phrase(6, 14))}.`,
    credit: rng.chance(0.4) ? rng.pick(CREDITS) : null,
  };
}

export function uploadUrl(attachment: AttachmentPlan): string {
  return `${OLD_SITE}/wp-content/uploads/${attachment.file}`;
}

type Part =
  | { kind: "paragraph"; html: string }
  | { kind: "figure"; attachment: AttachmentPlan }
  | { kind: "gallery"; ids: number[]; columns: number | null }
  | { kind: "pullquote"; text: string };

function parts(plan: BodyPlan, rng: Rng): Part[] {
  const texts = paragraphs(blogWords, rng, "en", rng.int(180, 650)).map(xmlEscape);
  if (plan.linksTo !== null && texts.length > 0) {
    const anchor = words(blogWords, rng, rng.int(2, 5)).join(" ");
    texts[0] = `${texts[0]} <a href="${OLD_SITE}/?p=${plan.linksTo}">${capitalise(anchor)}</a>.`;
  }
  if (plan.cdataEnd) texts.push("In the district sheet, row[col[2]]> limit marks the outliers.");
  const out: Part[] = texts.map((html) => ({ kind: "paragraph", html }));
  // Inserted from the end, so each goes after the paragraph it was placed after.
  if (plan.pullquote) {
    const text = `${capitalise(words(blogWords, rng, rng.int(8, 18)).join(" "))}.`;
    out.splice(Math.min(3, out.length), 0, { kind: "pullquote", text });
  }
  if (plan.gallery.length > 0) {
    const ids = plan.gallery.map((a) => a.id);
    out.splice(Math.min(2, out.length), 0, { kind: "gallery", ids, columns: rng.chance(0.5) ? 3 : null });
  }
  if (plan.figure) out.splice(Math.min(1, out.length), 0, { kind: "figure", attachment: plan.figure });
  return out;
}

function classic(part: Part, seed: number): string {
  switch (part.kind) {
    case "paragraph":
      return part.html;
    case "figure": {
      const { id } = part.attachment;
      const text = pictureText(id, seed);
      return `[caption id="attachment_${id}" align="alignnone" width="${IMAGE_WIDTH}"]<img class="size-large wp-image-${id}" src="${uploadUrl(part.attachment)}" alt="${xmlEscape(text.alt)}" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}" /> ${xmlEscape(text.caption)}[/caption]`;
    }
    case "gallery":
      return `[gallery${part.columns === null ? "" : ` columns="${part.columns}"`} ids="${part.ids.join(",")}"]`;
    case "pullquote":
      return `[pullquote]${xmlEscape(part.text)}[/pullquote]`;
  }
}

function block(part: Part, seed: number): string {
  switch (part.kind) {
    case "paragraph":
      return `<!-- wp:paragraph -->\n<p>${part.html}</p>\n<!-- /wp:paragraph -->`;
    case "figure": {
      const { id } = part.attachment;
      const text = pictureText(id, seed);
      return `<!-- wp:image {"id":${id},"sizeSlug":"large","linkDestination":"none"} -->\n<figure class="wp-block-image size-large"><img src="${uploadUrl(part.attachment)}" alt="${xmlEscape(text.alt)}" class="wp-image-${id}"/><figcaption class="wp-element-caption">${xmlEscape(text.caption)}</figcaption></figure>\n<!-- /wp:image -->`;
    }
    // Shortcodes in a block post sit in a shortcode block, as the editor saves them.
    case "gallery":
    case "pullquote":
      return `<!-- wp:shortcode -->\n${classic(part, seed)}\n<!-- /wp:shortcode -->`;
  }
}

/** The post's `content:encoded`. */
export function postBody(plan: BodyPlan, rng: Rng, seed: number): string {
  const render = plan.style === "classic" ? classic : block;
  return parts(plan, rng)
    .map((part) => render(part, seed))
    .join("\n\n");
}

/** A page's text: classic paragraphs only. */
export function pageBody(rng: Rng): string {
  return paragraphs(blogWords, rng, "en", rng.int(60, 240)).map(xmlEscape).join("\n\n");
}
