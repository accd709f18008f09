/**
 * Standing guard of the security review (issue 10): the XSS corpus (xss-payloads.ts) is planted in
 * every text field of the admin API (xss-fields.ts, checked against the OpenAPI document) and every
 * page, feed, sitemap, preview and newsroom screen that shows those fields is loaded in Chromium.
 * Any marker call, dialog, CSP violation, page error or live markup fails it (xss-watch.ts); each
 * page must also show the payloads as text, so a page that dropped them cannot pass by accident.
 * SQLite only: this is about rendering, which both engines share.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import sharp from "sharp";
import {
  characterCount,
  SEO_LIMITS,
  SEO_TEXT_FIELDS,
  type SeoTextField,
} from "../../src/content/article-seo.ts";
import { ingestWireFile } from "../../src/wire/wire-ingest.ts";
import { wireSourceById } from "../../src/wire/wire-sources.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { type PictureHost, startPictureHost } from "../support/picture-host.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { type Browser, chromiumSkipReason, launchChromium } from "./chromium.ts";
import { NEVER_SHOWN, type OpenApiDocument, openApiTextFields, PLANTED_FIELDS } from "./xss-fields.ts";
import { markerOf, XSS_PAYLOADS } from "./xss-payloads.ts";
import { type Plantation, type PlantedSet, type PlantedStory, plantCorpus } from "./xss-plant.ts";
import type { IngestWire } from "./xss-plant-wire.ts";
import { stored } from "./xss-planter.ts";
import { forEachInParallel } from "./xss-pool.ts";
import { type Alarm, describeAlarms, describeMarker, watchForXss, type XssWatch } from "./xss-watch.ts";

/** Everything a reader or editor can read on a page: text, form values, the title, alt texts and meta tags. */
const READABLE_TEXT = `(() => {
  const parts = [document.title, document.body ? document.body.innerText : ""];
  for (const el of document.querySelectorAll("input, textarea, select")) parts.push(el.value);
  for (const el of document.querySelectorAll("[alt]")) parts.push(el.getAttribute("alt"));
  for (const el of document.querySelectorAll("meta[content]")) parts.push(el.getAttribute("content"));
  return parts.join("\\n");
})()`;

/**
 * Parses XML as strictly as the browser does (libxml2): the parse error if any, how many live
 * markup elements it holds, and each attribute value and each element's own text (CDATA sections joined,
 * since a `]]>` in the text is written as two of them).
 */
const parseXml = (xml: string) => `(() => {
  const doc = new DOMParser().parseFromString(${JSON.stringify(xml)}, "application/xml");
  const error = doc.querySelector("parsererror");
  // Sitemaps name translations with xhtml:link; any other HTML, SVG or MathML element, or any
  // script, is markup that escaped the text it was typed in.
  const html = Array.from(doc.getElementsByTagName("*")).filter((el) =>
    el.localName === "script" ||
    ["http://www.w3.org/2000/svg", "http://www.w3.org/1998/Math/MathML"].includes(el.namespaceURI) ||
    (el.namespaceURI === "http://www.w3.org/1999/xhtml" && el.localName !== "link")).length;
  const texts = [];
  for (const el of doc.getElementsByTagName("*")) {
    for (const a of el.attributes) texts.push(a.value);
    texts.push(Array.from(el.childNodes, (n) => (n.nodeType === 3 || n.nodeType === 4 ? n.data : "")).join(""));
  }
  return { error: error ? error.textContent : null, html, text: texts.join("\\n") };
})()`;

/** The picture every imported address answers with. */
const PICTURE = { width: 64, height: 48, channels: 3, background: "#3a6ea5" } as const;

const normalize = (text: string) => text.replace(/\s+/g, " ").trim();
/** Tabs working at once: enough to overlap the server's and the browser's work on two cores. */
const TABS = 3;

describe("XSS payloads in every field, on every page and screen (SQLite)", {
  skip: chromiumSkipReason(),
}, () => {
  let server: TestServer;
  let chromium: Browser;
  let admin: ApiClient;
  let planted: Plantation;
  let watch: XssWatch;
  /** Where XML is parsed; the other checks open tabs of their own. */
  let page: Page;
  let pictures: PictureHost;

  before(async () => {
    chromium = await launchChromium();
    pictures = await startPictureHost(
      {},
      { type: "image/png", body: await sharp({ create: PICTURE }).png().toBuffer() },
    );
    // The corpus's webhooks point at a closed loopback port; no delivery is ever attempted.
    server = await startTestServer("sqlite", {
      webhookAllowedHosts: ["127.0.0.1"],
      mediaImportAllowedHosts: ["127.0.0.1"],
    });
    admin = (await loginAsEveryRole(server)).admin;
    planted = await plantCorpus(admin, { ingestWire, pictureAt: pictures.url, breakingEndsAt: inAnHour() });
    watch = await watchForXss(chromium.context);
    page = await chromium.context.newPage();
  });

  after(async () => {
    await chromium?.close();
    await server?.stop();
    await pictures?.close();
  });

  const inAnHour = () => new Date(server.clock().getTime() + 3600 * 1000).toISOString();

  const ingestWire: IngestWire = async (sourceId, file) => {
    const db = server.server.db.kysely;
    await ingestWireFile(db, await wireSourceById(db, sourceId), file, server.clock());
  };

  /** Runs a check and fails with every alarm it raised, decoded to field and payload. */
  async function guarded(check: () => Promise<void>): Promise<void> {
    const from = watch.alarms.length;
    // The alarms come first: a payload that ran matters more than the text it left unshown.
    const failed = await check().then(
      () => undefined,
      (error: unknown) => error,
    );
    const raised: Alarm[] = watch.alarms.slice(from);
    assert.equal(raised.length, 0, `payloads came alive:\n${describeAlarms(raised)}`);
    if (failed) throw failed;
  }

  /** Loads a path, scans it and checks that it shows every expected text. */
  async function visit(target: Page, path: string, expected: string[]): Promise<void> {
    const response = await target.goto(server.url + path, { waitUntil: "load" });
    assert.equal(response?.status(), 200, `GET ${path}`);
    await expectShown(target, path, expected);
  }

  async function expectShown(target: Page, where: string, expected: string[]): Promise<void> {
    await watch.scan(target);
    const readable = normalize(String(await target.evaluate(READABLE_TEXT)));
    const missing = expected.filter((text) => !readable.includes(normalize(text)));
    assert.deepEqual(missing, [], `${where} does not show these texts as typed`);
  }

  it("plants a payload in every text field the OpenAPI document lists", async () => {
    const response = await fetch(`${server.url}/api/docs/openapi.json`);
    const fields = openApiTextFields((await response.json()) as OpenApiDocument);
    const known = new Set<string>([...PLANTED_FIELDS, ...Object.keys(NEVER_SHOWN)]);
    assert.deepEqual(
      fields.filter((f) => !known.has(f)),
      [],
      "new text fields: add them to PLANTED_FIELDS and plant them in xss-plant.ts",
    );
    assert.deepEqual(
      [...known].filter((f) => !fields.includes(f)),
      [],
      "fields the API no longer has",
    );
    const plantedFields = new Set(planted.log.map((p) => p.field));
    const previewed = PLANTED_FIELDS.filter((f) => f.startsWith("POST /articles/{id}/preview"));
    assert.deepEqual(
      PLANTED_FIELDS.filter((f) => !plantedFields.has(f) && !previewed.includes(f)),
      [],
      "listed fields that nothing planted",
    );
  });

  it("answers every payload with success or a 4xx refusal, never a 5xx", () => {
    const failures = planted.log.filter((p) => p.status >= 500);
    assert.deepEqual(
      failures.map((p) => `${p.status} ${describeMarker(p.marker)}`),
      [],
    );
  });

  it("runs no payload on the public pages, which show them as text", async () => {
    const tags = await tagPaths();
    const pages: [string, string[]][] = [
      ["/en/", planted.sets.flatMap((s) => s.sectionNames.en)],
      ["/bn/", planted.sets.flatMap((s) => s.sectionNames.bn)],
    ];
    for (const set of planted.sets) {
      const [createdAuthor = "", , , savedAuthor = ""] = set.authorTexts;
      pages.push(
        [
          set.staff.path,
          [...set.staff.texts, createdAuthor, savedAuthor, ...set.mediaTexts.slice(0, 2), set.tagName],
        ],
        [set.wire.path, [...set.wire.texts, ...set.mediaTexts.slice(2)]],
        ...set.sectionPaths.map((path, i): [string, string[]] => [path, [set.sectionNames.en[i] ?? ""]]),
        ...set.authorPaths.map((path, i): [string, string[]] => [
          path,
          set.authorTexts.slice(i * 3, i * 3 + 3),
        ]),
        [tagPath(tags, set.tagName), [set.tagName]],
        [set.searchPath, [set.searchText]],
        [set.live.path, set.live.texts],
      );
    }
    await guarded(() => inTabs(pages, (tab, [path, expected]) => visit(tab, path, expected)));
  });

  it("runs no payload from the breaking-news banner, on the edition's pages and the newsroom's panel", async () => {
    const banners = planted.sets.filter((set) => set.breakingText !== undefined);
    assert.ok(banners.length > 0, "some payloads fit a banner");
    await signInAsAdmin();
    // A tab of its own: `page` is left where the checks after this one expect it.
    const tab = await chromium.context.newPage();
    await guarded(async () => {
      for (const set of banners) {
        const text = set.breakingText ?? "";
        const body = { text, url: set.staff.path, endsAt: inAnHour() };
        assert.equal((await admin.request("PUT", "/editions/en/breaking", body)).status, 200, set.name);
        // A query of its own per banner: the browser keeps a page for a minute (max-age), the
        // server's cache ignores the query.
        const fresh = `banner=${set.index}`;
        for (const path of [`/en/?${fresh}`, `${set.staff.path}?${fresh}`, `${set.searchPath}&${fresh}`])
          await visit(tab, path, [text]);
        await openScreen(tab, "/front-pages/en");
        await waitForTexts(tab, "the breaking-news panel", [text], "all");
      }
    }).finally(() => tab.close());
  });

  it("keeps every feed and sitemap well-formed and runs no payload from them", async () => {
    const tags = await tagPaths();
    const headline = (story: PlantedStory) => story.texts[0] ?? "";
    const listings: [string, string[]][] = [["/bn/", []]];
    for (const set of planted.sets) {
      const [created = "", saved = ""] = set.sectionPaths;
      listings.push(
        [created, [headline(set.staff)]],
        [saved, [headline(set.wire)]],
        ...set.authorPaths.map((path): [string, string[]] => [`${path}/`, [headline(set.staff)]]),
        [`${tagPath(tags, set.tagName)}/`, [headline(set.staff)]],
        // A live blog's own feed of entries, whose titles are the planted entry headlines.
        [`${set.live.path}/`, set.live.texts],
      );
    }
    const everyHeadline = planted.sets.flatMap((s) => [headline(s.staff), headline(s.wire), s.live.headline]);
    const xmlFiles = listings.flatMap(([base, expected]) =>
      ["feed.xml", "atom.xml"].map((file): [string, string[]] => [base + file, expected]),
    );
    await guarded(async () => {
      await inTabs(xmlFiles, (tab, [path, expected]) => checkXml(tab, path, expected).then(() => undefined));
      for (const [base] of listings) await checkJsonFeed(`${base}feed.json`);
      // The edition's feeds carry the newest fifty stories, all of them planted.
      for (const file of ["feed.xml", "atom.xml"]) {
        const text = await checkXml(page, `/en/${file}`, []);
        const shown = everyHeadline.filter((h) => text.includes(normalize(h)));
        assert.equal(shown.length, 50, `/en/${file} shows fifty planted headlines`);
      }
      const index = await checkXml(page, "/sitemap.xml", []);
      const sitemaps = (index.match(/https?:\/\/\S+?\.xml/g) ?? []).map((loc) => new URL(loc).pathname);
      assert.ok(sitemaps.length > 0, "the sitemap index lists sitemaps");
      await inTabs(sitemaps, (tab, path) => checkXml(tab, path, []).then(() => undefined));
      // And the browser shows them, as to a reader who follows a feed link, with the CSP bypassed:
      // XML answers allow no script, so only without it would smuggled markup run and call the
      // marker. (site.browser.test.ts opens them under their real policy.)
      const shown = [
        "/en/feed.xml",
        "/en/atom.xml",
        "/en/feed.json",
        "/bn/feed.xml",
        "/sitemap.xml",
        ...sitemaps,
      ];
      await inTabs(shown, async (tab, path) => {
        const devtools = await chromium.context.newCDPSession(tab);
        await devtools.send("Page.setBypassCSP", { enabled: true });
        await tab.goto(server.url + path);
        await watch.scan(tab);
        await devtools.detach();
      });
    });
  });

  it("runs no payload in the newsroom's screens, which show them as text", async () => {
    await signInAsAdmin();
    const everyone = planted.sets;
    const headlines = everyone.flatMap((s) => [s.staff.texts[0] ?? "", s.wire.texts[0] ?? ""]);
    const screens: [string, string[], "all" | "some"][] = [
      ["/", [], "all"],
      ["/stories", headlines, "some"],
      ["/photos", everyone.flatMap((s) => s.mediaTexts), "some"],
      ["/front-pages", headlines, "some"],
      ["/taxonomy", everyone.flatMap((s) => s.sectionNames.en), "all"],
      ["/taxonomy/tags", everyone.map((s) => s.tagName), "some"],
      ["/taxonomy/authors", everyone.flatMap((s) => [s.authorTexts[0] ?? "", s.authorTexts[3] ?? ""]), "all"],
      ["/users", everyone.map((s) => s.userName), "all"],
      ["/distribution", everyone.map((s) => s.apiKeyName), "all"],
      ["/wire", everyone.map((s) => s.wireSourceName), "all"],
      ["/wire/sources", everyone.map((s) => s.wireSourceName), "all"],
      ["/translations?edition=bn", headlines, "some"],
    ];
    await guarded(async () => {
      await inTabs(screens, async (tab, [screen, expected, how]) => {
        await openScreen(tab, screen);
        await waitForTexts(tab, screen, expected, how);
      });
      // The columnists' stories are opened by the preview test; here the agency stories and their
      // history, and the drafts adopted from the wire with the source's credit and their notes.
      await inTabs(everyone, async (tab, set) => {
        await openEditor(tab, set.adopted);
        await waitForTexts(tab, `notes of story ${set.adopted.id}`, set.noteTexts, "all");
        await openEditor(tab, set.wire);
        await viewNewestRevision(tab, set);
      });
      // The live desk shows each live blog's entries as readers see them.
      await inTabs(everyone, async (tab, set) => {
        await openScreen(tab, `/stories/${set.live.id}/live`);
        await waitForTexts(tab, `live desk of story ${set.live.id}`, set.live.texts, "all");
      });
    });
  });

  it("runs no payload in the preview of an editor's unsaved fields", async () => {
    await signInAsAdmin();
    await guarded(() => inTabs(planted.sets, preview));
  });

  /** Work spread over a few tabs of the one browser. */
  async function inTabs<T>(items: readonly T[], work: (tab: Page, item: T) => Promise<void>): Promise<void> {
    const tabs = await Promise.all(Array.from({ length: TABS }, () => chromium.context.newPage()));
    try {
      await forEachInParallel(items, tabs, work);
    } finally {
      await Promise.all(tabs.map((tab) => tab.close()));
    }
  }

  async function tagPaths(): Promise<Map<string, string>> {
    const response = await admin.get<{ items: { slug: string; name: string }[] }>("/tags?edition=en");
    return new Map(response.body.items.map((t) => [t.name, `/en/tag/${encodeURIComponent(t.slug)}`]));
  }

  function tagPath(tags: Map<string, string>, name: string): string {
    const path = tags.get(name);
    assert.ok(path, `the tag ${name} exists`);
    return path;
  }

  /** Parses a feed or sitemap strictly (in a tab's DOMParser) and checks it holds the texts; answers its text. */
  async function checkXml(tab: Page, path: string, expected: string[]): Promise<string> {
    const response = await fetch(server.url + path);
    assert.equal(response.status, 200, `GET ${path}`);
    const xml = await response.text();
    const parsed = (await tab.evaluate(parseXml(xml))) as {
      error: string | null;
      html: number;
      text: string;
    };
    assert.equal(parsed.error, null, `${path} is not well-formed XML`);
    assert.equal(parsed.html, 0, `${path} holds HTML, SVG or script elements: markup escaped its text`);
    const text = normalize(parsed.text);
    const missing = expected.filter((t) => !text.includes(normalize(t)));
    assert.deepEqual(missing, [], `${path} lacks these texts`);
    return text;
  }

  async function checkJsonFeed(path: string): Promise<void> {
    const response = await fetch(server.url + path);
    assert.equal(response.status, 200, `GET ${path}`);
    JSON.parse(await response.text());
  }

  async function signInAsAdmin(): Promise<void> {
    const [name, value] = (admin.cookie ?? "").split("=");
    assert.ok(name && value, "the admin client holds a session cookie");
    await chromium.context.addCookies([{ name, value, url: server.url }]);
  }

  async function openScreen(tab: Page, screen: string): Promise<void> {
    await tab.goto(`${server.url}/newsroom${screen}`);
    await tab.locator("main h1").first().waitFor();
  }

  /**
   * The editor with the story loaded: its headline and standfirst in their fields. A tab already
   * in the newsroom moves there as a link in the app would, without loading the app again.
   */
  async function openEditor(tab: Page, story: Pick<PlantedStory, "id" | "texts">): Promise<void> {
    const path = `/newsroom/stories/${story.id}`;
    if (tab.url().startsWith(`${server.url}/newsroom/`))
      await tab.evaluate(
        `history.pushState(null, "", ${JSON.stringify(path)}); dispatchEvent(new PopStateEvent("popstate"))`,
      );
    else await openScreen(tab, `/stories/${story.id}`);
    await tab.getByRole("textbox", { name: "Body" }).waitFor();
    await waitForTexts(tab, `editor of story ${story.id}`, story.texts.slice(0, 2), "all");
  }

  /**
   * The open editor's (the agency story's) revision history, its newest snapshot in the dialog, and
   * the word diff of its first revision against the newest.
   */
  async function viewNewestRevision(tab: Page, set: PlantedSet): Promise<void> {
    await tab.getByRole("button", { name: "Revision history" }).click();
    await tab
      .getByRole("button", { name: /^View revision/ })
      .first()
      .click();
    await tab.getByRole("dialog").waitFor();
    await waitForTexts(tab, `newest revision of story ${set.wire.id}`, set.wire.texts.slice(0, 2), "all");
    // The word diff of its first revision against the newest shows the same texts cut into words.
    await tab.getByRole("dialog").getByRole("button", { name: "Close" }).click();
    await tab
      .getByRole("button", { name: /^Compare revision/ })
      .last()
      .click();
    await tab
      .getByRole("dialog", { name: "Compare revisions" })
      .locator(".diff-field")
      .or(tab.getByText("These two revisions do not differ."))
      .first()
      .waitFor();
  }

  /**
   * Waits until a screen that loads its data shows all (or some) of the texts, then scans it.
   * Fails naming what is missing after the wait.
   */
  async function waitForTexts(
    tab: Page,
    where: string,
    expected: string[],
    how: "all" | "some",
  ): Promise<void> {
    const wanted = JSON.stringify(expected.map(normalize));
    const shown = `(() => { const text = ${READABLE_TEXT}.replace(/\\s+/g, " ");
      return ${wanted}.${how === "all" ? "every" : "some"}((t) => text.includes(t)); })()`;
    // Polled through DevTools: waitForFunction compiles its predicate in the page, which the
    // newsroom's CSP rightly reports as a blocked eval.
    for (let waited = 0; expected.length > 0 && waited < 10_000; waited += 100) {
      if (await tab.evaluate(shown)) break;
      await tab.waitForTimeout(100);
    }
    await watch.scan(tab);
    if (expected.length === 0) return;
    const readable = normalize(String(await tab.evaluate(READABLE_TEXT)));
    const missing = expected.filter((text) => !readable.includes(normalize(text)));
    if (how === "all") assert.deepEqual(missing, [], `${where} does not show these texts as typed`);
    else assert.ok(missing.length < expected.length, `${where} shows none of the planted texts`);
  }

  /**
   * Presses Preview in the editor of the columnist's story with the payloads as the unsaved fields:
   * the SPA's request is sent with them, and the page the server renders opens in the preview tab.
   */
  async function preview(tab: Page, set: PlantedSet): Promise<void> {
    const fields = previewFields(set.index);
    const route = `**/api/admin/v1/articles/${set.staff.id}/preview`;
    await tab.route(route, (r) => r.continue({ postData: JSON.stringify(fields) }));
    try {
      await openEditor(tab, set.staff);
      const answered = tab.waitForResponse((r) => r.url().endsWith(`/articles/${set.staff.id}/preview`));
      const popup = tab.waitForEvent("popup");
      await tab.getByRole("button", { name: /Preview/ }).click();
      const status = (await answered).status();
      recordPreview(set.index, status);
      assert.equal(status, 200, `preview of story ${set.staff.id}`);
      const previewTab = await popup;
      await previewTab.waitForURL(/^blob:/);
      await previewTab.waitForLoadState("load");
      await expectShown(previewTab, `preview of story ${set.staff.id}`, [
        stored(fields.headline),
        stored(fields.standfirst),
        stored(fields.correctionNote),
        ...SEO_TEXT_FIELDS.flatMap((field) => (field in fields ? [stored(String(fields[field]))] : [])),
      ]);
      await previewTab.close();
    } finally {
      await tab.unroute(route);
    }
  }

  function previewText(field: (typeof PLANTED_FIELDS)[number], index: number): string {
    const make = XSS_PAYLOADS[index]?.make;
    assert.ok(make);
    return make(markerOf(PLANTED_FIELDS.indexOf(field), index));
  }

  function previewFields(index: number) {
    const text = (field: string) =>
      previewText(`POST /articles/{id}/preview ${field}` as (typeof PLANTED_FIELDS)[number], index);
    return {
      headline: text("headline"),
      standfirst: text("standfirst"),
      body: text("body"),
      tags: [text("tags[]")],
      creditLine: text("creditLine"),
      datelinePlace: text("datelinePlace"),
      correctionNote: text("correctionNote"),
      // A payload longer than a field's limit would refuse the whole preview; it is planted by saves.
      ...Object.fromEntries(
        SEO_TEXT_FIELDS.map((field) => [field, text(field)]).filter(
          ([field = "", value = ""]) => characterCount(value) <= SEO_LIMITS[field as SeoTextField].max,
        ),
      ),
    };
  }

  function recordPreview(index: number, status: number): void {
    const sent = previewFields(index);
    for (const field of PLANTED_FIELDS.filter((f) => f.startsWith("POST /articles/{id}/preview"))) {
      const property = field.split(" ")[2]?.replace(/\[\]$/, "") ?? "";
      // A field left out of the preview (too long for its limit) was not planted there.
      if (!(property in sent) && SEO_TEXT_FIELDS.some((f) => f === property)) continue;
      if (
        planted.log.some(
          (p) => p.field === field && p.marker === markerOf(PLANTED_FIELDS.indexOf(field), index),
        )
      )
        continue;
      planted.log.push({
        marker: markerOf(PLANTED_FIELDS.indexOf(field), index),
        field,
        payload: previewText(field, index),
        status,
      });
    }
  }
});
