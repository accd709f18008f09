/**
 * The newsroom's photo workflow in headless Chromium: photos dropped, pasted or picked inside the
 * story editor go to the library and into the body, several at once, with each outcome announced
 * (a file that is not a picture is refused with the server's reason); the library is searched and
 * an unused photo deleted. Every screen is audited with axe.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import sharp from "sharp";
import { createUser } from "../../src/accounts/user.service.ts";
import { type ApiClient, login, TEST_PASSWORD } from "../support/api-client.ts";
import { eventually } from "../support/eventually.ts";
import { getPage } from "../support/http.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { assertAccessible, type Browser, chromiumSkipReason, launchChromium } from "./chromium.ts";
import { signInToNewsroom } from "./newsroom-sign-in.ts";

const EMAIL = "photo-editor@newsroom.test";

const jpeg = (background: string) =>
  sharp({ create: { width: 800, height: 500, channels: 3, background } })
    .jpeg()
    .toBuffer();

describe("photos in the newsroom, in Chromium (SQLite)", { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let chromium: Browser;
  let editor: ApiClient;
  let page: Page;

  before(async () => {
    chromium = await launchChromium();
    server = await startTestServer("sqlite");
    const account = { email: EMAIL, name: "Photo Editor", role: "editor" as const, password: TEST_PASSWORD };
    await createUser(server.server.db.kysely, account, { userId: null }, server.clock());
    editor = await login(server.url, EMAIL);
    page = await chromium.context.newPage();
    await signInToNewsroom(page, server.url, EMAIL);
  });
  after(async () => {
    await chromium?.close();
    await server?.stop();
  });

  const db = () => server.server.db.kysely;
  const mediaCount = async () => (await db().selectFrom("media").select("id").execute()).length;
  const storedBody = async (id: number) =>
    (await db().selectFrom("articles").where("id", "=", id).select("body_html").executeTakeFirstOrThrow())
      .body_html;

  async function openNewStory(headline: string): Promise<number> {
    const created = await editor.request<{ id: number }>("POST", "/articles", {
      edition: "en",
      section: "national",
      headline,
      standfirst: "Boats stayed ashore as a deep depression crossed the bay.",
      body: "<p>Fishermen kept their boats ashore.</p>",
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    await page.goto(`${server.url}/newsroom/stories/${created.body.id}`);
    await page.getByRole("textbox", { name: "Body" }).waitFor();
    return created.body.id;
  }

  /** Hands files to the body as a drop or a paste would, built inside the page from their bytes. */
  async function transfer(
    kind: "drop" | "paste",
    files: { name: string; type: string; bytes: Buffer }[],
    html?: string,
  ) {
    const encoded = files.map((f) => ({ name: f.name, type: f.type, data: f.bytes.toString("base64") }));
    await page.getByRole("textbox", { name: "Body" }).evaluate(
      (body, { kind, encoded, html }) => {
        const data = new DataTransfer();
        if (html) data.setData("text/html", html);
        for (const f of encoded) {
          const bytes = Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0));
          data.items.add(new File([bytes], f.name, { type: f.type }));
        }
        // Dropped at the end of the body's last line.
        const box = (body.lastElementChild ?? body).getBoundingClientRect();
        const event =
          kind === "drop"
            ? new DragEvent("drop", {
                dataTransfer: data,
                bubbles: true,
                cancelable: true,
                clientX: box.right - 2,
                clientY: box.top + box.height / 2,
              })
            : new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
        body.dispatchEvent(event);
      },
      { kind, encoded, html },
    );
  }

  const uploads = () => page.getByRole("region", { name: "Photo uploads" });
  const announced = (text: string) => page.getByRole("log").getByText(text).waitFor();
  const saved = () =>
    page
      .getByRole("status")
      .filter({ hasText: /Saved at|All changes saved/ })
      .waitFor({ timeout: 10_000 });

  it("uploads several photos picked from the toolbar and places each in the body, in order", async () => {
    const id = await openNewStory("Ferries return to the Padma");
    const before = await mediaCount();
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Upload photos" }).click();
    await (await chooser).setFiles([
      { name: "ferry-ghat.jpg", mimeType: "image/jpeg", buffer: await jpeg("#224466") },
      { name: "launch-deck.jpg", mimeType: "image/jpeg", buffer: await jpeg("#664422") },
    ]);
    await announced("ferry-ghat.jpg uploaded and placed in the story.");
    await announced("launch-deck.jpg uploaded and placed in the story.");
    await uploads().getByText("Uploaded and placed in the story").nth(1).waitFor();
    await assertAccessible(page, "editor with finished uploads");
    await saved();
    assert.equal(await mediaCount(), before + 2);
    const body = await storedBody(id);
    // Each figure names its photo in the library, and keeps the photo's file as its fallback.
    const figures = [...body.matchAll(/<figure data-media-id="(\d+)"><img src="(\/media\/[^"]+)"/g)].map(
      (m) => [Number(m[1]), m[2]],
    );
    assert.equal(figures.length, 2, body);
    const stored = async (name: string) => {
      const row = await db()
        .selectFrom("media")
        .where("original_name", "=", name)
        .select(["id", "file_name"])
        .executeTakeFirstOrThrow();
      return [row.id, `/media/${row.file_name}`];
    };
    assert.deepEqual(
      figures,
      [await stored("ferry-ghat.jpg"), await stored("launch-deck.jpg")],
      "placed in the order they were picked, whichever finished first",
    );
  });

  it("uploads a dropped photo where it lands and refuses a dropped file that is not a picture", async () => {
    const id = await openNewStory("Hilsa season opens early");
    const before = await mediaCount();
    await transfer("drop", [
      { name: "hilsa-catch.jpg", type: "image/jpeg", bytes: await jpeg("#3a7a5a") },
      { name: "notes.txt", type: "text/plain", bytes: Buffer.from("not a picture at all") },
    ]);
    await announced("hilsa-catch.jpg uploaded and placed in the story.");
    await page
      .getByRole("log")
      .getByText(/^notes\.txt could not be uploaded: .+/)
      .waitFor();
    await uploads()
      .getByText(/JPEG, PNG, WebP or AVIF/)
      .waitFor();
    await saved();
    assert.equal(await mediaCount(), before + 1, "only the picture is stored");
    const body = await storedBody(id);
    assert.match(
      body,
      /^<p>Fishermen kept their boats ashore\.<\/p><figure data-media-id="\d+"><img src="\/media\//,
      body,
    );
    await page.getByRole("button", { name: "Clear finished uploads" }).click();
    await uploads().waitFor({ state: "detached" });
  });

  it("uploads a pasted picture, and leaves pasted text with a picture of it to the text", async () => {
    const id = await openNewStory("Rickshaw art goes on show");
    const before = await mediaCount();
    await page.getByRole("textbox", { name: "Body" }).click();
    await transfer("paste", [{ name: "image.png", type: "image/png", bytes: await jpegAsPng() }]);
    await announced("image.png uploaded and placed in the story.");
    await saved();
    assert.equal(await mediaCount(), before + 1);
    assert.match(await storedBody(id), /<figure data-media-id="\d+"><img src="\/media\/[^"]+\.png"/);

    // Word puts a picture of the copied paragraph beside its HTML; the paragraph is what was meant.
    await transfer(
      "paste",
      [{ name: "image.png", type: "image/png", bytes: await jpegAsPng() }],
      "<p>Painted by hand.</p>",
    );
    await page.getByRole("textbox", { name: "Body" }).getByText("Painted by hand.").waitFor();
    await saved();
    assert.equal(await mediaCount(), before + 1, "no picture of the text in the library");
  });

  it("searches the library on the Photos screen and in the editor's picker", async () => {
    await page.goto(`${server.url}/newsroom/photos`);
    await page.getByRole("heading", { name: "Photos", level: 1 }).waitFor();
    const library = page.getByRole("region", { name: "Library" });
    const searchForm = library.getByRole("form", { name: "Search the photo library" });
    await searchForm.getByLabel("Words").fill("FERRY-ghat");
    await searchForm.getByRole("button", { name: "Search" }).click();
    await library.getByText("ferry-ghat.jpg").waitFor();
    await library
      .getByRole("button", { name: /^Edit texts of photo/ })
      .nth(1)
      .waitFor({ state: "detached" });
    assert.equal(await library.getByRole("listitem").count(), 1);
    await assertAccessible(page, "photos, searched");
    await searchForm.getByLabel("Uploaded from").fill("2031-01-01");
    await searchForm.getByRole("button", { name: "Search" }).click();
    await library.getByText("No photos match this search.").waitFor();

    const storyId = await openNewStory("Searching from the editor");
    await page.getByRole("button", { name: "Insert photo" }).click();
    const dialog = page.getByRole("dialog", { name: "Insert a photo into the story" });
    await dialog.getByLabel("Words").fill("hilsa");
    await dialog.getByRole("button", { name: "Search" }).click();
    await dialog.getByRole("button", { name: "Use this photo" }).nth(1).waitFor({ state: "detached" });
    assert.equal(await dialog.getByRole("button", { name: "Use this photo" }).count(), 1);
    await assertAccessible(page, "photo picker, searched");
    await dialog.getByRole("button", { name: "Use this photo" }).click();
    await saved();
    const hilsa = await db()
      .selectFrom("media")
      .where("original_name", "=", "hilsa-catch.jpg")
      .select("id")
      .executeTakeFirstOrThrow();
    assert.match(
      await storedBody(storyId),
      new RegExp(`<figure data-media-id="${hilsa.id}"><img src="/media/`),
    );
  });

  it("deletes an unused photo and explains why one in use stays", async () => {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(await jpeg("#101010"))]), "spare-shot.jpg");
    const spare = await editor.request<{ id: number }>("POST", "/media", undefined, { raw: form });
    assert.equal(spare.status, 201);

    await page.goto(`${server.url}/newsroom/photos`);
    const library = page.getByRole("region", { name: "Library" });
    const searchForm = library.getByRole("form", { name: "Search the photo library" });
    await searchForm.getByLabel("Words").fill("launch-deck");
    await searchForm.getByRole("button", { name: "Search" }).click();
    // The whole library is listed before the search answers, launch-deck.jpg among it: wait for
    // the search's single result rather than for its name.
    const deleteButtons = library.getByRole("button", { name: /^Delete photo \d+/ });
    await eventually(
      async () => ((await deleteButtons.count()) === 1 ? true : undefined),
      10_000,
      "the search's one photo",
    );
    await library.getByText("launch-deck.jpg").waitFor();
    await deleteButtons.click();
    let dialog = page.getByRole("dialog", { name: "Delete this photo?" });
    await assertAccessible(page, "delete photo dialog");
    await dialog.getByRole("button", { name: "Delete photo" }).click();
    await dialog.getByText(/This photo is in use, by "Ferries return to the Padma"/).waitFor();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await library.getByText("launch-deck.jpg").waitFor();

    await searchForm.getByLabel("Words").fill("spare-shot");
    await searchForm.getByRole("button", { name: "Search" }).click();
    await library.getByText("spare-shot.jpg").waitFor();
    await library.getByRole("button", { name: `Delete photo ${spare.body.id}` }).click();
    dialog = page.getByRole("dialog", { name: "Delete this photo?" });
    await dialog.getByRole("button", { name: "Delete photo" }).click();
    await page.getByRole("status").filter({ hasText: "Photo deleted." }).waitFor();
    await library.getByText("No photos match this search.").waitFor();
    const row = await db()
      .selectFrom("media")
      .where("id", "=", spare.body.id)
      .select("id")
      .executeTakeFirst();
    assert.equal(row, undefined);
  });

  it("writes a photo's Bangla caption and alt text, which a Bangla story shows", async () => {
    const form = new FormData();
    form.append("caption", "Jute drying by the road");
    form.append("credit", "Staff photo");
    form.append("alt", "Golden jute fibre hung on bamboo poles");
    form.append("file", new Blob([new Uint8Array(await jpeg("#c9a227"))]), "jute.jpg");
    const photo = await editor.request<{ id: number }>("POST", "/media", undefined, { raw: form });
    const story = await editor.request<{ id: number }>("POST", "/articles", {
      edition: "bn",
      section: "জাতীয়",
      headline: "পাট শুকানোর মৌসুম",
      standfirst: "রাস্তার ধারে পাট শুকাচ্ছেন কৃষকেরা।",
      body: "<p>ফরিদপুরে পাটের দাম বেড়েছে।</p>",
      leadMediaId: photo.body.id,
    });
    const published = await editor.request<{ url: string }>("POST", `/articles/${story.body.id}/publish`);
    assert.equal(published.status, 200, JSON.stringify(published.body));

    await page.goto(`${server.url}/newsroom/photos?edit=${photo.body.id}`);
    const dialog = page.getByRole("dialog", { name: "Edit photo texts" });
    const bangla = dialog.getByRole("group", { name: "Bangla edition" });
    await bangla.getByLabel("Caption (Bangla)").fill("রাস্তার ধারে শুকানো হচ্ছে পাট");
    await bangla.getByLabel("Alternative text (Bangla)").fill("বাঁশের খুঁটিতে ঝোলানো সোনালি পাটের আঁশ");
    await assertAccessible(page, "photo texts per edition");
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "detached" });

    const reader = await getPage(server.url, published.body.url);
    assert.match(reader.$("figure.lead-figure figcaption").text(), /রাস্তার ধারে শুকানো হচ্ছে পাট/);
    assert.equal(reader.$("figure.lead-figure img").attr("alt"), "বাঁশের খুঁটিতে ঝোলানো সোনালি পাটের আঁশ");
    const saved = await editor.get<{ caption: string }>(`/media/${photo.body.id}`);
    assert.equal(saved.body.caption, "Jute drying by the road", "the default caption stays");
  });
});

async function jpegAsPng(): Promise<Buffer> {
  return sharp(await jpeg("#aa3355"))
    .png()
    .toBuffer();
}
