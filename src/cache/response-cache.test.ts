import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ResponseCache } from "./response-cache.ts";

function cache(options: { maxEntries?: number; now?: () => number } = {}) {
  return new ResponseCache<string>({
    maxEntries: options.maxEntries ?? 100,
    maxAgeMs: 60_000,
    now: options.now,
  });
}

describe("ResponseCache", () => {
  it("drops exactly the entries tagged with an invalidated key", () => {
    const c = cache();
    c.set("front", "F", ["front-en", "article-1", "article-2"], c.ticket());
    c.set("story-1", "A1", ["article-1"], c.ticket());
    c.set("story-3", "A3", ["article-3"], c.ticket());
    c.set("section", "S", ["section-4", "article-3"], c.ticket());
    c.invalidate(["article-1"]);
    assert.deepEqual(
      ["front", "story-1", "story-3", "section"].map((id) => c.get(id)),
      [undefined, undefined, "A3", "S"],
    );
  });

  it("does not keep a render that began before one of its keys changed", () => {
    const c = cache();
    const early = c.ticket();
    c.invalidate(["article-1"]);
    assert.equal(c.set("story-1", "old", ["article-1"], early), false);
    assert.equal(c.get("story-1"), undefined);
    assert.equal(
      c.set("story-2", "other", ["article-2"], early),
      true,
      "an unrelated change does not matter",
    );
    assert.equal(c.set("story-1", "new", ["article-1"], c.ticket()), true);
    assert.equal(c.get("story-1"), "new");
  });

  it("keeps its key index in step when the LRU evicts or an entry is replaced", () => {
    const c = cache({ maxEntries: 2 });
    c.set("a", "A", ["k1"], c.ticket());
    c.set("a", "A2", ["k2"], c.ticket());
    c.invalidate(["k1"]);
    assert.equal(c.get("a"), "A2", "the replaced entry's old key no longer reaches it");
    c.set("b", "B", ["k3"], c.ticket());
    c.set("c", "C", ["k3"], c.ticket());
    assert.equal(c.size, 2);
    c.invalidate(["k3"]);
    assert.equal(c.size, 0);
  });

  it("clear() drops everything and refuses renders begun before it", () => {
    const c = cache();
    const early = c.ticket();
    c.set("a", "A", ["k1"], early);
    c.clear();
    assert.equal(c.get("a"), undefined);
    assert.equal(c.set("b", "B", ["k9"], early), false);
  });

  it("trusts entries only for a second while degraded", () => {
    let now = 0;
    const c = cache({ now: () => now });
    c.set("a", "A", ["k"], c.ticket());
    c.degrade(true);
    now = 999;
    assert.equal(c.get("a"), "A");
    now = 1001;
    assert.equal(c.get("a"), undefined);
    c.degrade(false);
    assert.equal(c.get("a"), "A");
  });

  it("counts hits and misses", () => {
    const counted = { hit: 0, miss: 0 };
    const c = cache();
    c.counts = { hit: () => counted.hit++, miss: () => counted.miss++ };
    c.get("a");
    c.set("a", "A", [], c.ticket());
    c.get("a");
    assert.deepEqual(counted, { hit: 1, miss: 1 });
  });
});
