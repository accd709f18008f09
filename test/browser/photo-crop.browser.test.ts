/**
 * Cropping a photo in the newsroom, in headless Chromium: the crop tool (a shape preset, the
 * keyboard, a click for the focal point, the numeric fields), saved; then the public listing shows
 * the story's card picture cut from the crop, at its size and aspect, positioned at the focal point.
 * Audited with axe in English and Bangla.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import sharp from "sharp";
import { type ApiClient, createAccount } from "../support/api-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { assertAccessible, type Browser, chromiumSkipReason, launchChromium } from "./chromium.ts";
import { signInToNewsroom } from "./newsroom-sign-in.ts";

const EMAIL = "crop-editor@newsroom.test";
const HEADLINE = "Ferry crossings resume on the Padma after the storm";

describe("cropping a photo in the newsroom, in Chromium (SQLite)", { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let chromium: Browser;
  let editor: ApiClient;
  let page: Page;
  let photoId: number;

  before(async () => {
    chromium = await launchChromium();
    server = await startTestServer("sqlite", {}, { ownMedia: true });
    editor = await createAccount(server, { email: EMAIL, name: "Crop Editor", role: "editor" });
    const bytes = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#2a6f97" } })
      .jpeg()
      .toBuffer();
    const form = new FormData();
    for (const [name, value] of Object.entries({
      caption: "Ferries at Mawa",
      credit: "Staff",
      alt: "Ferries",
    }))
      form.append(name, value);
    form.append("file", new Blob([new Uint8Array(bytes)]), "ferries.jpg");
    const photo = await editor.request<{ id: number }>("POST", "/media", undefined, { raw: form });
    assert.equal(photo.status, 201, JSON.stringify(photo.body));
    photoId = photo.body.id;
    const story = await editor.request<{ id: number }>("POST", "/articles", {
      edition: "en",
      section: "national",
      headline: HEADLINE,
      standfirst: "Launches left Mawa ghat at dawn.",
      body: "<p>The first ferry left at six.</p>",
      leadMediaId: photoId,
      seoDescription: "Ferries cross the Padma again.",
    });
    assert.equal(story.status, 201, JSON.stringify(story.body));
    const published = await editor.request("POST", `/articles/${story.body.id}/publish`);
    assert.equal(published.status, 200, JSON.stringify(published.body));
    await server.server.jobs.poke();
    page = await chromium.context.newPage();
    await signInToNewsroom(page, server.url, EMAIL);
  });
  after(async () => {
    await chromium?.close();
    await server?.stop();
  });

  const stored = () =>
    server.server.db.kysely
      .selectFrom("media")
      .where("id", "=", photoId)
      .selectAll()
      .executeTakeFirstOrThrow();

  async function openCropTool(name: string, title: string) {
    await page.goto(`${server.url}/newsroom/photos`);
    await page.getByRole("button", { name }).click();
    await page.getByRole("dialog", { name: title }).waitFor();
  }

  it("crops with a preset, the keyboard and the fields, places the focal point, and saves", async () => {
    await openCropTool(`Crop photo ${photoId}`, "Crop and focal point");
    await assertAccessible(page, "crop tool");
    await page.getByRole("radio", { name: "16:9" }).check();
    assert.equal(await page.getByRole("spinbutton", { name: "From top" }).inputValue(), "63");
    // Arrow keys move the box by a hundredth of the picture: 8 pixels up.
    const box = page.getByRole("button", { name: "Crop: 1,200 × 675 pixels from 0, 63" });
    await box.focus();
    await page.keyboard.press("ArrowUp");
    assert.equal(await page.getByRole("spinbutton", { name: "From top" }).inputValue(), "55");
    // A click inside the box places the focal point there: a quarter across, half way down.
    const area = await page.locator(".crop-box").boundingBox();
    assert.ok(area);
    await page.mouse.click(area.x + area.width / 4, area.y + area.height / 2);
    assert.equal(await page.getByRole("spinbutton", { name: "Across (%)" }).inputValue(), "25");
    await page.getByRole("spinbutton", { name: "Down (%)" }).fill("30");
    await page.getByRole("button", { name: "Save crop" }).click();
    await page.getByRole("dialog", { name: "Crop and focal point" }).waitFor({ state: "hidden" });

    const row = await stored();
    assert.deepEqual([row.crop_x, row.crop_y, row.crop_width, row.crop_height], [0, 55, 1200, 675]);
    assert.ok(Math.abs((row.focal_x ?? 0) - 0.25) < 0.01, `focal x ${row.focal_x}`);
    assert.equal(row.focal_y, 0.3);
  });

  it("shows the card picture cut from the crop, at its aspect, positioned at the focal point", async () => {
    await server.server.jobs.poke();
    await page.goto(`${server.url}/en/national/`);
    const card = page.locator(".story-card", { has: page.getByRole("link", { name: HEADLINE }) });
    const picture = card.locator("picture");
    assert.match((await picture.getAttribute("class")) ?? "", /\bfocus-x-30 focus-y-30\b/);
    const img = picture.locator("img");
    await img.scrollIntoViewIfNeeded();
    await img.evaluate((el: HTMLImageElement) => el.decode());
    assert.deepEqual([await img.getAttribute("width"), await img.getAttribute("height")], ["1200", "675"]);
    const shown = await img.evaluate((el: HTMLImageElement) => ({
      natural: el.naturalWidth / el.naturalHeight,
      position: getComputedStyle(el).objectPosition,
      fit: getComputedStyle(el).objectFit,
      box: el.clientWidth / el.clientHeight,
    }));
    assert.ok(Math.abs(shown.natural - 1200 / 675) < 0.01, `the file is cut to the crop: ${shown.natural}`);
    assert.deepEqual([shown.fit, shown.position], ["cover", "30% 30%"]);
    assert.ok(Math.abs(shown.box - 3 / 2) < 0.02, `cards show 3:2: ${shown.box}`);
    await assertAccessible(page, "listing with a cropped picture");
  });

  it("speaks Bangla, resets to the whole picture, and stays accessible", async () => {
    await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "bn")`);
    try {
      const id = new Intl.NumberFormat("bn-BD").format(photoId);
      await openCropTool(`ছবি ${id} ক্রপ করুন`, "ক্রপ ও কেন্দ্রবিন্দু");
      await assertAccessible(page, "crop tool in Bangla");
      // Dragging the bottom-right corner in makes the crop smaller.
      const handle = await page.locator(".crop-handle-se").boundingBox();
      assert.ok(handle);
      await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
      await page.mouse.down();
      await page.mouse.move(handle.x - 100, handle.y - 60, { steps: 5 });
      await page.mouse.up();
      const width = Number(await page.getByRole("spinbutton", { name: "প্রস্থ" }).inputValue());
      assert.ok(width < 1200 && width > 32, `dragged to ${width}`);
      await page.getByRole("button", { name: "পুরো ছবিতে ফিরে যান" }).click();
      assert.equal(await page.getByRole("spinbutton", { name: "উচ্চতা" }).inputValue(), "800");
      assert.equal(await page.getByRole("spinbutton", { name: "আড়াআড়ি (%)" }).inputValue(), "50");
      await page.getByRole("button", { name: "ক্রপ সংরক্ষণ করুন" }).click();
      await page.getByRole("dialog", { name: "ক্রপ ও কেন্দ্রবিন্দু" }).waitFor({ state: "hidden" });
      const row = await stored();
      assert.deepEqual([row.crop_width, row.focal_x], [null, null]);
    } finally {
      await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "en")`);
    }
  });
});
