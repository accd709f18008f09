/**
 * Translating in headless Chromium: the English story stays open beside the Bangla translation's
 * editor; the slug is offered from the Bangla headline (in Bangla script); once the English story
 * changes, the translation says so with the fields that changed, one click shows the words, and
 * saving the translation clears it. The lead photo's texts are one link away. Axe in both languages.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import sharp from "sharp";
import { type ApiClient, createAccount } from "../support/api-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { assertAccessible, type Browser, chromiumSkipReason, launchChromium } from "./chromium.ts";
import { signInToNewsroom } from "./newsroom-sign-in.ts";

describe("translating in Chromium (SQLite)", { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let chromium: Browser;
  let editor: ApiClient;
  let page: Page;
  let sourceId: number;
  let photoId: number;

  before(async () => {
    chromium = await launchChromium();
    server = await startTestServer("sqlite");
    const account = { email: "translator@newsroom.test", name: "Translator", role: "editor" as const };
    editor = await createAccount(server, account);
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#3a7" } })
      .png()
      .toBuffer();
    const form = new FormData();
    form.append("caption", "Boats on the river");
    form.append("credit", "Staff");
    form.append("alt", "Two boats");
    form.append("file", new Blob([new Uint8Array(png)]), "boats.png");
    const media = await editor.request<{ id: number }>("POST", "/media", undefined, { raw: form });
    assert.equal(media.status, 201, JSON.stringify(media.body));
    photoId = media.body.id;
    const created = await editor.request<{ id: number }>("POST", "/articles", {
      edition: "en",
      section: "national",
      headline: "Ferries return to the Padma",
      standfirst: "Crossings resume after the storm.",
      body: "<p>Ferries crossed the river again on Monday.</p>",
      leadMediaId: photoId,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    sourceId = created.body.id;

    page = await chromium.context.newPage();
    await signInToNewsroom(page, server.url, account.email);
  });
  after(async () => {
    await chromium?.close();
    await server?.stop();
  });

  it("keeps the source story beside the translation and suggests a slug from the translated headline", async () => {
    await page.goto(`${server.url}/newsroom/stories/${sourceId}`);
    await page.getByRole("button", { name: "Create Bangla translation" }).click();
    await page.waitForURL((url) => !url.pathname.endsWith(`/stories/${sourceId}`));
    const panel = page.getByRole("region", { name: "Translating from the English story" });
    await panel.getByText("Ferries crossed the river again on Monday.", { exact: true }).waitFor();
    await panel.getByText("Ferries return to the Padma", { exact: true }).waitFor();
    assert.equal(
      await panel.getByRole("button", { name: "See the difference" }).count(),
      0,
      "nothing changed yet",
    );
    await assertAccessible(page, "translation editor");

    await page.getByRole("textbox", { name: "Headline" }).fill("পদ্মায় আবার ফেরি চলছে");
    await page.getByText("Suggested from the headline: পদ্মায়-আবার-ফেরি-চলছে").waitFor();
    await page.getByRole("button", { name: "Use the suggested slug" }).click();
    assert.equal(await page.getByRole("textbox", { name: "Slug" }).inputValue(), "পদ্মায়-আবার-ফেরি-চলছে");
    await page.getByRole("button", { name: "Save now" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /^Saved/ })
      .waitFor();
    const id = Number(/stories\/(\d+)/.exec(page.url())?.[1]);
    const saved = await editor.get<{ slug: string; headline: string }>(`/articles/${id}`);
    assert.deepEqual([saved.body.headline, saved.body.slug], ["পদ্মায় আবার ফেরি চলছে", "পদ্মায়-আবার-ফেরি-চলছে"]);
  });

  it("says when the English story changed, with the fields and the words, until the translation is saved", async () => {
    const translationUrl = page.url();
    const source = await editor.get<{ version: number }>(`/articles/${sourceId}`);
    const edited = await editor.request("PATCH", `/articles/${sourceId}`, {
      version: source.body.version,
      headline: "Ferries return to the Padma at last",
    });
    assert.equal(edited.status, 200);
    await page.reload();
    const panel = page.getByRole("region", { name: "Translating from the English story" });
    await panel
      .getByText("The English story changed since this translation was saved", { exact: false })
      .waitFor();
    await panel.getByText("Changed: Headline.").waitFor();
    const show = panel.getByRole("button", { name: "See the difference" });
    await show.click();
    assert.equal(await show.getAttribute("aria-expanded"), "true");
    assert.equal((await panel.locator("ins").allTextContents()).join("").trim(), "at last");
    await assertAccessible(page, "translation editor with the source's changes");

    await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "bn")`);
    await page.reload();
    const bnPanel = page.getByRole("region", { name: /প্রতিবেদন থেকে অনুবাদ/ });
    await bnPanel.getByText("বদলেছে: শিরোনাম।").waitFor();
    await bnPanel.getByRole("button", { name: "পার্থক্য দেখুন" }).click();
    await assertAccessible(page, "translation editor in Bangla");
    await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "en")`);
    await page.goto(translationUrl);

    await page.getByRole("textbox", { name: "Headline" }).fill("অবশেষে পদ্মায় আবার ফেরি চলছে");
    await page.getByRole("button", { name: "Save now" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /^Saved/ })
      .waitFor();
    await panel.getByText("Changed: Headline.").waitFor({ state: "detached" });
    assert.equal(await panel.getByRole("button", { name: "See the difference" }).count(), 0);
  });

  it("links to the lead photo's texts from the translation", async () => {
    await page
      .getByRole("region", { name: "Translating from the English story" })
      .getByRole("link", { name: "Write the lead photo's Bangla caption and alt text" })
      .click();
    await page.waitForURL(new RegExp(`/photos\\?edit=${photoId}$`));
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    assert.equal(
      await dialog
        .getByLabel(/Caption/)
        .first()
        .inputValue(),
      "Boats on the river",
    );
    await assertAccessible(page, "photo texts opened from a translation");
  });
});
