/**
 * Copy pasted from Word and Google Docs into the story editor, in headless Chromium: a real paste
 * event carrying the word processors' clipboard HTML (test/fixtures/clipboard) leaves the stored
 * body with its lists, subheads, table, links, bold and italic; a picture on the web is brought
 * into the photo library, as is one embedded in the copy (data:), and one on the writer's computer
 * or at a refused address is refused with a message in the interface's language. Tables are made
 * and changed from the toolbar with the keyboard, keep their captions through editing, and are read
 * on a phone inside a scrolling region. Both interface languages; every screen audited with axe.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import sharp from "sharp";
import type { ApiClient } from "../support/api-client.ts";
import { picture } from "../support/photo-desk.ts";
import { type PictureHost, startPictureHost } from "../support/picture-host.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { assertAccessible, type Browser, chromiumSkipReason, launchChromium } from "./chromium.ts";
import { signedInEditor, storedBody } from "./newsroom-editor.ts";

const EMAIL = "paste-editor@newsroom.test";
const sample = (name: string) =>
  readFileSync(new URL(`../fixtures/clipboard/${name}`, import.meta.url), "utf8");

describe("copy pasted from word processors, in Chromium (SQLite)", { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let chromium: Browser;
  let editor: ApiClient;
  let page: Page;
  let pictures: PictureHost;

  before(async () => {
    pictures = await startPictureHost({
      "/docsz/ferry.jpg": { type: "image/jpeg", body: await picture(640, 360) },
    });
    chromium = await launchChromium();
    // The picture website is on loopback, which only an allow-listed host may be fetched from.
    server = await startTestServer("sqlite", { mediaImportAllowedHosts: ["127.0.0.1"] });
    ({ api: editor, page } = await signedInEditor(chromium, server, EMAIL));
  });
  after(async () => {
    await chromium?.close();
    await server?.stop();
    await pictures?.close();
  });

  const mediaCount = async () =>
    (await server.server.db.kysely.selectFrom("media").select("id").execute()).length;
  const body = () => page.getByRole("textbox", { name: /^(Body|মূল লেখা)$/ });

  async function openNewStory(
    edition: "en" | "bn",
    headline: string,
    storyBody = "<p>Lead paragraph.</p>",
  ): Promise<number> {
    const created = await editor.request<{ id: number }>("POST", "/articles", {
      edition,
      section: edition === "en" ? "national" : "জাতীয়",
      headline,
      standfirst: "A standfirst for the pasted story.",
      body: storyBody,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    await page.goto(`${server.url}/newsroom/stories/${created.body.id}`);
    await body().waitFor();
    return created.body.id;
  }

  /** Pastes as the browser does when the clipboard holds HTML: one paste event, in a new paragraph at the end. */
  async function paste(html: string) {
    await body().click();
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Enter");
    await body().evaluate((target, html) => {
      const data = new DataTransfer();
      data.setData("text/html", html);
      data.setData("text/plain", "plain text the editor must not use");
      target.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, html);
  }

  /** Runs `check` with the newsroom in Bangla, and goes back to English whatever happens. */
  async function inBangla(check: () => Promise<void>) {
    await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "bn")`);
    try {
      await check();
    } finally {
      await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "en")`);
    }
  }

  /** Waits until the body the server stores matches, as autosave gets there. */
  async function storedEventually(id: number, pattern: RegExp): Promise<string> {
    const until = Date.now() + 15_000;
    let html = "";
    while (Date.now() < until) {
      html = await storedBody(server, id);
      if (pattern.test(html)) return html;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.fail(`the stored body never matched ${pattern}:\n${html}`);
  }

  it("keeps Word's lists, subheads, table and links, and refuses the picture on the writer's computer", async () => {
    const id = await openNewStory("en", "Flood defences still open");
    const before = await mediaCount();
    await paste(sample("word-windows.html"));
    await page
      .getByRole("status")
      .getByText(
        "1 image could not be brought in: it is on your computer, not on the web. Upload it with the photo button.",
      )
      .waitFor();
    await assertAccessible(page, "editor after a paste from Word, picture refused");
    const html = await storedEventually(id, /Chauhali ferry ghat/);
    assert.match(html, /<h2>Flood defences: what the ministry promised<\/h2>/);
    assert.match(html, /<h3>The open sections<\/h3>/);
    assert.match(
      html,
      /<ul><li><p>Kazipur, 1\.2 km of <strong>unprotected<\/strong> bank<\/p><ul><li><p>two villages behind it<\/p><\/li><\/ul><\/li>/,
    );
    assert.match(
      html,
      /<ol><li><p>Tenders reopen in January<\/p><\/li><li><p>Work starts <strong>after<\/strong> the harvest<\/p><\/li><\/ol>/,
    );
    assert.match(html, /<table><tbody><tr><td><p><strong>Section<\/strong><\/p><\/td>/);
    assert.match(
      html,
      /<a rel="noopener noreferrer" href="https:\/\/www\.example\.org\/water-board\/report-2026">/,
    );
    assert.match(html, /<a rel="noopener noreferrer" href="mailto:desk@example\.org">the desk<\/a>/);
    assert.doesNotMatch(html, /<img|<figure|file:|javascript:|Mso|mso-|style=|class=/);
    assert.equal(await mediaCount(), before);
  });

  it("brings Google Docs' picture into the library and keeps Bangla, nesting and emphasis, in the Bangla interface", async () => {
    await inBangla(async () => {
      const id = await openNewStory("bn", "সেতুর পরে ফেরির ভাড়া");
      const before = await mediaCount();
      const docs = sample("google-docs.html").replace(
        /https:\/\/lh7-rt\.googleusercontent\.com\/docsz\/[^"]+/,
        pictures.url("/docsz/ferry.jpg"),
      );
      await paste(docs);
      await page
        .getByRole("status")
        .getByText("পেস্ট করা ১টি ছবি ফটো লাইব্রেরিতে যোগ করে প্রতিবেদনে বসানো হয়েছে।")
        .waitFor();
      await assertAccessible(page, "editor after a paste from Google Docs, in Bangla");
      const html = await storedEventually(id, /<figure data-media-id="\d+"><img src="\/media\//);
      assert.equal(await mediaCount(), before + 1);
      assert.equal(pictures.hits.get("/docsz/ferry.jpg"), 1, "fetched once, by the server");
      assert.match(html, /<h2>Ferry fares after the bridge<\/h2>/);
      assert.match(html, /<strong>two thirds<\/strong><em> within a month<\/em>/);
      assert.match(html, /যাত্রীরা বলছেন, সেতুতে সময় বাঁচে।/);
      assert.match(
        html,
        /<ul><li><p>Traders with livestock<\/p><ul><li><p>গরু ও ছাগলের ব্যাপারী<\/p><\/li><\/ul><\/li><li><p>Villagers on the char islands<\/p><\/li><\/ul>/,
      );
      assert.match(html, /<td><p>Mawa–Janjira<\/p><\/td><td><p>৮০<\/p><\/td>/);
      assert.match(
        html,
        /<a rel="noopener noreferrer" href="https:\/\/www\.example\.com\/ferries\/survey">the operators' survey<\/a>/,
      );
      assert.doesNotMatch(html, /<b>|docs-internal-guid|127\.0\.0\.1|data:image/);
      await page.getByRole("button", { name: "টেবিল যোগ করুন" }).waitFor();
    });
  });

  it("uploads a picture embedded in the copy as a data: address, which the stored body never carries", async () => {
    const id = await openNewStory("en", "Char islands after the flood");
    const before = await mediaCount();
    const png = await sharp({ create: { width: 120, height: 80, channels: 3, background: "#2a6f97" } })
      .png()
      .toBuffer();
    await paste(
      `<p>The char before the water rose.</p><img src="data:image/png;base64,${png.toString("base64")}" alt="A char island"><p>Boats wait at the edge.</p>`,
    );
    await page
      .getByRole("status")
      .getByText("1 pasted picture was added to the photo library and placed in the story.")
      .waitFor();
    const html = await storedEventually(id, /<figure data-media-id="\d+"><img src="\/media\/[^"]+"/);
    assert.equal(await mediaCount(), before + 1);
    assert.match(html, /Boats wait at the edge\./);
    assert.doesNotMatch(html, /data:|data-pasted/);
  });

  it("gives the reason a picture was refused in Bangla, not the server's English", async () => {
    await inBangla(async () => {
      const id = await openNewStory("bn", "নদীভাঙনের ছবি");
      const before = await mediaCount();
      await paste(`<p>ভাঙনের আগের ছবি।</p><img src="http://10.20.30.40/clip_image001.png" alt="নদীর পাড়">`);
      await page
        .getByRole("status")
        .getByText(
          "১টি ছবি ওয়েব থেকে আনা যায়নি (এই ঠিকানা থেকে ছবি আনার অনুমতি নিউজরুমের নেই)। ছবিটি সেভ করে ফটো বোতাম দিয়ে আপলোড করুন।",
        )
        .waitFor();
      await assertAccessible(page, "editor after a refused picture, in Bangla");
      assert.doesNotMatch(await storedEventually(id, /ভাঙনের আগের ছবি/), /<figure|10\.20\.30\.40/);
      assert.equal(await mediaCount(), before);
    });
  });

  it("keeps a stored table's caption through editing, and adds and removes one from the toolbar", async () => {
    const table =
      '<table><caption>Ferry fares after the bridge</caption><tbody><tr><th scope="col"><p>Route</p></th><th scope="col"><p>Fare</p></th></tr><tr><td><p>Mawa–Janjira</p></td><td><p>80</p></td></tr></tbody></table>';
    const id = await openNewStory("en", "Fares after the bridge", `<p>Lead paragraph.</p>${table}`);
    await body().getByText("80", { exact: true }).click();
    await page.keyboard.press("End");
    await page.keyboard.type(" taka");
    assert.match(
      await storedEventually(id, /80 taka/),
      /<table><caption>Ferry fares after the bridge<\/caption><tbody><tr><th scope="col"><p>Route<\/p><\/th>/,
    );
    await assertAccessible(page, "editor with the caret in a captioned table");

    await page.getByRole("button", { name: "Remove caption" }).click();
    assert.doesNotMatch(await storedEventually(id, /<table><tbody>/), /<caption>|Ferry fares/);
    await page.getByRole("button", { name: "Add caption" }).click();
    await page.keyboard.type("Fares in taka");
    // Enter ends the one-line caption and goes on to the first cell.
    await page.keyboard.press("Enter");
    await page.keyboard.type("Ferry ");
    assert.match(
      await storedEventually(id, /Ferry Route/),
      /<table><caption>Fares in taka<\/caption><tbody><tr><th scope="col"><p>Ferry Route<\/p><\/th>/,
    );
  });

  it("keeps a pasted table's caption, and offers to remove it in Bangla", async () => {
    await inBangla(async () => {
      const id = await openNewStory("bn", "ফেরির সময়সূচি");
      await paste(
        "<table><caption>মাওয়া ঘাটের সময়সূচি</caption><tr><td>প্রথম ফেরি</td><td>০৬:০০</td></tr></table>",
      );
      assert.match(
        await storedEventually(id, /মাওয়া ঘাটের সময়সূচি/),
        /<table><caption>মাওয়া ঘাটের সময়সূচি<\/caption><tbody><tr><td><p>প্রথম ফেরি<\/p><\/td><td><p>০৬:০০<\/p><\/td><\/tr><\/tbody><\/table>/,
      );
      await body().getByText("প্রথম ফেরি").click();
      await page.getByRole("button", { name: "টেবিলের ক্যাপশন মুছুন" }).waitFor();
      await assertAccessible(page, "editor with the caret in a captioned table, in Bangla");
    });
  });

  it("makes and changes a table from the toolbar with the keyboard, and shows it on a phone in a scrolling region", async () => {
    const id = await openNewStory("en", "Ferry timetable after the bridge");
    await body().click();
    await page.keyboard.press("Control+End");
    // The toolbar is one Tab stop before the text; arrow keys move inside it.
    await page.keyboard.press("Shift+Tab");
    for (let step = 0; step < 20; step++) {
      const label = await page.evaluate(() => document.activeElement?.textContent ?? "");
      if (label.includes("Insert table")) break;
      await page.keyboard.press("ArrowRight");
    }
    await page.keyboard.press("Enter");
    await page.keyboard.type("Ghat");
    await page.keyboard.press("Tab");
    await page.keyboard.type("First boat");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Mawa");
    await page.keyboard.press("Tab");
    await page.keyboard.type("06:00");
    await page.getByRole("button", { name: "Add row" }).click();
    // The new row comes after the caret's; Tab goes on into it.
    await page.keyboard.press("Tab");
    await page.keyboard.type("Janjira");
    await assertAccessible(page, "editor with the caret in a table");
    const html = await storedEventually(id, /Janjira/);
    assert.match(
      html,
      /<table><tbody><tr><th scope="col"><p>Ghat<\/p><\/th><th scope="col"><p>First boat<\/p><\/th><\/tr><tr><td><p>Mawa<\/p><\/td><td><p>06:00<\/p><\/td><\/tr><tr><td><p>Janjira<\/p><\/td><td><p><\/p><\/td><\/tr><tr><td><p><\/p><\/td><td><p><\/p><\/td><\/tr><\/tbody><\/table>/,
    );
    // The caret is in the first column ("Janjira"): that column goes.
    await page.getByRole("button", { name: "Remove column" }).click();
    assert.doesNotMatch(
      await storedEventually(id, /<tr><th scope="col"><p>First boat<\/p><\/th><\/tr>/),
      /Ghat|Janjira/,
    );

    const published = await editor.request<{ url: string }>("POST", `/articles/${id}/publish`);
    assert.equal(published.status, 200, JSON.stringify(published.body));
    const phone = await chromium.context.newPage();
    try {
      await phone.setViewportSize({ width: 360, height: 740 });
      await phone.goto(new URL(published.body.url, server.url).href);
      const region = phone.getByRole("region", { name: "Table 1" });
      await region.waitFor();
      assert.equal(await region.getAttribute("tabindex"), "0");
      const widths = await phone.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      assert.ok((widths[0] ?? 0) <= (widths[1] ?? 0), `the page does not scroll sideways: ${widths}`);
      await assertAccessible(phone, "article with a table, on a phone");
    } finally {
      await phone.close();
    }
  });
});
