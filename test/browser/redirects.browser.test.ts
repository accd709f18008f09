/**
 * The Redirects screen in headless Chromium: an editor finds an old address, sees where it leads
 * (a published story's address, a hidden story marked as such, a fixed page) and deletes it after
 * confirming. Old addresses come from an imported site, so markup in them must show as text.
 * Axe in both interface languages.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { upsertRedirects } from "../../src/redirects/redirects.service.ts";
import { type ApiClient, createAccount } from "../support/api-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { assertAccessible, type Browser, chromiumSkipReason, launchChromium } from "./chromium.ts";
import { signInToNewsroom } from "./newsroom-sign-in.ts";

describe("the Redirects screen in Chromium (SQLite)", { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let chromium: Browser;
  let editor: ApiClient;
  let page: Page;

  before(async () => {
    chromium = await launchChromium();
    server = await startTestServer("sqlite");
    const account = { email: "redirects@newsroom.test", name: "Redirect Editor", role: "editor" as const };
    editor = await createAccount(server, account);
    page = await chromium.context.newPage();
    await signInToNewsroom(page, server.url, account.email);
    const story = async (headline: string, publish: boolean) => {
      const created = await editor.request<{ id: number }>("POST", "/articles", {
        edition: "en",
        section: "national",
        headline,
        standfirst: "Standfirst.",
        body: "<p>Body.</p>",
      });
      if (publish) await editor.request("POST", `/articles/${created.body.id}/publish`);
      return created.body.id;
    };
    const live = await story("Ferry fares cut", true);
    const draft = await story("Draft budget story", false);
    await server.server.db.kysely.transaction().execute((trx) =>
      upsertRedirects(
        { trx },
        [
          { from: "/?p=123", target: { articleId: live } },
          { from: "/2019/03/budget/", target: { articleId: draft } },
          { from: "/খবর/ফেরি/", target: { path: "/bn/" } },
          { from: "/<img src=x onerror=alert(1)>/", target: { path: "/en/" } },
        ],
        { source: "<b>wordpress-import</b>", now: server.clock() },
      ),
    );
  });
  after(async () => {
    await chromium?.close();
    await server?.stop();
  });

  it("lists, searches and deletes redirects", async () => {
    let alerted = false;
    page.on("dialog", (dialog) => {
      if (dialog.type() === "alert") alerted = true;
      void dialog.accept();
    });
    await page.goto(`${server.url}/newsroom/`);
    await page.getByRole("link", { name: "Redirects" }).click();
    await page.getByRole("heading", { name: "Redirects" }).waitFor();
    await page.getByRole("row", { name: /\/\?p=123 Ferry fares cut/ }).waitFor();
    await page.getByRole("row", { name: /Draft budget story Not visible to readers/ }).waitFor();
    await page
      .getByRole("row", { name: "/<img src=x onerror=alert(1)> /en/ <b>wordpress-import</b> Delete" })
      .waitFor();
    assert.equal(alerted, false, "markup in an old address stays text");
    await assertAccessible(page, "redirects screen");

    await page.getByLabel("Old address contains").fill("খবর");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("row", { name: /খবর\/ফেরি \/bn\// }).waitFor();
    assert.equal(await page.getByRole("row").count(), 2, "the header and the one match");

    await page.getByRole("button", { name: "Delete the redirect from /খবর/ফেরি" }).click();
    await page.getByRole("status").filter({ hasText: "Redirect from /খবর/ফেরি deleted." }).waitFor();
    await page.getByText("No redirects found.").waitFor();
    const left = await editor.get<{ items: unknown[] }>("/redirects");
    assert.equal(left.body.items.length, 3);
  });

  it("passes axe on the Redirects screen in Bangla", async () => {
    await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "bn")`);
    await page.goto(`${server.url}/newsroom/redirects`);
    await page.getByRole("heading", { name: "রিডাইরেক্ট" }).waitFor();
    await page.getByRole("row", { name: /পাঠকেরা দেখতে পান না/ }).waitFor();
    await assertAccessible(page, "redirects screen in Bangla");
    await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "en")`);
  });
});
