import { z } from "zod";
import { ARTICLE_KINDS, ARTICLE_STATUSES } from "../content/article.kinds.ts";
import { characterCount, SEO_LIMITS, type SeoTextField } from "../content/article-seo.ts";
import { BodyId, ParamId } from "../http/ids.ts";
import { ARTICLE_ACTIONS } from "./article-actions.ts";
import { StorySlugSchema } from "./slug.schema.ts";

const Text = (max: number) => z.string().trim().max(max);

/**
 * A search or social text, limited in characters as readers count them (article-seo.ts); the
 * bound in UTF-16 units only keeps a few long clusters from carrying a page of marks. Empty or
 * null: the page's own text is used.
 */
const SeoText = (field: SeoTextField) => {
  const { max } = SEO_LIMITS[field];
  return Text(max * 8)
    .refine((text) => characterCount(text) <= max, { error: `must be at most ${max} characters` })
    .nullable()
    .meta({ description: `At most ${max} characters (grapheme clusters); empty or null: the page's own` });
};

/** Fields an editor may set; everything has a default except the five a minimal create needs. */
const EditableFields = {
  section: z.string().trim().min(1).max(120),
  kind: z.enum(ARTICLE_KINDS),
  /** Empty: made from the headline, unique in the edition. */
  slug: StorySlugSchema,
  headline: Text(300).min(1),
  standfirst: Text(1000),
  body: z.string().max(500_000),
  tags: z.array(Text(80).min(1)).max(30),
  authors: z.array(z.string().trim().min(1).max(120)).max(10),
  creditLine: Text(200).nullable(),
  datelinePlace: Text(120).nullable(),
  leadMediaId: BodyId.nullable(),
  /** Nobody can publish the story before this time; null: no embargo. */
  embargoUntil: z.iso.datetime({ offset: true }).nullable(),
  seoTitle: SeoText("seoTitle"),
  seoDescription: SeoText("seoDescription"),
  socialTitle: SeoText("socialTitle"),
  socialDescription: SeoText("socialDescription"),
  /** The photo shared with the story on social networks; null: the lead photo. */
  socialMediaId: BodyId.nullable(),
};

const SeoFields = {
  seoTitle: EditableFields.seoTitle.optional(),
  seoDescription: EditableFields.seoDescription.optional(),
  socialTitle: EditableFields.socialTitle.optional(),
  socialDescription: EditableFields.socialDescription.optional(),
  socialMediaId: EditableFields.socialMediaId.optional(),
};

export const NewArticleBody = z.strictObject({
  edition: z.string().min(1).max(20),
  section: EditableFields.section,
  headline: EditableFields.headline,
  standfirst: EditableFields.standfirst,
  body: EditableFields.body,
  kind: EditableFields.kind.optional(),
  slug: EditableFields.slug.optional(),
  tags: EditableFields.tags.optional(),
  authors: EditableFields.authors.optional(),
  creditLine: EditableFields.creditLine.optional(),
  datelinePlace: EditableFields.datelinePlace.optional(),
  leadMediaId: EditableFields.leadMediaId.optional(),
  embargoUntil: EditableFields.embargoUntil.optional(),
  ...SeoFields,
});
export type NewArticleInput = z.infer<typeof NewArticleBody>;

export const ArticlePatchBody = z.strictObject({
  version: BodyId,
  section: EditableFields.section.optional(),
  kind: EditableFields.kind.optional(),
  slug: EditableFields.slug.optional(),
  headline: EditableFields.headline.optional(),
  standfirst: EditableFields.standfirst.optional(),
  body: EditableFields.body.optional(),
  tags: EditableFields.tags.optional(),
  authors: EditableFields.authors.optional(),
  creditLine: EditableFields.creditLine.optional(),
  datelinePlace: EditableFields.datelinePlace.optional(),
  leadMediaId: EditableFields.leadMediaId.optional(),
  embargoUntil: EditableFields.embargoUntil.optional(),
  ...SeoFields,
  /** Moves the public Updated time; a plain save (a typo fix) does not. */
  significant: z.boolean().optional(),
  /** A public correction shown on the story; null removes it. */
  correctionNote: Text(2000).nullable().optional(),
});
export type ArticlePatch = z.infer<typeof ArticlePatchBody>;

/** The editor's fields for a preview: what a save would send, without the version it starts from. */
export const PreviewBody = ArticlePatchBody.omit({ version: true });

export const ArticleJson = z.object({
  id: z.number(),
  version: z.number(),
  status: z.enum(ARTICLE_STATUSES),
  edition: z.string(),
  section: z.string(),
  sectionName: z.string().meta({ description: "The section's name in the story's edition" }),
  kind: z.enum(ARTICLE_KINDS),
  slug: z.string(),
  headline: z.string(),
  standfirst: z.string(),
  body: z.string(),
  creditLine: z.string().nullable(),
  datelinePlace: z.string().nullable(),
  leadMediaId: z.number().nullable(),
  tags: z.array(z.string()),
  authors: z.array(z.string()),
  translationGroup: z.string().nullable(),
  translations: z.array(
    z.object({ id: z.number(), edition: z.string(), status: z.enum(ARTICLE_STATUSES), headline: z.string() }),
  ),
  publishedAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  scheduledAt: z.string().nullable(),
  correctionNote: z.string().nullable(),
  embargoUntil: z.string().nullable(),
  seoTitle: z.string().nullable(),
  seoDescription: z.string().nullable(),
  socialTitle: z.string().nullable(),
  socialDescription: z.string().nullable(),
  socialMediaId: z.number().nullable(),
  createdAt: z.string(),
  modifiedAt: z.string(),
  url: z.string().nullable(),
  createdBy: z.object({ id: z.number(), name: z.string() }).nullable(),
  allowedActions: z.array(z.enum(ARTICLE_ACTIONS)).meta({
    description: "What the current user may do with the story now; the server checks again when asked",
  }),
});
export type ArticleJsonType = z.infer<typeof ArticleJson>;

export const ArticleListQuery = z.strictObject({
  edition: z.string().max(20).optional(),
  section: z.string().max(120).optional(),
  status: z.enum(ARTICLE_STATUSES).optional(),
  author: z.string().max(120).optional(),
  q: z.string().max(200).optional(),
  mine: z.enum(["true", "false"]).optional(),
  order: z.enum(["modified", "published"]).default("modified").meta({
    description: "Newest first by last change, or by publication time (only stories that have one)",
  }),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const ScheduleBody = z.strictObject({ at: z.iso.datetime({ offset: true }) });
export const TranslationBody = z.strictObject({ edition: z.string().min(1).max(20) });
/**
 * A restore, against the story's version; `fields` restores only those. Their names are checked by
 * the restore itself (422 naming the unknown ones), so a name is a string here, not a closed list.
 */
export const RestoreBody = z.strictObject({
  version: BodyId,
  fields: z.array(z.string().min(1).max(60)).min(1).max(40).optional(),
});
export const IdParams = z.object({ id: ParamId });
export const RevisionParams = z.object({
  id: ParamId,
  revisionId: ParamId,
});

/** A story named in a newsroom list: enough to recognise it, whatever its status. */
export const StoryRefJson = z.object({
  id: z.number(),
  headline: z.string(),
  edition: z.string(),
  status: z.enum(ARTICLE_STATUSES),
  sectionName: z.string(),
  publishedAt: z.string().nullable(),
});
