import { type Kysely, type Migration, sql } from "kysely";

/**
 * A photo's crop and focal point (issue 13). The crop is a rectangle in the upright original's
 * pixels, all four columns set or none; the focal point is two fractions (0..1) of the cropped
 * picture. `variants_width`/`variants_height` are the size of the picture the current variants were
 * cut from, so pages keep showing old variants at their own size until a new crop's are made; rows
 * whose variants exist were cut from the whole original. Frozen.
 */
export function mediaCropMigration(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      for (const column of [
        "crop_x",
        "crop_y",
        "crop_width",
        "crop_height",
        "variants_width",
        "variants_height",
      ])
        await db.schema.alterTable("media").addColumn(column, "integer").execute();
      for (const column of ["focal_x", "focal_y"])
        await db.schema.alterTable("media").addColumn(column, "real").execute();
      await db
        .updateTable("media")
        .set({ variants_width: sql.ref("width"), variants_height: sql.ref("height") })
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom("media_variants")
              .whereRef("media_variants.media_id", "=", "media.id")
              .select("media_id"),
          ),
        )
        .execute();
    },
  };
}
