import type { Kysely } from "kysely";
import {
  createArticle,
  createAuthor,
  createSection,
  createTag,
  type NewArticle,
} from "../../src/content/content.writes.ts";
import type { Database } from "../../src/db/database.ts";
import { insertMedia } from "../../src/media/media.queries.ts";

export const NOW = "2026-11-29T06:00:00.000Z";

export function minutesBefore(iso: string, minutes: number): string {
  return new Date(new Date(iso).getTime() - minutes * 60_000).toISOString();
}

/** A small two-edition newspaper: two sections, one author, a photo, tags, and a factory for articles with that photo. */
export async function seedFixtures(db: Kysely<Database>) {
  const national = await createSection(db, {
    key: "national",
    position: 1,
    localizations: [
      { edition: "en", slug: "national", name: "National" },
      { edition: "bn", slug: "জাতীয়", name: "জাতীয়" },
    ],
  });
  const sports = await createSection(db, {
    key: "sports",
    position: 2,
    localizations: [
      { edition: "en", slug: "sports", name: "Sports" },
      { edition: "bn", slug: "খেলা", name: "খেলা" },
    ],
  });
  const author = await createAuthor(db, {
    slug: "nasima-akter",
    kind: "staff",
    photoMediaId: null,
    localizations: [
      { edition: "en", name: "Nasima Akter", title: "Staff Correspondent", bio: "Covers rivers." },
      { edition: "bn", name: "নাসিমা আক্তার", title: "নিজস্ব প্রতিবেদক", bio: "নদী নিয়ে লেখেন।" },
    ],
  });
  const photo = await insertMedia(db, {
    fileName: "fixtures/photo.jpg",
    mime: "image/jpeg",
    width: 1600,
    height: 900,
    caption: "Boats on the river at dawn.",
    alt: "Wooden boats moored on a wide river.",
    credit: "Dateline Photo/Staff",
    variants: [],
    now: NOW,
  });
  const floods = await createTag(db, { edition: "en", slug: "floods", name: "Floods" });
  const cricket = await createTag(db, { edition: "en", slug: "cricket", name: "Cricket" });
  let counter = 0;
  async function article(overrides: Partial<NewArticle> = {}): Promise<number> {
    counter += 1;
    return createArticle(db, {
      edition: "en",
      translationGroup: null,
      sectionId: national,
      kind: "news",
      slug: `story-${counter}`,
      headline: `Story ${counter}`,
      standfirst: `Standfirst ${counter}.`,
      bodyHtml: `<p>Body ${counter}.</p>`,
      creditLine: null,
      datelinePlace: null,
      leadMediaId: photo,
      status: "published",
      publishedAt: minutesBefore(NOW, counter * 10),
      updatedAt: null,
      authorIds: [author],
      tagIds: [],
      now: NOW,
      ...overrides,
    });
  }
  return { sections: { national, sports }, author, photo, tags: { floods, cricket }, article };
}
