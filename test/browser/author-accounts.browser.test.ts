/**
 * Author profiles and accounts in headless Chromium: an editor adds an author, the slug following
 * the English name, links it to a contributor's account, and the contributor's new story then
 * carries that byline. A new section's slug and key follow its name too. Axe in both languages.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { createUser } from "../../src/accounts/user.service.ts";
import { type ApiClient, login, TEST_PASSWORD } from "../support/api-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { assertAccessible, type Browser, chromiumSkipReason, launchChromium } from "./chromium.ts";
import { signInToNewsroom } from "./newsroom-sign-in.ts";

describe("author profiles and accounts in Chromium (SQLite)", { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let chromium: Browser;
  let contributor: ApiClient;
  let editorApi: ApiClient;
  let page: Page;

  before(async () => {
    chromium = await launchChromium();
    server = await startTestServer("sqlite");
    const db = server.server.db.kysely;
    for (const [email, name, role] of [
      ["desk@newsroom.test", "Desk Editor", "editor"],
      ["nadia@newsroom.test", "Nadia Karim", "contributor"],
    ] as const)
      await createUser(db, { email, name, role, password: TEST_PASSWORD }, { userId: null }, server.clock());
    contributor = await login(server.url, "nadia@newsroom.test");
    editorApi = await login(server.url, "desk@newsroom.test");
    page = await chromium.context.newPage();
    await signInToNewsroom(page, server.url, "desk@newsroom.test");
  });
  after(async () => {
    await chromium?.close();
    await server?.stop();
  });

  it("adds an author linked to a contributor, whose new story then carries the byline", async () => {
    await page.goto(`${server.url}/newsroom/taxonomy/authors`);
    await page.getByRole("button", { name: "Add author" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Add an author" });
    await dialog.getByRole("group", { name: "English" }).getByLabel("Name").fill("Nadia Karim");
    assert.equal(await dialog.getByLabel("Slug").inputValue(), "nadia-karim", "the slug follows the name");
    await dialog.getByLabel("Newsroom account").selectOption({ label: "Nadia Karim (Contributor)" });
    await assertAccessible(page, "add author with an account");
    await dialog.getByRole("button", { name: "Add author" }).click();
    await dialog.waitFor({ state: "detached" }).catch(() => dialog.waitFor({ state: "hidden" }));

    const authors = await editorApi.get<{ items: { slug: string; userId: number | null }[] }>("/authors");
    const me = await contributor.get<{ user: { id: number } }>("/session");
    assert.equal(authors.body.items.find((a) => a.slug === "nadia-karim")?.userId, me.body.user.id);
    const created = await contributor.request<{ authors: string[] }>("POST", "/articles", {
      edition: "en",
      section: "national",
      headline: "My first story",
      standfirst: "s",
      body: "<p>b</p>",
    });
    assert.deepEqual(created.body.authors, ["nadia-karim"]);
  });

  it("suggests a new section's key and slugs from its names, in Bangla script for Bangla", async () => {
    await page.goto(`${server.url}/newsroom/taxonomy`);
    const dialog = page.getByRole("region", { name: "Add a section" });
    await dialog.getByRole("group", { name: "English" }).getByLabel("Name").fill("Climate Desk");
    await dialog.getByRole("group", { name: "Bangla" }).getByLabel("Name").fill("জলবায়ু ডেস্ক");
    assert.equal(
      await dialog.getByRole("group", { name: "English" }).getByLabel("Slug").inputValue(),
      "climate-desk",
    );
    assert.equal(
      await dialog.getByRole("group", { name: "Bangla" }).getByLabel("Slug").inputValue(),
      "জলবায়ু-ডেস্ক",
    );
    assert.equal(await dialog.getByLabel("Key").inputValue(), "climate-desk");
    await assertAccessible(page, "add section with suggested slugs");
  });

  it("passes axe on the author form in Bangla", async () => {
    await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "bn")`);
    await page.goto(`${server.url}/newsroom/taxonomy/authors`);
    await page.locator("main button").first().waitFor();
    await assertAccessible(page, "authors in Bangla");
    await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "en")`);
  });
});
