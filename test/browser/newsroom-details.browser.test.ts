/**
 * The newsroom's everyday details in headless Chromium, with the computer's clock in New York:
 * times are shown and typed in Dhaka time (a story scheduled for 10:21 Dhaka time is stored as
 * 04:21 UTC), Bangla times say the part of the day, counts take their plural, Ctrl+K opens the
 * link dialog and "?" the shortcuts list, a new API key can be copied, and the user form says
 * what is wrong in plain words. Axe on each screen, in English and in Bangla.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { createUser } from "../../src/accounts/user.service.ts";
import { type ApiClient, login, TEST_PASSWORD } from "../support/api-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { assertAccessible, type Browser, chromiumSkipReason, launchChromium } from "./chromium.ts";

const BANGLA_TIME = /(ভোর|সকাল|দুপুর|বিকাল|সন্ধ্যা|রাত) [০-৯]{1,2}:[০-৯]{2}/;

interface Story {
  id: number;
  version: number;
  status: string;
  scheduledAt: string | null;
  publishedAt: string | null;
  url: string | null;
}

describe("newsroom details in Chromium, the computer in New York (SQLite)", {
  skip: chromiumSkipReason(),
}, () => {
  let server: TestServer;
  let chromium: Browser;
  let editor: ApiClient;
  const people = { editor: "details-editor@newsroom.test", admin: "details-admin@newsroom.test" } as const;

  before(async () => {
    chromium = await launchChromium({
      timezoneId: "America/New_York",
      permissions: ["clipboard-read", "clipboard-write"],
    });
    server = await startTestServer("sqlite");
    for (const [role, email] of Object.entries(people))
      await createUser(
        server.server.db.kysely,
        { email, name: `Details ${role}`, role: role as "editor" | "admin", password: TEST_PASSWORD },
        { userId: null },
        server.clock(),
      );
    editor = await login(server.url, people.editor);
  });
  after(async () => {
    await chromium?.close();
    await server?.stop();
  });

  async function signIn(who: keyof typeof people, lang: "en" | "bn" = "en"): Promise<Page> {
    await chromium.context.clearCookies();
    const page = await chromium.context.newPage();
    await page.goto(`${server.url}/newsroom/`);
    await page.evaluate((l) => localStorage.setItem("dateline.newsroom.lang", l), lang);
    await page.reload();
    // Cookies were cleared, so the app opens on its sign-in form once it has the editions.
    const email = page.getByLabel(lang === "en" ? "Email" : /ইমেইল/);
    await email.fill(people[who]);
    await page.getByLabel(lang === "en" ? "Password" : /পাসওয়ার্ড/).fill(TEST_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.locator("nav").first().waitFor();
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    return page;
  }

  async function draft(headline: string, edition = "en", section = "national"): Promise<Story> {
    const created = await editor.request<Story>("POST", "/articles", {
      edition,
      section,
      headline,
      standfirst: "Boats stayed ashore as a deep depression crossed the bay.",
      body: "<p>Fishermen kept their boats ashore for a second day.</p>",
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    return created.body;
  }

  it("runs the browser in New York for these tests", async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${server.url}/newsroom/`);
    assert.equal(
      await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
      "America/New_York",
    );
    await page.close();
  });

  it("schedules at a Dhaka time typed in Dhaka time, and shows it back in Dhaka time", async () => {
    const story = await draft("Ferry timetable changes for the winter");
    const page = await signIn("editor");
    await page.goto(`${server.url}/newsroom/stories/${story.id}`);
    const at = page.getByLabel("Publish at (Bangladesh Time, GMT+6)");
    await at.waitFor();
    assert.match(await page.locator("footer").innerText(), /Times are shown in Bangladesh Time, GMT\+6\./);
    await at.fill("2099-01-02T10:21");
    await page.getByRole("button", { name: "Schedule", exact: true }).click();
    const confirm = page.getByRole("dialog", { name: "Schedule this story?" });
    await confirm.getByText("2 Jan 2099, 10:21").waitFor();
    await confirm.getByRole("button", { name: "Schedule", exact: true }).click();
    await page.getByRole("button", { name: "Cancel schedule" }).waitFor();

    const stored = await editor.get<Story>(`/articles/${story.id}`);
    assert.equal(stored.body.status, "scheduled");
    assert.equal(stored.body.scheduledAt, "2099-01-02T04:21:00.000Z", "10:21 in Dhaka, not in New York");
    assert.equal(await at.inputValue(), "2099-01-02T10:21", "read back in Dhaka time");
    await assertAccessible(page, "editor with a schedule");

    await page.goto(`${server.url}/newsroom/`);
    const scheduled = page.getByRole("region", { name: "Scheduled" });
    await scheduled.getByText("2 Jan 2099, 10:21").waitFor();
    await assertAccessible(page, "dashboard");
    await page.close();

    const bangla = await signIn("editor", "bn");
    await bangla
      .getByRole("region", { name: "নির্ধারিত" })
      .getByText(/২ জানু, ২০৯৯, সকাল ১০:২১/)
      .waitFor();
    await bangla.goto(`${server.url}/newsroom/stories/${story.id}`);
    const label = bangla.getByLabel(/^প্রকাশের সময় \(বাংলাদেশ সময়, GMT ?\+৬\)$/);
    assert.equal(await label.inputValue(), "2099-01-02T10:21");
    await assertAccessible(bangla, "editor in Bangla");
    await bangla.close();
  });

  it("shows a Bangla article's time with a Bangla day period, not a Latin AM", async () => {
    const story = await draft("নদীবন্দরে আবার ফেরি চলাচল শুরু", "bn", "জাতীয়");
    const published = await editor.request<Story>("POST", `/articles/${story.id}/publish`);
    assert.equal(published.status, 200, JSON.stringify(published.body));
    const { publishedAt, url } = published.body;
    assert.ok(publishedAt && url);
    const page = await chromium.context.newPage();
    await page.goto(`${server.url}${url}`);
    const shown = await page.locator(".timestamp time").first().innerText();
    assert.match(shown, BANGLA_TIME);
    assert.doesNotMatch(shown, /AM|PM|[0-9]/);
    // The hour is Dhaka's (UTC+6), written on a 12-hour clock in Bengali digits.
    const dhakaHour = (new Date(publishedAt).getUTCHours() + 6) % 24;
    const h12 = String(dhakaHour % 12 === 0 ? 12 : dhakaHour % 12).replace(
      /\d/g,
      (d) => "০১২৩৪৫৬৭৮৯"[Number(d)] ?? d,
    );
    assert.match(shown, new RegExp(` ${h12}:`));
    await assertAccessible(page, "Bangla article");
    await page.close();
  });

  it("lists stories with section names, an honest creator and counts in the right plural", async () => {
    const only = await draft("Uniquely named lighthouse keeper story");
    const page = await signIn("editor");
    await page.goto(`${server.url}/newsroom/stories?q=${encodeURIComponent("Uniquely named lighthouse")}`);
    await page.getByText("1 story shown").waitFor();
    const row = page.getByRole("row").filter({ hasText: "Uniquely named lighthouse keeper story" });
    assert.match(await row.innerText(), /National/);
    assert.match(await row.innerText(), /Details editor/);
    assert.ok(only.id > 0);

    await page.goto(`${server.url}/newsroom/stories?status=published`);
    await page.getByText(/^\d+ stories shown$/).waitFor();
    const cells = await page.locator("tbody tr td:last-child").allInnerTexts();
    assert.ok(cells.length > 1);
    assert.ok(!cells.includes("None"), "no story says its creator is None");
    assert.ok(cells.includes("Imported"), "the seeded stories say they were imported");
    await assertAccessible(page, "stories list");
    await page.close();
  });

  it("opens the link dialog with Ctrl+K and lists the shortcuts from a button, ? and Ctrl+/", async () => {
    const story = await draft("Keyboard-first editing on the desk");
    const page = await signIn("editor");
    await page.goto(`${server.url}/newsroom/stories/${story.id}`);
    const body = page.getByRole("textbox", { name: "Body" });
    await body.click();
    await page.keyboard.press("End");
    await page.keyboard.type(" Read the report.");
    await page.keyboard.press("Shift+Home");
    await page.keyboard.press("Control+k");
    const link = page.getByRole("dialog", { name: "Link" });
    await link.waitFor();
    await assertAccessible(page, "link dialog");
    await link.getByLabel("Link address").fill("https://example.com/report");
    await link.getByRole("button", { name: "Apply link" }).click();
    await body.locator('a[href="https://example.com/report"]').waitFor();

    await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
    const list = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await list.getByRole("row", { name: /Ctrl\+K Add or change a link/ }).waitFor();
    await assertAccessible(page, "shortcuts list");
    await page.keyboard.press("Escape");
    await list.waitFor({ state: "hidden" });

    // "?" in the text is a question mark; outside it, the list.
    await body.click();
    await page.keyboard.type("?");
    assert.equal(await list.isVisible(), false);
    await page.keyboard.press("Control+/");
    await list.waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("heading", { level: 1 }).click();
    await page.keyboard.press("?");
    await list.waitFor();
    await page.keyboard.press("Escape");
    await page.close();

    const bangla = await signIn("editor", "bn");
    await bangla.goto(`${server.url}/newsroom/stories/${story.id}`);
    await bangla.getByRole("button", { name: "কিবোর্ড শর্টকাট" }).click();
    await bangla.getByRole("dialog", { name: "কিবোর্ড শর্টকাট" }).getByText("লিংক যোগ বা বদল").waitFor();
    await assertAccessible(bangla, "shortcuts list in Bangla");
    await bangla.close();
  });

  it("copies a new API key with one button and says so", async () => {
    const page = await signIn("admin");
    await page.goto(`${server.url}/newsroom/distribution`);
    await page.getByLabel("Name", { exact: false }).first().fill("Partner app");
    await page.getByRole("button", { name: "Create key" }).click();
    const dialog = page.getByRole("dialog", { name: "Your new API key" });
    const key = await dialog.getByLabel("API key").inputValue();
    assert.ok(key.length > 20);
    await dialog.getByRole("button", { name: "Copy" }).click();
    await dialog.getByRole("status").filter({ hasText: "Copied" }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), key);
    await assertAccessible(page, "new API key");
    await page.close();
  });

  for (const lang of ["en", "bn"] as const) {
    it(`says what is wrong with a new user in plain words and forgets it after a success (${lang})`, async () => {
      const words = {
        en: {
          name: "Name",
          email: "Email",
          password: "Initial password",
          add: "Add user",
          refused: "The account was not created. Correct the fields marked below.",
          short: "The password must be at least 10 characters long.",
        },
        bn: {
          name: "নাম",
          email: "ইমেইল",
          password: "প্রাথমিক পাসওয়ার্ড",
          add: "ব্যবহারকারী যোগ করুন",
          refused: "অ্যাকাউন্টটি তৈরি হয়নি। নিচে চিহ্নিত ঘরগুলো ঠিক করুন।",
          short: "পাসওয়ার্ড অন্তত ১০ অক্ষরের হতে হবে।",
        },
      }[lang];
      const page = await signIn("admin", lang);
      await page.goto(`${server.url}/newsroom/users`);
      const form = page.locator("form").filter({ has: page.getByRole("button", { name: words.add }) });
      await form.getByLabel(new RegExp(`^${words.name}`)).fill(`Rahima ${lang}`);
      await form.getByLabel(new RegExp(`^${words.email}`)).fill(`rahima-${lang}@newsroom.test`);
      await form.getByLabel(new RegExp(`^${words.password}`)).fill("short");
      await form.getByRole("button", { name: words.add }).click();
      await page.getByRole("alert").filter({ hasText: words.refused }).waitFor();
      const password = form.getByLabel(new RegExp(`^${words.password}`));
      assert.equal(await password.getAttribute("aria-invalid"), "true");
      await page.getByText(words.short, { exact: true }).waitFor();
      const text = await page.locator("#main").innerText();
      assert.doesNotMatch(text, /body\.|password: must/, "no developer wording");
      assert.equal(text.split(words.short).length - 1, 1, "said once, by the field");
      await assertAccessible(page, `user form refusal (${lang})`);

      await password.fill("a long enough password");
      await form.getByRole("button", { name: words.add }).click();
      await page.getByRole("cell", { name: `rahima-${lang}@newsroom.test` }).waitFor();
      assert.equal(await page.getByRole("alert").count(), 0, "the refusal is gone after the success");
      assert.equal(await page.getByText(words.short).count(), 0);
      await page.close();
    });
  }
});
