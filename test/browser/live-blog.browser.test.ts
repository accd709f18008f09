/**
 * A live blog's public page in Chromium: with JavaScript, entries posted, corrected and removed in
 * the newsroom appear, change and go without a reload, and the page stays accessible; without it,
 * the page is whole and shows new entries on reload. SQLite only: the stream's engines are covered
 * by the end-to-end tests.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { publishedStory } from "../support/live-blogs.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { assertAccessible, type Browser, chromiumSkipReason, launchChromium } from "./chromium.ts";

interface Entry {
  id: number;
  version: number;
}

describe("a live blog's page in Chromium (SQLite)", { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let as: Record<Role, ApiClient>;
  let withScript: Browser;
  let withoutScript: Browser;

  before(async () => {
    [server, withScript, withoutScript] = await Promise.all([
      startTestServer("sqlite"),
      launchChromium(),
      launchChromium({ javaScriptEnabled: false }),
    ]);
    as = await loginAsEveryRole(server);
  });
  after(async () => {
    await Promise.all([withScript?.close(), withoutScript?.close()]);
    await server?.stop();
  });

  const publishedLiveBlog = (headline: string, edition = "en") =>
    publishedStory(as.editor, { headline, edition });

  async function post(articleId: number, body: Record<string, unknown>): Promise<Entry> {
    const answer = await as.author.request<Entry>("POST", `/articles/${articleId}/entries`, body);
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    return answer.body;
  }

  /** Marks the document, so a test can tell it was not reloaded. */
  async function markDocument(page: Page) {
    await page.evaluate("document.documentElement.dataset.testMark = 'kept'");
  }
  const stillMarked = async (page: Page) =>
    (await page.evaluate("document.documentElement.dataset.testMark")) === "kept";

  /** Resolves once the page's event stream is open, so what is posted next is pushed, not replayed. */
  async function openFollowing(path: string): Promise<Page> {
    const page = await withScript.context.newPage();
    const streaming = page.waitForResponse((r) => r.url().includes(`${path}/live`) && r.status() === 200);
    await page.goto(server.url + path);
    await streaming;
    await markDocument(page);
    return page;
  }

  it("puts new, corrected and removed entries in place without a reload, and stays accessible", async () => {
    const live = await publishedLiveBlog("Results night, live");
    const first = await post(live.id, { headline: "Turnout", bodyHtml: "<p>Turnout was 61 per cent.</p>" });
    const page = await openFollowing(live.path);
    await assertAccessible(page, "live blog before updates");

    const keyEvent = await post(live.id, {
      headline: "First seat declared",
      bodyHtml: "<p>Dhaka-1 goes to the incumbent.</p>",
      keyEvent: true,
    });
    const arrived = page.locator(`#entry-${keyEvent.id}`);
    await arrived.waitFor();
    assert.match((await arrived.textContent()) ?? "", /Dhaka-1 goes to the incumbent\./);
    // Newest first: the new entry stands above the older one.
    const order = await page
      .locator(".live-stream .live-entry")
      .evaluateAll((nodes) => nodes.map((n) => n.id));
    assert.deepEqual(order, [`entry-${keyEvent.id}`, `entry-${first.id}`]);
    await page
      .getByRole("navigation", { name: "Key events" })
      .getByRole("link", { name: /First seat declared/ })
      .waitFor();
    assert.equal(
      await page.locator("[data-live-announcer]").textContent(),
      "New update: First seat declared",
    );

    const pinned = await post(live.id, {
      bodyHtml: "<p>Results are provisional until confirmed.</p>",
      pinned: true,
    });
    await page.locator(`.live-pinned #entry-${pinned.id}`).waitFor();
    assert.equal(await page.locator(".live-pinned").isVisible(), true);

    const corrected = await as.author.request("PATCH", `/articles/${live.id}/entries/${first.id}`, {
      version: first.version,
      bodyHtml: "<p>Turnout was 63 per cent.</p>",
    });
    assert.equal(corrected.status, 200);
    await page.getByText("Turnout was 63 per cent.").waitFor();
    await page.locator(`#entry-${first.id} .live-entry-edited`).waitFor();

    await as.author.request("DELETE", `/articles/${live.id}/entries/${keyEvent.id}`);
    await page.locator(`#entry-${keyEvent.id}`).waitFor({ state: "detached" });
    await page.getByRole("navigation", { name: "Key events" }).waitFor({ state: "hidden" });

    await as.editor.request("PUT", `/articles/${live.id}/live`, { ended: true });
    await page.locator(".live-label.live-ended", { hasText: "Ended" }).waitFor();
    assert.ok(await stillMarked(page), "the page was never reloaded");
    await assertAccessible(page, "live blog after updates");
    await page.close();
  });

  it("catches up after a dropped stream, from where it left off", async () => {
    const live = await publishedLiveBlog("Ferry services, live");
    const page = await openFollowing(live.path);
    // Going offline drops the stream; what is posted meanwhile comes with the reconnection.
    await withScript.context.setOffline(true);
    const missed = await post(live.id, { bodyHtml: "<p>Ferries resume at noon.</p>" });
    await withScript.context.setOffline(false);
    await page.locator(`#entry-${missed.id}`).waitFor({ timeout: 30_000 });
    assert.ok(await stillMarked(page));
    await page.close();
  });

  it("follows a Bangla live blog in Bangla digits, accessibly", async () => {
    const live = await publishedLiveBlog("ঘূর্ণিঝড়, সরাসরি", "bn");
    const page = await openFollowing(live.path);
    const entry = await post(live.id, { headline: "উপকূলে আঘাত", bodyHtml: "<p>বাতাসের গতি বাড়ছে।</p>" });
    const time = page.locator(`#entry-${entry.id} time`);
    await time.waitFor();
    assert.match((await time.textContent()) ?? "", /[০-৯]/);
    await assertAccessible(page, "Bangla live blog after an update");
    await page.close();
  });

  it("without JavaScript, shows the whole page, and new entries on reload", async () => {
    const live = await publishedLiveBlog("Budget day, live");
    const before = await post(live.id, { bodyHtml: "<p>The finance minister rises.</p>", keyEvent: true });
    const page = await withoutScript.context.newPage();
    await page.goto(server.url + live.path);
    // axe cannot run in a page without JavaScript; the same server-rendered page is audited above.
    await page.locator(`#entry-${before.id}`).waitFor();
    await page.getByRole("navigation", { name: "Key events" }).waitFor();
    const later = await post(live.id, { bodyHtml: "<p>Fuel duty is unchanged.</p>" });
    assert.equal(await page.locator(`#entry-${later.id}`).count(), 0);
    await page.reload();
    await page.locator(`#entry-${later.id}`).waitFor();
    await page.close();
  });
});
