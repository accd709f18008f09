/**
 * The newsroom's safety net in headless Chromium: publishing asks first with the pre-publish
 * checklist (canceling keeps the story unpublished, confirming publishes it), so does updating
 * the live story; an embargo set in the editor takes "Publish now" away and the server's refusal
 * of an early schedule is shown; a scheduled story offers "Cancel schedule", not "Unpublish"; two
 * revisions are compared word by word and one field is restored. Axe on each, and once in Bangla.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { createUser } from "../../src/accounts/user.service.ts";
import { type ApiClient, login, TEST_PASSWORD } from "../support/api-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { assertAccessible, type Browser, chromiumSkipReason, launchChromium } from "./chromium.ts";

const DAY = 86_400_000;

interface Story {
  id: number;
  version: number;
  status: string;
  headline: string;
  standfirst: string;
  embargoUntil: string | null;
}

describe("the publish safety net in Chromium (SQLite)", { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let chromium: Browser;
  let editor: ApiClient;
  const email = "safety@newsroom.test";

  before(async () => {
    chromium = await launchChromium();
    server = await startTestServer("sqlite");
    await createUser(
      server.server.db.kysely,
      { email, name: "Safety Editor", role: "editor", password: TEST_PASSWORD },
      { userId: null },
      server.clock(),
    );
    editor = await login(server.url, email);
  });
  after(async () => {
    await chromium?.close();
    await server?.stop();
  });

  async function story(
    headline: string,
    standfirst = "Boats stayed ashore as a deep depression crossed the bay.",
  ) {
    const created = await editor.request<Story>("POST", "/articles", {
      edition: "en",
      section: "national",
      headline,
      standfirst,
      body: "<p>Fishermen in Chattogram kept their boats ashore for a second day.</p>",
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    return created.body;
  }
  const stored = async (id: number) => (await editor.get<Story>(`/articles/${id}`)).body;

  async function signIn(lang: "en" | "bn" = "en"): Promise<Page> {
    await chromium.context.clearCookies();
    const page = await chromium.context.newPage();
    await page.goto(`${server.url}/newsroom/`);
    await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "${lang}")`);
    await page.reload();
    await page.locator("input[type=email]").fill(email);
    await page.locator("input[type=password]").fill(TEST_PASSWORD);
    const signedIn = page.waitForResponse(
      (r) => r.url().endsWith("/api/admin/v1/session") && r.request().method() === "POST",
    );
    await page.locator("button[type=submit]").click();
    assert.equal((await signedIn).status(), 200);
    return page;
  }
  async function open(page: Page, id: number) {
    await page.goto(`${server.url}/newsroom/stories/${id}`);
    await page.locator(".editor-layout").waitFor();
  }
  /** The newsroom's wall clock (Asia/Dhaka, UTC+6 all year), as a datetime-local input takes it. */
  const dhakaInput = (ms: number) => new Date(ms + 6 * 3_600_000).toISOString().slice(0, 16);

  it("asks before publishing with the checklist: cancel keeps it a draft, confirm publishes; a live update asks too", async () => {
    const draft = await story("Storm keeps Chattogram's fishing fleet in port");
    const page = await signIn();
    await open(page, draft.id);
    await page.getByRole("button", { name: "Publish now" }).click();
    const dialog = page.getByRole("dialog", { name: "Publish this story?" });
    await dialog.waitFor();
    await dialog.getByText("Done: Headline length: 46 characters (aim for 20–110)").waitFor();
    await dialog.getByText("Done: Standfirst").waitFor();
    await dialog.getByText("Missing: Lead photo: none chosen").waitFor();
    await dialog.getByText("Missing: SEO description").waitFor();
    await dialog.getByText("you can still go ahead").waitFor();
    await assertAccessible(page, "publish checklist");

    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "hidden" });
    assert.equal((await stored(draft.id)).status, "draft", "canceling publishes nothing");

    await page.getByRole("button", { name: "Publish now" }).click();
    await dialog.getByRole("button", { name: "Publish now" }).click();
    await page.getByRole("link", { name: /View on the site/ }).waitFor();
    assert.equal((await stored(draft.id)).status, "published");

    await page
      .getByRole("textbox", { name: "Headline" })
      .fill("Storm keeps Chattogram's whole fishing fleet in port");
    await page.getByRole("button", { name: "Update live story" }).click();
    const update = page.getByRole("dialog", { name: "Update the live story?" });
    await update.getByText("Done: Headline length: 52 characters").waitFor();
    await update.getByRole("button", { name: "Cancel" }).click();
    assert.equal((await stored(draft.id)).headline, "Storm keeps Chattogram's fishing fleet in port");
    await page.getByRole("button", { name: "Update live story" }).click();
    await update.getByRole("button", { name: "Update live story" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /Saved at/ })
      .waitFor({ timeout: 10_000 });
    assert.equal((await stored(draft.id)).headline, "Storm keeps Chattogram's whole fishing fleet in port");
    await page.close();
  });

  it("takes Publish away under an embargo, shows the refusal of an early schedule, and cancels a schedule", async () => {
    const draft = await story("Budget figures to be released on Thursday");
    const page = await signIn();
    await open(page, draft.id);
    const now = server.clock().getTime();
    await page.getByLabel(/^Embargo until/).fill(dhakaInput(now + 3 * DAY));
    await page.getByRole("button", { name: "Set embargo" }).click();
    await page
      .locator(".story-summary")
      .getByText(/^Embargoed until /)
      .waitFor();
    await page.getByRole("button", { name: "Move embargo" }).waitFor();
    const embargoed = await stored(draft.id);
    assert.ok(embargoed.embargoUntil && Date.parse(embargoed.embargoUntil) > now + 2 * DAY);
    assert.equal(await page.getByRole("button", { name: "Publish now" }).count(), 0);
    await assertAccessible(page, "embargoed story");

    await page.getByLabel(/^Publish at/).fill(dhakaInput(now + DAY));
    await page.getByRole("button", { name: "Schedule", exact: true }).click();
    await page
      .getByRole("dialog", { name: "Schedule this story?" })
      .getByRole("button", { name: "Schedule", exact: true })
      .click();
    await page.getByRole("alert").filter({ hasText: "under embargo until" }).waitFor();
    assert.equal((await stored(draft.id)).status, "draft");

    await page.getByLabel(/^Publish at/).fill(dhakaInput(now + 4 * DAY));
    await page.getByRole("button", { name: "Schedule", exact: true }).click();
    await page
      .getByRole("dialog", { name: "Schedule this story?" })
      .getByRole("button", { name: "Schedule", exact: true })
      .click();
    await page.getByRole("button", { name: "Cancel schedule" }).waitFor();
    assert.equal((await stored(draft.id)).status, "scheduled");
    assert.equal(await page.getByRole("button", { name: "Unpublish" }).count(), 0);
    await assertAccessible(page, "scheduled story");
    await page.getByRole("button", { name: "Cancel schedule" }).click();
    await page.getByText("Schedule canceled: the story will not go live on its own.").waitFor();
    assert.equal((await stored(draft.id)).status, "draft");
    await page.close();
  });

  it("compares two revisions word by word and restores one field", async () => {
    const first = await story("Flood waters rise in Sylhet", "Rivers burst their banks overnight.");
    const saved = await editor.request<Story>("PATCH", `/articles/${first.id}`, {
      version: first.version,
      headline: "Flood waters fall in Sylhet",
      standfirst: "Rivers went back into their banks by morning.",
    });
    assert.equal(saved.status, 200);
    const page = await signIn();
    await open(page, first.id);
    await page.getByRole("button", { name: "Revision history" }).click();
    await page.getByRole("button", { name: "Compare revision 1" }).click();
    const dialog = page.getByRole("dialog", { name: "Compare revisions" });
    const headline = dialog.getByRole("region", { name: "Headline" });
    await headline.locator("del", { hasText: "rise" }).waitFor();
    await headline.locator("ins", { hasText: "fall" }).waitFor();
    assert.equal(
      (await headline.locator(".diff-text").textContent())?.replace(/\s+/g, " ").trim(),
      "Flood waters removed: rise added: fall in Sylhet",
      "each change is named in words, not only by colour",
    );
    await assertAccessible(page, "revision diff");

    await headline.getByRole("button", { name: /^Restore this field/ }).click();
    await page.getByText("Headline restored from revision 1.").waitFor();
    assert.equal(
      await page.getByRole("textbox", { name: "Headline" }).inputValue(),
      "Flood waters rise in Sylhet",
    );
    const now = await stored(first.id);
    assert.equal(now.headline, "Flood waters rise in Sylhet");
    assert.equal(
      now.standfirst,
      "Rivers went back into their banks by morning.",
      "only the headline came back",
    );
    await dialog.getByRole("region", { name: "Headline" }).waitFor({ state: "detached" });
    await page.close();
  });

  it("works in the Bangla interface: the checklist, the confirmation and the diff", async () => {
    const draft = await story("বন্যায় সিলেটের নিম্নাঞ্চল প্লাবিত, পানি বাড়ছে");
    const saved = await editor.request<Story>("PATCH", `/articles/${draft.id}`, {
      version: draft.version,
      headline: "বন্যায় সিলেটের নিম্নাঞ্চল প্লাবিত, পানি কমছে",
    });
    assert.equal(saved.status, 200);
    const page = await signIn("bn");
    await open(page, draft.id);
    await page.getByRole("button", { name: "এখনই প্রকাশ করুন" }).click();
    const dialog = page.getByRole("dialog", { name: "প্রতিবেদনটি প্রকাশ করবেন?" });
    await dialog.getByText(/^সম্পন্ন: শিরোনামের দৈর্ঘ্য: /).waitFor();
    await dialog.getByText("বাকি: প্রধান ছবি: বাছাই করা হয়নি").waitFor();
    await assertAccessible(page, "publish checklist in Bangla");
    await dialog.getByRole("button", { name: "বাতিল" }).click();
    assert.equal((await stored(draft.id)).status, "draft");

    await page.getByRole("button", { name: "সংশোধনের ইতিহাস" }).click();
    await page.getByRole("button", { name: "সংশোধন ১ মিলিয়ে দেখুন" }).click();
    const compare = page.getByRole("dialog", { name: "সংশোধন মিলিয়ে দেখা" });
    const headline = compare.getByRole("region", { name: "শিরোনাম" });
    await headline.locator("del", { hasText: "বাড়ছে" }).waitFor();
    await headline.locator("ins", { hasText: "কমছে" }).waitFor();
    await assertAccessible(page, "revision diff in Bangla");
    await page.close();
  });
});
