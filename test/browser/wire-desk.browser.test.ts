/**
 * The wire desk in headless Chromium, as a desk editor uses it: agency items arrive in the list
 * without a reload (a breaking one announces itself), an item is adopted and translated from its
 * preview, both stories are published with the agency's credit, and a later version of the agency
 * copy shows in the editor with what changed until it is marked seen. Every screen is audited with axe.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { createUser } from "../../src/accounts/user.service.ts";
import { ingestWireFile } from "../../src/wire/wire-ingest.ts";
import { addWireSource, wireSourceNamed } from "../../src/wire/wire-sources.ts";
import { type ApiClient, login, TEST_PASSWORD } from "../support/api-client.ts";
import { getPage } from "../support/http.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { assertAccessible, type Browser, chromiumSkipReason, launchChromium } from "./chromium.ts";
import { signInToNewsroom } from "./newsroom-sign-in.ts";

const CREDIT = "Bay Wire Service";

function ninjs(uri: string, version: number, fields: Record<string, unknown>): Uint8Array {
  return new TextEncoder().encode(
    JSON.stringify({ uri, version: String(version), language: "en", ...fields }),
  );
}

describe("wire desk in Chromium (SQLite)", { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let chromium: Browser;
  let editor: ApiClient;
  let page: Page;

  const send = async (uri: string, version: number, fields: Record<string, unknown>) => {
    const db = server.server.db.kysely;
    const source = await wireSourceNamed(db, "baywire");
    await ingestWireFile(
      db,
      source,
      { name: `${uri}-${version}.json`, bytes: ninjs(uri, version, fields) },
      server.clock(),
    );
  };
  const ferry = (count: string) => ({
    urgency: 3,
    headlines: [{ value: `Ferry service resumes after ${count} days` }],
    bodies: [{ value: `<p>Ferries crossed the Padma again after ${count} days of storms.</p>` }],
  });

  before(async () => {
    chromium = await launchChromium();
    server = await startTestServer("sqlite");
    const account = {
      email: "editor@newsroom.test",
      name: "Desk Editor",
      role: "editor" as const,
      password: TEST_PASSWORD,
    };
    await createUser(server.server.db.kysely, account, { userId: null }, server.clock());
    editor = await login(server.url, account.email);
    await addWireSource(
      server.server.db.kysely,
      { name: "baywire", format: "ninjs", credit: CREDIT, edition: "en", folder: "baywire" },
      server.clock(),
      server.config.wire,
    );
    await send("urn:bay:ferry", 1, ferry("three"));
    page = await chromium.context.newPage();
    await signInToNewsroom(page, server.url, account.email);
  });
  after(async () => {
    await chromium?.close();
    await server?.stop();
  });

  it("shows new agency items as they come, and announces a breaking one", async () => {
    await page.getByRole("link", { name: "Wire desk" }).click();
    await page.getByRole("heading", { name: "Wire desk", level: 1 }).waitFor();
    await page.getByRole("link", { name: /Ferry service resumes after three days/ }).waitFor();
    await assertAccessible(page, "wire desk");
    await send("urn:bay:quake", 1, {
      urgency: 1,
      headlines: [{ value: "Earthquake shakes Sylhet" }],
      bodies: [{ value: "<p>A quake was felt across the northeast.</p>" }],
    });
    await page.getByRole("link", { name: /Earthquake shakes Sylhet/ }).waitFor({ timeout: 10_000 });
    await page
      .getByRole("status")
      .filter({ hasText: "Breaking from baywire: Earthquake shakes Sylhet" })
      .waitFor();
    assert.match(page.url(), /\/newsroom\/wire$/, "no reload or navigation");
  });

  it("adopts and translates an item from its preview; both stories go out with the agency's credit", async () => {
    await page.getByRole("link", { name: /Ferry service resumes after three days/ }).click();
    const preview = page.getByRole("region", { name: "Item preview" });
    await preview.getByRole("heading", { name: "Ferry service resumes after three days" }).waitFor();
    await preview
      .getByText("Ferries crossed the Padma again after three days of storms.", { exact: true })
      .waitFor();
    await preview.getByText("The file as received").click();
    await preview.getByText('"uri":"urn:bay:ferry"').waitFor();
    await assertAccessible(page, "wire item preview");
    await preview.getByLabel("Section").selectOption({ value: "national" });
    await preview.getByRole("button", { name: "Adopt as a draft" }).click();
    await page.getByRole("textbox", { name: "Body" }).waitFor();
    const adoptedId = Number(/stories\/(\d+)/.exec(page.url())?.[1]);
    await page
      .getByRole("region", { name: "Agency copy" })
      .getByText("made from the agency's latest version")
      .waitFor();
    await assertAccessible(page, "editor of an adopted story");

    await page.goto(`${server.url}/newsroom/wire`);
    await page.getByRole("link", { name: /Ferry service resumes after three days/ }).click();
    await preview.getByText(/Adopted in English by Desk Editor/).waitFor();
    await preview.getByLabel("Edition").selectOption({ value: "bn" });
    await preview.getByLabel("Section").selectOption({ index: 1 });
    await preview.getByRole("button", { name: "Start a translation" }).click();
    await page.getByRole("textbox", { name: "Body" }).waitFor();
    const translatedId = Number(/stories\/(\d+)/.exec(page.url())?.[1]);
    const agencyText = page.getByRole("region", { name: "Agency copy" }).locator("details[open]");
    await agencyText
      .getByText("Ferries crossed the Padma again after three days of storms.", { exact: true })
      .waitFor();
    assert.notEqual(translatedId, adoptedId);

    for (const id of [adoptedId, translatedId]) {
      const published = await editor.request<{ url: string }>("POST", `/articles/${id}/publish`);
      assert.equal(published.status, 200, JSON.stringify(published.body));
      const story = await getPage(server.url, new URL(published.body.url, server.url).pathname);
      assert.equal(story.response.status, 200);
      assert.match(story.$(".credit-line").text(), new RegExp(CREDIT));
    }
  });

  it("shows a later version of the agency copy in the editor, word by word, until it is marked seen", async () => {
    const items = await editor.get<{
      items: { guid: string; adoptions: { articleId: number; kind: string }[] }[];
    }>("/wire/items?source=baywire");
    const adopted = items.body.items
      .find((i) => i.guid === "urn:bay:ferry")
      ?.adoptions.find((a) => a.kind === "adopt");
    assert.ok(adopted);
    await send("urn:bay:ferry", 2, ferry("four"));
    await page.goto(`${server.url}/newsroom/stories/${adopted.articleId}`);
    const panel = page.getByRole("region", { name: "Agency copy" });
    await panel.getByText(/Agency copy updated/).waitFor();
    assert.deepEqual(await panel.locator("del").allTextContents(), ["three", "three"]);
    assert.deepEqual(await panel.locator("ins").allTextContents(), ["four", "four"]);
    await assertAccessible(page, "agency copy updated");
    await panel.getByRole("button", { name: "Mark as seen" }).click();
    await panel.getByText("made from the agency's latest version").waitFor();
  });

  it("lets an editor add, pause and remove sources, and shows files that could not be read", async () => {
    const db = server.server.db.kysely;
    await ingestWireFile(
      db,
      await wireSourceNamed(db, "baywire"),
      { name: "truncated.json", bytes: new TextEncoder().encode('{"uri": "urn:bay:cut", "headl') },
      server.clock(),
    );
    await page.goto(`${server.url}/newsroom/wire`);
    await page.getByRole("link", { name: "Sources and failed files" }).click();
    await page.getByRole("heading", { name: "Wire sources", level: 1 }).waitFor();
    const failed = page.getByRole("region", { name: "Files that could not be read" });
    await failed.getByText("truncated.json").waitFor();
    await failed.getByRole("link", { name: /Download the file as received/ }).waitFor();
    await assertAccessible(page, "wire sources");

    const form = page.getByRole("region", { name: "Add a source" });
    await form.getByLabel("Name").fill("riverwire");
    await form.getByLabel("Credit line").fill("River Wire");
    await form.getByLabel("Drop folder").fill("/etc");
    await form.getByRole("button", { name: "Add source" }).click();
    await form.getByRole("alert").filter({ hasText: "inside WIRE_DROP_ROOT" }).waitFor();
    await form.getByLabel("Drop folder").fill("river/text");
    await form.getByRole("button", { name: "Add source" }).click();
    const sources = page.getByRole("region", { name: "Sources" });
    await sources.getByText("drop folder river/text").waitFor();
    await sources.getByRole("button", { name: "Pause riverwire" }).click();
    await sources.getByRole("button", { name: "Resume riverwire" }).waitFor();
    page.once("dialog", (dialog) => void dialog.accept());
    await sources.getByRole("button", { name: "Remove riverwire" }).click();
    await sources.getByRole("button", { name: "Pause baywire" }).waitFor();
    await sources.getByText("drop folder river/text").waitFor({ state: "detached" });
    const stored = await db
      .selectFrom("wire_sources")
      .where("name", "=", "riverwire")
      .select(["paused", "removed_at"])
      .executeTakeFirstOrThrow();
    assert.equal(stored.paused, 1);
    assert.notEqual(stored.removed_at, null);
  });

  it("shows each edition's translation parity on the dashboard and starts a translation in one click", async () => {
    const created = await editor.request<{ id: number }>("POST", "/articles", {
      edition: "en",
      section: "national",
      headline: "Parity check: river ports reopen",
      standfirst: "",
      body: "<p>Ports reopened.</p>",
    });
    assert.equal((await editor.request("POST", `/articles/${created.body.id}/publish`)).status, 200);
    await page.goto(`${server.url}/newsroom/`);
    await page
      .getByRole("link", { name: /^Bangla edition: \d+ (story|stories) behind, oldest \d+ / })
      .click();
    await page.getByRole("heading", { name: "Translation parity", level: 1 }).waitFor();
    await assertAccessible(page, "translation parity");
    await page
      .getByRole("button", { name: "Translate into Bangla: Parity check: river ports reopen" })
      .click();
    await page.getByRole("textbox", { name: "Body" }).waitFor();
    const draft = await editor.get<{ edition: string; translations: { id: number }[] }>(
      `/articles/${Number(/stories\/(\d+)/.exec(page.url())?.[1])}`,
    );
    assert.equal(draft.body.edition, "bn");
    assert.deepEqual(
      draft.body.translations.map((t) => t.id),
      [created.body.id],
    );
  });
});
