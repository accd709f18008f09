import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ApiError, NetworkError } from "../../api/client.ts";
import { bn } from "../../i18n/bn.ts";
import { en } from "../../i18n/en.ts";
import { refusalOf } from "./import-refusal.ts";

const problem = (status: number, reason?: string) =>
  new ApiError({ type: "about:blank", title: "Refused", status, detail: "English detail", reason }, null);

describe("why a pasted picture was not brought in", () => {
  it("names the import route's reasons, each translated in both languages", () => {
    const cases = [
      ["address-refused", "pastedImages.reason.addressRefused"],
      ["unreachable", "pastedImages.reason.unreachable"],
      ["not-a-picture", "pastedImages.reason.notAPicture"],
    ] as const;
    for (const [reason, key] of cases) {
      assert.deepEqual(refusalOf(problem(422, reason)), { kind: "failed", reason: key });
      assert.ok(en[key] && bn[key] && en[key] !== bn[key], key);
    }
  });

  it("counts a 413 as too large, and an upload's 415 as not a picture", () => {
    assert.deepEqual(refusalOf(problem(413)), { kind: "tooLarge" });
    assert.deepEqual(refusalOf(problem(415)), { kind: "failed", reason: "pastedImages.reason.notAPicture" });
  });

  it("falls back to a general reason, never the server's English", () => {
    for (const error of [
      problem(422, "a-reason-from-a-newer-server"),
      problem(500),
      new NetworkError(null),
    ]) {
      assert.deepEqual(refusalOf(error), { kind: "failed", reason: "pastedImages.reason.other" });
    }
    assert.ok(bn["pastedImages.reason.other"]);
  });
});
