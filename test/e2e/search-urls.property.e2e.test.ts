import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import { loginAsEveryRole } from "../support/api-client.ts";
import { awkwardText } from "../support/awkward-text.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { type RawResponse, rawGet } from "../support/http.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/** The names both search URLs read, and names that are special to JavaScript objects. */
const name = fc.constantFrom(
  "q",
  "section",
  "author",
  "kind",
  "from",
  "to",
  "sort",
  "page",
  "pageSize",
  "edition",
  "__proto__",
  "constructor",
  "q[]",
  "",
);
/**
 * Request-target bytes as a client may send them. Node's HTTP parser refuses DEL and bytes past
 * ASCII before any route runs (hostile-requests covers its plain 400), so these are the ones that
 * reach the decoder.
 */
const rawByte = fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code));
const value = fc.oneof(
  fc.constantFrom(
    "1e308",
    "99999999999999999999",
    "-1",
    "0",
    "2026-02-30",
    "2026-12-01",
    "newest",
    "news",
    "national",
    "%E0%A6%96%E0%A7%87%E0%A6%B2%E0%A6%BE",
    "%",
    "%ZZ",
    "%E0%A6",
    "%ED%A0%80",
    "%C0%AF",
    "%00",
    "+",
  ),
  awkwardText(60).map((text) => encodeURIComponent(text.toWellFormed())),
  fc.string({ unit: rawByte, maxLength: 20 }),
);
const pair = fc.oneof(
  fc.tuple(name, value).map(([n, v]) => `${n}=${v}`),
  name,
  fc.string({ unit: rawByte, maxLength: 30 }),
);
const queryString = fc.array(pair, { maxLength: 8 }).map((pairs) => pairs.join("&"));

/**
 * A failing request is reported as found, with the assertion's message: shrinking would resend
 * hundreds of requests, into the Content API's rate limit.
 */
const RUNS = { numRuns: 60, endOnFailure: true, includeErrorInReport: true };

/** Answered by the route: a result, or a refusal saying what was wrong, never a server error. */
function assertAnswered(response: RawResponse, path: string, refusals: readonly number[]): void {
  if (response.status === 200) return;
  assert.ok(refusals.includes(response.status), `${path} answered ${response.status}`);
  assert.doesNotMatch(response.body, /could not be read/, `${path} never reached a route`);
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`search URLs on ${dialect}, for any query string`, { skip }, () => {
    let server: TestServer;
    let key: string;
    before(async () => {
      server = await startTestServer(dialect);
      const { admin } = await loginAsEveryRole(server);
      key = (await admin.request<{ key: string }>("POST", "/api/admin/v1/api-keys", { name: "property" }))
        .body.key;
    });
    after(async () => server?.stop());

    it("the site's search page answers, refusing what does not decode with its 400 page", async () => {
      await fc.assert(
        fc.asyncProperty(queryString, async (query) => {
          const path = `/en/search?${query}`;
          const response = await rawGet(server.url, path);
          assertAnswered(response, path, [400]);
        }),
        RUNS,
      );
    });

    it("the Content API's search answers, refusing with a problem document", async () => {
      await fc.assert(
        fc.asyncProperty(queryString, async (query) => {
          const path = `/api/content/v1/search?edition=en&${query}`;
          const response = await rawGet(server.url, path, { authorization: `Bearer ${key}` });
          assertAnswered(response, path, [400, 404]);
          if (response.status !== 200)
            assert.match(String(response.headers["content-type"]), /^application\/problem\+json/, path);
        }),
        RUNS,
      );
    });
  });
}
