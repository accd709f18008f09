import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pageWindow } from "./search-pagination.tsx";

describe("pageWindow", () => {
  it("shows every page of a short list", () => {
    assert.deepEqual(pageWindow(1, 1), [1]);
    assert.deepEqual(pageWindow(2, 5), [1, 2, 3, 4, 5]);
  });

  it("keeps the first, the last and two on each side of the current page, with gaps between", () => {
    assert.deepEqual(pageWindow(1, 50), [1, 2, 3, null, 50]);
    assert.deepEqual(pageWindow(10, 50), [1, null, 8, 9, 10, 11, 12, null, 50]);
    assert.deepEqual(pageWindow(4, 50), [1, 2, 3, 4, 5, 6, null, 50]);
    assert.deepEqual(pageWindow(50, 50), [1, null, 48, 49, 50]);
  });
});
