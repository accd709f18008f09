/**
 * Presence and live lists in headless Chromium, with two editors in two browsers: one types in a
 * story, the other sees "… is typing" in the story list and in the editor and is warned on opening
 * it; who leaves disappears; a contributor's submission reaches the other editor's open dashboard
 * without a reload. Once more with the Bangla interface; every screen is audited with axe.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { createUser } from "../../src/accounts/user.service.ts";
import { type ApiClient, login, TEST_PASSWORD } from "../support/api-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { assertAccessible, type Browser, chromiumSkipReason, launchChromium } from "./chromium.ts";
import { signInToNewsroom } from "./newsroom-sign-in.ts";

const RAHIMA = { email: "rahima@newsroom.test", name: "Rahima Akter", role: "editor" as const };
const KARIM = { email: "karim@newsroom.test", name: "Karim Uddin", role: "editor" as const };
const MITA = { email: "mita@newsroom.test", name: "Mita Das", role: "contributor" as const };

describe("presence and live lists in Chromium (SQLite)", { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let browsers: Browser[] = [];
  /** Rahima types; Karim watches. */
  let rahima: Page;
  let karim: Page;
  let rahimaApi: ApiClient;
  let mitaApi: ApiClient;
  let storyId: number;

  const signIn = async (page: Page, email: string) => {
    await signInToNewsroom(page, server.url, email);
  };
  const openStory = async (page: Page, id: number) => {
    await page.goto(`${server.url}/newsroom/stories/${id}`);
    await page.locator(".editor-layout").waitFor();
  };
  /** A few keystrokes in the headline: Rahima is typing for the next five seconds. */
  const typeSome = (page: Page, label: string, text: string) =>
    page.getByRole("textbox", { name: label, exact: true }).pressSequentially(text, { delay: 20 });

  before(async () => {
    server = await startTestServer("sqlite");
    for (const account of [RAHIMA, KARIM, MITA])
      await createUser(
        server.server.db.kysely,
        { ...account, password: TEST_PASSWORD },
        { userId: null },
        server.clock(),
      );
    rahimaApi = await login(server.url, RAHIMA.email);
    mitaApi = await login(server.url, MITA.email);
    const created = await rahimaApi.request<{ id: number }>("POST", "/articles", {
      edition: "en",
      section: "national",
      headline: "Bridge opens to traffic",
      standfirst: "The new bridge carries its first cars.",
      body: "<p>Traffic crossed the river.</p>",
    });
    assert.equal(created.status, 201);
    storyId = created.body.id;
    // Two browsers: each keeps its own session cookie.
    browsers = [await launchChromium(), await launchChromium()];
    rahima = await (browsers[0] as Browser).context.newPage();
    karim = await (browsers[1] as Browser).context.newPage();
    await signIn(rahima, RAHIMA.email);
    await signIn(karim, KARIM.email);
  });
  after(async () => {
    for (const browser of browsers) await browser.close();
    await server?.stop();
  });

  it("shows who is typing in the story list and in the editor, and warns before editing", async () => {
    await karim.goto(`${server.url}/newsroom/stories`);
    const row = karim.getByRole("row", { name: /Bridge opens to traffic/ });
    await row.waitFor();
    await openStory(rahima, storyId);
    await typeSome(rahima, "Headline", " at last");
    await row.getByText("Rahima Akter is typing…").waitFor({ timeout: 10_000 });
    await assertAccessible(karim, "story list with someone typing");

    await typeSome(rahima, "Headline", " today");
    await row.getByRole("link", { name: /Bridge opens to traffic/ }).click();
    const warning = karim.getByRole("dialog", { name: "Typing in this story now: Rahima Akter" });
    await warning.waitFor({ timeout: 10_000 });
    await warning.getByText("your changes are merged with what they have saved").waitFor();
    await assertAccessible(karim, "editor with the typing warning");
    await warning.getByRole("button", { name: "Edit anyway" }).click();
    await warning.waitFor({ state: "hidden" });
    await karim
      .locator(".presence-note")
      .filter({ hasText: /Rahima Akter is (typing…|editing)/ })
      .waitFor();
    await rahima
      .locator(".presence-note")
      .filter({ hasText: "Karim Uddin is editing" })
      .waitFor({ timeout: 10_000 });
    await assertAccessible(karim, "editor with someone else in the story");
  });

  it("shows typing as it starts and forgets who closed the story", async () => {
    await typeSome(rahima, "Standfirst", " Slowly.");
    await karim
      .locator(".presence-note")
      .filter({ hasText: "Rahima Akter is typing…" })
      .waitFor({ timeout: 10_000 });
    await rahima.getByRole("link", { name: "Dashboard" }).click();
    await rahima.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
    await karim.locator(".presence-note").waitFor({ state: "detached", timeout: 10_000 });
  });

  it("puts a contributor's submission on an editor's open dashboard without a reload", async () => {
    await karim.getByRole("link", { name: "Dashboard" }).click();
    const queue = karim.getByRole("region", { name: "In review" });
    await queue.waitFor();
    await karim.evaluate("window.__sameDocument = true");
    const made = await mitaApi.request<{ id: number }>("POST", "/articles", {
      edition: "en",
      section: "national",
      headline: "Floodwater recedes in Sunamganj",
      standfirst: "Families return home.",
      body: "<p>The water fell overnight.</p>",
    });
    assert.equal(made.status, 201);
    assert.equal((await mitaApi.request("POST", `/articles/${made.body.id}/submit`)).status, 200);
    await queue.getByRole("link", { name: "Floodwater recedes in Sunamganj" }).waitFor({ timeout: 10_000 });
    assert.equal(await karim.evaluate("window.__sameDocument"), true, "the dashboard was reloaded");
    await assertAccessible(karim, "dashboard after a live update");
  });

  it("says the same in Bangla", async () => {
    await karim.evaluate(`localStorage.setItem("dateline.newsroom.lang", "bn")`);
    await karim.goto(`${server.url}/newsroom/stories`);
    const row = karim.getByRole("row", { name: /Bridge opens to traffic/ });
    await row.waitFor();
    await openStory(rahima, storyId);
    await typeSome(rahima, "Headline", "!");
    await row.getByText("Rahima Akter লিখছেন…").waitFor({ timeout: 10_000 });
    await assertAccessible(karim, "Bangla story list with someone typing");
    await typeSome(rahima, "Headline", "!");
    await row.getByRole("link", { name: /Bridge opens to traffic/ }).click();
    const warning = karim.getByRole("dialog", { name: "এই প্রতিবেদনে এখন লিখছেন: Rahima Akter" });
    await warning.waitFor({ timeout: 10_000 });
    await assertAccessible(karim, "Bangla typing warning");
    await warning.getByRole("button", { name: "তবুও সম্পাদনা করুন" }).click();
    await rahima
      .locator(".presence-note")
      .filter({ hasText: "Karim Uddin is editing" })
      .waitFor({ timeout: 10_000 });
    await karim.evaluate(`localStorage.setItem("dateline.newsroom.lang", "en")`);
  });
});
