/**
 * The newsroom in headless Chromium, as people use it: an editor uploads a photo, writes a story
 * in the editor, publishes it and finds it on the public site with its photo, caption and credit;
 * an editor pins related stories; a contributor is offered no way to publish or pin. Every screen visited is audited with axe.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import sharp from "sharp";
import { createUser } from "../../src/accounts/user.service.ts";
import { createAccount, login, TEST_PASSWORD } from "../support/api-client.ts";
import { getPage } from "../support/http.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { assertAccessible, type Browser, chromiumSkipReason, launchChromium } from "./chromium.ts";
import { forEachInParallel } from "./xss-pool.ts";

const CAPTION = "Fishing boats wait out the rain on the Karnaphuli.";
const CREDIT = "Dateline Photo/Test Desk";

describe("newsroom in Chromium (SQLite)", { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let chromium: Browser;
  before(async () => {
    chromium = await launchChromium();
    server = await startTestServer("sqlite");
    for (const role of ["editor", "contributor", "admin"] as const) {
      const account = { email: `${role}@newsroom.test`, name: `Test ${role}`, role, password: TEST_PASSWORD };
      await createUser(server.server.db.kysely, account, { userId: null }, server.clock());
    }
  });
  after(async () => {
    await chromium?.close();
    await server?.stop();
  });

  async function loggedIn(role: string): Promise<Page> {
    // One browser profile serves both people, so the previous person's session cookie goes first.
    await chromium.context.clearCookies();
    const page = await chromium.context.newPage();
    await page.goto(`${server.url}/newsroom/`);
    // The app renders once it has the editions from the server; check the screen, not the empty shell.
    await page.getByLabel("Email").waitFor();
    await assertAccessible(page, "login");
    await page.getByLabel("Email").fill(`${role}@newsroom.test`);
    await page.getByLabel("Password").fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
    await assertAccessible(page, "dashboard");
    return page;
  }

  async function writeStory(page: Page, headline: string) {
    await page.goto(`${server.url}/newsroom/stories/new`);
    await page.getByLabel("Section").selectOption({ label: "National" });
    await page.getByLabel("Headline").fill(headline);
    await page.getByLabel("Standfirst").fill("Boats stayed ashore as a deep depression crossed the bay.");
    await page.getByRole("button", { name: "Create draft" }).click();
    const body = page.getByRole("textbox", { name: "Body" });
    await body.waitFor();
    await body.click();
    await page.keyboard.type("Fishermen in Chattogram kept their boats ashore for a second day.");
    await page
      .getByRole("status")
      .filter({ hasText: /Saved at|All changes saved/ })
      .waitFor({ timeout: 10_000 });
  }

  it("lets an editor upload a photo, write a story, publish it and see it on the site", async () => {
    const page = await loggedIn("editor");
    const jpeg = await sharp({ create: { width: 1200, height: 675, channels: 3, background: "#2d5f7a" } })
      .jpeg()
      .toBuffer();
    await page.goto(`${server.url}/newsroom/photos`);
    await page
      .getByLabel("Image file")
      .setInputFiles({ name: "boats.jpg", mimeType: "image/jpeg", buffer: jpeg });
    await page.getByLabel("Caption").fill(CAPTION);
    await page.getByLabel("Photo credit").fill(CREDIT);
    await page
      .getByLabel("Alternative text")
      .fill("Wooden fishing boats moored side by side under a grey sky.");
    await page.getByRole("button", { name: "Upload", exact: true }).click();
    await page.locator("#main").getByText("Photo uploaded.").waitFor();
    await assertAccessible(page, "photos");

    await writeStory(page, "Storm keeps Chattogram's fishing fleet in port");
    await page.getByRole("button", { name: "Choose lead photo" }).click();
    await page.getByRole("button", { name: "Use this photo" }).first().click();
    await page
      .getByRole("status")
      .filter({ hasText: /Saved at|All changes saved/ })
      .waitFor({ timeout: 10_000 });
    await assertAccessible(page, "editor");
    await page.getByRole("button", { name: "Publish now" }).click();
    // The checklist: the photo chosen above carries its caption, credit and alt text.
    const confirm = page.getByRole("dialog", { name: "Publish this story?" });
    await confirm.getByText("Done: Lead photo with caption, credit and alt text").waitFor();
    await confirm.getByRole("button", { name: "Publish now" }).click();
    const live = page.getByRole("link", { name: /View on the site/ });
    await live.waitFor();
    const url = await live.getAttribute("href");
    assert.ok(url);

    const published = await getPage(server.url, url);
    assert.equal(published.response.status, 200);
    assert.equal(published.$("h1").text(), "Storm keeps Chattogram's fishing fleet in port");
    assert.match(published.$("figure.lead-figure figcaption").text(), /Fishing boats wait out the rain/);
    assert.match(published.$("figure.lead-figure .photo-credit").text(), /Dateline Photo\/Test Desk/);
    assert.match(published.$(".article-body").text(), /kept their boats ashore/);
  });

  it("lets an editor pin related stories, reorder them and see a refusal explained", async () => {
    const db = server.server.db.kysely;
    const [first, second] = await db
      .selectFrom("articles")
      .where("edition", "=", "en")
      .where("status", "=", "published")
      .select(["id", "headline"])
      .orderBy("id")
      .limit(2)
      .execute();
    assert.ok(first && second);
    const page = await loggedIn("editor");
    await writeStory(page, "Ferry timetables change for the monsoon");
    const id = Number(/stories\/(\d+)/.exec(page.url())?.[1]);
    const panel = page.getByRole("region", { name: "Related stories" });
    async function pin(headline: string) {
      await panel.getByLabel("Find a published story to pin").fill(headline.split(" ").slice(0, 3).join(" "));
      await panel.getByRole("button", { name: "Search", exact: true }).click();
      await panel.getByRole("button", { name: `Pin: ${headline}`, exact: true }).click();
    }
    await pin(first.headline);
    await pin(second.headline);
    await panel.getByRole("button", { name: `Move up: ${second.headline}`, exact: true }).click();
    await assertAccessible(page, "related stories panel");

    // The first story is taken down before the pins are saved: the server refuses, the panel says why.
    await db.updateTable("articles").set({ status: "unpublished" }).where("id", "=", first.id).execute();
    await panel.getByRole("button", { name: "Save pinned stories" }).click();
    await panel.getByRole("alert").filter({ hasText: "These stories are not published" }).waitFor();
    assert.ok((await panel.getByRole("alert").textContent())?.includes(first.headline), "names the story");
    await db.updateTable("articles").set({ status: "published" }).where("id", "=", first.id).execute();

    await panel.getByRole("button", { name: "Save pinned stories" }).click();
    await panel.getByRole("status").filter({ hasText: "Pinned stories saved." }).waitFor();
    await assertAccessible(page, "related stories saved");
    const pins = await db
      .selectFrom("related_pins")
      .where("article_id", "=", id)
      .select("related_id")
      .orderBy("position")
      .execute();
    assert.deepEqual(
      pins.map((p) => p.related_id),
      [second.id, first.id],
    );

    await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "bn")`);
    await page.reload();
    await page.getByRole("region", { name: "সম্পর্কিত প্রতিবেদন" }).getByText(second.headline).waitFor();
    await assertAccessible(page, "related stories panel in Bangla");
    await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "en")`);
  });

  it("passes axe on every newsroom screen, in English and in Bangla", async () => {
    const page = await loggedIn("admin");
    const screens = [
      "/",
      "/stories",
      "/stories/new",
      "/photos",
      "/front-pages",
      "/taxonomy",
      "/taxonomy/tags",
      "/taxonomy/authors",
      "/users",
      "/distribution",
      "/account",
    ];
    // A few tabs at once: each waits half a second for the network to go quiet before axe runs,
    // and the tabs' waits overlap. The language is the profile's, so the tabs share it.
    const tabs = [page, ...(await Promise.all([1, 2].map(() => chromium.context.newPage())))];
    for (const language of ["en", "bn"]) {
      await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "${language}")`);
      await forEachInParallel(screens, tabs, async (tab, screen) => {
        await tab.goto(`${server.url}/newsroom${screen}`);
        await tab.locator("main h1").first().waitFor();
        await tab.waitForLoadState("networkidle");
        await assertAccessible(tab, `${language} ${screen}`);
      });
    }
    await Promise.all(tabs.slice(1).map((tab) => tab.close()));
    // The profile is shared by the next tests, which read the English labels.
    await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "en")`);
  });

  it("lets anyone change their own password on the Account screen and sign in with the new one", async () => {
    const account = { email: "reporter@newsroom.test", name: "Test reporter", role: "author" as const };
    const elsewhere = await createAccount(server, account);
    const page = await loggedIn("reporter");
    await page.getByRole("link", { name: "Your account" }).click();
    await page.getByRole("heading", { name: "Your account", level: 1 }).waitFor();
    await assertAccessible(page, "account");

    const form = page.getByRole("region", { name: "Change password" });
    await form.getByLabel("Current password").fill(TEST_PASSWORD);
    await form.getByRole("textbox", { name: /^New password/ }).fill("a fresh monsoon passphrase");
    await form.getByLabel("Repeat the new password").fill("a fresh monsoon passfrase");
    await form.getByRole("button", { name: "Change password" }).click();
    await form.getByText("The two new passwords are not the same.").waitFor();

    await form.getByLabel("Current password").fill("not the password");
    await form.getByRole("textbox", { name: /^New password/ }).fill("a fresh monsoon passphrase");
    await form.getByLabel("Repeat the new password").fill("a fresh monsoon passphrase");
    await form.getByRole("button", { name: "Change password" }).click();
    await form.getByText("The current password is not correct.").waitFor();
    await assertAccessible(page, "account with a refused password");

    await form.getByLabel("Current password").fill(TEST_PASSWORD);
    await form.getByRole("textbox", { name: /^New password/ }).fill("short");
    await form.getByLabel("Repeat the new password").fill("short");
    await form.getByRole("button", { name: "Change password" }).click();
    await form.getByText("must be at least 10 characters").waitFor();

    await form.getByRole("textbox", { name: /^New password/ }).fill("a fresh monsoon passphrase");
    await form.getByLabel("Repeat the new password").fill("a fresh monsoon passphrase");
    await form.getByRole("button", { name: "Change password" }).click();
    await form.getByRole("status").filter({ hasText: "Your password was changed." }).waitFor();
    await assertAccessible(page, "account after a change");
    assert.equal((await elsewhere.get("/session")).status, 401, "the other session was signed out");
    await page.getByRole("link", { name: "Stories" }).click();
    await page.getByRole("heading", { name: "Stories", level: 1 }).waitFor();

    await page.getByRole("button", { name: "Log out" }).click();
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("The email or password is not correct.").waitFor();
    await page.getByLabel("Password").fill("a fresh monsoon passphrase");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
  });

  it("renders the API docs (Swagger UI) under their own strict CSP", async () => {
    const page = await chromium.context.newPage();
    const response = await page.goto(`${server.url}/api/docs/`);
    const policy = (await response?.allHeaders())?.["content-security-policy"] ?? "";
    assert.match(policy, /script-src 'self'(;|$)/);
    assert.match(policy, /frame-ancestors 'none'/);
    // The operation list exists only once the UI's scripts have run, so this proves the policy lets them.
    await page.getByText("/api/admin/v1/session/password").first().waitFor({ timeout: 15_000 });
    await page.close();
  });

  it("can be used with the keyboard alone: sign in and start a story without a pointer", async () => {
    await chromium.context.clearCookies();
    const page = await chromium.context.newPage();
    await page.goto(`${server.url}/newsroom/`);
    await page.getByLabel("Email").focus();
    await page.keyboard.type("editor@newsroom.test");
    await page.keyboard.press("Tab");
    await page.keyboard.type(TEST_PASSWORD);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
    // After sign-in focus sits on the page heading; the next Tab stops are the page's controls.
    let focused = "";
    for (let i = 0; i < 15 && focused !== "New story"; i++) {
      await page.keyboard.press("Tab");
      focused = String(await page.evaluate("document.activeElement?.textContent?.trim()"));
    }
    assert.equal(focused, "New story", "the New story link is reachable with Tab");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "New story", level: 1 }).waitFor();
  });

  it("offers a contributor no way to publish, and the server refuses it too", async () => {
    const page = await loggedIn("contributor");
    await writeStory(page, "A contributor's draft about river ferries");
    assert.equal(await page.getByRole("button", { name: "Publish now" }).count(), 0);
    assert.equal(await page.getByRole("button", { name: "Submit for review" }).count(), 1);
    await page.getByRole("region", { name: "Related stories" }).getByText("Nothing pinned.").waitFor();
    assert.equal(await page.getByRole("button", { name: "Save pinned stories" }).count(), 0);
    assert.equal(await page.getByLabel("Find a published story to pin").count(), 0);
    const id = Number(/stories\/(\d+)/.exec(page.url())?.[1]);
    const status = await page.evaluate(
      `fetch("/api/admin/v1/articles/${id}/publish", { method: "POST", headers: { "x-csrf-token": "none" } }).then((r) => r.status)`,
    );
    assert.equal(status, 403);
  });

  async function publishFromEditor(page: Page): Promise<string> {
    await page.getByRole("button", { name: "Publish now" }).click();
    await page
      .getByRole("dialog", { name: "Publish this story?" })
      .getByRole("button", { name: "Publish now" })
      .click();
    const live = page.getByRole("link", { name: /View on the site/ });
    await live.waitFor();
    const url = await live.getAttribute("href");
    assert.ok(url);
    return new URL(url, server.url).pathname;
  }

  it("previews a live story's unsaved headline without showing it to readers", async () => {
    const page = await loggedIn("editor");
    await writeStory(page, "Tea auction prices hold steady");
    const path = await publishFromEditor(page);
    await page.getByLabel("Headline").fill("DRAFT HEADLINE NOT READY");
    const opened = page.context().waitForEvent("page");
    await page.getByRole("button", { name: /Preview/ }).click();
    const preview = await opened;
    await preview.getByRole("heading", { level: 1, name: "DRAFT HEADLINE NOT READY" }).waitFor();
    const styled = await preview.evaluate(() => getComputedStyle(document.body).margin !== "8px");
    assert.ok(styled, "the preview loads the site's stylesheet");
    await page.getByText("Preview opened in a new tab.").waitFor();
    await preview.close();

    const site = await getPage(server.url, path);
    assert.equal(site.$("h1").text(), "Tea auction prices hold steady");
    assert.doesNotMatch(site.html, /DRAFT HEADLINE NOT READY/);
    await page.getByRole("status").filter({ hasText: "Unsaved changes" }).waitFor();
  });

  it("makes an empty slug from the headline, warns before a live story's address changes, and redirects it", async () => {
    const page = await loggedIn("editor");
    await writeStory(page, "Jute mills reopen in Khulna");
    const slug = page.getByLabel("Slug");
    await slug.fill("");
    await page
      .getByRole("status")
      .filter({ hasText: /Saved at/ })
      .waitFor({ timeout: 10_000 });
    assert.equal(await slug.inputValue(), "jute-mills-reopen-in-khulna");
    const oldPath = await publishFromEditor(page);

    await slug.fill("khulna-jute-mills-reopen");
    await page.getByText("its old web address will redirect to the new one").waitFor();
    await assertAccessible(page, "editor with an address change");
    await page.getByRole("button", { name: "Update live story" }).click();
    await page
      .getByRole("dialog", { name: "Update the live story?" })
      .getByRole("button", { name: "Update live story" })
      .click();
    await page
      .getByRole("status")
      .filter({ hasText: /Saved at/ })
      .waitFor({ timeout: 10_000 });
    assert.equal(await page.getByText("its old web address will redirect").count(), 0);

    const old = await getPage(server.url, oldPath);
    assert.equal(old.response.status, 301);
    assert.equal(old.response.headers.get("location"), "/en/national/khulna-jute-mills-reopen");
    const reader = await chromium.context.newPage();
    await reader.goto(`${server.url}${oldPath}`);
    assert.equal(new URL(reader.url()).pathname, "/en/national/khulna-jute-mills-reopen");
    await reader.close();
  });

  it("merges two editors' saves, and asks only about the field both changed, naming the other editor", async () => {
    await createUser(
      server.server.db.kysely,
      { email: "desk@newsroom.test", name: "Farida Yasmin", role: "editor", password: TEST_PASSWORD },
      { userId: null },
      server.clock(),
    );
    const other = await login(server.url, "desk@newsroom.test");
    const page = await loggedIn("editor");
    await writeStory(page, "Ferry services resume after the storm");
    const id = Number(/stories\/(\d+)/.exec(page.url())?.[1]);
    interface Story {
      version: number;
      headline: string;
      standfirst: string;
      body: string;
    }
    const stored = async () => (await other.get<Story>(`/articles/${id}`)).body;
    async function otherSaves(fields: Partial<Story>) {
      const { version } = await stored();
      const response = await other.request("PATCH", `/articles/${id}`, { version, ...fields });
      assert.equal(response.status, 200, JSON.stringify(response.body));
    }
    const saved = () =>
      page
        .getByRole("status")
        .filter({ hasText: /Saved at/ })
        .waitFor({ timeout: 10_000 });

    // The other editor changes the headline; this one, still on the older version, edits the body.
    await otherSaves({ headline: "Ferries run again on the Meghna" });
    await page.getByRole("textbox", { name: "Body" }).click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" Launch owners expect full services by Friday.");
    await saved();
    assert.equal(await page.getByRole("dialog").count(), 0, "no conflict dialog for different fields");
    assert.equal(await page.getByLabel("Headline").inputValue(), "Ferries run again on the Meghna");
    let story = await stored();
    assert.equal(story.headline, "Ferries run again on the Meghna");
    assert.match(story.body, /second day\. Launch owners expect full services by Friday\./);

    // Both change the headline; the other editor also rewrites the standfirst.
    await otherSaves({
      headline: "Meghna ferries back on timetable",
      standfirst: "Operators add night sailings to clear the backlog.",
    });
    await page.getByLabel("Headline").fill("Ferry services restored across the Meghna");
    const dialog = page.getByRole("dialog", { name: "Someone else changed the same text" });
    await dialog.waitFor({ timeout: 10_000 });
    await assertAccessible(page, "conflict dialog");
    const text = (await dialog.textContent()) ?? "";
    assert.match(text, /Farida Yasmin saved a different version/);
    assert.match(text, /Saved by Farida Yasmin/);
    assert.match(text, /Ferry services restored across the Meghna/);
    assert.match(text, /Meghna ferries back on timetable/);
    assert.doesNotMatch(
      text,
      /night sailings|Boats stayed ashore|Launch owners/,
      "only the headline is in question",
    );
    assert.equal(await dialog.getByRole("group").count(), 1);
    const headline = dialog.getByRole("group", { name: "Headline" });
    assert.ok(await headline.getByRole("radio", { name: "Keep mine" }).isChecked());
    await dialog.getByRole("button", { name: "Save with these choices" }).click();
    await dialog.waitFor({ state: "hidden" });
    await saved();

    story = await stored();
    assert.equal(story.headline, "Ferry services restored across the Meghna");
    assert.equal(story.standfirst, "Operators add night sailings to clear the backlog.");
    assert.match(story.body, /Launch owners expect full services by Friday\./);
    assert.equal(await page.getByLabel("Standfirst").inputValue(), story.standfirst);
  });
});
