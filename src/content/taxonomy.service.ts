import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import type { WritePath } from "../events/write-path.ts";
import { AppError } from "../http/app-error.ts";
import { rememberSectionPaths } from "./article-paths.ts";
import { createAuthor, createSection, createTag, type NewAuthor, type NewSection } from "./content.writes.ts";
import { assertPhotoExists } from "./photo-reference.ts";
import { slugify } from "./slug.ts";
import { forgetTagSlug } from "./tag-redirects.ts";

type Db = Kysely<Database>;

/** Unique-constraint failures become a clear 409 instead of a 500. */
async function unique<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (/unique|duplicate/i.test((error as Error).message))
      throw new AppError("SLUG_TAKEN", `That ${what} already exists.`, { cause: error });
    throw error;
  }
}

export async function addSection(writes: WritePath, section: NewSection): Promise<void> {
  await unique("section key or slug", () =>
    writes.run(async ({ trx, record }) => {
      await createSection(trx, section);
      await record({ type: "section.changed", key: section.key });
    }),
  );
}

/** Renames or moves a section; localized slugs and names are replaced per edition given. */
export async function updateSection(
  writes: WritePath,
  key: string,
  change: { position?: number; localizations?: NewSection["localizations"] },
) {
  await unique("section slug", () =>
    writes.run(async ({ trx, record }) => {
      const section = await trx.selectFrom("sections").where("key", "=", key).select("id").executeTakeFirst();
      if (!section) throw new AppError("NOT_FOUND", `There is no section "${key}".`);
      if (change.position !== undefined)
        await trx
          .updateTable("sections")
          .set({ position: change.position })
          .where("id", "=", section.id)
          .execute();
      for (const l of change.localizations ?? []) {
        const old = await trx
          .deleteFrom("section_localizations")
          .where("section_id", "=", section.id)
          .where("edition", "=", l.edition)
          .returning("slug")
          .executeTakeFirst();
        await trx
          .insertInto("section_localizations")
          .values({ section_id: section.id, ...l })
          .execute();
        if (old && old.slug !== l.slug)
          await rememberSectionPaths(trx, { id: section.id, edition: l.edition, oldSlug: old.slug });
      }
      await record({ type: "section.changed", key });
    }),
  );
}

export async function addTag(writes: WritePath, tag: { edition: string; name: string; slug?: string }) {
  const slug = tag.slug ?? slugify(tag.name);
  await unique("tag", () =>
    writes.run(async ({ trx, record }) => {
      await createTag(trx, { edition: tag.edition, slug, name: tag.name });
      await forgetTagSlug(trx, tag.edition, slug);
      await record({ type: "tag.added", edition: tag.edition });
    }),
  );
  return { edition: tag.edition, slug, name: tag.name };
}

export async function addAuthor(writes: WritePath, author: NewAuthor): Promise<void> {
  await assertPhotoExists(writes.db, "photoMediaId", author.photoMediaId);
  await unique("author slug", () =>
    writes.run(async ({ trx, record }) => {
      await createAuthor(trx, author);
      await record({ type: "author.changed", key: author.slug });
    }),
  );
}

export async function updateAuthor(
  writes: WritePath,
  slug: string,
  change: {
    kind?: "staff" | "columnist";
    photoMediaId?: number | null;
    /** The account whose byline this is (authors and contributors may sign only with their own). */
    userId?: number | null;
    localizations?: NewAuthor["localizations"];
  },
) {
  await writes.run(async ({ trx, record }) => {
    const author = await trx.selectFrom("authors").where("slug", "=", slug).select("id").executeTakeFirst();
    if (!author) throw new AppError("NOT_FOUND", `There is no author "${slug}".`);
    await assertPhotoExists(trx, "photoMediaId", change.photoMediaId);
    if (change.userId) {
      const user = await trx
        .selectFrom("users")
        .where("id", "=", change.userId)
        .select("id")
        .executeTakeFirst();
      if (!user) throw new AppError("VALIDATION_FAILED", `There is no user ${change.userId}.`);
    }
    if (change.kind !== undefined || change.photoMediaId !== undefined || change.userId !== undefined) {
      await trx
        .updateTable("authors")
        .set({
          ...(change.kind ? { kind: change.kind } : {}),
          ...(change.photoMediaId !== undefined ? { photo_media_id: change.photoMediaId } : {}),
          ...(change.userId !== undefined ? { user_id: change.userId } : {}),
        })
        .where("id", "=", author.id)
        .execute();
    }
    for (const l of change.localizations ?? []) {
      await trx
        .deleteFrom("author_localizations")
        .where("author_id", "=", author.id)
        .where("edition", "=", l.edition)
        .execute();
      await trx
        .insertInto("author_localizations")
        .values({ author_id: author.id, ...l })
        .execute();
    }
    await record({ type: "author.changed", key: slug });
  });
}

export async function listTags(db: Db, edition: string) {
  return db
    .selectFrom("tags")
    .where("edition", "=", edition)
    .select(["slug", "name"])
    .orderBy("name")
    .execute();
}

export async function listAuthors(db: Db) {
  const [authors, names] = await Promise.all([
    db
      .selectFrom("authors")
      .select(["id", "slug", "kind", "photo_media_id", "user_id"])
      .orderBy("slug")
      .execute(),
    db.selectFrom("author_localizations").select(["author_id", "edition", "name", "title", "bio"]).execute(),
  ]);
  return authors.map((a) => {
    const own = names.filter((n) => n.author_id === a.id);
    const by = (field: "name" | "title" | "bio") => Object.fromEntries(own.map((n) => [n.edition, n[field]]));
    return {
      slug: a.slug,
      kind: a.kind,
      photoMediaId: a.photo_media_id,
      userId: a.user_id,
      name: by("name"),
      title: by("title"),
      bio: by("bio"),
    };
  });
}

/** Every newsroom account by name, with the author profiles linked to it (its bylines). */
export async function linkableAccounts(db: Db) {
  const [users, links] = await Promise.all([
    db.selectFrom("users").select(["id", "name", "role"]).orderBy("name").orderBy("id").execute(),
    db
      .selectFrom("authors")
      .where("user_id", "is not", null)
      .select(["slug", "user_id"])
      .orderBy("slug")
      .execute(),
  ]);
  return users.map((u) => ({ ...u, authors: links.filter((l) => l.user_id === u.id).map((l) => l.slug) }));
}
