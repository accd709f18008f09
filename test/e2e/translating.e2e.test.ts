import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { movableClock } from "../support/test-clock.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

interface Part {
  text: string;
  change: "same" | "added" | "removed";
}
interface TranslationSource {
  source: { id: number; edition: string; headline: string; bodyText: string; leadMediaId: number | null };
  savedAt: string;
  changes: { field: string; from: unknown; to: unknown; words?: Part[] }[];
}

const changed = (parts: Part[] | undefined, change: Part["change"]) =>
  (parts ?? [])
    .filter((p) => p.change === change)
    .flatMap((p) => p.text.split(/\s+/))
    .filter(Boolean);

/** A translator's view of the story they translate from, and what that story changed since their last save. */
for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`translating on ${dialect}`, { skip }, () => {
    const clock = movableClock();
    let server: TestServer;
    let as: Record<Role, ApiClient>;

    before(async () => {
      server = await startTestServer(dialect, {}, { clock });
      as = await loginAsEveryRole(server);
    });
    after(async () => {
      await server?.stop();
    });

    const story = async (who: ApiClient, edition: string, headline: string, body: string) => {
      const created = await who.request<{ id: number; version: number }>("POST", "/articles", {
        edition,
        section: edition === "bn" ? "জাতীয়" : "national",
        headline,
        standfirst: "Standfirst.",
        body,
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body;
    };
    const translate = async (who: ApiClient, id: number, edition: string) => {
      const made = await who.request<{ id: number; version: number }>(
        "POST",
        `/articles/${id}/translations`,
        {
          edition,
        },
      );
      assert.equal(made.status, 201, JSON.stringify(made.body));
      return made.body;
    };
    const sourceOf = async (id: number, who = as.author) => {
      const answer = await who.get<TranslationSource>(`/articles/${id}/translation-source`);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      return answer.body;
    };
    const patch = async (id: number, fields: Record<string, unknown>) => {
      const current = await as.editor.get<{ version: number }>(`/articles/${id}`);
      const saved = await as.editor.request<{ version: number; slug: string }>("PATCH", `/articles/${id}`, {
        version: current.body.version,
        ...fields,
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      return saved.body;
    };

    it("answers the source story beside a translation, then what changed in it, word by word, until the translation is saved", async () => {
      const source = await story(
        as.editor,
        "en",
        "Floods reach the capital",
        "<p>Water rose overnight in <strong>Dhaka</strong>.</p><p>Schools closed.</p>",
      );
      const translation = await translate(as.editor, source.id, "bn");
      const fresh = await sourceOf(translation.id);
      assert.equal(fresh.source.id, source.id);
      assert.equal(fresh.source.edition, "en");
      assert.equal(fresh.source.bodyText, "Water rose overnight in Dhaka.\nSchools closed.");
      assert.deepEqual(fresh.changes, []);

      clock.advance(60_000);
      await patch(source.id, {
        headline: "Floods reach the old capital",
        body: "<p>Water rose overnight in <strong>Dhaka</strong>.</p><p>Schools and offices closed.</p>",
        slug: "floods-old-capital",
      });
      const stale = await sourceOf(translation.id);
      // The slug is each edition's own: not a change the translator has to follow.
      assert.deepEqual(
        stale.changes.map((c) => c.field),
        ["headline", "body"],
      );
      const [headline, body] = stale.changes;
      assert.deepEqual(changed(headline?.words, "added"), ["old"]);
      assert.deepEqual(changed(body?.words, "added"), ["and", "offices"]);
      assert.deepEqual(changed(body?.words, "removed"), []);
      assert.equal(headline?.from, "Floods reach the capital");

      // The translator saves (with a slug of their own, in Bangla): current again.
      clock.advance(60_000);
      const saved = await patch(translation.id, { headline: "রাজধানীতে বন্যা", slug: "রাজধানীতে-বন্যা" });
      assert.equal(saved.slug, "রাজধানীতে-বন্যা");
      assert.deepEqual((await sourceOf(translation.id)).changes, []);
    });

    it("keeps Bangla words whole in the diff of a Bangla source", async () => {
      const source = await story(as.editor, "bn", "ঢাকায় ভারী বৃষ্টি", "<p>সকাল থেকে বৃষ্টি হচ্ছে।</p>");
      const translation = await translate(as.editor, source.id, "en");
      clock.advance(60_000);
      await patch(source.id, { headline: "ঢাকায় টানা ভারী বৃষ্টি" });
      const { changes } = await sourceOf(translation.id);
      assert.deepEqual(
        changes.map((c) => c.field),
        ["headline"],
      );
      assert.deepEqual(changed(changes[0]?.words, "added"), ["টানা"]);
    });

    it("answers 404 for a story that was not translated from another, and for the source story itself", async () => {
      const alone = await story(as.editor, "en", "A story on its own", "<p>Alone.</p>");
      assert.equal((await as.author.get(`/articles/${alone.id}/translation-source`)).status, 404);
      const translation = await translate(as.editor, alone.id, "bn");
      // The first of the group is nobody's translation, though it now has one.
      assert.equal((await as.author.get(`/articles/${alone.id}/translation-source`)).status, 404);
      assert.equal((await sourceOf(translation.id)).source.id, alone.id);
      assert.equal((await as.author.get("/articles/999999999/translation-source")).status, 404);
    });

    it("shows contributors only what they may see, and refuses hostile ids", async () => {
      const own = await story(as.contributor, "en", "A contributor's story", "<p>Mine.</p>");
      const ownTranslation = await translate(as.contributor, own.id, "bn");
      assert.equal((await sourceOf(ownTranslation.id, as.contributor)).source.id, own.id);

      const others = await story(as.editor, "en", "An editor's story", "<p>Theirs.</p>");
      const othersTranslation = await translate(as.editor, others.id, "bn");
      const hidden = await as.contributor.get(`/articles/${othersTranslation.id}/translation-source`);
      assert.equal(hidden.status, 404);
      assert.doesNotMatch(JSON.stringify(hidden.body), /An editor's story/);

      for (const id of ["abc", "-1", "0", "1.5", "99999999999999999999", "%00"]) {
        const answer = await as.author.get<{ type?: string }>(`/articles/${id}/translation-source`);
        assert.ok([400, 404].includes(answer.status), `${id}: ${answer.status}`);
        assert.match(answer.headers.get("content-type") ?? "", /application\/problem\+json/);
      }
      const anonymous = await fetch(`${server.url}/api/admin/v1/articles/${own.id}/translation-source`);
      assert.equal(anonymous.status, 401);
    });
  });
}
