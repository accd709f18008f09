import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { AppError } from "../http/app-error.ts";
import { createBodySanitizer } from "./body-sanitizer.ts";
import { sanitizeStoryBody } from "./sanitize-body.ts";

describe("the body sanitizer's threads", () => {
  const bodies = createBodySanitizer(2);
  after(() => bodies.close());

  it("clean a body as sanitizeStoryBody does", async () => {
    const dirty =
      '<p onclick="x()">Hi<script>alert(1)</script> <a href="https://e.x">e</a></p><figure><img src="https://e.x/p.jpg"></figure>';
    assert.equal(await bodies.clean(dirty), sanitizeStoryBody(dirty));
    assert.doesNotMatch(await bodies.clean(dirty), /<img|<figure/);
  });

  it("refuse a body nested too deeply with sanitizeBody's 422", async () => {
    await assert.rejects(
      bodies.clean("<b>".repeat(166_000)),
      (error) => error instanceof AppError && error.status === 422 && error.extra.field === "body",
    );
  });

  it("leave the event loop running while they clean", async () => {
    // Cleaned on this thread, the body would be done before the loop turned once.
    const heavy = "<p>a<b>b</b>".repeat(30_000);
    let turns = 0;
    let cleaning = true;
    const spin = () => {
      turns += 1;
      if (cleaning) setImmediate(spin);
    };
    setImmediate(spin);
    const cleaned = bodies.clean(heavy).finally(() => {
      cleaning = false;
    });
    const turnsWhenDone = await cleaned.then(() => turns);
    assert.ok(turnsWhenDone > 0, "the loop turned while the body was cleaned");
  });

  it("clean bodies sent at once, each to its caller", async () => {
    const inputs = Array.from({ length: 8 }, (_, i) => `<p>${i}<iframe></iframe></p>`);
    assert.deepEqual(
      await Promise.all(inputs.map((html) => bodies.clean(html))),
      inputs.map((_, i) => `<p>${i}</p>`),
    );
  });

  it("refuse work once closed", async () => {
    const closing = createBodySanitizer(1);
    await closing.clean("<p>x</p>");
    await closing.close();
    await assert.rejects(closing.clean("<p>x</p>"), /closed/);
  });
});
