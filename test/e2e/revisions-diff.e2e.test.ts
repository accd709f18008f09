import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { eventually } from "../support/eventually.ts";
import { movableClock } from "../support/test-clock.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

const HOUR = 3_600_000;

interface Story {
  id: number;
  version: number;
  status: string;
  headline: string;
  standfirst: string;
  body: string;
  tags: string[];
  scheduledAt: string | null;
  allowedActions: string[];
}
interface Revision {
  id: number;
  number: number;
  summary: string;
}
interface Words {
  text: string;
  change: "same" | "added" | "removed";
}
interface Change {
  field: string;
  from: unknown;
  to: unknown;
  words?: Words[];
}
interface Problem {
  code: string;
  detail: string;
  unknown?: string[];
}

/** The words a diff removed and added, each run trimmed, without the runs of space between. */
const marked = (words: Words[] | undefined, change: Words["change"]) =>
  (words ?? []).filter((w) => w.change === change).map((w) => w.text.trim());

/**
 * Revisions compared word by word, one field restored at a time, and a schedule canceled: each a
 * write through the story's write path, version-checked, on both engines.
 */
for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`revision diffs, field restores and canceled schedules on ${dialect}`, { skip }, () => {
    const clock = movableClock();
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    const db = () => server.server.db.kysely;

    before(async () => {
      server = await startTestServer(dialect, {}, { clock });
      as = await loginAsEveryRole(server);
    });
    after(async () => {
      await server?.stop();
    });

    const draft = async (fields: Record<string, unknown> = {}) => {
      const created = await as.editor.request<Story>("POST", "/articles", {
        edition: "en",
        section: "national",
        headline: "Flood waters rise in Sylhet",
        standfirst: "বন্যার পানি বাড়ছে দ্রুত",
        body: "<p>Rivers burst their <strong>banks</strong> overnight.</p>",
        ...fields,
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body;
    };
    const save = async (story: Story, fields: Record<string, unknown>) => {
      const saved = await as.editor.request<Story>("PATCH", `/articles/${story.id}`, {
        version: story.version,
        ...fields,
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      return saved.body;
    };
    const revisionsOf = async (id: number) =>
      (await as.editor.get<{ items: Revision[] }>(`/articles/${id}/revisions`)).body.items;
    const stored = async (id: number) => (await as.editor.get<Story>(`/articles/${id}`)).body;
    /** The story written at v1, then saved with a new headline and standfirst at v2. */
    const twiceWritten = async () => {
      const first = await draft();
      const second = await save(first, {
        headline: "Flood waters fall in Sylhet",
        standfirst: "বন্যার পানি কমছে দ্রুত",
      });
      const [latest, original] = await revisionsOf(first.id);
      assert.ok(latest && original);
      return { story: second, original, latest };
    };

    it("compares two revisions word by word: Bangla words whole, the body as its text", async () => {
      const first = await draft();
      const second = await save(first, {
        headline: "Flood waters fall in Sylhet",
        standfirst: "বন্যার পানি কমছে দ্রুত",
        body: "<p>Rivers burst their <em>banks</em> at dawn.</p>",
        tags: ["Floods"],
      });
      assert.equal(second.version, 2);
      const [latest, original] = await revisionsOf(first.id);
      const compared = await as.author.get<{ changes: Change[] }>(
        `/articles/${first.id}/revisions/compare?from=${original?.id}&to=${latest?.id}`,
      );
      assert.equal(compared.status, 200, JSON.stringify(compared.body));
      const change = (field: string) => compared.body.changes.find((c) => c.field === field);
      const headline = change("headline");
      assert.deepEqual(marked(headline?.words, "removed"), ["rise"]);
      assert.deepEqual(marked(headline?.words, "added"), ["fall"]);
      const side = (keep: Words["change"]) =>
        headline?.words
          ?.filter((w) => w.change !== keep)
          .map((w) => w.text)
          .join("");
      assert.equal(side("added"), "Flood waters rise in Sylhet", "the old text reads back from the diff");
      assert.equal(side("removed"), "Flood waters fall in Sylhet", "and the new one");
      const standfirst = change("standfirst");
      assert.deepEqual(marked(standfirst?.words, "removed"), ["বাড়ছে"]);
      assert.deepEqual(marked(standfirst?.words, "added"), ["কমছে"]);
      const body = change("body");
      assert.deepEqual(marked(body?.words, "removed"), ["overnight"]);
      assert.deepEqual(marked(body?.words, "added"), ["at dawn"]);
      assert.ok(
        body?.words?.every((w) => !w.text.includes("<")),
        "markup is not compared, only the words readers see",
      );
      assert.ok(change("tags"), "tags changed");
      assert.equal(change("tags")?.words, undefined, "a list of tags has no word diff");
      const missing = await as.editor.get(
        `/articles/${first.id}/revisions/compare?from=${original?.id}&to=999999`,
      );
      assert.equal(missing.status, 404);
    });

    it("restores one field: only it changes, in one new revision", async () => {
      const { story, original } = await twiceWritten();
      const before = await revisionsOf(story.id);
      const restored = await as.editor.request<Story>(
        "POST",
        `/articles/${story.id}/revisions/${original.id}/restore`,
        { version: story.version, fields: ["headline"] },
      );
      assert.equal(restored.status, 200, JSON.stringify(restored.body));
      assert.equal(restored.body.headline, "Flood waters rise in Sylhet");
      assert.equal(restored.body.standfirst, "বন্যার পানি কমছে দ্রুত", "the other fields keep today's text");
      assert.equal(restored.body.version, story.version + 1);
      const after = await revisionsOf(story.id);
      assert.equal(after.length, before.length + 1);
      assert.equal(after[0]?.summary, `restored headline from revision ${original.number}`);
    });

    it("refuses a restore against an old version with 409, changing nothing", async () => {
      const { story, original } = await twiceWritten();
      const before = await revisionsOf(story.id);
      const stale = await as.editor.request<Problem>(
        "POST",
        `/articles/${story.id}/revisions/${original.id}/restore`,
        { version: story.version - 1, fields: ["headline"] },
      );
      assert.equal(stale.status, 409);
      assert.equal(stale.body.code, "VERSION_CONFLICT");
      assert.equal((await stored(story.id)).headline, "Flood waters fall in Sylhet");
      assert.equal((await revisionsOf(story.id)).length, before.length);
    });

    it("refuses a field a revision cannot restore with 422 naming it, changing nothing", async () => {
      const { story, original } = await twiceWritten();
      const before = await revisionsOf(story.id);
      for (const fields of [["headline", "colour"], ["embargoUntil"], ["status"]]) {
        const refused = await as.editor.request<Problem>(
          "POST",
          `/articles/${story.id}/revisions/${original.id}/restore`,
          { version: story.version, fields },
        );
        assert.equal(refused.status, 422, JSON.stringify(refused.body));
        assert.equal(refused.body.code, "UNPROCESSABLE");
        assert.deepEqual(
          refused.body.unknown,
          fields.filter((f) => f !== "headline"),
        );
      }
      const empty = await as.editor.request(
        "POST",
        `/articles/${story.id}/revisions/${original.id}/restore`,
        {
          version: story.version,
          fields: [],
        },
      );
      assert.equal(empty.status, 400, "an empty list names nothing to restore");
      const now = await stored(story.id);
      assert.equal(now.headline, "Flood waters fall in Sylhet");
      assert.equal(now.version, story.version);
      assert.equal((await revisionsOf(story.id)).length, before.length);
    });

    it("lets one of two field restores made at once through, and answers the other 409", async () => {
      const { story, original } = await twiceWritten();
      const before = await revisionsOf(story.id);
      const answers = await Promise.all(
        [
          [as.editor, ["headline"]],
          [as.admin, ["standfirst"]],
        ].map(([client, fields]) =>
          (client as ApiClient).request<Story>(
            "POST",
            `/articles/${story.id}/revisions/${original.id}/restore`,
            {
              version: story.version,
              fields,
            },
          ),
        ),
      );
      assert.deepEqual(
        answers.map((a) => a.status).sort(),
        [200, 409],
        JSON.stringify(answers.map((a) => a.body)),
      );
      const after = await revisionsOf(story.id);
      assert.equal(after.length, before.length + 1, "one restore, one revision");
      const now = await stored(story.id);
      assert.equal(now.version, story.version + 1);
      const restoredHeadline = now.headline === "Flood waters rise in Sylhet";
      const restoredStandfirst = now.standfirst === "বন্যার পানি বাড়ছে দ্রুত";
      assert.ok(restoredHeadline !== restoredStandfirst, "exactly one of the two fields came back");
    });

    it("cancels a schedule: the story is a draft again and the job does not publish it", async () => {
      const canceled = await draft({ headline: "Budget to be announced" });
      const kept = await draft({ headline: "Budget announced" });
      const at = new Date(clock().getTime() + HOUR).toISOString();
      for (const story of [canceled, kept]) {
        const scheduled = await as.editor.request<Story>("POST", `/articles/${story.id}/schedule`, { at });
        assert.equal(scheduled.status, 200, JSON.stringify(scheduled.body));
        assert.ok(scheduled.body.allowedActions.includes("cancelSchedule"));
        assert.ok(
          !scheduled.body.allowedActions.includes("unpublish"),
          "a story never live is not unpublished",
        );
      }
      const unpublish = await as.editor.request<Problem>("POST", `/articles/${canceled.id}/unpublish`);
      assert.equal(unpublish.status, 409);
      assert.equal(unpublish.body.code, "INVALID_TRANSITION");
      // A contributor may not see another's story; an author may not cancel an editor's.
      assert.equal(
        (await as.contributor.request("POST", `/articles/${canceled.id}/cancel-schedule`)).status,
        404,
      );
      assert.equal((await as.author.request("POST", `/articles/${canceled.id}/cancel-schedule`)).status, 403);
      const revisionsBefore = (await revisionsOf(canceled.id)).length;
      const back = await as.editor.request<Story>("POST", `/articles/${canceled.id}/cancel-schedule`);
      assert.equal(back.status, 200, JSON.stringify(back.body));
      assert.equal(back.body.status, "draft");
      assert.equal(back.body.scheduledAt, null);
      assert.ok(
        back.body.allowedActions.includes("publish") && !back.body.allowedActions.includes("cancelSchedule"),
      );
      assert.equal((await revisionsOf(canceled.id)).length, revisionsBefore + 1);
      const audit = await db()
        .selectFrom("audit_log")
        .where("action", "=", "article.schedule_canceled")
        .where("subject_id", "=", String(canceled.id))
        .select("details")
        .execute();
      assert.equal(audit.length, 1);
      assert.equal(JSON.parse(audit[0]?.details ?? "{}").wasScheduledFor, at);
      const again = await as.editor.request<Problem>("POST", `/articles/${canceled.id}/cancel-schedule`);
      assert.equal(again.status, 409, "a draft has no schedule to cancel");

      clock.advance(2 * HOUR);
      await server.server.jobs.poke();
      await eventually(
        async () => ((await stored(kept.id)).status === "published" ? true : undefined),
        10_000,
        "the story still scheduled to be published by its job",
      );
      const after = await stored(canceled.id);
      assert.equal(after.status, "draft");
      const row = await db()
        .selectFrom("articles")
        .where("id", "=", canceled.id)
        .select(["published_at", "scheduled_at"])
        .executeTakeFirstOrThrow();
      assert.deepEqual(row, { published_at: null, scheduled_at: null });
    });

    it("cancels the schedule of a story that was live before back to unpublished", async () => {
      const story = await draft({ headline: "Back on the schedule" });
      assert.equal((await as.editor.request("POST", `/articles/${story.id}/publish`)).status, 200);
      assert.equal((await as.editor.request("POST", `/articles/${story.id}/unpublish`)).status, 200);
      const at = new Date(clock().getTime() + HOUR).toISOString();
      assert.equal((await as.editor.request("POST", `/articles/${story.id}/schedule`, { at })).status, 200);
      const back = await as.editor.request<Story>("POST", `/articles/${story.id}/cancel-schedule`);
      assert.equal(back.status, 200, JSON.stringify(back.body));
      assert.equal(back.body.status, "unpublished");
    });
  });
}
