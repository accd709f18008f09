/**
 * Every public page type of both editions, as served, must be valid HTML by html-validate's
 * standard preset. No browser needed: the markup is checked exactly as the server sends it.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type ConfigData, HtmlValidate, type Message } from "html-validate";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import {
  EDITIONS,
  type EditionCode,
  type EditionPages,
  expectedStatus,
  mapEdition,
  PAGE_TYPES,
} from "./site-map.ts";

/**
 * The standard preset in full: the rules for conformance to the HTML standard (content models,
 * required attributes, unique ids, valid attribute values, ...). Style rules such as void-style
 * or no-inline-style live in the "recommended" preset and are not applied, so nothing needs
 * relaxing today. Disable a rule here only for a deliberate markup choice, with the reason beside it.
 */
const CONFIG: ConfigData = {
  extends: ["html-validate:standard"],
};

const validator = new HtmlValidate(CONFIG);

function formatMessage(m: Message): string {
  return `${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (at ${m.selector})` : ""}`;
}

describe("HTML validity of the public site (SQLite)", () => {
  let server: TestServer | undefined;
  const maps = new Map<EditionCode, EditionPages>();

  before(async () => {
    server = await startTestServer("sqlite");
    for (const edition of EDITIONS) maps.set(edition, await mapEdition(server.url, edition));
  });
  after(async () => server?.stop());

  for (const edition of EDITIONS) {
    for (const type of PAGE_TYPES) {
      it(`${edition} ${type} page is valid HTML`, async (t) => {
        assert.ok(server);
        const path = maps.get(edition)?.paths[type];
        if (!path && type === "article-wire") return t.skip(`no agency story found in the ${edition} demo`);
        assert.ok(path, `found a ${type} page by following links from /${edition}/`);
        const response = await fetch(server.url + path, { redirect: "manual" });
        assert.equal(response.status, expectedStatus(type), `GET ${path}`);
        const report = await validator.validateString(await response.text(), `${edition}-${type}.html`);
        const messages = report.results.flatMap((r) => r.messages);
        assert.equal(report.errorCount, 0, `${path}\n  ${messages.map(formatMessage).join("\n  ")}`);
      });
    }
  }
});
