import type { Kysely, Migration } from "kysely";

const BATCH = 200;
/** A figure written before references: a plain figure whose picture is a stored file of the library. */
const OLD_FIGURE = /<figure><img([^>]*?)\ssrc="\/media\/([^"]+)"/g;

/**
 * Inline photos become references to the library (issue 13): each story figure whose picture is a
 * library photo's original or variant gets `data-media-id`, so readers see the library's current
 * picture and texts instead of the copy frozen at insertion. Bodies only, not revisions (restoring
 * one shows its frozen figure, as before). Runs again harmlessly: a figure with a reference no
 * longer matches. Frozen.
 */
export function inlineMediaRefsMigration(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      for (let after = 0; ; ) {
        const rows: { id: number; body_html: string }[] = await db
          .selectFrom("articles")
          .where("id", ">", after)
          .where("body_html", "like", "%<figure><img%")
          .select(["id", "body_html"])
          .orderBy("id")
          .limit(BATCH)
          .execute();
        const last = rows.at(-1);
        if (!last) return;
        after = last.id;
        const ids = await mediaIdsByFile(
          db,
          rows.flatMap((r) => Array.from(r.body_html.matchAll(OLD_FIGURE), (m) => m[2] ?? "")),
        );
        for (const row of rows) {
          const body = row.body_html.replace(OLD_FIGURE, (figure, attributes: string, file: string) => {
            const id = ids.get(file);
            return id === undefined
              ? figure
              : `<figure data-media-id="${id}"><img${attributes} src="/media/${file}"`;
          });
          if (body !== row.body_html)
            await db.updateTable("articles").set({ body_html: body }).where("id", "=", row.id).execute();
        }
      }
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: as above
async function mediaIdsByFile(db: Kysely<any>, files: string[]): Promise<Map<string, number>> {
  const unique = [...new Set(files)];
  if (unique.length === 0) return new Map();
  const [originals, variants] = await Promise.all([
    db.selectFrom("media").where("file_name", "in", unique).select(["file_name", "id"]).execute(),
    db
      .selectFrom("media_variants")
      .where("file_name", "in", unique)
      .select(["file_name", "media_id as id"])
      .execute(),
  ]);
  return new Map(
    [...originals, ...variants].map((r: { file_name: string; id: number }) => [r.file_name, Number(r.id)]),
  );
}
