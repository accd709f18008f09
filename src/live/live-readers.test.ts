import assert from "node:assert/strict";
import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, it } from "node:test";
import { useMigratedDatabase } from "../../test/support/databases.ts";
import { DEFAULT_SITE } from "../config/site.ts";
import { createLogger } from "../logger.ts";
import { editionContext } from "../site/edition-context.ts";
import { LiveReaders } from "./live-readers.tsx";

/** A reader's connection as the readers see it: what was written, and whether it was cut off. */
function connection(buffered = 0) {
  const request = new EventEmitter();
  const written: string[] = [];
  const state = { destroyed: false, ended: false };
  const response = {
    writableLength: buffered,
    write(text: string) {
      written.push(text);
      return true;
    },
    destroy() {
      state.destroyed = true;
    },
    end() {
      state.ended = true;
    },
  };
  return {
    request: request as unknown as IncomingMessage,
    response: response as unknown as ServerResponse,
    written,
    state,
    leave: () => request.emit("close"),
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a node's live-blog readers", () => {
  const test = useMigratedDatabase("sqlite");
  const en = DEFAULT_SITE.editions.find((e) => e.code === "en");
  assert.ok(en);
  const story = {
    id: 1,
    path: "/en/national/results",
    ctx: editionContext({ site: DEFAULT_SITE, siteUrl: "http://dateline.test" } as never, en),
  };
  const readersWithBeat = () => new LiveReaders(test.db.kysely, createLogger("silent"), { heartbeatMs: 10 });

  it("keeps quiet streams open with a comment now and then, and stops once the reader leaves", async () => {
    const readers = readersWithBeat();
    const reader = connection();
    readers.open(story, reader.request, reader.response, undefined);
    assert.equal(readers.count, 1);
    await pause(60);
    assert.ok(reader.written.filter((text) => text === ":\n\n").length >= 2, "heartbeats written");
    reader.leave();
    assert.equal(readers.count, 0);
    const after = reader.written.length;
    await pause(40);
    assert.equal(reader.written.length, after, "nothing written after the reader left");
  });

  it("cuts off a reader that has stopped reading, rather than buffer for it without end", async () => {
    const readers = readersWithBeat();
    const stalled = connection(2 * 1024 * 1024);
    const reading = connection();
    readers.open(story, stalled.request, stalled.response, undefined);
    readers.open(story, reading.request, reading.response, undefined);
    await pause(40);
    assert.equal(stalled.state.destroyed, true);
    assert.equal(stalled.written.length, 0);
    assert.equal(reading.state.destroyed, false);
    assert.ok(reading.written.length > 0);
    reading.leave();
    stalled.leave();
  });

  it("ends every stream when the server stops", () => {
    const readers = readersWithBeat();
    const reader = connection();
    readers.open(story, reader.request, reader.response, undefined);
    readers.closeAll();
    assert.equal(reader.state.ended, true);
    reader.leave();
  });
});
