import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entryAuthorName, entryPath, entryTitle, entryUpdatedAt } from "./live-entries.public.ts";
import type { LiveEntry } from "./live-entry.ts";

function entry(overrides: Partial<LiveEntry>): LiveEntry {
  return {
    id: 7,
    articleId: 3,
    postedAt: "2026-12-05T01:00:00.000Z",
    headline: null,
    bodyHtml: "<p>Polls open.</p>",
    keyEvent: false,
    pinned: false,
    editedAt: null,
    version: 1,
    postedBy: { id: 2, name: "nusrat" },
    byline: { name: "Nusrat Jahan", authorSlug: "nusrat-jahan" },
    seq: 4,
    ...overrides,
  };
}

describe("a live blog entry for readers outside its page", () => {
  it("addresses an entry on the first page by its anchor, on later pages with ?page= first", () => {
    assert.equal(entryPath("/en/national/vote", 7), "/en/national/vote#entry-7");
    assert.equal(entryPath("/en/national/vote", 7, 1), "/en/national/vote#entry-7");
    assert.equal(entryPath("/en/national/vote", 7, 3), "/en/national/vote?page=3#entry-7");
  });

  it("titles an entry by its headline, or by the start of its text in one line", () => {
    assert.equal(entryTitle(entry({ headline: "Polls close" })), "Polls close");
    assert.equal(
      entryTitle(entry({ bodyHtml: "<p>Counting</p><p>starts &amp; goes on.</p>" })),
      "Counting starts & goes on.",
    );
    const long = entryTitle(entry({ bodyHtml: `<p>${"ভোট ".repeat(60)}</p>` }));
    assert.equal(long.length, 120);
    assert.ok(long.endsWith("…"));
  });

  it("dates an entry's last change by its correction, and signs it by its byline while there is one", () => {
    assert.equal(entryUpdatedAt(entry({})), "2026-12-05T01:00:00.000Z");
    assert.equal(entryUpdatedAt(entry({ editedAt: "2026-12-05T02:00:00.000Z" })), "2026-12-05T02:00:00.000Z");
    assert.equal(entryAuthorName(entry({})), "Nusrat Jahan");
    assert.equal(entryAuthorName(entry({ postedBy: null, byline: null })), null);
  });
});
