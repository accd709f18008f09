import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { CheerioAPI } from "cheerio";
import type { Role } from "../../src/accounts/roles.ts";
import { summariesByIds } from "../../src/content/article.queries.ts";
import { createApiKey } from "../../src/distribution/content-api/api-keys.ts";
import { relatedIdsFor } from "../../src/search/related/related-stories.ts";
import type { ApiClient } from "../support/api-client.ts";
import { loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { getPage, rawGet } from "../support/http.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

const CONTENT = "/api/content/v1";
const BENGALI_DIGIT = /[০-৯]/;
/** Made-up words no demo story contains, so counts and filters are exact. */
const TOKEN = "zephyrquill";
const PAGED_TOKEN = "quillmarsh";
/** More stories than one page of results holds (the site's page size is 12). */
const PAGED_STORIES = 14;

type TextPart = { text: string; match: boolean };
type SearchJson = {
  items: {
    id: number;
    headline: string;
    kind: string;
    highlights: { headline: TextPart[]; snippet: TextPart[] };
  }[];
  total: number;
  totalIsCapped: boolean;
  page: number;
  pageSize: number;
  pageCount: number;
};

/** The date of `at` (moved by whole days) in the newsroom's time zone, as the date filters read it. */
function dhakaDate(at: Date, offsetDays = 0): string {
  const moved = new Date(at.getTime() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Dhaka" }).format(moved);
}

function hitPaths($: CheerioAPI): string[] {
  return $(".search-hits .story-card-headline a")
    .map((_, a) => $(a).attr("href"))
    .get();
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`search on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    let key: string;
    let sections: string[];
    let authors: string[];
    /** Stories carrying TOKEN, by what distinguishes them. */
    const tokenStories: Record<string, number> = {};

    async function publish(story: Record<string, unknown>): Promise<number> {
      const created = await as.editor.request<{ id: number }>("POST", "/articles", {
        edition: "en",
        ...story,
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const published = await as.editor.request("POST", `/articles/${created.body.id}/publish`);
      assert.equal(published.status, 200, JSON.stringify(published.body));
      return created.body.id;
    }

    async function api(path: string, withKey = true) {
      const response = await fetch(new URL(CONTENT + path, server.url), {
        headers: withKey ? { authorization: `Bearer ${key}` } : {},
      });
      return {
        status: response.status,
        type: response.headers.get("content-type"),
        body: await response.json(),
      };
    }

    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
      key = (await createApiKey(server.server.db.kysely, "search tests", server.clock())).key;
      const form = (await getPage(server.url, "/en/search")).$;
      sections = form("#search-section option")
        .map((_, o) => form(o).attr("value"))
        .get()
        .filter(Boolean);
      authors = form("#search-author option")
        .map((_, o) => form(o).attr("value"))
        .get()
        .filter(Boolean);
      assert.ok(
        sections.length >= 2 && authors.length >= 2,
        "the form offers the edition's sections and authors",
      );
      const [first, second] = sections as [string, string];
      const body = (words: string) => `<p>Reporters followed the ${words} story through the week.</p>`;
      tokenStories.news = await publish({
        section: first,
        kind: "news",
        authors: [authors[0]],
        headline: `Ferries named ${TOKEN} return to the river`,
        standfirst: "Boat owners welcome the change.",
        body: body(TOKEN),
      });
      tokenStories.analysis = await publish({
        section: first,
        kind: "analysis",
        authors: [authors[1]],
        headline: "What the new ferry timetable means",
        standfirst: "A closer look at the numbers.",
        body: body(`${TOKEN} ferry`),
      });
      tokenStories.feature = await publish({
        section: second,
        kind: "feature",
        authors: [authors[0]],
        headline: `A day aboard the ${TOKEN}`,
        standfirst: "From dawn to dusk on the water.",
        body: body(TOKEN),
      });
      for (let i = 1; i <= PAGED_STORIES; i += 1) {
        await publish({
          section: first,
          kind: "news",
          headline: `Harbour note ${i}`,
          standfirst: `Notes from the ${PAGED_TOKEN} harbour, part ${i}.`,
          body: body(PAGED_TOKEN),
        });
      }
    });
    after(async () => server?.stop());

    it("finds stories and marks the words searched for, with a noindex page", async () => {
      const { response, $ } = await getPage(server.url, `/en/search?q=${TOKEN}`);
      assert.equal(response.status, 200);
      assert.equal($('meta[name="robots"]').attr("content"), "noindex");
      assert.equal($("html").attr("lang"), "en");
      assert.equal($("#search-q").val(), TOKEN);
      assert.equal($('label[for="search-q"]').text().length > 0, true, "the query box has a visible label");
      assert.equal($(".search-count").text(), "3 results");
      assert.equal($(".search-hits > li").length, 3);
      const marked = $(".search-hits mark")
        .map((_, m) => $(m).text().toLowerCase())
        .get();
      assert.ok(marked.length >= 3 && marked.every((m) => m === TOKEN), JSON.stringify(marked));
      assert.ok($(".story-card-headline a mark").length >= 2, "matches in headlines are marked");
      assert.ok($(".search-snippet mark").length >= 1, "matches in snippets are marked");
      for (const path of hitPaths($)) {
        assert.equal((await fetch(server.url + path)).status, 200, `${path} opens`);
      }
      const item = $(".search-hits > li").first();
      assert.ok(item.find(".story-card-standfirst").text().length > 0);
      assert.ok(item.find(".story-card-section").text().length > 0);
      assert.match(item.find("time").attr("datetime") ?? "", /^\d{4}-\d\d-\d\dT/);
    });

    for (const edition of ["en", "bn"]) {
      it(`finds a ${edition} front-page story by its headline, with its thumbnail and a localized date`, async () => {
        const front = await getPage(server.url, `/${edition}/`);
        const card = front.$(".story-card:has(picture)").first();
        const headline = card.find(".story-card-headline a").text();
        const path = card.find(".story-card-headline a").attr("href");
        assert.ok(headline && path, "a front-page story with a picture");
        const { response, $ } = await getPage(
          server.url,
          `/${edition}/search?q=${encodeURIComponent(headline)}`,
        );
        assert.equal(response.status, 200);
        assert.equal($("html").attr("lang"), edition);
        const hit = $(".search-hits > li").filter((_, li) => $(li).find(`a[href="${path}"]`).length > 0);
        assert.equal(hit.length, 1, `${path} is among the results`);
        assert.ok(hit.find(".story-card-headline mark").length > 0);
        assert.ok((hit.find("picture img").attr("alt") ?? "").length > 0, "the thumbnail has alt text");
        if (edition === "bn") {
          assert.match(hit.find("time").text(), BENGALI_DIGIT);
          assert.doesNotMatch(hit.find("time").text(), /[0-9]/);
          assert.match($(".search-count").text(), BENGALI_DIGIT);
        }
      });
    }

    it("narrows results by section, author, kind and dates", async () => {
      const [first, second] = sections as [string, string];
      const pathsFor = async (query: string) =>
        hitPaths((await getPage(server.url, `/en/search?q=${TOKEN}&${query}`)).$);
      assert.equal((await pathsFor(`section=${encodeURIComponent(second)}`)).length, 1);
      assert.equal((await pathsFor(`section=${encodeURIComponent(first)}`)).length, 2);
      assert.equal((await pathsFor(`author=${encodeURIComponent(authors[1] ?? "")}`)).length, 1);
      assert.equal((await pathsFor(`author=${encodeURIComponent(authors[0] ?? "")}`)).length, 2);
      assert.equal((await pathsFor("kind=feature")).length, 1);
      assert.equal((await pathsFor("kind=opinion")).length, 0);
      // Read from the stories, not the clock: they may have gone out just before midnight in Dhaka.
      const published = await server.server.db.kysely
        .selectFrom("articles")
        .where("id", "in", Object.values(tokenStories))
        .select("published_at")
        .orderBy("published_at")
        .execute();
      const earliest = new Date(published[0]?.published_at ?? "");
      const latest = new Date(published.at(-1)?.published_at ?? "");
      assert.equal((await pathsFor(`from=${dhakaDate(earliest)}&to=${dhakaDate(latest)}`)).length, 3);
      assert.equal((await pathsFor(`to=${dhakaDate(earliest, -1)}`)).length, 0);
      assert.equal((await pathsFor(`from=${dhakaDate(latest, 1)}`)).length, 0);
      const { $ } = await getPage(
        server.url,
        `/en/search?q=${TOKEN}&kind=feature&section=${encodeURIComponent(second)}`,
      );
      assert.equal($("#search-kind option[selected]").attr("value"), "feature", "the form keeps the filters");
      assert.equal($("#search-section option[selected]").attr("value"), second);
      assert.ok($("details.search-filters").is("[open]"), "filters in use are shown");
      const empty = await getPage(
        server.url,
        `/en/search?q=${TOKEN}&section=&author=&kind=&from=&to=&sort=relevance`,
      );
      assert.equal(empty.response.status, 200, "an untouched form's empty fields mean no filter");
      assert.equal(hitPaths(empty.$).length, 3);
    });

    it("sorts newest first on request", async () => {
      const { $ } = await getPage(server.url, "/en/search?q=river&sort=newest");
      const times = $(".search-hits time")
        .map((_, t) => $(t).attr("datetime"))
        .get();
      assert.ok(times.length >= 2, "several demo stories mention a river");
      assert.deepEqual(times, [...times].sort().reverse());
      assert.equal($("#search-sort option[selected]").attr("value"), "newest");
    });

    it("pages through results, keeping the query and filters", async () => {
      const one = await getPage(server.url, `/en/search?q=${PAGED_TOKEN}&kind=news`);
      assert.equal(one.$(".search-count").text(), `${PAGED_STORIES} results`);
      assert.equal(one.$(".search-hits > li").length, 12);
      assert.equal(one.$('.search-pagination a[aria-current="page"]').text(), "1");
      assert.equal(one.$('a[rel="prev"]').length, 0);
      const next = one.$('.search-pagination a[rel="next"]').attr("href") ?? "";
      const nextUrl = new URL(next, server.url);
      assert.equal(nextUrl.pathname, "/en/search");
      assert.deepEqual(Object.fromEntries(nextUrl.searchParams), { q: PAGED_TOKEN, kind: "news", page: "2" });
      const two = await getPage(server.url, next);
      assert.equal(two.response.status, 200);
      assert.equal(two.$(".search-hits > li").length, PAGED_STORIES - 12);
      assert.equal(two.$('.search-pagination a[aria-current="page"]').text(), "2");
      assert.equal(two.$('.search-pagination a[rel="next"]').length, 0);
      const prev = new URL(two.$('.search-pagination a[rel="prev"]').attr("href") ?? "", server.url);
      assert.deepEqual(Object.fromEntries(prev.searchParams), { q: PAGED_TOKEN, kind: "news" });
      const seen = new Set([...hitPaths(one.$), ...hitPaths(two.$)]);
      assert.equal(seen.size, PAGED_STORIES, "no story on both pages");
      const past = await getPage(server.url, `/en/search?q=${PAGED_TOKEN}&page=5`);
      assert.equal(past.response.status, 200);
      assert.equal(past.$(".search-hits").length, 0);
      assert.ok(
        past.$(`.search-status a[href="/en/search?q=${PAGED_TOKEN}"]`).length === 1,
        "links back to page 1",
      );
    });

    it("shows a prompt without a query and a hint when nothing matches", async () => {
      for (const path of ["/en/search", "/en/search?q=", "/en/search?q=+++"]) {
        const { response, $ } = await getPage(server.url, path);
        assert.equal(response.status, 200, path);
        assert.equal($(".search-hits").length, 0);
        assert.match($(".search-status").text(), /Type a word/);
      }
      const noWords = await getPage(server.url, `/en/search?q=${encodeURIComponent('" * -')}`);
      assert.equal(noWords.response.status, 200);
      assert.match(noWords.$(".search-status").text(), /no words we can look for/);
      const none = await getPage(server.url, "/en/search?q=xylophonequasar");
      assert.equal(none.response.status, 200);
      assert.match(none.$(".search-status").text(), /No stories match “xylophonequasar”/);
      assert.match(none.$(".search-status").text(), /remove a filter/);
      const bn = await getPage(server.url, "/bn/search?q=xylophonequasar");
      assert.match(bn.$(".search-status").text(), /কোনো খবর পাওয়া যায়নি/);
    });

    it("never fails on hostile queries: search syntax is only text", async () => {
      const hostile = [
        `" * ^ NEAR( AND OR NOT -`,
        '"',
        '"unbalanced quote',
        "a* OR b*",
        "NEAR(river flood, 2)",
        "headline:river",
        "river -flood",
        "((()))",
        "\\ ' ; -- %",
        "NOT",
        "AND OR",
        "^river",
        "river & flood | ! <->",
        'নদী " * OR',
        "🙂",
      ];
      for (const q of hostile) {
        for (const edition of ["en", "bn"]) {
          const response = await rawGet(server.url, `/${edition}/search?q=${encodeURIComponent(q)}`);
          assert.equal(
            response.status,
            200,
            `${JSON.stringify(q)} on ${edition}: ${response.body.slice(0, 200)}`,
          );
        }
        const fromApi = await api(`/search?edition=en&q=${encodeURIComponent(q)}`);
        assert.equal(fromApi.status, 200, `${JSON.stringify(q)} in the API: ${JSON.stringify(fromApi.body)}`);
      }
    });

    it("answers bad search addresses with a localized 400 page", async () => {
      const bad: [string, RegExp | null][] = [
        [`q=${"a".repeat(10_000)}`, null],
        [`q=${"a".repeat(501)}`, /at most 500 characters/],
        ["q=%ZZ", null],
        ["q=%E0%A6", null],
        ["q=%ED%A0%80", null],
        // PostgreSQL cannot hold U+0000 in text; every path or query holding %00 is refused.
        ["q=%00", null],
        ["q=river&from=2026-13-01", /real calendar dates/],
        ["q=river&from=yesterday", /real calendar dates/],
        ["q=river&to=2026-1-1", /real calendar dates/],
        ["q=river&from=2026-03-01&to=2026-02-01", /start date must not be after/],
        ["q=river&page=0", /from 1 to 50/],
        ["q=river&page=51", /from 1 to 50/],
        ["q=river&page=two", /from 1 to 50/],
        ["q=river&kind=blog", /do not recognise/],
        ["q=river&sort=oldest", /do not recognise/],
        ["q=river&q=flood", /only once/],
      ];
      for (const [query, message] of bad) {
        const response = await rawGet(server.url, `/en/search?${query}`);
        assert.equal(response.status, 400, `${query.slice(0, 60)}: ${response.status}`);
        assert.match(response.headers["content-type"] as string, /text\/html/);
        assert.equal(response.headers["cache-control"], "no-store");
        if (message) assert.match(response.body, message, query.slice(0, 60));
      }
      const bn = await getPage(server.url, "/bn/search?q=%E0%A6%A8&page=0");
      assert.equal(bn.response.status, 400);
      assert.equal(bn.$("html").attr("lang"), "bn");
      assert.match(bn.$(".search-problems").text(), /ফলাফলের পাতা ১ থেকে ৫০ পর্যন্ত/);
      const malformed = await rawGet(server.url, "/bn/search?q=%ZZ");
      assert.equal(malformed.status, 400);
      assert.match(malformed.body, /lang="bn"/);
    });

    it("refuses impossible calendar dates such as 30 February", async () => {
      const response = await rawGet(server.url, "/en/search?q=river&from=2026-02-30");
      assert.equal(response.status, 400);
    });

    it("is reachable from the masthead of every page and from the front page's SearchAction", async () => {
      const front = await getPage(server.url, "/bn/");
      assert.equal(front.$(".masthead-strip a.search-link").attr("href"), "/bn/search");
      const website = front
        .$('script[type="application/ld+json"]')
        .toArray()
        .map((el) => JSON.parse(front.$(el).text()) as Record<string, unknown>)
        .find((d) => d["@type"] === "WebSite");
      const action = website?.potentialAction as { target: { urlTemplate: string } } | undefined;
      assert.ok(action, "the WebSite has a SearchAction");
      const target = new URL(
        action.target.urlTemplate.replace("{search_term_string}", encodeURIComponent("নদী")),
      );
      const results = await getPage(server.url, target.pathname + target.search);
      assert.equal(results.response.status, 200);
      assert.ok(results.$(".search-hits > li").length > 0);
    });

    it("searches through the Content API with a key", async () => {
      const found = await api(`/search?edition=en&q=${TOKEN}&pageSize=2`);
      assert.equal(found.status, 200, JSON.stringify(found.body));
      const body = found.body as SearchJson;
      assert.equal(body.total, 3);
      assert.equal(body.totalIsCapped, false);
      assert.deepEqual([body.page, body.pageSize, body.pageCount], [1, 2, 2]);
      assert.equal(body.items.length, 2);
      for (const item of body.items) {
        assert.ok(Object.values(tokenStories).includes(item.id));
        assert.equal("bodyHtml" in item, false, "results are summaries, without the body");
        const marked = [...item.highlights.headline, ...item.highlights.snippet].filter((p) => p.match);
        assert.ok(marked.length > 0 && marked.every((p) => p.text.toLowerCase() === TOKEN));
        assert.equal(item.highlights.headline.map((p) => p.text).join(""), item.headline);
      }
      const second = (await api(`/search?edition=en&q=${TOKEN}&pageSize=2&page=2`)).body as SearchJson;
      assert.equal(second.items.length, 1);
      const opinion = (await api(`/search?edition=en&q=${TOKEN}&kind=analysis`)).body as SearchJson;
      assert.deepEqual(
        opinion.items.map((i) => i.id),
        [tokenStories.analysis],
      );
      assert.equal((await api(`/search?edition=en&q=${TOKEN}`, false)).status, 401);
    });

    it("answers bad Content API searches with 400 problem documents", async () => {
      for (const query of [
        `q=${TOKEN}`,
        `edition=fr&q=${TOKEN}`,
        `edition=en&q=${"a".repeat(501)}`,
        "edition=en&q=%ZZ",
        "edition=en&q=%ED%A0%80",
        "edition=en&q=x&from=2026-13-01",
        "edition=en&q=x&from=2026-03-01&to=2026-02-01",
        "edition=en&q=x&page=0",
        "edition=en&q=x&page=51",
        "edition=en&q=x&pageSize=0",
        "edition=en&q=x&pageSize=51",
        "edition=en&q=x&sort=oldest",
        "edition=en&q=x&unknown=1",
      ]) {
        const response = await api(`/search?${query}`);
        assert.equal(response.status, 400, `${query.slice(0, 60)}: ${JSON.stringify(response.body)}`);
        assert.match(response.type ?? "", /^application\/problem\+json/);
        assert.match((response.body as { code: string }).code, /^(VALIDATION_FAILED|BAD_REQUEST)$/);
      }
    });

    it("shows the stored related stories, in order, on story pages and in the Content API", async () => {
      const { $ } = await getPage(server.url, "/en/");
      const path = $(".story-card-headline a").first().attr("href") ?? "";
      const slug = decodeURIComponent(path.split("/").at(-1) ?? "");
      const db = server.server.db.kysely;
      const { id } = await db
        .selectFrom("articles")
        .where("edition", "=", "en")
        .where("slug", "=", slug)
        .select("id")
        .executeTakeFirstOrThrow();
      const now = server.clock().toISOString();
      const visible = await summariesByIds(db, "en", await relatedIdsFor(db, id), now);
      // Every related item shows a thumbnail, so computed stories without a lead picture are
      // passed over (this story has no pins; related-pins.e2e covers those).
      const expected = visible.filter((s) => s.leadMediaId !== null).slice(0, 4);
      assert.ok(expected.length > 0, "the story has related stories");
      const page = await getPage(server.url, path);
      const shown = page
        .$(".related-item .related-headline a")
        .map((_, a) => page.$(a).text())
        .get();
      assert.deepEqual(
        shown,
        expected.map((s) => s.headline),
      );
      const fromApi = await api(`/articles/${id}?include=related`);
      assert.deepEqual(
        (fromApi.body as { related: { id: number }[] }).related.map((r) => r.id),
        expected.map((s) => s.id),
      );
    });
  });
}
