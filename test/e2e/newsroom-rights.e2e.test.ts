import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import sharp from "sharp";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * Story-level rights beyond the role gate (security review, issue 10): contributors see only their
 * own stories, and a photo that published stories show is edited only by who may edit them.
 */
type Story = { id: number; version: number; allowedActions: string[] };
type Photo = { id: number; url: string; caption: string };
let counter = 0;
const unique = () => `${Date.now()}-${++counter}`;

async function upload(client: ApiClient): Promise<Photo> {
  // Distinct pixels, not only distinct encodings: uploads are stored re-encoded and named by what
  // is stored, so two encodings of one picture share a file (and a story showing one shows both).
  const width = 40 + (counter++ % 400);
  const jpeg = await sharp({ create: { width, height: 30, channels: 3, background: "#336699" } })
    .jpeg()
    .toBuffer();
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }), "photo.jpg");
  for (const field of ["caption", "credit", "alt"]) form.set(field, `First ${field}`);
  const response = await client.request<Photo>("POST", "/media", undefined, { raw: form });
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body;
}

async function draft(client: ApiClient, extra: Record<string, unknown> = {}): Promise<Story> {
  const response = await client.request<Story>("POST", "/articles", {
    edition: "en",
    section: "national",
    headline: `Rights ${unique()}`,
    standfirst: "s",
    body: "<p>b</p>",
    ...extra,
  });
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body;
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`newsroom rights on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
    });
    after(async () => server?.stop());

    it("a contributor sees their own stories only; another's answers 404 on every read", async () => {
      const own = await draft(as.contributor);
      const others = await draft(as.editor);
      const scheduled = await draft(as.author);
      const at = new Date(server.clock().getTime() + 3_600_000).toISOString();
      assert.equal(
        (await as.editor.request("POST", `/articles/${scheduled.id}/schedule`, { at })).status,
        200,
      );

      const list = await as.contributor.get<{ items: Story[] }>("/articles?limit=100");
      assert.equal(list.status, 200);
      const ids = list.body.items.map((s) => s.id);
      assert.ok(ids.includes(own.id), "own draft listed");
      assert.ok(!ids.includes(others.id) && !ids.includes(scheduled.id), "others' stories not listed");

      const revisions = await as.editor.get<{ items: { id: number }[] }>(`/articles/${others.id}/revisions`);
      const rev = revisions.body.items[0]?.id;
      for (const id of [others.id, scheduled.id]) {
        const reads = [
          await as.contributor.get(`/articles/${id}`),
          await as.contributor.request("POST", `/articles/${id}/preview`, { headline: "Peek" }),
          await as.contributor.get(`/articles/${id}/revisions`),
          await as.contributor.get(`/articles/${id}/related`),
        ];
        for (const response of reads) assert.equal(response.status, 404, JSON.stringify(response.body));
      }
      assert.equal((await as.contributor.get(`/articles/${others.id}/revisions/${rev}`)).status, 404);
      assert.equal(
        (await as.contributor.get(`/articles/${others.id}/revisions/compare?from=${rev}&to=${rev}`)).status,
        404,
      );

      // Their own story stays readable in every way, and an author still sees everyone's.
      assert.equal((await as.contributor.get(`/articles/${own.id}`)).status, 200);
      assert.equal((await as.contributor.get(`/articles/${own.id}/revisions`)).status, 200);
      assert.equal((await as.contributor.get(`/articles/${own.id}/related`)).status, 200);
      assert.equal(
        (await as.contributor.request("POST", `/articles/${own.id}/preview`, { headline: "Mine" })).status,
        200,
      );
      assert.equal((await as.author.get(`/articles/${others.id}`)).status, 200);
      const authorList = await as.author.get<{ items: Story[] }>("/articles?limit=100");
      assert.ok(authorList.body.items.some((s) => s.id === others.id));
    });

    const uses = [
      ["lead", "published"],
      ["inline", "published"],
      ["lead", "scheduled"],
    ] as const;
    for (const [use, state] of uses) {
      it(`a photo used ${use} by a ${state} story: only who may edit the story may change it, audited`, async () => {
        const photo = await upload(as.contributor);
        const story = await draft(
          as.editor,
          use === "lead" ? { leadMediaId: photo.id } : { body: `<p>b</p><img src="${photo.url}" alt="x">` },
        );
        const release =
          state === "published"
            ? await as.editor.request("POST", `/articles/${story.id}/publish`)
            : await as.editor.request("POST", `/articles/${story.id}/schedule`, {
                at: new Date(server.clock().getTime() + 86_400_000).toISOString(),
              });
        assert.equal(release.status, 200, JSON.stringify(release.body));

        for (const role of ["contributor", "author"] as const) {
          const refused = await as[role].request("PATCH", `/media/${photo.id}`, { caption: "Hijacked" });
          assert.equal(refused.status, 403, `${role}: ${JSON.stringify(refused.body)}`);
        }
        assert.equal((await as.editor.get<Photo>(`/media/${photo.id}`)).body.caption, "First caption");

        const edited = await as.editor.request<Photo>("PATCH", `/media/${photo.id}`, {
          caption: "Corrected",
        });
        assert.equal(edited.status, 200);
        assert.equal(edited.body.caption, "Corrected");
        const audit = await as.admin.get<{
          items: {
            action: string;
            subjectId: string;
            actor: { name: string } | null;
            details: Record<string, unknown>;
          }[];
        }>("/audit?limit=20");
        const entry = audit.body.items.find(
          (e) => e.action === "media.edited" && e.subjectId === String(photo.id),
        );
        assert.ok(entry, "the edit is audited");
        assert.deepEqual(entry.details.stories, [
          {
            id: story.id,
            headline: (await as.editor.get<{ headline: string }>(`/articles/${story.id}`)).body.headline,
          },
        ]);
      });
    }

    it("below editor, a story carries only the bylines linked to the writer's account", async () => {
      const users = await as.admin.get<{ items: { id: number; email: string }[] }>("/users");
      const userId = (role: Role) => users.body.items.find((u) => u.email === `${role}@newsroom.test`)?.id;
      const author = async (kind: "staff" | "columnist") => {
        const slug = `byline-${unique()}`;
        const localizations = [{ edition: "en", name: `Name ${slug}`, title: "T", bio: "B" }];
        assert.equal(
          (await as.editor.request("POST", "/authors", { slug, kind, localizations })).status,
          204,
        );
        return slug;
      };
      const columnist = await author("columnist");
      const mine = await author("staff");
      assert.equal(
        (await as.author.request("PATCH", `/authors/${mine}`, { userId: userId("author") })).status,
        403,
      );
      assert.equal(
        (await as.editor.request("PATCH", `/authors/${mine}`, { userId: userId("author") })).status,
        204,
      );
      const unknownUser = await as.editor.request("PATCH", `/authors/${columnist}`, { userId: 987654 });
      assert.equal(unknownUser.status, 400);
      const listed = await as.contributor.get<{ items: { slug: string; userId: number | null }[] }>(
        "/authors",
      );
      assert.equal(listed.body.items.find((a) => a.slug === mine)?.userId, userId("author"));
      assert.equal(listed.body.items.find((a) => a.slug === columnist)?.userId, null);

      // Creating: someone else's byline is refused, naming it; one's own is fine.
      for (const [role, bylines, refused] of [
        ["author", [columnist], columnist],
        ["author", [mine, columnist], columnist],
        ["contributor", [mine], mine],
      ] as const) {
        const response = await as[role].request<{ code: string; byline: string }>("POST", "/articles", {
          edition: "en",
          section: "national",
          headline: `Byline ${unique()}`,
          standfirst: "s",
          body: "<p>b</p>",
          authors: bylines,
        });
        assert.equal(response.status, 403, `${role} ${bylines.join()}: ${JSON.stringify(response.body)}`);
        assert.equal(response.body.code, "FORBIDDEN");
        assert.equal(response.body.byline, refused);
      }
      const own = await draft(as.author, { authors: [mine] });

      // Saving: adding another's byline is refused; a byline an editor put there may stay.
      const hijack = await as.author.request("PATCH", `/articles/${own.id}`, {
        version: own.version,
        authors: [mine, columnist],
      });
      assert.equal(hijack.status, 403);
      const stored = await as.author.get<Story & { authors: string[] }>(`/articles/${own.id}`);
      assert.deepEqual(stored.body.authors, [mine]);
      const byEditor = await as.editor.request<Story>("PATCH", `/articles/${own.id}`, {
        version: stored.body.version,
        authors: [mine, columnist],
      });
      assert.equal(byEditor.status, 200);
      const resaved = await as.author.request<Story>("PATCH", `/articles/${own.id}`, {
        version: byEditor.body.version,
        headline: `Still signed ${unique()}`,
        authors: [mine, columnist],
      });
      assert.equal(resaved.status, 200, JSON.stringify(resaved.body));

      // Restoring: a revision may not bring back a byline an editor has since taken off.
      const unsigned = await as.editor.request<Story>("PATCH", `/articles/${own.id}`, {
        version: resaved.body.version,
        authors: [mine],
      });
      assert.equal(unsigned.status, 200, JSON.stringify(unsigned.body));
      const revisions = await as.author.get<{ items: { id: number; summary: string }[] }>(
        `/articles/${own.id}/revisions`,
      );
      const signedByBoth = revisions.body.items[1];
      assert.ok(signedByBoth, "the author's resave is the revision before the editor's");
      const restore = await as.author.request<{ code: string; byline: string }>(
        "POST",
        `/articles/${own.id}/revisions/${signedByBoth.id}/restore`,
        { version: unsigned.body.version },
      );
      assert.equal(restore.status, 403, JSON.stringify(restore.body));
      assert.equal(restore.body.byline, columnist);
      const kept = await as.author.get<Story & { authors: string[] }>(`/articles/${own.id}`);
      assert.deepEqual(kept.body.authors, [mine]);
      assert.equal(kept.body.version, unsigned.body.version, "the refused restore wrote nothing");
      const restoredByEditor = await as.editor.request(
        "POST",
        `/articles/${own.id}/revisions/${signedByBoth.id}/restore`,
        { version: unsigned.body.version },
      );
      assert.equal(restoredByEditor.status, 200, JSON.stringify(restoredByEditor.body));
      assert.equal((await draft(as.editor, { authors: [columnist] })).id > 0, true);
    });

    it("a byline's portrait is changed only by an editor, audited", async () => {
      const photo = await upload(as.contributor);
      const slug = `portrait-${unique()}`;
      const made = await as.editor.request("POST", "/authors", {
        slug,
        kind: "columnist",
        photoMediaId: photo.id,
        localizations: [{ edition: "en", name: `Name ${slug}`, title: "T", bio: "B" }],
      });
      assert.equal(made.status, 204, JSON.stringify(made.body));
      for (const role of ["contributor", "author"] as const) {
        const refused = await as[role].request<{ code: string; detail: string }>(
          "PATCH",
          `/media/${photo.id}`,
          {
            alt: "Someone else entirely",
          },
        );
        assert.equal(refused.status, 403, `${role}: ${JSON.stringify(refused.body)}`);
        assert.match(refused.body.detail, new RegExp(slug));
      }
      assert.equal((await as.editor.get<Photo>(`/media/${photo.id}`)).body.caption, "First caption");
      const edited = await as.editor.request("PATCH", `/media/${photo.id}`, {
        alt: "The columnist, smiling.",
      });
      assert.equal(edited.status, 200, JSON.stringify(edited.body));
      const audit = await as.admin.get<{
        items: { action: string; subjectId: string; details: { portraits?: string[] } }[];
      }>("/audit?limit=20");
      const entry = audit.body.items.find(
        (e) => e.action === "media.edited" && e.subjectId === String(photo.id),
      );
      assert.deepEqual(entry?.details.portraits, [slug]);
    });

    it("a photo no published story shows stays free to describe, without an audit row", async () => {
      const photo = await upload(as.editor);
      await draft(as.editor, { leadMediaId: photo.id });
      const edited = await as.contributor.request<Photo>("PATCH", `/media/${photo.id}`, {
        caption: "Better",
      });
      assert.equal(edited.status, 200);
      const audit = await as.admin.get<{ items: { action: string; subjectId: string }[] }>("/audit?limit=50");
      assert.ok(
        !audit.body.items.some((e) => e.action === "media.edited" && e.subjectId === String(photo.id)),
      );
    });
  });
}
