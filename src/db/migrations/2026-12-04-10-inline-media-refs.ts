import type { Kysely, Migration } from "kysely";
import { libraryFilesIn, mediaIdsByFile, withPhotoReferences } from "../../media/library-photo-refs.ts";

const BATCH = 200;

/**
 * Inline photos become references to the library (issue 13): each story figure whose picture is a
 * library photo's original or variant gets `data-media-id`, so readers see the library's current
 * picture and texts instead of the copy frozen at insertion. Bodies only, not revisions (a restored
 * one gains its references as it is saved). Runs again harmlessly: a figure with a reference no
 * longer matches. The matching is the one every story save uses (media/library-photo-refs.ts),
 * so a body this left as it was is also left by a save.
 */
export function inlineMediaRefsMigration(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      for (let after = 0; ; ) {
        const rows: { id: number; body_html: string }[] = await db
          .selectFrom("articles")
          .where("id", ">", after)
          .where("body_html", "like", '%src="/media/%')
          .select(["id", "body_html"])
          .orderBy("id")
          .limit(BATCH)
          .execute();
        const last = rows.at(-1);
        if (!last) return;
        after = last.id;
        const ids = await mediaIdsByFile(
          db,
          rows.flatMap((r) => libraryFilesIn(r.body_html)),
        );
        for (const row of rows) {
          const body = withPhotoReferences(row.body_html, ids);
          if (body !== row.body_html)
            await db.updateTable("articles").set({ body_html: body }).where("id", "=", row.id).execute();
        }
      }
    },
  };
}
