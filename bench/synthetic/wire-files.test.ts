import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseWireFile } from "../../src/wire/formats/parse-wire-file.ts";
import { wireFile } from "./wire-files.ts";

describe("the wire bench's generated files", () => {
  it("parse in their format into the items they say they hold, each with a headline and a body", () => {
    for (let index = 0; index < 6; index++) {
      const file = wireFile(index);
      const parsed = parseWireFile(file.format, file.bytes);
      assert.equal(parsed.items.length, file.items, file.name);
      for (const item of parsed.items) {
        assert.ok(item.headline.length > 10, `${file.name}: headline`);
        assert.match(item.bodyHtml, /<p>/, `${file.name}: body`);
      }
    }
  });

  it("are the same for the same index, and differ between indexes", () => {
    assert.deepEqual(wireFile(7).bytes, wireFile(7).bytes);
    assert.notDeepEqual(wireFile(7).bytes, wireFile(10).bytes);
  });
});
