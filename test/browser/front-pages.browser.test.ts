/**
 * The front page editor in headless Chromium: a story dragged to a new place in the order moves
 * there (the keyboard's Move buttons stay), leaving with the arrangement unsaved asks first, and
 * the preview shows the public page as arranged before it is saved.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { createAccount } from "../support/api-client.ts";
import { getPage } from "../support/http.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import {
  assertAccessible,
  type Browser,
  chromiumSkipReason,
  describeViolations,
  launchChromium,
  runAxe,
} from "./chromium.ts";
import { signInToNewsroom } from "./newsroom-sign-in.ts";

describe("front page editor in Chromium (SQLite)", { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let chromium: Browser;
  let page: Page;

  before(async () => {
    chromium = await launchChromium();
    server = await startTestServer("sqlite");
    const account = { email: "front@newsroom.test", name: "Front Editor", role: "editor" as const };
    const api = await createAccount(server, account);
    const ids: number[] = [];
    for (const headline of [
      "Lead story",
      "First slot",
      "Second slot",
      "Third slot",
      "Ferry timetable changes",
    ]) {
      const made = await api.request<{ id: number }>("POST", "/articles", {
        edition: "en",
        section: "national",
        headline,
        standfirst: "s",
        body: "<p>b</p>",
      });
      await api.request("POST", `/articles/${made.body.id}/publish`);
      ids.push(made.body.id);
    }
    const [lead, ...slots] = ids.slice(0, 4);
    const put = await api.request("PUT", "/front-pages/en", { lead, slots });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    page = await chromium.context.newPage();
    await signInToNewsroom(page, server.url, account.email);
  });
  after(async () => {
    await chromium?.close();
    await server?.stop();
  });

  const order = () => page.locator("ol.slot-list > li .slot-headline > span[lang]").allTextContents();

  it("moves a story dragged onto another's place, and asks before leaving unsaved", async () => {
    await page.getByRole("link", { name: "Front pages" }).click();
    await page.locator("ol.slot-list > li").nth(2).waitFor();
    const before = await order();
    assert.deepEqual(before, ["First slot", "Second slot", "Third slot"]);
    await page.locator("ol.slot-list > li").nth(0).dragTo(page.locator("ol.slot-list > li").nth(2));
    const after = await order();
    assert.deepEqual(after, [before[1], before[2], before[0], ...before.slice(3)]);
    await page.getByText("Unsaved changes", { exact: false }).first().waitFor();
    const report = await runAxe(page);
    assert.equal(report.violations.length, 0, describeViolations(report));

    let asked = "";
    page.once("dialog", (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await page.getByRole("link", { name: "Stories", exact: true }).click();
    assert.match(asked, /not saved/);
    assert.match(page.url(), /\/front-pages/, "staying put");
    assert.deepEqual(await order(), after, "the arrangement is still there");

    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("link", { name: "Stories", exact: true }).click();
    await page.waitForURL(/\/newsroom\/stories$/);
  });

  it("finds a story as you type and adds it, in either interface language", async () => {
    await page.goto(`${server.url}/newsroom/front-pages`);
    await page.locator("ol.slot-list > li").nth(2).waitFor();
    await page.getByRole("searchbox", { name: "Find a published story" }).fill("ferry timet");
    await page.getByRole("status").filter({ hasText: "1 story found." }).waitFor();
    await page
      .locator(".story-search")
      .getByRole("button", { name: /^Add.*Ferry timetable changes/ })
      .click();
    assert.deepEqual((await order()).at(-1), "Ferry timetable changes");
    const report = await runAxe(page);
    assert.equal(report.violations.length, 0, describeViolations(report));

    page.once("dialog", (dialog) => void dialog.accept());
    await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "bn")`);
    await page.reload();
    await page.getByRole("searchbox", { name: "প্রকাশিত প্রতিবেদন খুঁজুন" }).fill("Ferry");
    await page.getByRole("status").filter({ hasText: "১টি প্রতিবেদন পাওয়া গেছে।" }).waitFor();
    const bangla = await runAxe(page);
    assert.equal(bangla.violations.length, 0, describeViolations(bangla));
    await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "en")`);
  });

  const frame = () => page.frameLocator("iframe.front-preview-frame");
  const previewLead = () => frame().locator(".story-card--lead .story-card-headline");
  const publicLead = async () =>
    (await getPage(server.url, "/en/")).$(".story-card--lead .story-card-headline").text();

  it("previews the unsaved arrangement, at a phone's width too, in either interface language", async () => {
    await page.goto(`${server.url}/newsroom/front-pages`);
    await page.locator("ol.slot-list > li").nth(2).waitFor();
    await previewLead().filter({ hasText: "Lead story" }).waitFor();
    const banner = frame().locator(".preview-banner");
    assert.match((await banner.textContent()) ?? "", /Preview of unsaved changes/);
    // The site's own stylesheet dresses the page inside the sandboxed frame.
    assert.equal(await banner.evaluate((el) => getComputedStyle(el).borderTopStyle), "dashed");

    // No lead chosen: the first slot leads the page, so a reorder changes the lead.
    await page.getByLabel("Lead story").selectOption({ label: "None" });
    await page.locator("ol.slot-list > li").nth(2).dragTo(page.locator("ol.slot-list > li").nth(0));
    assert.deepEqual(await order(), ["Third slot", "First slot", "Second slot"]);
    await previewLead().filter({ hasText: "Third slot" }).waitFor();
    assert.equal(await publicLead(), "Lead story", "readers still see the saved page");
    await assertAccessible(page, "front pages with the preview (English)");

    await page.getByRole("button", { name: "Phone" }).click();
    assert.equal(await page.getByRole("button", { name: "Phone" }).getAttribute("aria-pressed"), "true");
    const phone = await page.locator("iframe.front-preview-frame").boundingBox();
    assert.ok(phone && phone.width <= 392, `a phone's width, not ${phone?.width}`);
    await page.getByRole("button", { name: "Desktop" }).click();
    const desktop = await page.locator("iframe.front-preview-frame").boundingBox();
    assert.ok(desktop && desktop.width > 600, `a desktop's width, not ${desktop?.width}`);

    page.once("dialog", (dialog) => void dialog.accept());
    await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "bn")`);
    await page.reload();
    await page.getByRole("heading", { name: "প্রিভিউ" }).waitFor();
    await page.getByLabel("প্রধান প্রতিবেদন").selectOption({ label: "কোনোটি নয়" });
    await previewLead().filter({ hasText: "First slot" }).waitFor();
    await page.getByRole("button", { name: "ফোন" }).click();
    await assertAccessible(page, "front pages with the preview (Bangla)");
    await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "en")`);
    assert.equal(await publicLead(), "Lead story");
  });
});
