import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { DIALECTS, unavailable, useMigratedDatabase } from "../../test/support/databases.ts";
import { eventually } from "../../test/support/eventually.ts";
import { createLogger } from "../logger.ts";
import type { CacheNoticeListener } from "./cache-notices.ts";
import { NodeCache } from "./node-cache.ts";

/** Renders an answer tagged `keys`, counting renders. */
function renderer(keys: string[]) {
  const counted = { renders: 0 };
  const render = async () => {
    counted.renders++;
    return { answer: { status: 200, type: "text/plain", body: `render ${counted.renders}` }, keys };
  };
  return Object.assign(counted, { render });
}

describe("NodeCache", () => {
  it("renders a burst of misses for one entry once, and keeps only 200s", async () => {
    const cache = new NodeCache({});
    const page = renderer(["article-1"]);
    const served = await Promise.all(Array.from({ length: 10 }, () => cache.through("p", page.render)));
    assert.equal(page.renders, 1);
    assert.deepEqual(
      served.map((s) => s.answer.body),
      Array(10).fill("render 1"),
    );
    const missing = async () => ({ answer: { status: 404, type: "text/plain", body: "no" }, keys: [] });
    await cache.through("gone", missing);
    assert.equal(cache.size, 1);
  });

  it("drops what announced keys touched once the announcing transaction has committed", async () => {
    const cache = new NodeCache({});
    const page = renderer(["article-1"]);
    await cache.through("p", page.render);
    cache.drop(["article-2"]);
    assert.equal((await cache.through("p", page.render)).hit, true);
    cache.drop(["article-1"]);
    assert.equal((await cache.through("p", page.render)).hit, false);
  });
});

const skip = DIALECTS.includes("postgres")
  ? await unavailable("postgres")
  : "notices are for several nodes on PostgreSQL (DIALECTS excludes postgres)";

describe("NodeCache on two nodes of one PostgreSQL database", { skip }, () => {
  const test = useMigratedDatabase("postgres");
  const [a, b] = [new NodeCache({}), new NodeCache({})];
  let listeners: CacheNoticeListener[] = [];
  before(async () => {
    listeners = await Promise.all(
      [a, b].map((cache) => cache.hearOtherNodes(test.url, createLogger("silent"))),
    );
  });
  after(() => Promise.all(listeners.map((l) => l.close())));

  it("drops the other node's entries at commit, and not its own fresh render again when the notice echoes", async () => {
    const onA = renderer(["article-5"]);
    const onB = renderer(["article-5"]);
    await a.through("p", onA.render);
    await b.through("p", onB.render);
    await test.db.kysely.transaction().execute((trx) => a.announce(trx, ["article-5"]));
    a.flush();
    assert.equal((await a.through("p", onA.render)).hit, false, "A re-renders after its own change");
    await eventually(
      async () => ((await b.through("p", onB.render)).hit ? undefined : true),
      5000,
      "B's drop",
    );
    // B has heard the notice, so A has too: A's render after the change must have survived it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal((await a.through("p", onA.render)).hit, true);
    assert.equal(onA.renders, 2);
  });
});
