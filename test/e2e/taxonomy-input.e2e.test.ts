import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * Whatever an editor types as a section, tag or author name, every feed stays well-formed; and
 * names and tags are kept only for the editions the site is configured with.
 */
const HOSTILE = `<script>&"'`;

/** Parses the document with libxml2's strict parser; throws with its complaint when ill-formed. */
function assertWellFormedXml(xml: string, label: string) {
  try {
    execFileSync("xmllint", ["--noout", "-"], { input: xml, stdio: ["pipe", "pipe", "pipe"] });
  } catch (error) {
    assert.fail(`${label} is not well-formed XML: ${(error as { stderr?: Buffer }).stderr?.toString()}`);
  }
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`taxonomy input on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
    });
    after(async () => server?.stop());

    it("keeps RSS, Atom and JSON feeds well-formed with markup, quotes and ampersands in every name", async () => {
      const editor = as.editor;
      const section = await editor.request("POST", "/sections", {
        key: "hostile",
        position: 40,
        localizations: [{ edition: "en", slug: "hostile", name: `Section ${HOSTILE}` }],
      });
      assert.equal(section.status, 204, JSON.stringify(section.body));
      const tag = await editor.request("POST", "/tags", {
        edition: "en",
        name: `Tag ${HOSTILE}`,
        slug: "hostile-tag",
      });
      assert.equal(tag.status, 201, JSON.stringify(tag.body));
      const author = await editor.request("POST", "/authors", {
        slug: "hostile-author",
        kind: "staff",
        localizations: [{ edition: "en", name: `Author ${HOSTILE}`, title: HOSTILE, bio: HOSTILE }],
      });
      assert.equal(author.status, 204, JSON.stringify(author.body));
      const headline = `Headline ${HOSTILE} ]]> and again ]]>`;
      const created = await editor.request<{ id: number }>("POST", "/articles", {
        edition: "en",
        section: "hostile",
        headline,
        standfirst: `Standfirst ${HOSTILE} ]]>`,
        body: "<p>Body with ]]&gt; and &amp;.</p>",
        tags: ["hostile-tag"],
        authors: ["hostile-author"],
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const published = await editor.request("POST", `/articles/${created.body.id}/publish`);
      assert.equal(published.status, 200, JSON.stringify(published.body));

      for (const listing of ["/en/", "/en/hostile/", "/en/tag/hostile-tag/", "/en/author/hostile-author/"]) {
        for (const file of ["feed.xml", "atom.xml"]) {
          const response = await fetch(`${server.url}${listing}${file}`);
          assert.equal(response.status, 200, `${listing}${file}`);
          const xml = await response.text();
          assertWellFormedXml(xml, `${listing}${file}`);
          assert.ok(
            xml.includes("Section &lt;script&gt;&amp;"),
            `${listing}${file} names the section, escaped`,
          );
        }
        const json = (await (await fetch(`${server.url}${listing}feed.json`)).json()) as {
          items: { title: string; tags: string[]; authors: { name: string }[] }[];
        };
        const item = json.items.find((i) => i.title === headline);
        assert.ok(item, `${listing}feed.json has the story, headline intact`);
        assert.deepEqual(item.tags, [`Section ${HOSTILE}`]);
        assert.deepEqual(
          item.authors.map((a) => a.name),
          [`Author ${HOSTILE}`],
        );
      }
    });

    it("refuses tags, sections and authors for an edition the site does not have, naming it", async () => {
      const editor = as.editor;
      const attempts: [string, string, Record<string, unknown>][] = [
        ["POST", "/tags", { edition: "zz", name: "Junk" }],
        [
          "POST",
          "/sections",
          { key: "junk", position: 50, localizations: [{ edition: "zz", slug: "junk", name: "Junk" }] },
        ],
        [
          "POST",
          "/sections",
          {
            key: "junk-mixed",
            position: 50,
            localizations: [
              { edition: "en", slug: "junk-mixed", name: "Junk" },
              { edition: "zz", slug: "junk-mixed", name: "Junk" },
            ],
          },
        ],
        ["PATCH", "/sections/national", { localizations: [{ edition: "zz", slug: "junk", name: "Junk" }] }],
        [
          "POST",
          "/authors",
          {
            slug: "junk-author",
            kind: "staff",
            localizations: [{ edition: "zz", name: "J", title: "", bio: "" }],
          },
        ],
      ];
      for (const [method, path, body] of attempts) {
        const response = await editor.request<{ code: string; detail: string }>(method, path, body);
        assert.equal(response.status, 400, `${method} ${path} ${JSON.stringify(response.body)}`);
        assert.equal(response.body.code, "VALIDATION_FAILED");
        assert.match(response.body.detail, /"zz"/);
      }
      const sections = await editor.get<{ items: { key: string }[] }>("/sections?edition=en");
      assert.ok(!sections.body.items.some((s) => s.key.startsWith("junk")), "nothing was written");
      const tags = await editor.get<{ items: unknown[] }>("/tags?edition=zz");
      assert.deepEqual(tags.body.items, []);
      const authors = await editor.get<{ items: { slug: string }[] }>("/authors");
      assert.ok(!authors.body.items.some((a) => a.slug === "junk-author"));
    });
  });
}
