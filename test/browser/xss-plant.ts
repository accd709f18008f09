/**
 * Plants the XSS corpus through the admin API, as an admin (who may set every field an author or
 * editor may): for each payload a set of sections, bylines, a tag, photos, two published stories
 * (a columnist's, created with the payloads, and an agency story saved with them), a user and an
 * API key, then front page, related pins and webhooks that put them where readers and editors look.
 * Fields that only name something (slugs, editions, section and byline references, dates, emails)
 * are probed: the API may refuse the payload (any 4xx is recorded), never answer 5xx.
 */
import sharp from "sharp";
import { API, type ApiClient, anonymous, TEST_PASSWORD } from "../support/api-client.ts";
import type { PlantedField } from "./xss-fields.ts";
import { XSS_PAYLOADS } from "./xss-payloads.ts";
import { plantBreaking } from "./xss-plant-breaking.ts";
import { type PictureAt, plantImport } from "./xss-plant-import.ts";
import { type PlantedLive, plantLive } from "./xss-plant-live.ts";
import { plantNotes } from "./xss-plant-notes.ts";
import { type AdoptedStory, type IngestWire, plantWire } from "./xss-plant-wire.ts";
import { expectOk, PLACEHOLDER, Planter, type Planting, stored } from "./xss-planter.ts";
import { forEachInParallel } from "./xss-pool.ts";

export interface PlantedStory {
  id: number;
  /** Public path of the published story. */
  path: string;
  /** The texts a reader must see on its page, as stored (trimmed, NFC). */
  texts: string[];
}

/** What one payload became: the public and newsroom places to look, and the texts they must show. */
export interface PlantedSet {
  index: number;
  name: string;
  sectionPaths: string[];
  sectionNames: { en: string[]; bn: string[] };
  authorPaths: string[];
  authorTexts: string[];
  tagName: string;
  staff: PlantedStory;
  wire: PlantedStory;
  /** A draft adopted on the wire desk from a source credited with the payload. */
  adopted: AdoptedStory;
  /** The notes written on the adopted draft (returned with one), which its editor shows. */
  noteTexts: string[];
  /** The English edition's breaking-news banner with the payload as text; undefined if it was refused. */
  breakingText: string | undefined;
  /** A live blog whose entries carry the payload as headline and body. */
  live: PlantedLive;
  /** The wire source named with the payload (or a placeholder, if the name was refused). */
  wireSourceName: string;
  mediaTexts: string[];
  userName: string;
  apiKeyName: string;
  /** A search for this payload as text, with what the search page must echo. */
  searchPath: string;
  searchText: string;
}

export interface Plantation {
  sets: PlantedSet[];
  log: Planting[];
}

/**
 * The test's stand-ins for the world outside: the wire's drop folder and a picture website; and an
 * hour from the server's now, for the banners' end.
 */
export interface Outside {
  ingestWire: IngestWire;
  pictureAt: PictureAt;
  breakingEndsAt: string;
}

export async function plantCorpus(api: ApiClient, outside: Outside): Promise<Plantation> {
  const log: Planting[] = [];
  const sets: PlantedSet[] = [];
  // A few payloads at a time: the server's writes take turns, the requests around them need not.
  await forEachInParallel([...XSS_PAYLOADS.entries()], [1, 2, 3, 4], async (_, [index, payload]) => {
    sets[index] = await new CorpusPlanter(api, log, index).plantSet(payload.name, outside);
  });
  await arrange(api, sets);
  // Registered last: the stories above are already published, so no delivery is ever attempted.
  for (const set of sets) {
    await new CorpusPlanter(api, log, set.index).plantWebhook();
  }
  return { sets, log };
}

/** The front page leads with the corpus and every story pins its neighbours as related stories. */
async function arrange(api: ApiClient, sets: PlantedSet[]): Promise<void> {
  const stories = sets.flatMap((s) => [s.staff.id, s.wire.id]);
  const [lead, ...slots] = stories;
  expectOk(await api.request("PUT", "/front-pages/en", { lead, slots: slots.slice(0, 30) }), "front page");
  for (const [i, set] of sets.entries()) {
    const previous = sets[i - 1]?.staff.id;
    const ids = previous ? [set.wire.id, previous] : [set.wire.id];
    expectOk(await api.request("PUT", `/articles/${set.staff.id}/related/pins`, { ids }), "related pins");
  }
}

class CorpusPlanter extends Planter {
  async plantSet(name: string, outside: Outside): Promise<PlantedSet> {
    const i = this.index;
    const sections = await this.plantSections();
    const authors = await this.plantAuthors();
    const tag = await this.plantTag();
    const media = await this.plantMedia();
    const staff = await this.plantStaffStory(sections.created, authors.slugs, tag, media.created);
    const wire = await this.plantWireStory(sections.saved, media.saved);
    await this.probeStoryReferences(staff.id, wire.id);
    const { adopted, sourceName: wireSourceName } = await plantWire(this, outside.ingestWire);
    await plantImport(this, outside.pictureAt);
    const breakingText = await plantBreaking(this, outside.breakingEndsAt);
    const noteTexts = await plantNotes(this, adopted.id);
    const live = await plantLive(this, (id) => this.publish(id));
    const userName = await this.plantUser();
    await this.plant({ "POST /api-keys name": (name) => ({ name }) }, {}, (body) =>
      this.api.request("POST", `${API}/api-keys`, body),
    );
    const apiKeyName = stored(this.text("POST /api-keys name"));
    const searchText = stored(this.text("POST /articles headline"));
    return {
      index: i,
      name,
      sectionPaths: [sections.created, sections.saved].map((slug) => `/en/${slug}/`),
      sectionNames: sections.names,
      authorPaths: authors.slugs.map((slug) => `/en/author/${slug}`),
      authorTexts: authors.texts,
      tagName: tag,
      staff,
      wire,
      adopted,
      noteTexts,
      breakingText,
      live,
      wireSourceName,
      mediaTexts: media.texts,
      userName,
      apiKeyName,
      searchPath: `/en/search?q=${encodeURIComponent(searchText)}`,
      searchText,
    };
  }

  /** One section named with the payloads on creation, one renamed to them by a save. */
  async plantSections() {
    const i = this.index;
    const created = `xss-${i}`;
    const saved = `xss-${i}-saved`;
    const localized = (slug: string, name: string) =>
      ["en", "bn"].map((edition) => ({ edition, slug, name }));
    await this.plant(
      { "POST /sections localizations[].name": (name) => ({ localizations: localized(created, name) }) },
      { key: created, position: 100 + i },
      (body) => this.api.request("POST", "/sections", body),
    );
    expectOk(
      await this.api.request("POST", "/sections", {
        key: saved,
        position: 200 + i,
        localizations: localized(saved, PLACEHOLDER),
      }),
      "section",
    );
    await this.plant(
      { "PATCH /sections/{key} localizations[].name": (name) => ({ localizations: localized(saved, name) }) },
      {},
      (body) => this.api.request("PATCH", `/sections/${saved}`, body),
    );
    const probeSection = (field: PlantedField, method: string, path: string, make: (v: string) => unknown) =>
      this.probe(field, (v) => this.api.request(method, path, make(v)));
    const one = (edition: string, slug: string) => [{ edition, slug, name: PLACEHOLDER }];
    await probeSection("POST /sections key", "POST", "/sections", (v) => ({
      key: v,
      position: 1,
      localizations: one("en", `probe-${i}`),
    }));
    await probeSection("POST /sections localizations[].edition", "POST", "/sections", (v) => ({
      key: `xss-probe-${i}`,
      position: 1,
      localizations: one(v, `probe-${i}`),
    }));
    await probeSection("POST /sections localizations[].slug", "POST", "/sections", (v) => ({
      key: `xss-probe-${i}`,
      position: 1,
      localizations: one("en", v),
    }));
    await probeSection(
      "PATCH /sections/{key} localizations[].edition",
      "PATCH",
      `/sections/${saved}`,
      (v) => ({
        localizations: one(v, saved),
      }),
    );
    await probeSection("PATCH /sections/{key} localizations[].slug", "PATCH", `/sections/${saved}`, (v) => ({
      localizations: one("en", v),
    }));
    const names = (field: PlantedField) => stored(this.text(field));
    return {
      created,
      saved,
      names: {
        en: [
          names("POST /sections localizations[].name"),
          names("PATCH /sections/{key} localizations[].name"),
        ],
        bn: [
          names("POST /sections localizations[].name"),
          names("PATCH /sections/{key} localizations[].name"),
        ],
      },
    };
  }

  /** A columnist created with the payloads and one given them by a save; both sign the staff story. */
  async plantAuthors() {
    const i = this.index;
    const localizations = (name: string, title: string, bio: string) =>
      ["en", "bn"].map((edition) => ({ edition, name, title, bio }));
    const created = `xss-a${i}`;
    const saved = `xss-b${i}`;
    await this.plant(
      {
        "POST /authors localizations[].name": (name) => ({ name }),
        "POST /authors localizations[].title": (title) => ({ title }),
        "POST /authors localizations[].bio": (bio) => ({ bio }),
      },
      { slug: created, kind: "columnist" },
      (body) =>
        this.api.request("POST", "/authors", {
          slug: body.slug,
          kind: body.kind,
          localizations: localizations(
            String(body.name ?? PLACEHOLDER),
            String(body.title ?? ""),
            String(body.bio ?? ""),
          ),
        }),
    );
    expectOk(
      await this.api.request("POST", "/authors", {
        slug: saved,
        kind: "columnist",
        localizations: localizations(PLACEHOLDER, "", ""),
      }),
      "author",
    );
    await this.plant(
      {
        "PATCH /authors/{slug} localizations[].name": (name) => ({ name }),
        "PATCH /authors/{slug} localizations[].title": (title) => ({ title }),
        "PATCH /authors/{slug} localizations[].bio": (bio) => ({ bio }),
      },
      {},
      (body) =>
        this.api.request("PATCH", `/authors/${saved}`, {
          localizations: localizations(
            String(body.name ?? PLACEHOLDER),
            String(body.title ?? ""),
            String(body.bio ?? ""),
          ),
        }),
    );
    const one = (edition: string) => [{ edition, name: PLACEHOLDER, title: "", bio: "" }];
    await this.probe("POST /authors slug", (v) =>
      this.api.request("POST", "/authors", { slug: v, kind: "staff", localizations: one("en") }),
    );
    await this.probe("POST /authors localizations[].edition", (v) =>
      this.api.request("POST", "/authors", { slug: `xss-probe-${i}`, kind: "staff", localizations: one(v) }),
    );
    await this.probe("PATCH /authors/{slug} localizations[].edition", (v) =>
      this.api.request("PATCH", `/authors/${saved}`, { localizations: one(v) }),
    );
    const texts = (
      [
        "POST /authors localizations[].name",
        "POST /authors localizations[].title",
        "POST /authors localizations[].bio",
        "PATCH /authors/{slug} localizations[].name",
        "PATCH /authors/{slug} localizations[].title",
        "PATCH /authors/{slug} localizations[].bio",
      ] as const
    ).map((field) => stored(this.text(field)));
    return { slugs: [created, saved], texts };
  }

  /** A tag added by name in the newsroom's tag list; the staff story is tagged with it too. */
  async plantTag(): Promise<string> {
    await this.plant({ "POST /tags name": (name) => ({ name }) }, { edition: "en" }, (body) =>
      this.api.request("POST", "/tags", body),
    );
    await this.probe("POST /tags edition", (v) =>
      this.api.request("POST", "/tags", { edition: v, name: "probe" }),
    );
    await this.probe("POST /tags slug", (v) =>
      this.api.request("POST", "/tags", { edition: "en", name: `probe ${this.index}`, slug: v }),
    );
    // A second tag, renamed and then merged with the payloads (tag management).
    const renamed = `renamed-${this.index}`;
    expectOk(await this.api.request("POST", "/tags", { edition: "en", name: renamed }), "a tag to rename");
    await this.plant({ "PATCH /tags/{edition}/{slug} name": (name) => ({ name }) }, {}, (body) =>
      this.api.request("PATCH", `/tags/en/${renamed}`, body),
    );
    await this.probe("POST /tags/{edition}/{slug}/merge into", (v) =>
      this.api.request("POST", `/tags/en/${renamed}/merge`, { into: v }),
    );
    await this.probe("PATCH /tags/{edition}/{slug} slug", (v) =>
      this.api.request("PATCH", `/tags/en/${renamed}`, { slug: v }),
    );
    return stored(this.text("POST /tags name"));
  }

  /** A photo uploaded with the payloads and one described with them afterwards. */
  async plantMedia() {
    let shade = this.index * 2;
    const upload = async (texts: Record<string, unknown>) => {
      const form = new FormData();
      for (const [key, value] of Object.entries(texts)) form.append(key, String(value));
      form.append(
        "file",
        new Blob([new Uint8Array(await photo(shade++))], { type: "image/png" }),
        "photo.png",
      );
      return this.api.request("POST", "/media", undefined, { raw: form });
    };
    const created = await this.plant(
      {
        "POST /media caption": (caption) => ({ caption }),
        "POST /media credit": (credit) => ({ credit }),
        "POST /media alt": (alt) => ({ alt }),
      },
      {},
      upload,
    );
    const saved = await upload({ caption: PLACEHOLDER, credit: PLACEHOLDER, alt: PLACEHOLDER });
    expectOk(saved, "photo");
    const savedId = Number(saved.body.id);
    await this.plant(
      {
        "PATCH /media/{id} caption": (caption) => ({ caption }),
        "PATCH /media/{id} credit": (credit) => ({ credit }),
        "PATCH /media/{id} alt": (alt) => ({ alt }),
      },
      {},
      (body) => this.api.request("PATCH", `/media/${savedId}`, body),
    );
    // The Bangla texts go one at a time: two entries for one edition are refused as a repeat.
    const patchMedia = (body: Record<string, unknown>) =>
      this.api.request("PATCH", `/media/${savedId}`, body);
    await this.plant(
      {
        "PATCH /media/{id} localizations[].caption": (caption) => ({
          localizations: [{ edition: "bn", caption, alt: "" }],
        }),
      },
      {},
      patchMedia,
    );
    await this.plant(
      {
        "PATCH /media/{id} localizations[].alt": (alt) => ({
          localizations: [
            { edition: "bn", caption: stored(this.text("PATCH /media/{id} localizations[].caption")), alt },
          ],
        }),
      },
      {},
      patchMedia,
    );
    await this.probe("PATCH /media/{id} localizations[].edition", (v) =>
      patchMedia({ localizations: [{ edition: v, caption: PLACEHOLDER, alt: "" }] }),
    );
    const texts = (
      [
        "POST /media caption",
        "POST /media credit",
        "PATCH /media/{id} caption",
        "PATCH /media/{id} credit",
      ] as const
    ).map((field) => stored(this.text(field)));
    return { created: Number(created.body.id), saved: savedId, texts };
  }

  /** A columnist's opinion piece created with the payloads, then given a correction note. */
  async plantStaffStory(
    section: string,
    authors: string[],
    tag: string,
    mediaId: number,
  ): Promise<PlantedStory> {
    const created = await this.plant(
      {
        "POST /articles headline": (headline) => ({ headline }),
        "POST /articles standfirst": (standfirst) => ({ standfirst }),
        "POST /articles body": (body) => ({ body }),
        "POST /articles tags[]": (name) => ({ tags: [name] }),
        "POST /articles creditLine": (creditLine) => ({ creditLine }),
        "POST /articles datelinePlace": (datelinePlace) => ({ datelinePlace }),
        "POST /articles seoTitle": (seoTitle) => ({ seoTitle }),
        "POST /articles seoDescription": (seoDescription) => ({ seoDescription }),
        "POST /articles socialTitle": (socialTitle) => ({ socialTitle }),
        "POST /articles socialDescription": (socialDescription) => ({ socialDescription }),
      },
      {
        edition: "en",
        section,
        kind: "opinion",
        headline: PLACEHOLDER,
        standfirst: "",
        // The photo inline too: its texts are rendered into the body from the library.
        body: `<p>${PLACEHOLDER}</p><figure data-media-id="${mediaId}"></figure>`,
        tags: [tag],
        authors,
        leadMediaId: mediaId,
      },
      (body) => this.api.request("POST", "/articles", body),
    );
    const id = Number(created.body.id);
    await this.plant(
      { "PATCH /articles/{id} correctionNote": (correctionNote) => ({ correctionNote }) },
      { version: created.body.version, significant: true },
      (body) => this.api.request("PATCH", `/articles/${id}`, body),
    );
    const texts = (
      [
        "POST /articles headline",
        "POST /articles standfirst",
        "POST /articles tags[]",
        "POST /articles datelinePlace",
        "PATCH /articles/{id} correctionNote",
      ] as const
    ).map((field) => stored(this.text(field)));
    // The page's head shows them; the longest payloads do not fit a title's limit.
    const head = (
      [
        "POST /articles seoTitle",
        "POST /articles seoDescription",
        "POST /articles socialTitle",
        "POST /articles socialDescription",
      ] as const
    ).filter((field) => this.accepted(field));
    texts.push(...head.map((field) => stored(this.text(field))));
    return { id, path: await this.publish(id), texts };
  }

  /** An agency story (credit line, no byline) written as a placeholder and saved with the payloads. */
  async plantWireStory(section: string, mediaId: number): Promise<PlantedStory> {
    const created = await this.api.request("POST", "/articles", {
      edition: "en",
      section,
      headline: `${PLACEHOLDER} ${this.index}`,
      standfirst: "",
      body: `<p>${PLACEHOLDER}</p>`,
      creditLine: "Agency",
    });
    expectOk(created, "wire story");
    const id = Number(created.body.id);
    await this.plant(
      {
        "PATCH /articles/{id} headline": (headline) => ({ headline }),
        "PATCH /articles/{id} standfirst": (standfirst) => ({ standfirst }),
        "PATCH /articles/{id} body": (body) => ({ body }),
        "PATCH /articles/{id} tags[]": (name) => ({ tags: [name] }),
        "PATCH /articles/{id} creditLine": (creditLine) => ({ creditLine }),
        "PATCH /articles/{id} datelinePlace": (datelinePlace) => ({ datelinePlace }),
        "PATCH /articles/{id} seoTitle": (seoTitle) => ({ seoTitle }),
        "PATCH /articles/{id} seoDescription": (seoDescription) => ({ seoDescription }),
        "PATCH /articles/{id} socialTitle": (socialTitle) => ({ socialTitle }),
        "PATCH /articles/{id} socialDescription": (socialDescription) => ({ socialDescription }),
      },
      { version: created.body.version, leadMediaId: mediaId, significant: true },
      (body) => this.api.request("PATCH", `/articles/${id}`, body),
    );
    const texts = (
      [
        "PATCH /articles/{id} headline",
        "PATCH /articles/{id} standfirst",
        "PATCH /articles/{id} tags[]",
        "PATCH /articles/{id} creditLine",
        "PATCH /articles/{id} datelinePlace",
      ] as const
    ).map((field) => stored(this.text(field)));
    const head = (
      [
        "PATCH /articles/{id} seoTitle",
        "PATCH /articles/{id} seoDescription",
        "PATCH /articles/{id} socialTitle",
        "PATCH /articles/{id} socialDescription",
      ] as const
    ).filter((field) => this.accepted(field));
    texts.push(...head.map((field) => stored(this.text(field))));
    return { id, path: await this.publish(id), texts };
  }

  async publish(id: number): Promise<string> {
    const published = await this.api.request("POST", `/articles/${id}/publish`);
    expectOk(published, `publishing story ${id}`);
    return new URL(String(published.body.url), "http://site").pathname;
  }

  /** Fields that name a slug, section, byline, edition or time: the payload may only be refused. */
  async probeStoryReferences(staffId: number, wireId: number): Promise<void> {
    const draft = {
      edition: "en",
      section: `xss-${this.index}`,
      headline: "Probe",
      standfirst: "",
      body: "",
    };
    const create = (extra: Record<string, unknown>) =>
      this.api.request("POST", "/articles", { ...draft, ...extra });
    await this.probe("POST /articles slug", (v) => create({ slug: v }));
    await this.probe("POST /articles section", (v) => create({ section: v }));
    await this.probe("POST /articles edition", (v) => create({ edition: v }));
    await this.probe("POST /articles authors[]", (v) => create({ authors: [v] }));
    await this.probe("POST /articles embargoUntil", (v) => create({ embargoUntil: v }));
    const version = Number((await this.api.get(`/articles/${wireId}`)).body.version);
    const save = (extra: Record<string, unknown>) =>
      this.api.request("PATCH", `/articles/${wireId}`, { version, ...extra });
    await this.probe("PATCH /articles/{id} slug", (v) => save({ slug: v }));
    await this.probe("PATCH /articles/{id} section", (v) => save({ section: v }));
    await this.probe("PATCH /articles/{id} authors[]", (v) => save({ authors: [v] }));
    await this.probe("PATCH /articles/{id} embargoUntil", (v) => save({ embargoUntil: v }));
    const preview = (extra: Record<string, unknown>) =>
      this.api.request("POST", `/articles/${staffId}/preview`, extra);
    await this.probe("POST /articles/{id}/preview slug", (v) => preview({ slug: v }));
    await this.probe("POST /articles/{id}/preview section", (v) => preview({ section: v }));
    await this.probe("POST /articles/{id}/preview authors[]", (v) => preview({ authors: [v] }));
    await this.probe("POST /articles/{id}/preview embargoUntil", (v) => preview({ embargoUntil: v }));
    await this.probe("POST /articles/{id}/schedule at", (v) =>
      this.api.request("POST", `/articles/${wireId}/schedule`, { at: v }),
    );
    await this.probe("POST /articles/{id}/translations edition", (v) =>
      this.api.request("POST", `/articles/${staffId}/translations`, { edition: v }),
    );
    // A field a revision restores is a name; an unknown one is refused, named in the 422.
    const revisions = (await this.api.get<{ items: { id: number }[] }>(`/articles/${wireId}/revisions`)).body;
    await this.probe("POST /articles/{id}/revisions/{revisionId}/restore fields[]", (v) =>
      this.api.request("POST", `/articles/${wireId}/revisions/${revisions.items.at(-1)?.id}/restore`, {
        version,
        fields: [v],
      }),
    );
  }

  async plantUser(): Promise<string> {
    const i = this.index;
    await this.plant(
      { "POST /users name": (name) => ({ name }) },
      { email: `xss-${i}@newsroom.test`, name: PLACEHOLDER, role: "contributor", password: TEST_PASSWORD },
      (body) => this.api.request("POST", "/users", body),
    );
    await this.probe("POST /users email", (v) =>
      this.api.request("POST", "/users", {
        email: v,
        name: "Probe",
        role: "contributor",
        password: TEST_PASSWORD,
      }),
    );
    await this.probe("POST /session email", (v) =>
      anonymous(this.api.baseUrl).request("POST", "/session", { email: v, password: TEST_PASSWORD }),
    );
    return stored(this.text("POST /users name"));
  }

  /** A webhook whose address carries the payload in its query: refused or listed as typed. */
  async plantWebhook(): Promise<void> {
    await this.probe("POST /webhooks url", (v) =>
      this.api.request("POST", "/webhooks", {
        url: `http://127.0.0.1:9/?${v}`,
        events: ["article.published"],
      }),
    );
  }
}

/** A small picture of its own per upload: the store names files by their bytes. */
function photo(shade: number): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: shade, g: 90, b: 45 } } })
    .png()
    .toBuffer();
}
