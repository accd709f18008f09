import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, it } from "node:test";
import sharp from "sharp";
import type { Role } from "../../src/accounts/roles.ts";
import { API, type ApiClient, anonymous, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { rawGet } from "../support/http.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * The standing guard of the December 2026 security review: every request the review used to
 * show a finding is sent again, on both engines, and must be answered as the fix intends, and
 * never with a 5xx. The findings' own tests check the effects in depth; this file keeps the
 * whole list in one place so a regression in any of them shows here by its finding number.
 */

const TOO_BIG = 99_999_999_999;
const CONTENT = "/api/content/v1";

interface Probe {
  finding: number;
  what: string;
  expect: readonly number[];
  send(): Promise<number>;
}

interface Stage {
  server: TestServer;
  as: Record<Role, ApiClient>;
  key: string;
  /** A published story whose lead photo a contributor uploaded. */
  published: { id: number; photoId: number };
  /** An editor's draft, which a contributor must not see. */
  othersDraft: number;
}

async function gpsTaggedJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: "#557799" } })
    .withExif({
      IFD0: { Make: "Hostile Cam", Model: "Tracker 1" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "23/1 48/1 0/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "90/1 24/1 0/1",
      },
    })
    .jpeg()
    .toBuffer();
}

async function upload(client: ApiClient, bytes: Buffer, name: string) {
  const form = new FormData();
  form.append("caption", "Review photo");
  form.append("alt", "A plain test picture.");
  form.append("credit", "Dateline Test");
  form.append("file", new Blob([new Uint8Array(bytes)]), name);
  return client.request<{ id: number; url: string }>("POST", "/media", undefined, { raw: form });
}

function story(overrides: Record<string, unknown> = {}) {
  return {
    edition: "en",
    section: "national",
    headline: `Review story ${randomBytes(4).toString("hex")}`,
    standfirst: "A standfirst.",
    body: "<p>A body.</p>",
    ...overrides,
  };
}

async function stage(server: TestServer): Promise<Stage> {
  const as = await loginAsEveryRole(server);
  const created = await as.admin.request<{ key: string }>("POST", `${API}/api-keys`, { name: "review" });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const photo = await upload(as.contributor, await gpsTaggedJpeg(), "lead.jpg");
  assert.equal(photo.status, 201, JSON.stringify(photo.body));
  const lead = await as.editor.request<{ id: number }>(
    "POST",
    "/articles",
    story({ leadMediaId: photo.body.id }),
  );
  assert.equal(lead.status, 201, JSON.stringify(lead.body));
  const published = await as.editor.request("POST", `/articles/${lead.body.id}/publish`);
  assert.equal(published.status, 200, JSON.stringify(published.body));
  const draft = await as.editor.request<{ id: number }>("POST", "/articles", story());
  assert.equal(draft.status, 201, JSON.stringify(draft.body));
  return {
    server,
    as,
    key: created.body.key,
    published: { id: lead.body.id, photoId: photo.body.id },
    othersDraft: draft.body.id,
  };
}

const get = (s: () => Stage, path: string) => async () => (await rawGet(s().server.url, path)).status;

function contentGet(s: () => Stage, path: string, key?: string) {
  return async () => {
    const headers = { authorization: `Bearer ${key ?? s().key}` };
    return (await fetch(new URL(CONTENT + path, s().server.url), { headers })).status;
  };
}

function send(s: () => Stage, role: Role | "anonymous", method: string, path: string, body?: unknown) {
  return async () => {
    const client = role === "anonymous" ? anonymous(s().server.url) : s().as[role];
    return (await client.request(method, path, body)).status;
  };
}

function probes(s: () => Stage): Probe[] {
  const nulPaths = [
    "/en/tag/%00",
    "/en/%00/",
    "/en/national/a%00",
    "/en/tag/x%00/feed.xml",
    "/en/search?q=x&author=%00",
  ];
  const cursor = Buffer.from(JSON.stringify(["2026-01-01T00:00:00.000Z", 1e308])).toString("base64url");
  const wrongLogins = async () => {
    let last = 0;
    for (let i = 0; i < 6; i += 1) {
      last = (
        await anonymous(s().server.url).request("POST", `${API}/session`, {
          email: "admin@newsroom.test",
          password: `wrong ${i}`,
        })
      ).status;
    }
    return last;
  };
  const randomKeys = async () => {
    const statuses = new Set<number>();
    for (let i = 0; i < 40; i += 1) {
      statuses.add(await contentGet(s, "/articles", `dl_${randomBytes(24).toString("base64url")}`)());
    }
    // The worst status seen speaks for the whole run.
    return Math.max(...statuses);
  };
  return [
    {
      finding: 1,
      what: "a JPEG with GPS EXIF uploads",
      expect: [201],
      send: async () => (await upload(s().as.contributor, await gpsTaggedJpeg(), "gps.jpg")).status,
    },
    { finding: 2, what: "GET //evil.com", expect: [404], send: get(s, "//evil.com") },
    { finding: 2, what: "GET //evil.com/x", expect: [404], send: get(s, "//evil.com/x") },
    ...nulPaths.map((path) => ({ finding: 3, what: `GET ${path}`, expect: [400], send: get(s, path) })),
    {
      finding: 3,
      what: "a login whose email holds NUL",
      expect: [400],
      send: send(s, "anonymous", "POST", `${API}/session`, { email: "a\u0000@b.test", password: "x" }),
    },
    {
      finding: 3,
      what: "Content API article id past the integer range",
      expect: [400],
      send: contentGet(s, `/articles/${TOO_BIG}`),
    },
    {
      finding: 3,
      what: "Content API cursor holding 1e308",
      expect: [400],
      send: contentGet(s, `/articles?cursor=${cursor}`),
    },
    {
      finding: 3,
      what: "admin article id past the range",
      expect: [400],
      send: send(s, "editor", "GET", `/articles/${TOO_BIG}`),
    },
    {
      finding: 3,
      what: "audit cursor past the range",
      expect: [400],
      send: send(s, "admin", "GET", `/audit?before=${TOO_BIG}`),
    },
    {
      finding: 3,
      what: "leadMediaId naming no photo",
      expect: [422],
      send: send(s, "editor", "POST", "/articles", story({ leadMediaId: 2_000_000_000 })),
    },
    {
      finding: 4,
      what: `a body of "<b>" × 166,000`,
      expect: [413, 422],
      send: send(s, "contributor", "POST", "/articles", story({ body: "<b>".repeat(166_000) })),
    },
    {
      finding: 5,
      what: "a contributor recaptions the lead photo of a published story",
      expect: [403],
      send: async () =>
        (
          await s().as.contributor.request("PATCH", `/media/${s().published.photoId}`, {
            caption: "Hijacked",
          })
        ).status,
    },
    {
      finding: 6,
      what: "an author writes under a columnist's byline",
      expect: [403],
      send: send(s, "author", "POST", "/articles", story({ authors: ["anisur-mowla"] })),
    },
    {
      finding: 7,
      what: "a contributor reads an editor's draft",
      expect: [404],
      send: async () => (await s().as.contributor.get(`/articles/${s().othersDraft}`)).status,
    },
    {
      finding: 7,
      what: "a contributor reads an editor's draft's revisions",
      expect: [404],
      send: async () => (await s().as.contributor.get(`/articles/${s().othersDraft}/revisions`)).status,
    },
    {
      finding: 8,
      what: "the front page carries a Content-Security-Policy",
      expect: [200],
      send: async () => {
        const page = await rawGet(s().server.url, "/en/");
        return page.headers["content-security-policy"] ? page.status : 599;
      },
    },
    {
      finding: 9,
      what: "a section named with <script>, then the Atom feed",
      expect: [200],
      send: async () => {
        const made = await s().as.editor.request("POST", "/sections", {
          key: "review-script",
          position: 90,
          localizations: [{ edition: "en", slug: "review-script", name: "<script>alert(1)</script>" }],
        });
        if (made.status !== 204) return made.status;
        return (await rawGet(s().server.url, "/en/atom.xml")).status;
      },
    },
    { finding: 10, what: "six wrong passwords for the admin", expect: [401, 429], send: wrongLogins },
    { finding: 11, what: "forty random API keys", expect: [401, 429], send: randomKeys },
    ...["http://[64:ff9b::7f00:1]/", "http://[2002:7f00:1::]/", "http://[::127.0.0.1]/"].map((url) => ({
      finding: 12,
      what: `a webhook to ${url}`,
      expect: [422],
      send: send(s, "admin", "POST", "/webhooks", { url, events: ["article.published"] }),
    })),
    {
      finding: 14,
      what: "a tag for edition zz",
      expect: [400],
      send: send(s, "editor", "POST", "/tags", { edition: "zz", name: "Junk", slug: "junk" }),
    },
    {
      finding: 14,
      what: "a section localized only for zz",
      expect: [400],
      send: send(s, "editor", "POST", "/sections", {
        key: "junk",
        position: 91,
        localizations: [{ edition: "zz", slug: "junk", name: "Junk" }],
      }),
    },
    {
      finding: 15,
      what: "a password change with the wrong current password",
      expect: [403, 422],
      send: send(s, "author", "POST", "/session/password", {
        currentPassword: "not the password",
        newPassword: "a long enough new passphrase 2026",
      }),
    },
    {
      finding: 15,
      what: "a password change without a session",
      expect: [401],
      send: send(s, "anonymous", "POST", `${API}/session/password`, {
        currentPassword: "x",
        newPassword: "a long enough new passphrase 2026",
      }),
    },
  ];
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`security review requests on ${dialect}`, { skip }, () => {
    let staged: Stage | undefined;
    const s = () => {
      assert.ok(staged, "the stage was not set up");
      return staged;
    };
    before(async () => {
      staged = await stage(await startTestServer(dialect));
    });
    after(async () => staged?.server.stop());

    for (const probe of probes(s)) {
      it(`finding ${probe.finding}: ${probe.what} → ${probe.expect.join(" or ")}`, async () => {
        const status = await probe.send();
        assert.ok(status < 500, `answered ${status}`);
        assert.ok(probe.expect.includes(status), `answered ${status}`);
      });
    }
  });
}
