import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  clampPoint,
  clampRect,
  fitAspect,
  isWhole,
  MIN_SIDE,
  moveRect,
  pointInCrop,
  resizeRect,
  wholePicture,
} from "./crop-geometry.ts";

const size = { width: 1200, height: 800 };

describe("crop tool geometry", () => {
  it("keeps a rectangle inside the picture in whole pixels, never under the smallest side", () => {
    assert.deepEqual(clampRect({ x: -5, y: 790.4, width: 10, height: 99.6 }, size), {
      x: 0,
      y: 700,
      width: MIN_SIDE,
      height: 100,
    });
    assert.deepEqual(clampRect({ x: 0, y: 0, width: 5000, height: 5000 }, size), wholePicture(size));
  });

  it("moves without changing size, stopping at the edges", () => {
    const rect = { x: 100, y: 100, width: 400, height: 300 };
    assert.deepEqual(moveRect(rect, 10, -20, size), { x: 110, y: 80, width: 400, height: 300 });
    assert.deepEqual(moveRect(rect, 5000, 5000, size), { x: 800, y: 500, width: 400, height: 300 });
  });

  it("resizes from a corner around the opposite one", () => {
    const rect = { x: 100, y: 100, width: 400, height: 300 };
    assert.deepEqual(resizeRect(rect, "se", 50, 20, size, null), { x: 100, y: 100, width: 450, height: 320 });
    assert.deepEqual(resizeRect(rect, "nw", 50, 20, size, null), { x: 150, y: 120, width: 350, height: 280 });
    assert.deepEqual(resizeRect(rect, "nw", -500, -500, size, null), { x: 0, y: 0, width: 500, height: 400 });
    assert.equal(resizeRect(rect, "se", -1000, 0, size, null).width, MIN_SIDE);
  });

  it("keeps a ratio while resizing, within the picture", () => {
    const rect = { x: 0, y: 0, width: 400, height: 400 };
    const wide = resizeRect(rect, "se", 1000, 0, size, 1);
    assert.deepEqual(wide, { x: 0, y: 0, width: 800, height: 800 });
    const sixteenNine = resizeRect({ x: 0, y: 0, width: 320, height: 180 }, "se", 100, 0, size, 16 / 9);
    assert.deepEqual(sixteenNine, { x: 0, y: 0, width: 420, height: 236 });
  });

  it("fits a ratio inside the current crop, around its centre", () => {
    assert.deepEqual(fitAspect(wholePicture(size), 1, size), { x: 200, y: 0, width: 800, height: 800 });
    assert.deepEqual(fitAspect(wholePicture(size), 16 / 9, size), { x: 0, y: 63, width: 1200, height: 675 });
  });

  it("tells the whole picture from a crop", () => {
    assert.ok(isWhole(wholePicture(size), size));
    assert.ok(!isWhole({ x: 0, y: 0, width: 1199, height: 800 }, size));
  });

  it("places the focal point as fractions of the crop, inside it", () => {
    const crop = { x: 200, y: 100, width: 400, height: 200 };
    assert.deepEqual(pointInCrop({ x: 300, y: 150 }, crop), { x: 0.25, y: 0.25 });
    assert.deepEqual(pointInCrop({ x: 0, y: 900 }, crop), { x: 0, y: 1 });
    assert.deepEqual(clampPoint({ x: 0.123456, y: 2 }), { x: 0.1235, y: 1 });
  });
});
