import { z } from "zod";
import { ParamId } from "../http/ids.ts";
import { isoDate } from "../search/search.types.ts";
import { MAX_TEXT_LENGTH } from "./media.ts";
import { MIN_CROP_SIDE } from "./media-crop.ts";

const Fraction = z.number().min(0).max(1);
const CROP_SHAPE = {
  x: z.number().int().min(0),
  y: z.number().int().min(0),
  width: z.number().int().min(1),
  height: z.number().int().min(1),
};
const FOCAL_POINT_SHAPE = { x: Fraction, y: Fraction };
const CROP_MEANING = "a rectangle of the upright original, in its pixels";
const FOCAL_POINT_MEANING =
  "where the subject is, as fractions of the cropped picture (0,0 its top left, 1,1 its bottom right)";

export const MediaJson = z.object({
  id: z.number().int(),
  url: z.string().describe("the whole original"),
  thumbnailUrl: z.string(),
  width: z.number().int().describe("the original's width; pages show the crop's"),
  height: z.number().int().describe("the original's height; pages show the crop's"),
  crop: z.object(CROP_SHAPE).nullable().describe(`${CROP_MEANING}; null: pages show the whole picture`),
  focalPoint: z.object(FOCAL_POINT_SHAPE).nullable().describe(`${FOCAL_POINT_MEANING}; null: the centre`),
  caption: z.string(),
  credit: z.string(),
  alt: z.string(),
  fileName: z.string().describe("the name of the file as uploaded; empty for older photos"),
  localizations: z
    .array(z.object({ edition: z.string(), caption: z.string(), alt: z.string() }))
    .describe("caption and alt text per edition; an edition not listed shows `caption` and `alt`"),
  complete: z.boolean().describe("caption, credit and alt are all set: required before publishing"),
  variantsReady: z.boolean().describe("the resized AVIF, WebP and JPEG copies exist"),
  createdAt: z.string(),
});

// Upload forms are multipart, so the admin API's JSON NUL check does not see them; PostgreSQL cannot store U+0000.
const Text = z
  .string()
  .trim()
  .max(MAX_TEXT_LENGTH)
  .refine((text) => !text.includes("\u0000"), "must not hold a NUL character");

/** The text fields of an upload form: each optional, stored as "" until the newsroom fills it in. */
export const UploadFields = z.strictObject({
  caption: Text.default(""),
  credit: Text.default(""),
  alt: Text.default(""),
});

export const MediaPatchBody = z.strictObject({
  caption: Text.optional(),
  credit: Text.optional(),
  alt: Text.optional(),
  localizations: z
    .array(z.strictObject({ edition: z.string().trim().min(1).max(20), caption: Text, alt: Text }))
    .max(20)
    .refine((list) => new Set(list.map((l) => l.edition)).size === list.length, "names an edition twice")
    .optional()
    .describe(
      "an edition's caption and alt text, each falling back to the default when empty; both empty removes them",
    ),
});

export const MediaCropBody = z.strictObject({
  crop: z
    .strictObject(CROP_SHAPE)
    .nullable()
    .describe(
      `${CROP_MEANING}, inside it, each side at least ${MIN_CROP_SIDE}; null shows the whole picture`,
    ),
  focalPoint: z
    .strictObject(FOCAL_POINT_SHAPE)
    .nullable()
    .describe(`${FOCAL_POINT_MEANING}; null is its centre`),
});

export const MediaIdParams = z.object({ id: ParamId });

/** Paging cursors are opaque to clients; inside they carry the last id of the previous page. */
export function encodeCursor(lastId: number): string {
  return Buffer.from(`m${lastId}`).toString("base64url");
}

const Cursor = z
  .string()
  .transform((value, ctx) => {
    const match = /^m(\d{1,15})$/.exec(Buffer.from(value, "base64url").toString());
    if (match?.[1]) return Number(match[1]);
    ctx.addIssue({ code: "custom", message: "is not a cursor from a previous page" });
    return z.NEVER;
  })
  .optional();

export const MediaListQuery = z
  .strictObject({
    cursor: Cursor,
    limit: z.coerce.number().int().min(1).max(100).default(30),
    q: z
      .string()
      .trim()
      .max(200)
      .optional()
      .describe("words each found in the caption, credit or file name, in any case"),
    from: isoDate.optional().describe("uploaded on or after this day, in the newsroom's time zone"),
    to: isoDate.optional().describe("uploaded on or before this day, in the newsroom's time zone"),
  })
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
    message: "`from` must not be after `to`",
    path: ["from"],
  });

export const MediaPage = z.object({ items: z.array(MediaJson), nextCursor: z.string().nullable() });
