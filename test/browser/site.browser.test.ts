/**
 * The public site in headless Chromium: every page type of both editions is checked with axe
 * (WCAG 2.2 AA plus best practice), for its language, for horizontal scrolling on a 320 px phone,
 * and photographed at 375 and 1280 px. The article page is checked against DESIGN.md section 1.
 * SQLite only: the database dialects are covered by the end-to-end tests.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it, type TestContext } from "node:test";
import type { Page } from "playwright-core";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { articleProblems, nonBengaliTimes } from "./article-structure.ts";
import { type Browser, chromiumSkipReason, describeViolations, launchChromium, runAxe } from "./chromium.ts";
import {
  EDITIONS,
  type EditionCode,
  type EditionPages,
  expectedStatus,
  mapEdition,
  PAGE_TYPES,
  type PageType,
} from "./site-map.ts";

const SCREENSHOT_DIR = join(import.meta.dirname, "../../test-results/screenshots");
const SCREENSHOT_WIDTHS = [375, 1280] as const;
const NARROWEST_WIDTH = 320;
/** Agency stories are checked when the demo has one; every other page type must exist. */
const OPTIONAL_TYPES = new Set<PageType>(["article-wire"]);

describe("public site in Chromium (SQLite)", { skip: chromiumSkipReason() }, () => {
  let server: TestServer | undefined;
  let chromium: Browser | undefined;
  const maps = new Map<EditionCode, EditionPages>();

  before(async () => {
    chromium = await launchChromium();
    server = await startTestServer("sqlite");
    for (const edition of EDITIONS) maps.set(edition, await mapEdition(server.url, edition));
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });

  after(async () => {
    await chromium?.close();
    await server?.stop();
  });

  function pathOf(edition: EditionCode, type: PageType): string | undefined {
    return maps.get(edition)?.paths[type];
  }

  /** Opens a path at a width and checks the status, so a broken link fails here and not in axe. */
  async function open(path: string, width: number, status = 200): Promise<Page> {
    assert.ok(chromium && server, "browser and server are running");
    const page = await chromium.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    const response = await page.goto(server.url + path, { waitUntil: "load" });
    assert.equal(response?.status(), status, `GET ${path}`);
    return page;
  }

  for (const edition of EDITIONS) {
    for (const type of PAGE_TYPES) {
      it(`${edition} ${type} page`, async (t) => {
        const path = pathOf(edition, type);
        if (!path && OPTIONAL_TYPES.has(type)) return t.skip(`no ${type} page found in the ${edition} demo`);
        assert.ok(path, `found a ${type} page by following links from /${edition}/`);
        const page = await open(path, 1280, expectedStatus(type));
        try {
          await checkPage(t, page, edition, type);
        } finally {
          await page.close();
        }
      });
    }

    for (const type of ["article", "article-wire"] as const) {
      it(`${edition} ${type} page has the design brief's parts in order`, async (t) => {
        const path = pathOf(edition, type);
        if (!path) return t.skip(`no ${type} page found in the ${edition} demo`);
        const page = await open(path, 1280);
        try {
          const problems = articleProblems(await page.content(), path);
          assert.equal(problems.length, 0, `${path}:\n  ${problems.join("\n  ")}`);
        } finally {
          await page.close();
        }
      });
    }
  }

  it("shows feeds and sitemaps in the browser's XML viewer under their policy, with no violation", async () => {
    assert.ok(chromium && server);
    // A violation is reported on the console, which fails the suite when the browser closes.
    for (const path of ["/en/feed.xml", "/en/atom.xml", "/sitemap.xml"]) {
      const page = await chromium.context.newPage();
      const response = await page.goto(server.url + path);
      assert.equal(response?.status(), 200, path);
      assert.match((await response?.allHeaders())?.["content-security-policy"] ?? "", /default-src 'none'/);
      await page.close();
    }
  });

  it("works with JavaScript disabled", async () => {
    assert.ok(server);
    const path = pathOf("en", "article");
    assert.ok(path);
    // A persistent context cannot open sibling contexts, so the script-less one is a second,
    // short-lived profile: the server-rendered page must stand on its own.
    const noScript = await launchChromium({ javaScriptEnabled: false });
    try {
      const page = await noScript.context.newPage();
      const response = await page.goto(server.url + path);
      assert.equal(response?.status(), 200);
      const headline = page.locator("h1.headline");
      assert.ok(await headline.isVisible(), "the headline is visible without JavaScript");
      assert.ok(((await headline.textContent()) ?? "").trim().length > 0);
    } finally {
      await noScript.close();
    }
  });
});

/** The checks every page type gets; each is a subtest so one failure does not hide the others. */
async function checkPage(t: TestContext, page: Page, edition: EditionCode, type: PageType): Promise<void> {
  await t.test("html lang is the edition's language", async () => {
    assert.equal(await page.locator("html").getAttribute("lang"), edition);
  });
  await t.test("axe finds no violations at desktop and phone widths", async () => {
    // Phone layout matters for WCAG 2.2 target-size and reflow, so both widths are audited.
    const reports: string[] = [];
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      const report = await runAxe(page);
      if (report.violations.length > 0) reports.push(`at ${width} px:\n  ${describeViolations(report)}`);
    }
    assert.equal(reports.length, 0, reports.join("\n"));
  });
  if (edition === "bn") {
    await t.test("times use Bengali digits only", async () => {
      const bad = nonBengaliTimes(await page.content());
      assert.equal(bad.length, 0, `time elements with ASCII or no Bengali digits: ${JSON.stringify(bad)}`);
    });
  }
  await t.test("screenshots", async () => {
    await loadEveryImage(page);
    for (const width of SCREENSHOT_WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({
        path: join(SCREENSHOT_DIR, `${edition}-${type}-${width}.png`),
        fullPage: true,
      });
    }
  });
  await t.test(`no horizontal scroll at ${NARROWEST_WIDTH} px`, async () => {
    await page.setViewportSize({ width: NARROWEST_WIDTH, height: 700 });
    const scrollWidth = Number(await page.evaluate("document.documentElement.scrollWidth"));
    const culprits = scrollWidth > NARROWEST_WIDTH ? await widestElements(page) : [];
    assert.ok(
      scrollWidth <= NARROWEST_WIDTH,
      `scrollWidth ${scrollWidth} px; overflowing: ${culprits.join(", ")}`,
    );
  });
}

/** Lazy pictures below the fold would be blank in a full-page screenshot; load them first. */
async function loadEveryImage(page: Page): Promise<void> {
  await page.evaluate(
    "Promise.all(Array.from(document.images, (img) => { img.loading = 'eager'; return img.decode().catch(() => null); }))",
  );
}

/** Names the elements wider than the viewport, so an overflow failure says where to look. */
async function widestElements(page: Page): Promise<string[]> {
  const names = await page.evaluate(`Array.from(document.querySelectorAll('body *'))
    .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
    .slice(0, 8)
    .map((el) => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : ''))`);
  return names as string[];
}
