/**
 * Talking to writers in headless Chromium: an editor returns a submitted story with a note; the
 * contributor, whose newsroom is already open in another browser, sees the bell's count rise
 * without reloading, opens the story from it and reads the note beside the editor; the writer
 * answers with a note naming the editor, whose bell rises in turn. Once more with the Bangla
 * interface. Every screen is audited with axe.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { createUser } from "../../src/accounts/user.service.ts";
import { type ApiClient, login, TEST_PASSWORD } from "../support/api-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { assertAccessible, type Browser, chromiumSkipReason, launchChromium } from "./chromium.ts";
import { signInToNewsroom } from "./newsroom-sign-in.ts";

const EDITOR = { email: "desk@newsroom.test", name: "Desk Editor", role: "editor" as const };
const WRITER = { email: "writer@newsroom.test", name: "Rahim Writer", role: "contributor" as const };

describe("returns, notes and the notification bell in Chromium (SQLite)", {
  skip: chromiumSkipReason(),
}, () => {
  let server: TestServer;
  let editorBrowser: Browser;
  let writerBrowser: Browser;
  let editorPage: Page;
  let writerPage: Page;
  let writer: ApiClient;

  async function signIn(browser: Browser, email: string): Promise<Page> {
    const page = await browser.context.newPage();
    await signInToNewsroom(page, server.url, email);
    return page;
  }

  /** A story the writer started and submitted, through the API. */
  async function submittedStory(headline: string): Promise<number> {
    const created = await writer.request<{ id: number }>("POST", "/articles", {
      edition: "en",
      section: "national",
      headline,
      standfirst: "A standfirst.",
      body: "<p>First paragraph.</p>",
    });
    assert.equal(created.status, 201);
    assert.equal((await writer.request("POST", `/articles/${created.body.id}/submit`)).status, 200);
    return created.body.id;
  }

  async function setLanguage(page: Page, lang: "en" | "bn") {
    await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "${lang}")`);
    await page.reload();
  }

  before(async () => {
    [editorBrowser, writerBrowser] = [await launchChromium(), await launchChromium()];
    server = await startTestServer("sqlite");
    for (const account of [EDITOR, WRITER]) {
      await createUser(
        server.server.db.kysely,
        { ...account, password: TEST_PASSWORD },
        { userId: null },
        server.clock(),
      );
    }
    writer = await login(server.url, WRITER.email);
    editorPage = await signIn(editorBrowser, EDITOR.email);
    writerPage = await signIn(writerBrowser, WRITER.email);
  });
  after(async () => {
    await editorBrowser?.close();
    await writerBrowser?.close();
    await server?.stop();
  });

  it("returns a story with a note; the writer's open bell rises live and leads to the note", async () => {
    const writerBell = writerPage.getByRole("button", { name: "Notifications", exact: true });
    await writerBell.waitFor();
    const id = await submittedStory("Bridge opening delayed");

    // The editor is told of the submission live too.
    await editorPage.getByRole("button", { name: "Notifications, 1 unread" }).waitFor({ timeout: 10_000 });
    await editorPage.goto(`${server.url}/newsroom/stories/${id}`);
    await editorPage.getByRole("textbox", { name: "Body" }).waitFor();
    await editorPage.getByRole("button", { name: "Return to writer" }).click();
    const dialog = editorPage.getByRole("dialog", { name: "Return to writer" });
    await dialog.getByRole("button", { name: "Return with note" }).click();
    await dialog.getByText("Write a note saying why the story goes back.").waitFor();
    await assertAccessible(editorPage, "return dialog with its note missing");
    await dialog.getByLabel(/Note to the writer/).fill("Please confirm the new date with the ministry.");
    await dialog.getByRole("button", { name: "Return with note" }).click();
    await editorPage
      .getByRole("status")
      .filter({ hasText: "Returned to the writer with your note." })
      .waitFor();
    const editorNotes = editorPage.getByRole("region", { name: "Notes" });
    await editorNotes.getByText("Please confirm the new date with the ministry.").waitFor();

    // No reload on the writer's side: the stream tells the bell.
    const writerUrl = writerPage.url();
    await writerPage.getByRole("button", { name: "Notifications, 1 unread" }).waitFor({ timeout: 10_000 });
    await writerPage
      .getByRole("status")
      .filter({
        hasText: "New notification: Desk Editor returned “Bridge opening delayed” to you with a note",
      })
      .waitFor();
    assert.equal(writerPage.url(), writerUrl, "no reload or navigation");
    await writerPage.getByRole("button", { name: "Notifications, 1 unread" }).click();
    const panel = writerPage.getByRole("region", { name: "Notifications" });
    await assertAccessible(writerPage, "notifications list");
    await panel.getByRole("link", { name: /returned “Bridge opening delayed”/ }).click();
    const notes = writerPage.getByRole("region", { name: "Notes" });
    await notes.getByText("Please confirm the new date with the ministry.").waitFor();
    await notes.locator(".note-meta strong", { hasText: "Desk Editor" }).waitFor();
    await writerPage.getByRole("button", { name: "Notifications", exact: true }).waitFor();
    await assertAccessible(writerPage, "returned story with its note");

    // The writer answers, naming the editor; the editor's bell rises.
    await notes.getByLabel("Add a note").fill("Confirmed: it opens in March.");
    await notes.getByLabel("Name someone").selectOption({ label: EDITOR.name });
    await notes.getByRole("button", { name: "Insert name" }).click();
    assert.equal(
      await notes.getByLabel("Add a note").inputValue(),
      "Confirmed: it opens in March. @Desk Editor ",
    );
    await notes.getByRole("button", { name: "Add note" }).click();
    await notes.getByText("Names: Desk Editor").waitFor();
    await editorPage.getByRole("button", { name: "Notifications, 2 unread" }).waitFor({ timeout: 10_000 });
  });

  it("does the same with the Bangla interface", async () => {
    await setLanguage(writerPage, "bn");
    await setLanguage(editorPage, "bn");
    await writerPage.getByRole("button", { name: "বিজ্ঞপ্তি", exact: true }).waitFor();
    const id = await submittedStory("Ferry fares cut");
    await editorPage.goto(`${server.url}/newsroom/stories/${id}`);
    await editorPage.getByRole("button", { name: "লেখকের কাছে ফেরত" }).click();
    const dialog = editorPage.getByRole("dialog", { name: "লেখকের কাছে ফেরত" });
    await dialog.getByLabel(/লেখকের জন্য নোট/).fill("ভাড়ার নতুন তালিকা যোগ করুন।");
    await assertAccessible(editorPage, "return dialog in Bangla");
    await dialog.getByRole("button", { name: "নোটসহ ফেরত পাঠান" }).click();
    await editorPage.getByRole("region", { name: "নোট" }).getByText("ভাড়ার নতুন তালিকা যোগ করুন।").waitFor();

    const bell = writerPage.getByRole("button", { name: "বিজ্ঞপ্তি, অপঠিত: ১" });
    await bell.waitFor({ timeout: 10_000 });
    await bell.click();
    await assertAccessible(writerPage, "notifications list in Bangla");
    await writerPage
      .getByRole("region", { name: "বিজ্ঞপ্তি" })
      .getByRole("link", { name: /“Ferry fares cut” আপনাকে ফেরত পাঠিয়েছেন/ })
      .click();
    await writerPage.getByRole("region", { name: "নোট" }).getByText("ভাড়ার নতুন তালিকা যোগ করুন।").waitFor();
    await assertAccessible(writerPage, "returned story in Bangla");
  });
});
