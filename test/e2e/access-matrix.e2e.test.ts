import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import sharp from "sharp";
import { ROLES, type Role } from "../../src/accounts/roles.ts";
import { createUser } from "../../src/accounts/user.service.ts";
import { createApiKey } from "../../src/distribution/content-api/api-keys.ts";
import { insertWebhook } from "../../src/distribution/webhooks/webhooks.service.ts";
import { upsertRedirects } from "../../src/redirects/redirects.service.ts";
import { ingestWireFile } from "../../src/wire/wire-ingest.ts";
import { addWireSource, wireSourceById } from "../../src/wire/wire-sources.ts";
import {
  API,
  type ApiClient,
  anonymous,
  login,
  loginAsEveryRole,
  TEST_PASSWORD,
} from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { openEventStream } from "../support/event-stream.ts";
import { picture } from "../support/photo-desk.ts";
import { type PictureHost, startPictureHost } from "../support/picture-host.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * Every admin API route, called by every role: anonymous gets 401, a role below the route's
 * (or the story's) rule gets 403, and the others succeed. A route missing from this table fails
 * the test, so new routes must say who may use them. Runs on both engines, like every API test.
 */
/** `stream`: an event stream, which never ends by itself: only its status is read. */
type Call = { method: string; path: string; body?: unknown; form?: FormData; stream?: true };
type Setup = (ctx: Fixtures) => Promise<Call>;
interface Fixtures {
  server: TestServer;
  editor: ApiClient;
  freshArticle(status?: "draft" | "published"): Promise<number>;
  /** A picture on a website the server may import from. */
  pictureUrl: string;
}

const EVERYONE: Role[] = [...ROLES];
const EDITORS: Role[] = ["editor", "admin"];
const ADMINS: Role[] = ["admin"];
let counter = 0;
const unique = () => `${Date.now()}-${++counter}`;

/** Contributors see their own stories only; another's is answered 404 (as if missing), not 403. */
const STORY_READERS: Role[] = ["author", "editor", "admin"];

/** A live blog the editor started. */
async function freshLiveBlog(f: Fixtures): Promise<number> {
  const created = await f.editor.request<{ id: number }>("POST", "/articles", {
    edition: "en",
    section: "national",
    kind: "live",
    headline: `Live fixture ${unique()}`,
    standfirst: "s",
    body: "<p>b</p>",
  });
  return created.body.id;
}

/** An entry the editor posted on a fresh live blog. */
async function freshEntry(f: Fixtures): Promise<{ articleId: number; entryId: number; version: number }> {
  const articleId = await freshLiveBlog(f);
  const posted = await f.editor.request<{ id: number; version: number }>(
    "POST",
    `/articles/${articleId}/entries`,
    {
      bodyHtml: "<p>An entry.</p>",
    },
  );
  return { articleId, entryId: posted.body.id, version: posted.body.version };
}

/** A live blog with a Bangla translation and an entry on the English one, sent to the Bangla desk. */
async function freshTranslatedEntry(f: Fixtures) {
  const { articleId, entryId } = await freshEntry(f);
  const translation = await f.editor.request<{ id: number }>("POST", `/articles/${articleId}/translations`, {
    edition: "bn",
  });
  return { articleId, entryId, translationId: translation.body.id };
}

/** An open translation task on a fresh Bangla live blog. */
async function freshTranslationTask(f: Fixtures): Promise<{ articleId: number; taskId: number }> {
  const { articleId, entryId, translationId } = await freshTranslatedEntry(f);
  const task = await f.editor.request<{ id: number }>(
    "POST",
    `/articles/${articleId}/entries/${entryId}/translation-tasks`,
    { edition: "bn" },
  );
  return { articleId: translationId, taskId: task.body.id };
}

/** A breaking-news banner for the English edition, up for an hour. */
function breakingBanner(f: Fixtures) {
  const endsAt = new Date(f.server.clock().getTime() + 3600 * 1000).toISOString();
  return { text: `Breaking ${unique()}`, url: "/en/", endsAt };
}

/**
 * `denied`: what a role below `allowed` gets. `byRole`: the route's own role gate refuses it before
 * any story is looked at, so even a story the role may not see answers 403, not 404.
 */
const ROUTES: Record<string, { allowed: Role[]; call: Setup; denied?: 404; byRole?: true }> = {
  "GET /session": { allowed: EVERYONE, call: async () => ({ method: "GET", path: "/session" }) },
  "GET /users": { allowed: ADMINS, call: async () => ({ method: "GET", path: "/users" }) },
  "POST /users": {
    allowed: ADMINS,
    call: async () => ({
      method: "POST",
      path: "/users",
      body: { email: `u${unique()}@x.test`, name: "U", role: "contributor", password: TEST_PASSWORD },
    }),
  },
  "PATCH /users/{id}": {
    allowed: ADMINS,
    call: async ({ server }) => {
      const user = await createUser(
        server.server.db.kysely,
        { email: `p${unique()}@x.test`, name: "P", role: "contributor", password: TEST_PASSWORD },
        { userId: null },
        server.clock(),
      );
      return { method: "PATCH", path: `/users/${user.id}`, body: { role: "author" } };
    },
  },
  "GET /audit": { allowed: ADMINS, call: async () => ({ method: "GET", path: "/audit" }) },
  "GET /api-keys": { allowed: ADMINS, call: async () => ({ method: "GET", path: `${API}/api-keys` }) },
  "POST /api-keys": {
    allowed: ADMINS,
    call: async () => ({ method: "POST", path: `${API}/api-keys`, body: { name: `Key ${unique()}` } }),
  },
  "DELETE /api-keys/{id}": {
    allowed: ADMINS,
    call: async ({ server }) => {
      const key = await createApiKey(server.server.db.kysely, `Key ${unique()}`, server.clock());
      return { method: "DELETE", path: `${API}/api-keys/${key.id}` };
    },
  },
  "GET /articles": { allowed: EVERYONE, call: async () => ({ method: "GET", path: "/articles" }) },
  "POST /articles": {
    allowed: EVERYONE,
    call: async () => ({
      method: "POST",
      path: "/articles",
      body: {
        edition: "en",
        section: "national",
        headline: `New ${unique()}`,
        standfirst: "s",
        body: "<p>b</p>",
      },
    }),
  },
  "GET /articles/{id}": {
    allowed: STORY_READERS,
    denied: 404,
    call: async (f) => ({ method: "GET", path: `/articles/${await f.freshArticle()}` }),
  },
  "PATCH /articles/{id}": {
    allowed: EDITORS,
    call: async (f) => ({
      method: "PATCH",
      path: `/articles/${await f.freshArticle()}`,
      body: { version: 1, headline: "Changed" },
    }),
  },
  "DELETE /articles/{id}": {
    allowed: EDITORS,
    call: async (f) => ({ method: "DELETE", path: `/articles/${await f.freshArticle()}` }),
  },
  "POST /articles/{id}/submit": {
    allowed: EDITORS,
    call: async (f) => ({ method: "POST", path: `/articles/${await f.freshArticle()}/submit` }),
  },
  "POST /articles/{id}/publish": {
    allowed: EDITORS,
    call: async (f) => ({ method: "POST", path: `/articles/${await f.freshArticle()}/publish` }),
  },
  "POST /articles/{id}/unpublish": {
    allowed: EDITORS,
    call: async (f) => ({ method: "POST", path: `/articles/${await f.freshArticle("published")}/unpublish` }),
  },
  "POST /articles/{id}/cancel-schedule": {
    allowed: EDITORS,
    call: async (f) => {
      const id = await f.freshArticle();
      const at = new Date(f.server.clock().getTime() + 3_600_000).toISOString();
      await f.editor.request("POST", `/articles/${id}/schedule`, { at });
      return { method: "POST", path: `/articles/${id}/cancel-schedule` };
    },
  },
  "POST /articles/{id}/return": {
    allowed: EDITORS,
    call: async (f) => {
      const id = await f.freshArticle();
      await f.editor.request("POST", `/articles/${id}/submit`);
      return { method: "POST", path: `/articles/${id}/return`, body: { note: "Not yet." } };
    },
  },
  "GET /articles/{id}/notes": {
    allowed: STORY_READERS,
    denied: 404,
    call: async (f) => ({ method: "GET", path: `/articles/${await f.freshArticle()}/notes` }),
  },
  "POST /articles/{id}/notes": {
    allowed: STORY_READERS,
    denied: 404,
    call: async (f) => ({
      method: "POST",
      path: `/articles/${await f.freshArticle()}/notes`,
      body: { body: "A note." },
    }),
  },
  "GET /articles/{id}/entries": {
    allowed: STORY_READERS,
    byRole: true,
    call: async (f) => ({ method: "GET", path: `/articles/${await freshLiveBlog(f)}/entries` }),
  },
  "POST /articles/{id}/entries": {
    allowed: STORY_READERS,
    byRole: true,
    call: async (f) => ({
      method: "POST",
      path: `/articles/${await freshLiveBlog(f)}/entries`,
      body: { bodyHtml: "<p>An entry.</p>" },
    }),
  },
  // Another's entry is an editor's to correct or remove, not another author's.
  "PATCH /articles/{id}/entries/{entryId}": {
    allowed: EDITORS,
    byRole: true,
    call: async (f) => {
      const { articleId, entryId, version } = await freshEntry(f);
      return {
        method: "PATCH",
        path: `/articles/${articleId}/entries/${entryId}`,
        body: { version, headline: "h" },
      };
    },
  },
  "DELETE /articles/{id}/entries/{entryId}": {
    allowed: EDITORS,
    byRole: true,
    call: async (f) => {
      const { articleId, entryId } = await freshEntry(f);
      return { method: "DELETE", path: `/articles/${articleId}/entries/${entryId}` };
    },
  },
  "GET /articles/{id}/live": {
    allowed: STORY_READERS,
    byRole: true,
    call: async (f) => ({ method: "GET", path: `/articles/${await freshLiveBlog(f)}/live` }),
  },
  "PUT /articles/{id}/live": {
    allowed: EDITORS,
    byRole: true,
    call: async (f) => ({
      method: "PUT",
      path: `/articles/${await freshLiveBlog(f)}/live`,
      body: { ended: true },
    }),
  },
  "GET /live-blogs": {
    allowed: STORY_READERS,
    call: async () => ({ method: "GET", path: "/live-blogs?edition=en" }),
  },
  "POST /articles/{id}/entries/{entryId}/translation-tasks": {
    allowed: STORY_READERS,
    byRole: true,
    call: async (f) => {
      const { articleId, entryId } = await freshTranslatedEntry(f);
      return {
        method: "POST",
        path: `/articles/${articleId}/entries/${entryId}/translation-tasks`,
        body: { edition: "bn" },
      };
    },
  },
  "GET /articles/{id}/translation-tasks": {
    allowed: STORY_READERS,
    byRole: true,
    call: async (f) => ({ method: "GET", path: `/articles/${await freshLiveBlog(f)}/translation-tasks` }),
  },
  "POST /articles/{id}/translation-tasks/{taskId}/entries": {
    allowed: STORY_READERS,
    byRole: true,
    call: async (f) => {
      const { articleId, taskId } = await freshTranslationTask(f);
      return {
        method: "POST",
        path: `/articles/${articleId}/translation-tasks/${taskId}/entries`,
        body: { bodyHtml: "<p>অনুবাদ</p>" },
      };
    },
  },
  "GET /notifications": { allowed: EVERYONE, call: async () => ({ method: "GET", path: "/notifications" }) },
  "POST /notifications/read": {
    allowed: EVERYONE,
    call: async () => ({ method: "POST", path: "/notifications/read", body: { upTo: 1 } }),
  },
  "POST /articles/{id}/schedule": {
    allowed: EDITORS,
    call: async (f) => ({
      method: "POST",
      path: `/articles/${await f.freshArticle()}/schedule`,
      body: { at: new Date(f.server.clock().getTime() + 3_600_000).toISOString() },
    }),
  },
  "POST /articles/{id}/translations": {
    allowed: EDITORS,
    call: async (f) => ({
      method: "POST",
      path: `/articles/${await f.freshArticle()}/translations`,
      body: { edition: "bn" },
    }),
  },
  "POST /articles/{id}/preview": {
    allowed: STORY_READERS,
    denied: 404,
    call: async (f) => ({
      method: "POST",
      path: `/articles/${await f.freshArticle()}/preview`,
      body: { headline: "Unsaved" },
    }),
  },
  "GET /articles/{id}/revisions": {
    allowed: STORY_READERS,
    denied: 404,
    call: async (f) => ({ method: "GET", path: `/articles/${await f.freshArticle()}/revisions` }),
  },
  "GET /articles/{id}/revisions/{revisionId}": {
    allowed: STORY_READERS,
    denied: 404,
    call: async (f) => {
      const id = await f.freshArticle();
      const revisions = await f.editor.get<{ items: { id: number }[] }>(`/articles/${id}/revisions`);
      return { method: "GET", path: `/articles/${id}/revisions/${revisions.body.items[0]?.id}` };
    },
  },
  "GET /articles/{id}/revisions/compare": {
    allowed: STORY_READERS,
    denied: 404,
    call: async (f) => {
      const id = await f.freshArticle();
      const revisions = await f.editor.get<{ items: { id: number }[] }>(`/articles/${id}/revisions`);
      const only = revisions.body.items[0]?.id;
      return { method: "GET", path: `/articles/${id}/revisions/compare?from=${only}&to=${only}` };
    },
  },
  "POST /articles/{id}/revisions/{revisionId}/restore": {
    allowed: EDITORS,
    call: async (f) => {
      const id = await f.freshArticle();
      const revisions = await f.editor.get<{ items: { id: number }[] }>(`/articles/${id}/revisions`);
      return {
        method: "POST",
        path: `/articles/${id}/revisions/${revisions.body.items[0]?.id}/restore`,
        body: { version: 1 },
      };
    },
  },
  "GET /articles/{id}/related": {
    allowed: STORY_READERS,
    denied: 404,
    call: async (f) => ({ method: "GET", path: `/articles/${await f.freshArticle()}/related` }),
  },
  "PUT /articles/{id}/related/pins": {
    allowed: EDITORS,
    byRole: true,
    call: async (f) => ({
      method: "PUT",
      path: `/articles/${await f.freshArticle()}/related/pins`,
      body: { ids: [await f.freshArticle("published")] },
    }),
  },
  "GET /front-pages/{edition}": {
    allowed: EVERYONE,
    call: async () => ({ method: "GET", path: "/front-pages/en" }),
  },
  "POST /front-pages/{edition}/preview": {
    allowed: EDITORS,
    call: async (f) => ({
      method: "POST",
      path: "/front-pages/en/preview",
      body: { lead: await f.freshArticle("published"), slots: [] },
    }),
  },
  "PUT /front-pages/{edition}": {
    allowed: EDITORS,
    call: async () => ({ method: "PUT", path: "/front-pages/bn", body: { lead: null, slots: [] } }),
  },
  "GET /editions/{edition}/breaking": {
    allowed: EDITORS,
    call: async (f) => {
      await f.editor.request("PUT", "/editions/en/breaking", breakingBanner(f));
      return { method: "GET", path: "/editions/en/breaking" };
    },
  },
  "PUT /editions/{edition}/breaking": {
    allowed: EDITORS,
    call: async (f) => ({ method: "PUT", path: "/editions/en/breaking", body: breakingBanner(f) }),
  },
  "DELETE /editions/{edition}/breaking": {
    allowed: EDITORS,
    call: async () => ({ method: "DELETE", path: "/editions/bn/breaking" }),
  },
  "GET /sections": { allowed: EVERYONE, call: async () => ({ method: "GET", path: "/sections?edition=en" }) },
  "POST /sections": {
    allowed: EDITORS,
    call: async () => {
      const key = `s${unique()}`.replace(/[^a-z0-9-]/g, "");
      return {
        method: "POST",
        path: "/sections",
        body: { key, position: 50, localizations: [{ edition: "en", slug: key, name: "New" }] },
      };
    },
  },
  "PATCH /sections/{key}": {
    allowed: EDITORS,
    call: async () => ({ method: "PATCH", path: "/sections/national", body: { position: 1 } }),
  },
  "GET /tags": { allowed: EVERYONE, call: async () => ({ method: "GET", path: "/tags?edition=en" }) },
  "POST /tags": {
    allowed: EDITORS,
    call: async () => ({ method: "POST", path: "/tags", body: { edition: "en", name: `Tag ${unique()}` } }),
  },
  "PATCH /tags/{edition}/{slug}": {
    allowed: EDITORS,
    call: async (f) => {
      const made = await f.editor.request<{ slug: string }>("POST", "/tags", {
        edition: "en",
        name: `T ${unique()}`,
      });
      return { method: "PATCH", path: `/tags/en/${made.body.slug}`, body: { name: `Renamed ${unique()}` } };
    },
  },
  "POST /tags/{edition}/{slug}/merge": {
    allowed: EDITORS,
    call: async (f) => {
      const tag = () =>
        f.editor.request<{ slug: string }>("POST", "/tags", { edition: "en", name: `T ${unique()}` });
      const [from, into] = [await tag(), await tag()];
      return { method: "POST", path: `/tags/en/${from.body.slug}/merge`, body: { into: into.body.slug } };
    },
  },
  "DELETE /tags/{edition}/{slug}": {
    allowed: EDITORS,
    call: async (f) => {
      const made = await f.editor.request<{ slug: string }>("POST", "/tags", {
        edition: "en",
        name: `T ${unique()}`,
      });
      return { method: "DELETE", path: `/tags/en/${made.body.slug}` };
    },
  },
  "GET /authors/accounts": {
    allowed: EDITORS,
    call: async () => ({ method: "GET", path: "/authors/accounts" }),
  },
  "GET /authors": { allowed: EVERYONE, call: async () => ({ method: "GET", path: "/authors" }) },
  "POST /authors": {
    allowed: EDITORS,
    call: async () => ({
      method: "POST",
      path: "/authors",
      body: {
        slug: `a-${unique()}`,
        kind: "staff",
        localizations: [{ edition: "en", name: "A", title: "T", bio: "B" }],
      },
    }),
  },
  "PATCH /authors/{slug}": {
    allowed: EDITORS,
    call: async (f) => {
      const slug = `a-${unique()}`;
      const localizations = [{ edition: "en", name: "A", title: "T", bio: "B" }];
      await f.editor.request("POST", "/authors", { slug, kind: "staff", localizations });
      return { method: "PATCH", path: `/authors/${slug}`, body: { kind: "columnist" } };
    },
  },
  "POST /media": {
    allowed: EVERYONE,
    call: async () => ({ method: "POST", path: "/media", form: await photoForm() }),
  },
  "POST /media/import": {
    allowed: EVERYONE,
    call: async (f) => ({ method: "POST", path: "/media/import", body: { url: f.pictureUrl } }),
  },
  "GET /media": { allowed: EVERYONE, call: async () => ({ method: "GET", path: "/media" }) },
  "GET /media/{id}": {
    allowed: EVERYONE,
    call: async (f) => ({ method: "GET", path: `/media/${await uploadedPhoto(f.editor)}` }),
  },
  "PATCH /media/{id}": {
    allowed: EVERYONE,
    call: async (f) => ({
      method: "PATCH",
      path: `/media/${await uploadedPhoto(f.editor)}`,
      body: { caption: "A caption" },
    }),
  },
  "PUT /media/{id}/crop": {
    allowed: EVERYONE,
    call: async (f) => ({
      method: "PUT",
      path: `/media/${await uploadedPhoto(f.editor)}/crop`,
      body: { crop: null, focalPoint: { x: 0.5, y: 0.25 } },
    }),
  },
  "DELETE /media/{id}": {
    allowed: EDITORS,
    call: async (f) => ({ method: "DELETE", path: `/media/${await uploadedPhoto(f.editor)}` }),
  },
  "GET /redirects": { allowed: EDITORS, call: async () => ({ method: "GET", path: "/redirects?q=news" }) },
  "DELETE /redirects/{id}": {
    allowed: EDITORS,
    call: async ({ server }) => {
      const db = server.server.db.kysely;
      const from = `/old-${unique()}/`;
      await db.transaction().execute((trx) =>
        upsertRedirects({ trx }, [{ from, target: { path: "/en/" } }], {
          source: "test",
          now: server.clock(),
        }),
      );
      const row = await db
        .selectFrom("redirects")
        .where("from_key", "=", from.slice(0, -1))
        .select("id")
        .executeTakeFirstOrThrow();
      return { method: "DELETE", path: `/redirects/${row.id}` };
    },
  },
  "GET /webhooks": { allowed: ADMINS, call: async () => ({ method: "GET", path: "/webhooks" }) },
  "POST /webhooks": {
    allowed: ADMINS,
    call: async () => ({
      method: "POST",
      path: "/webhooks",
      body: { url: `https://93.184.215.14/hook/${unique()}`, events: ["article.deleted"] },
    }),
  },
  "PATCH /webhooks/{id}": {
    allowed: ADMINS,
    call: async (f) => ({
      method: "PATCH",
      path: `/webhooks/${(await webhookFixture(f)).webhookId}`,
      body: { active: false },
    }),
  },
  "DELETE /webhooks/{id}": {
    allowed: ADMINS,
    call: async (f) => ({ method: "DELETE", path: `/webhooks/${(await webhookFixture(f)).webhookId}` }),
  },
  "GET /webhooks/{id}/deliveries": {
    allowed: ADMINS,
    call: async (f) => ({
      method: "GET",
      path: `/webhooks/${(await webhookFixture(f)).webhookId}/deliveries`,
    }),
  },
  "POST /webhooks/{id}/deliveries/{deliveryId}/resend": {
    allowed: ADMINS,
    call: async (f) => {
      const { webhookId, deliveryId } = await webhookFixture(f);
      return { method: "POST", path: `/webhooks/${webhookId}/deliveries/${deliveryId}/resend` };
    },
  },
  "GET /articles/{id}/translation-source": {
    allowed: STORY_READERS,
    denied: 404,
    call: async (f) => {
      const id = await f.freshArticle();
      const made = await f.editor.request<{ id: number }>("POST", `/articles/${id}/translations`, {
        edition: "bn",
      });
      return { method: "GET", path: `/articles/${made.body.id}/translation-source` };
    },
  },
  "GET /translations/parity": {
    allowed: ["author", "editor", "admin"],
    call: async () => ({ method: "GET", path: "/translations/parity?edition=bn" }),
  },
  "GET /wire/items": { allowed: EVERYONE, call: async () => ({ method: "GET", path: "/wire/items" }) },
  "GET /wire/items/{id}": {
    allowed: EVERYONE,
    call: async (f) => ({ method: "GET", path: `/wire/items/${await wireItemFixture(f)}` }),
  },
  "POST /wire/items/{id}/adopt": {
    allowed: ["author", "editor", "admin"],
    call: async (f) => ({
      method: "POST",
      path: `/wire/items/${await wireItemFixture(f)}/adopt`,
      body: { section: "national" },
    }),
  },
  "POST /wire/items/{id}/translate": {
    allowed: ["author", "editor", "admin"],
    call: async (f) => ({
      method: "POST",
      path: `/wire/items/${await wireItemFixture(f)}/translate`,
      body: { section: "জাতীয়", edition: "bn" },
    }),
  },
  "POST /wire/items/{id}/live-entry": {
    allowed: ["author", "editor", "admin"],
    call: async (f) => ({
      method: "POST",
      path: `/wire/items/${await wireItemFixture(f)}/live-entry`,
      body: { articleId: await freshLiveBlog(f) },
    }),
  },
  "GET /wire/sources": { allowed: EVERYONE, call: async () => ({ method: "GET", path: "/wire/sources" }) },
  "POST /wire/sources": {
    allowed: EDITORS,
    call: async () => ({ method: "POST", path: "/wire/sources", body: wireSourceBody() }),
  },
  "POST /wire/sources/{id}/pause": {
    allowed: EDITORS,
    call: async (f) => ({ method: "POST", path: `/wire/sources/${await wireSourceFixture(f)}/pause` }),
  },
  "POST /wire/sources/{id}/resume": {
    allowed: EDITORS,
    call: async (f) => ({ method: "POST", path: `/wire/sources/${await wireSourceFixture(f)}/resume` }),
  },
  "DELETE /wire/sources/{id}": {
    allowed: EDITORS,
    call: async (f) => ({ method: "DELETE", path: `/wire/sources/${await wireSourceFixture(f)}` }),
  },
  "GET /wire/stories/{articleId}": {
    allowed: EVERYONE,
    call: async (f) => ({ method: "GET", path: `/wire/stories/${await adoptedStoryFixture(f)}` }),
  },
  "POST /wire/stories/{articleId}/acknowledge": {
    allowed: ["author", "editor", "admin"],
    call: async (f) => ({
      method: "POST",
      path: `/wire/stories/${await adoptedStoryFixture(f)}/acknowledge`,
    }),
  },
  "GET /wire/alerts": { allowed: EDITORS, call: async () => ({ method: "GET", path: "/wire/alerts" }) },
  "GET /wire/failures": { allowed: EVERYONE, call: async () => ({ method: "GET", path: "/wire/failures" }) },
  "GET /wire/files/{id}/raw": {
    allowed: EVERYONE,
    call: async (f) => ({ method: "GET", path: `/wire/files/${await wireFileFixture(f)}/raw` }),
  },
  "GET /live": {
    allowed: EVERYONE,
    call: async () => ({ method: "GET", path: "/live", stream: true }),
  },
  "GET /wire/events": {
    allowed: EVERYONE,
    call: async () => ({ method: "GET", path: "/wire/events", stream: true }),
  },
  "GET /presence": { allowed: EVERYONE, call: async () => ({ method: "GET", path: "/presence" }) },
  "GET /articles/{id}/presence": {
    allowed: STORY_READERS,
    denied: 404,
    call: async (f) => ({ method: "GET", path: `/articles/${await f.freshArticle()}/presence` }),
  },
  "PUT /articles/{id}/presence": {
    allowed: STORY_READERS,
    denied: 404,
    call: async (f) => ({
      method: "PUT",
      path: `/articles/${await f.freshArticle()}/presence`,
      body: { typing: true },
    }),
  },
  "DELETE /articles/{id}/presence": {
    allowed: STORY_READERS,
    denied: 404,
    call: async (f) => ({ method: "DELETE", path: `/articles/${await f.freshArticle()}/presence` }),
  },
};

function wireSourceBody() {
  return {
    name: `agency-${unique()}`,
    format: "ninjs" as const,
    credit: "Agency",
    edition: "en",
    folder: "drop",
  };
}

async function wireSourceFixture({ server }: Fixtures): Promise<number> {
  return (await addWireSource(server.server.db.kysely, wireSourceBody(), server.clock(), server.config.wire))
    .id;
}

/** An item ingested through a new source, as the desk would have it. */
async function wireItemFixture(f: Fixtures): Promise<number> {
  const db = f.server.server.db.kysely;
  const source = await wireSourceById(db, await wireSourceFixture(f));
  const uri = `urn:matrix:${unique()}`;
  const bytes = new TextEncoder().encode(JSON.stringify({ uri, headlines: [{ value: "Matrix item" }] }));
  await ingestWireFile(db, source, { bytes, name: "matrix.json" }, f.server.clock());
  const item = await db
    .selectFrom("wire_items")
    .where("guid", "=", uri)
    .select("id")
    .executeTakeFirstOrThrow();
  return item.id;
}

/** A kept file: the one a new wire item came in. */
async function wireFileFixture(f: Fixtures): Promise<number> {
  const db = f.server.server.db.kysely;
  const version = await db
    .selectFrom("wire_item_versions")
    .where("item_id", "=", await wireItemFixture(f))
    .select("file_id")
    .executeTakeFirstOrThrow();
  return version.file_id;
}

/** A draft adopted from a new wire item by the editor. */
async function adoptedStoryFixture(f: Fixtures): Promise<number> {
  const adopted = await f.editor.request<{ id: number }>(
    "POST",
    `/wire/items/${await wireItemFixture(f)}/adopt`,
    {
      section: "national",
    },
  );
  if (adopted.status !== 201) throw new Error(`adopting answered ${adopted.status}`);
  return adopted.body.id;
}

/**
 * A webhook with one failed delivery, written directly. Its loopback URL is not allow-listed on
 * this server, so a resend is refused by the address guard without any network traffic.
 */
async function webhookFixture(f: Fixtures): Promise<{ webhookId: number; deliveryId: number }> {
  const db = f.server.server.db.kysely;
  const hook = await insertWebhook(
    db,
    { url: "http://127.0.0.1:9/hook", events: ["article.deleted"] },
    f.server.clock(),
  );
  const { id } = await db
    .insertInto("webhook_deliveries")
    .values({
      webhook_id: hook.id,
      event: "article.deleted",
      payload: JSON.stringify({ id: 0, event: "article.deleted", occurredAt: "", article: {} }),
      status: "failed",
      attempts: 5,
      last_status_code: null,
      last_error: "fixture",
      created_at: f.server.clock().toISOString(),
      delivered_at: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { webhookId: hook.id, deliveryId: id };
}

async function photoForm(): Promise<FormData> {
  const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#336699" } })
    .jpeg()
    .toBuffer();
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }), "photo.jpg");
  form.set("caption", "c");
  form.set("credit", "c");
  form.set("alt", "a");
  return form;
}

async function uploadedPhoto(editor: ApiClient): Promise<number> {
  const response = await editor.request<{ id: number }>("POST", "/media", undefined, {
    raw: await photoForm(),
  });
  return response.body.id;
}

function passwordCall(body: unknown): Call {
  return { method: "POST", path: "/session/password", body };
}

async function send(client: ApiClient, call: Call) {
  if (call.stream) {
    const stream = await openEventStream(client, call.path);
    await stream.close();
    return { status: stream.status, body: "" };
  }
  return client.request(call.method, call.path, call.body, call.form ? { raw: call.form } : {});
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`admin API access by role on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    let fixtures: Fixtures;
    let pictures: PictureHost;
    before(async () => {
      pictures = await startPictureHost({ "/p.jpg": { type: "image/jpeg", body: await picture(40, 30) } });
      server = await startTestServer(dialect, { mediaImportAllowedHosts: ["127.0.0.1"] }, { ownMedia: true });
      as = await loginAsEveryRole(server);
      fixtures = {
        server,
        editor: as.editor,
        pictureUrl: pictures.url("/p.jpg"),
        async freshArticle(status = "draft") {
          const created = await as.editor.request<{ id: number }>("POST", "/articles", {
            edition: "en",
            section: "national",
            headline: `Fixture ${unique()}`,
            standfirst: "s",
            body: "<p>b</p>",
          });
          if (status === "published") await as.editor.request("POST", `/articles/${created.body.id}/publish`);
          return created.body.id;
        },
      };
    });
    after(async () => {
      await server?.stop();
      await pictures?.close();
    });

    it("covers every documented admin route", async () => {
      const spec = (await (await fetch(`${server.url}/api/docs/openapi.json`)).json()) as {
        paths: Record<string, Record<string, unknown>>;
      };
      const documented = Object.entries(spec.paths)
        .filter(([path]) => path.startsWith(API))
        .flatMap(([path, methods]) =>
          Object.keys(methods).map((m) => `${m.toUpperCase()} ${path.slice(API.length)}`),
        )
        .filter(
          (route) =>
            !["POST /session", "DELETE /session", "POST /session/password", "GET /editions"].includes(route),
        );
      assert.deepEqual(documented.sort(), Object.keys(ROUTES).sort());
    });

    for (const [route, { allowed, call, denied = 403, byRole }] of Object.entries(ROUTES)) {
      it(`${route}: 401 anonymous, ${denied} below ${allowed[0]}, 2xx for ${allowed.join(", ")}`, async () => {
        assert.equal((await send(anonymous(server.url), await call(fixtures))).status, 401, "anonymous");
        for (const role of ROLES) {
          const response = await send(as[role], await call(fixtures));
          if (allowed.includes(role)) {
            assert.ok(
              response.status >= 200 && response.status < 300,
              `${role} answered ${response.status}: ${JSON.stringify(response.body)}`,
            );
          } else {
            // A story the role may not see is missing to it on every route, reads and writes alike.
            const hidden = route.includes("/articles/{id}") && !byRole && !STORY_READERS.includes(role);
            assert.equal(response.status, hidden ? 404 : denied, `${role} answered ${response.status}`);
          }
        }
      });
    }

    it("DELETE /session: every role can log out, anonymous gets 401", async () => {
      assert.equal((await anonymous(server.url).request("DELETE", "/session")).status, 401);
      for (const role of ROLES) {
        const client = await login(server.url, `${role}@newsroom.test`);
        assert.equal((await client.request("DELETE", "/session")).status, 204, role);
      }
    });

    it("POST /session/password: every role can change its own password, anonymous gets 401", async () => {
      const body = { currentPassword: TEST_PASSWORD, newPassword: "a new password for this role" };
      assert.equal((await send(anonymous(server.url), passwordCall(body))).status, 401);
      for (const role of ROLES) {
        // A fresh account: the change signs out the account's other sessions, and `as` must keep its own.
        const email = `own-password-${role}-${unique()}@x.test`;
        const account = { email, name: role, role, password: TEST_PASSWORD };
        await createUser(server.server.db.kysely, account, { userId: null }, server.clock());
        const client = await login(server.url, email);
        assert.equal((await send(client, passwordCall(body))).status, 204, role);
      }
    });

    it("GET /editions: public, so the newsroom app can read it before anyone logs in", async () => {
      const response = await anonymous(server.url).request<{ items: { code: string }[] }>("GET", "/editions");
      assert.equal(response.status, 200);
      assert.deepEqual(
        response.body.items.map((e) => e.code),
        ["en", "bn"],
      );
    });
  });
}
