/**
 * Many newsroom tabs of one person in headless Chromium: a browser keeps at most six connections
 * to one server, so each tab holding its own live stream would leave the seventh waiting. Eight
 * tabs open and stay live, the later ones hearing through the one that holds the stream, and when
 * that tab closes another takes the stream over.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { type ApiClient, createAccount } from "../support/api-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { type Browser, chromiumSkipReason, launchChromium } from "./chromium.ts";
import { signInToNewsroom } from "./newsroom-sign-in.ts";

const TABS = 8;

describe("one person's many newsroom tabs in Chromium (SQLite)", { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let chromium: Browser;
  let writer: ApiClient;
  const tabs: Page[] = [];

  before(async () => {
    chromium = await launchChromium();
    server = await startTestServer("sqlite");
    await createAccount(server, { email: "desk@newsroom.test", name: "Desk Editor", role: "editor" });
    writer = await createAccount(server, {
      email: "writer@newsroom.test",
      name: "Field Writer",
      role: "contributor",
    });
  });
  after(async () => {
    await chromium?.close();
    await server?.stop();
  });

  async function submitted(headline: string) {
    const made = await writer.request<{ id: number }>("POST", "/articles", {
      edition: "en",
      section: "national",
      headline,
      standfirst: "A standfirst.",
      body: "<p>A paragraph.</p>",
    });
    assert.equal(made.status, 201);
    assert.equal((await writer.request("POST", `/articles/${made.body.id}/submit`)).status, 200);
  }

  const inReview = (tab: Page, headline: string) =>
    tab
      .getByRole("region", { name: "In review" })
      .getByRole("link", { name: headline })
      .waitFor({ timeout: 10_000 });

  it("opens eight tabs, each live, without running out of connections", async () => {
    const first = await chromium.context.newPage();
    await signInToNewsroom(first, server.url, "desk@newsroom.test");
    tabs.push(first);
    for (let i = 1; i < TABS; i++) {
      const tab = await chromium.context.newPage();
      await tab.goto(`${server.url}/newsroom/`, { timeout: 10_000 });
      await tab.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor({ timeout: 10_000 });
      tabs.push(tab);
    }
    await submitted("Ferries cross again at Paturia");
    for (const tab of tabs) await inReview(tab, "Ferries cross again at Paturia");
  });

  it("keeps the others live when the tab holding the stream closes", async () => {
    const [first, ...rest] = tabs;
    await first?.close();
    await submitted("Night buses return to the highway");
    for (const tab of rest) await inReview(tab, "Night buses return to the highway");
  });
});
