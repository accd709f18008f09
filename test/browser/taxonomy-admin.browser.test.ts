/**
 * Tags in headless Chromium: a writer types a new tag on a story and it exists once the story is
 * saved; an editor renames, merges and deletes tags on the Tags screen, and the stories follow.
 * Axe on each screen, and once with the Bangla interface.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { type ApiClient, createAccount } from "../support/api-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { assertAccessible, type Browser, chromiumSkipReason, launchChromium } from "./chromium.ts";
import { signInToNewsroom } from "./newsroom-sign-in.ts";

describe("tags in the newsroom in Chromium (SQLite)", { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let chromium: Browser;
  let editor: ApiClient;
  let page: Page;

  before(async () => {
    chromium = await launchChromium();
    server = await startTestServer("sqlite");
    const account = { email: "tags@newsroom.test", name: "Tag Editor", role: "editor" as const };
    editor = await createAccount(server, account);
    page = await chromium.context.newPage();
    await signInToNewsroom(page, server.url, account.email);
  });
  after(async () => {
    await chromium?.close();
    await server?.stop();
  });

  const story = async (headline: string, tags: string[]) => {
    const created = await editor.request<{ id: number }>("POST", "/articles", {
      edition: "en",
      section: "national",
      headline,
      standfirst: "Standfirst.",
      body: "<p>Body.</p>",
      tags,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    return created.body.id;
  };
  const tagsOf = async (id: number) => (await editor.get<{ tags: string[] }>(`/articles/${id}`)).body.tags;

  it("creates a tag typed on a story", async () => {
    const id = await story("Bridge opens to traffic", []);
    await page.goto(`${server.url}/newsroom/stories/${id}`);
    const tags = page.getByRole("group", { name: "Tags" });
    const box = tags.getByRole("combobox", { name: "Type a tag, new or existing" });
    await box.fill("Padma Bridge");
    await tags.getByRole("button", { name: "Create tag “Padma Bridge”" }).click();
    await tags.getByText("Padma Bridge", { exact: true }).waitFor();
    await assertAccessible(page, "editor with a new tag");
    // Autosaved: the server makes the tag with the story's save.
    for (let i = 0; i < 50 && (await tagsOf(id)).length === 0; i++) await page.waitForTimeout(200);
    assert.deepEqual(await tagsOf(id), ["padma-bridge"]);
    // A tag that exists, typed with other capitals, is offered as that tag, not as a new one.
    await box.fill("flood relief");
    await tags.getByRole("button", { name: "Add tag", exact: true }).click();
    for (let i = 0; i < 50 && (await tagsOf(id)).length < 2; i++) await page.waitForTimeout(200);
    assert.deepEqual((await tagsOf(id)).sort(), ["flood-relief", "padma-bridge"]);
  });

  it("renames, merges and deletes tags on the Tags screen; stories follow", async () => {
    const flood = await story("River rises", ["Estuary"]);
    const both = await story("Downpour and flood", ["Estuary", "Downpour"]);
    const cyclone = await story("Whirlwind warning", ["Whirlwind", "Downpour"]);
    await page.goto(`${server.url}/newsroom/taxonomy/tags`);
    await page.getByRole("heading", { name: "Tags: English" }).waitFor();
    await page.getByRole("row", { name: /^Estuary estuary/ }).waitFor();
    await assertAccessible(page, "tags screen");

    await page.getByRole("button", { name: "Rename Estuary" }).click();
    const rename = page.getByRole("dialog", { name: "Rename the tag “Estuary”" });
    await rename.getByLabel("Name").fill("Estuaries");
    await assertAccessible(page, "rename dialog");
    await rename.getByRole("button", { name: "Rename tag" }).click();
    await page.getByRole("status").filter({ hasText: "Tag “Estuary” renamed to “Estuaries”." }).waitFor();
    await page.getByRole("rowheader", { name: "Estuaries", exact: true }).waitFor();
    assert.deepEqual(await tagsOf(flood), ["estuary"], "the slug stayed");

    await page.getByRole("button", { name: "Merge Estuaries" }).click();
    const merge = page.getByRole("dialog", { name: "Merge the tag “Estuaries” into another" });
    await merge.getByLabel("Merge into").selectOption({ label: "Downpour" });
    await merge.getByText("The 2 stories tagged “Estuaries” will take the chosen tag").waitFor();
    await merge.getByRole("button", { name: "Merge tags" }).click();
    await page.getByRole("status").filter({ hasText: "merged into “Downpour”; 2 stories moved." }).waitFor();
    assert.equal(await page.getByRole("rowheader", { name: "Estuaries", exact: true }).count(), 0);
    assert.deepEqual(await tagsOf(flood), ["downpour"]);
    assert.deepEqual(await tagsOf(both), ["downpour"]);

    await page.getByRole("button", { name: "Delete Whirlwind" }).click();
    const remove = page.getByRole("dialog", { name: "Delete the tag “Whirlwind”?" });
    await remove.getByText("1 story will lose the tag “Whirlwind”.").waitFor();
    await remove.getByRole("button", { name: "Delete tag" }).click();
    await page.getByRole("status").filter({ hasText: "Tag “Whirlwind” deleted." }).waitFor();
    assert.deepEqual(await tagsOf(cyclone), ["downpour"]);

    // A rename the server refuses keeps the dialog open with the reason.
    await page.getByRole("button", { name: "Rename Downpour" }).click();
    const refused = page.getByRole("dialog", { name: "Rename the tag “Downpour”" });
    await refused.getByLabel("Slug").fill("padma-bridge");
    await refused.getByRole("button", { name: "Rename tag" }).click();
    await refused.getByRole("alert").waitFor();
    await assertAccessible(page, "rename refused");
    await refused.getByRole("button", { name: "Cancel" }).click();
  });

  it("passes axe on the Tags screen in Bangla", async () => {
    await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "bn")`);
    await page.goto(`${server.url}/newsroom/taxonomy/tags`);
    await page.locator("main select").first().selectOption("en");
    await page
      .getByRole("button", { name: /একীভূত করুন/ })
      .first()
      .waitFor();
    await assertAccessible(page, "tags screen in Bangla");
    await page.getByRole("button", { name: /মুছুন/ }).first().click();
    await page.getByRole("dialog").waitFor();
    await assertAccessible(page, "delete dialog in Bangla");
    await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "en")`);
  });
});
