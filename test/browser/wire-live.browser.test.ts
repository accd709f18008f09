/**
 * The wire desk's two ways into live coverage, in headless Chromium: an author-and-up posts an
 * agency item to a live blog still running (with the agency's credit), and an editor makes an
 * urgent item the edition's breaking banner, from a form prefilled with its headline, the live
 * blog as its link and an end two hours ahead in the newsroom's zone. Each screen is audited with axe.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { createUser } from "../../src/accounts/user.service.ts";
import { fromWallInput, toWallInput } from "../../src/i18n/zoned-time.ts";
import { ingestWireFile } from "../../src/wire/wire-ingest.ts";
import { addWireSource, wireSourceNamed } from "../../src/wire/wire-sources.ts";
import { type ApiClient, login, TEST_PASSWORD } from "../support/api-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { assertAccessible, type Browser, chromiumSkipReason, launchChromium } from "./chromium.ts";
import { signInToNewsroom } from "./newsroom-sign-in.ts";

const CREDIT = "Bay Wire Service";
const HEADLINE = "Cyclone Mora makes landfall near Cox's Bazar";

describe("wire desk to live coverage in Chromium (SQLite)", { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let chromium: Browser;
  let editor: ApiClient;
  let page: Page;
  let liveBlog: { id: number; url: string };

  before(async () => {
    chromium = await launchChromium();
    server = await startTestServer("sqlite");
    const account = { email: "desk@newsroom.test", name: "Desk Editor", role: "editor" as const };
    await createUser(
      server.server.db.kysely,
      { ...account, password: TEST_PASSWORD },
      { userId: null },
      server.clock(),
    );
    editor = await login(server.url, account.email);
    const db = server.server.db.kysely;
    await addWireSource(
      db,
      { name: "baywire", format: "ninjs", credit: CREDIT, edition: "en", folder: "baywire" },
      server.clock(),
      server.config.wire,
    );
    const bytes = new TextEncoder().encode(
      JSON.stringify({
        uri: "urn:bay:cyclone",
        version: "1",
        language: "en",
        urgency: 1,
        headlines: [{ value: HEADLINE }],
        bodies: [{ value: "<p>Winds of 110 km/h reached the coast at dawn.</p>" }],
      }),
    );
    await ingestWireFile(
      db,
      await wireSourceNamed(db, "baywire"),
      { name: "cyclone.json", bytes },
      server.clock(),
    );
    const created = await editor.request<{ id: number }>("POST", "/articles", {
      edition: "en",
      section: "national",
      kind: "live",
      headline: "Cyclone Mora, live",
      standfirst: "Updates as the storm comes ashore.",
      body: "<p>Follow the storm here.</p>",
    });
    const published = await editor.request<{ url: string }>("POST", `/articles/${created.body.id}/publish`);
    assert.equal(published.status, 200, JSON.stringify(published.body));
    liveBlog = { id: created.body.id, url: new URL(published.body.url, server.url).pathname };
    page = await chromium.context.newPage();
    await signInToNewsroom(page, server.url, account.email);
  });
  after(async () => {
    await chromium?.close();
    await server?.stop();
  });

  const preview = () => page.getByRole("region", { name: "Item preview" });

  it("posts an item to a live blog still running, with the agency's credit", async () => {
    await page.getByRole("link", { name: "Wire desk" }).click();
    await page.getByRole("link", { name: new RegExp(HEADLINE) }).click();
    await preview().getByRole("heading", { name: HEADLINE }).waitFor();
    await preview().getByRole("button", { name: "Post to a live blog" }).click();
    const form = page.getByRole("form", { name: "Post this item to a live blog" });
    await form.getByLabel("Live blog").waitFor();
    assert.equal(await form.getByLabel("Live blog").inputValue(), String(liveBlog.id));
    await assertAccessible(page, "live blog picker");
    await form.getByRole("button", { name: "Post the entry" }).click();
    await preview()
      .getByRole("status")
      .filter({ hasText: "Posted to the live blog “Cyclone Mora, live”" })
      .waitFor();
    const entries = await editor.get<{ items: { headline: string; bodyHtml: string }[] }>(
      `/articles/${liveBlog.id}/entries`,
    );
    assert.equal(entries.body.items.length, 1);
    assert.equal(entries.body.items[0]?.headline, HEADLINE);
    assert.match(entries.body.items[0]?.bodyHtml ?? "", new RegExp(`Winds of 110 km/h.*— ${CREDIT}`, "s"));
  });

  it("makes the urgent item the breaking banner, linking the live blog, for two hours by default", async () => {
    await preview().getByRole("button", { name: "Make this the breaking banner" }).click();
    const form = page.getByRole("form", { name: "Breaking news banner from this item" });
    await form.getByLabel("Banner text").waitFor();
    assert.equal(await form.getByLabel("Banner text").inputValue(), HEADLINE);
    const link = form.getByLabel(/Leads to/);
    await link.locator(`option[value="${liveBlog.url}"]`).waitFor({ state: "attached" });
    assert.equal(await link.inputValue(), liveBlog.url);
    const end = form.getByLabel(/Comes down at/);
    const zone = server.config.site.timeZone;
    const shown = fromWallInput(await end.inputValue(), zone);
    assert.ok(shown);
    // Two hours from the browser's now, to the minute the input shows.
    const ahead = Date.parse(shown) - Date.now();
    assert.ok(ahead > 2 * 3600_000 - 120_000 && ahead <= 2 * 3600_000, `${ahead} ms ahead`);
    await assertAccessible(page, "breaking banner form");
    // The server's clock decides what is in the future: run the test at any DATELINE_TEST_CLOCK.
    const endsAt = new Date(server.clock().getTime() + 2 * 3600_000);
    await end.fill(toWallInput(endsAt.toISOString(), zone));
    await form.getByRole("button", { name: "Set banner" }).click();
    await preview().getByRole("status").filter({ hasText: "Breaking news banner set." }).first().waitFor();
    const banner = await editor.get<{ text: string; url: string; endsAt: string }>("/editions/en/breaking");
    assert.equal(banner.status, 200);
    assert.equal(banner.body.text, HEADLINE);
    assert.equal(banner.body.url, liveBlog.url);
    assert.ok(Math.abs(Date.parse(banner.body.endsAt) - endsAt.getTime()) < 60_000);
  });
});
