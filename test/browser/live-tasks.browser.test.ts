/**
 * Entries sent between the editions' live desks, in headless Chromium with two people in two
 * browsers: Rahima (an editor) has the English live blog's desk open, Nasrin (an author) the
 * Bangla translation's. Rahima sends an entry to the Bangla desk; it arrives on Nasrin's list
 * without a reload and is read out; Nasrin translates it, the task leaves her list and the entry
 * joins her stream; sending it again says it is there already. Hostile markup in a source entry
 * runs on neither desk. Both desks are audited with axe, with a task shown, in English and Bangla.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { createUser } from "../../src/accounts/user.service.ts";
import { type ApiClient, login, TEST_PASSWORD } from "../support/api-client.ts";
import { newStory } from "../support/live-blogs.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { assertAccessible, type Browser, chromiumSkipReason, launchChromium } from "./chromium.ts";
import { signInToNewsroom } from "./newsroom-sign-in.ts";

const RAHIMA = { email: "rahima@newsroom.test", name: "Rahima Akter", role: "editor" as const };
const NASRIN = { email: "nasrin@newsroom.test", name: "Nasrin Haque", role: "author" as const };

/** Sets a flag and opens a dialog if it ever runs. */
const HOSTILE_SCRIPT = "window.__pwned = true; alert('pwned')";
const HOSTILE_HEADLINE = `<img src=x onerror="${HOSTILE_SCRIPT}">Hostile headline<script>${HOSTILE_SCRIPT}</script>`;
const HOSTILE_BODY = `<p>Hostile body <img src=x onerror="${HOSTILE_SCRIPT}"></p><script>${HOSTILE_SCRIPT}</script><p>after the script</p>`;

describe("live translation tasks between desks in Chromium (SQLite)", { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let browsers: Browser[] = [];
  let rahima: Page;
  let nasrin: Page;
  let rahimaApi: ApiClient;
  let english: number;
  let bangla: number;
  let entryId: number;
  const dialogs: string[] = [];

  const openDesk = async (page: Page, storyId: number) => {
    await page.goto(`${server.url}/newsroom/stories/${storyId}/live`);
    await page.locator(".desk-composer .rte-content").waitFor();
    await page.locator(".entry-tasks").waitFor();
  };
  const card = (page: Page, id: number) => page.locator(`.desk-entry[data-entry-id="${id}"]`);
  const tasks = (page: Page) => page.locator(".entry-tasks .entry-task-list > li");
  const announced = (page: Page, text: string) =>
    page.locator('[aria-live="polite"]').filter({ hasText: text }).waitFor({ timeout: 10_000 });

  async function postEntry(headline: string, bodyHtml: string): Promise<number> {
    const posted = await rahimaApi.request<{ id: number }>("POST", `/articles/${english}/entries`, {
      headline,
      bodyHtml,
    });
    assert.equal(posted.status, 201, JSON.stringify(posted.body));
    return posted.body.id;
  }

  before(async () => {
    server = await startTestServer("sqlite");
    for (const account of [RAHIMA, NASRIN])
      await createUser(
        server.server.db.kysely,
        { ...account, password: TEST_PASSWORD },
        { userId: null },
        server.clock(),
      );
    rahimaApi = await login(server.url, RAHIMA.email);
    english = await newStory(rahimaApi, { headline: "Election night, live" });
    // The Bangla draft joins the English story's translation group; a draft's desk works.
    const translated = await rahimaApi.request<{ id: number }>("POST", `/articles/${english}/translations`, {
      edition: "bn",
    });
    assert.equal(translated.status, 201, JSON.stringify(translated.body));
    bangla = translated.body.id;
    entryId = await postEntry("Polls close", "<p>Counting starts in 300 centres.</p>");

    browsers = [await launchChromium(), await launchChromium()];
    rahima = await (browsers[0] as Browser).context.newPage();
    nasrin = await (browsers[1] as Browser).context.newPage();
    for (const page of [rahima, nasrin])
      page.on("dialog", (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
    await signInToNewsroom(rahima, server.url, RAHIMA.email);
    await signInToNewsroom(nasrin, server.url, NASRIN.email);
  });
  after(async () => {
    for (const browser of browsers) await browser.close();
    await server?.stop();
  });

  it("shows an entry sent from the English desk on the Bangla desk without a reload, and reads it out", async () => {
    await openDesk(rahima, english);
    await openDesk(nasrin, bangla);
    await nasrin.getByText("Nothing to translate.").waitFor();
    await nasrin.evaluate("window.__sameDocument = true");

    await card(rahima, entryId).getByRole("button", { name: "Send to the Bangla desk" }).click();
    await card(rahima, entryId).getByText("Sent to the Bangla desk.").waitFor();

    const task = tasks(nasrin).filter({
      has: nasrin.getByRole("heading", { name: "Polls close", level: 3 }),
    });
    await task.waitFor({ timeout: 10_000 });
    await task.getByText("Counting starts in 300 centres.").waitFor();
    await task.getByText(/^Sent by Rahima Akter at /).waitFor();
    await announced(nasrin, "New to translate, sent by Rahima Akter: Polls close");
    assert.equal(await nasrin.evaluate("window.__sameDocument"), true, "the Bangla desk was reloaded");
    await assertAccessible(nasrin, "the Bangla desk with a task to translate");
    await assertAccessible(rahima, "the English desk that sent a task");

    // A second press finds the task on the list.
    await card(rahima, entryId).getByRole("button", { name: "Send to the Bangla desk" }).click();
    await card(rahima, entryId).getByText("Already on the Bangla desk's list to translate.").waitFor();
    assert.equal(await tasks(nasrin).count(), 1);
  });

  it("says the same in Bangla, with the task shown", async () => {
    for (const page of [rahima, nasrin])
      await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "bn")`);
    await openDesk(rahima, english);
    await openDesk(nasrin, bangla);
    await nasrin.getByRole("heading", { name: "অন্য সংস্করণ থেকে অনুবাদের জন্য", level: 2 }).waitFor();
    await tasks(nasrin).getByRole("heading", { name: "Polls close" }).waitFor();
    await card(rahima, entryId)
      .getByRole("button", { name: /ডেস্কে পাঠান$/ })
      .waitFor();
    await assertAccessible(nasrin, "the Bangla desk with a task, in Bangla");
    await assertAccessible(rahima, "the English desk, in Bangla");
    await tasks(nasrin).getByRole("button", { name: "অনুবাদ করুন" }).click();
    await assertAccessible(nasrin, "the translate composer, in Bangla");
    for (const page of [rahima, nasrin])
      await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "en")`);
    await openDesk(rahima, english);
    await openDesk(nasrin, bangla);
  });

  it("posts the translation: the task leaves the list, the entry joins the stream, and a resend says it is done", async () => {
    await nasrin.evaluate("window.__sameDocument = true");
    const task = tasks(nasrin).filter({ hasText: "Polls close" });
    await task.getByRole("button", { name: "Translate" }).click();
    const form = nasrin.getByRole("form", { name: "Translation into Bangla" });
    await form.getByRole("textbox", { name: "Headline (optional)" }).fill("ভোটগ্রহণ শেষ");
    await form.getByRole("textbox", { name: "Translation (required)" }).fill("৩০০টি কেন্দ্রে গণনা শুরু।");
    await assertAccessible(nasrin, "the translate composer");
    await form.getByRole("button", { name: "Post the translation" }).click();

    await task.waitFor({ state: "detached", timeout: 10_000 });
    await nasrin.getByText("Nothing to translate.").waitFor();
    const translated = nasrin
      .locator(".desk-entry")
      .filter({ has: nasrin.getByRole("heading", { name: "ভোটগ্রহণ শেষ", level: 3 }) });
    await translated.getByText("৩০০টি কেন্দ্রে গণনা শুরু।").waitFor({ timeout: 10_000 });
    await announced(nasrin, "Translation posted to the live blog.");
    assert.equal(await nasrin.evaluate("window.__sameDocument"), true, "the Bangla desk was reloaded");

    await card(rahima, entryId).getByRole("button", { name: "Send to the Bangla desk" }).click();
    await card(rahima, entryId).getByText("Already translated on the Bangla desk.").waitFor();
    await nasrin.waitForTimeout(500);
    assert.equal(await tasks(nasrin).count(), 0, "a resend opened no task");
  });

  it("runs no markup of a hostile source entry on either desk", async () => {
    const hostile = await postEntry(HOSTILE_HEADLINE, HOSTILE_BODY);
    await card(rahima, hostile).waitFor({ timeout: 10_000 });
    await card(rahima, hostile).getByRole("button", { name: "Send to the Bangla desk" }).click();
    const task = tasks(nasrin).filter({ hasText: "Hostile body" });
    await task.waitFor({ timeout: 10_000 });
    await task.getByRole("button", { name: "Translate" }).click();
    // Give any planted handler (an image's failed load) time to fire.
    await nasrin.waitForTimeout(1000);
    for (const [who, page] of [
      ["the English desk", rahima],
      ["the Bangla desk", nasrin],
    ] as const) {
      assert.equal(await page.evaluate("window.__pwned === true"), false, `markup ran on ${who}`);
      assert.equal(await page.locator(".entry-tasks img, .entry-tasks script").count(), 0);
    }
    assert.equal(await rahima.locator(".desk-entry [onerror]").count(), 0);
    // The headline is text, shown as typed; the body's paragraphs as text.
    await task.getByRole("heading", { name: HOSTILE_HEADLINE, level: 3 }).waitFor();
    await task.getByText("after the script").waitFor();
    assert.deepEqual(dialogs, [], "a dialog opened");
  });
});
