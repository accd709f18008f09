import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  cropIssues,
  cropOfRow,
  croppedSize,
  cropTag,
  effectiveCrop,
  focalPointOfRow,
  MIN_CROP_SIDE,
  sameCrop,
} from "./media-crop.ts";

describe("crop geometry", () => {
  it("accepts a crop inside the picture, edges included", () => {
    assert.deepEqual(cropIssues({ x: 0, y: 0, width: 1200, height: 800 }, 1200, 800), []);
    assert.deepEqual(cropIssues({ x: 200, y: 100, width: 1000, height: 700 }, 1200, 800), []);
  });

  it("names each side that reaches past the picture", () => {
    assert.deepEqual(
      cropIssues({ x: 201, y: 101, width: 1000, height: 700 }, 1200, 800).map((i) => i.path),
      ["crop.width", "crop.height"],
    );
  });

  it("refuses a side under the smallest", () => {
    const issues = cropIssues({ x: 0, y: 0, width: MIN_CROP_SIDE - 1, height: MIN_CROP_SIDE }, 1200, 800);
    assert.deepEqual(issues, [{ path: "crop.width", message: `must be at least ${MIN_CROP_SIDE} pixels` }]);
  });

  it("treats a crop of the whole picture as none", () => {
    assert.equal(effectiveCrop({ x: 0, y: 0, width: 1200, height: 800 }, 1200, 800), null);
    assert.deepEqual(effectiveCrop({ x: 0, y: 0, width: 1199, height: 800 }, 1200, 800), {
      x: 0,
      y: 0,
      width: 1199,
      height: 800,
    });
  });

  it("gives the size the crop leaves", () => {
    assert.deepEqual(croppedSize(null, 1200, 800), { width: 1200, height: 800 });
    assert.deepEqual(croppedSize({ x: 10, y: 10, width: 400, height: 300 }, 1200, 800), {
      width: 400,
      height: 300,
    });
  });

  it("names each crop's files apart, and the whole picture's as before", () => {
    const a = { x: 0, y: 0, width: 400, height: 300 };
    assert.equal(cropTag(null), "");
    assert.match(cropTag(a), /^-c[0-9a-f]{10}$/);
    assert.equal(cropTag(a), cropTag({ ...a }));
    assert.notEqual(cropTag(a), cropTag({ ...a, x: 1 }));
    assert.ok(sameCrop(a, { ...a }) && sameCrop(null, null) && !sameCrop(a, null));
  });

  it("reads a crop only when all four columns are set, and rounds the focal point", () => {
    assert.equal(cropOfRow({ crop_x: 1, crop_y: 2, crop_width: 300, crop_height: null }), null);
    assert.deepEqual(cropOfRow({ crop_x: 1, crop_y: 2, crop_width: 300, crop_height: 200 }), {
      x: 1,
      y: 2,
      width: 300,
      height: 200,
    });
    assert.deepEqual(focalPointOfRow({ focal_x: 0.30000001192092896, focal_y: 1 }), { x: 0.3, y: 1 });
    assert.equal(focalPointOfRow({ focal_x: null, focal_y: 0.5 }), null);
  });
});
