import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scrollableTables } from "./scrollable-tables.ts";

describe("tables in a story body", () => {
  it("go each into a focusable region named by its place", () => {
    const body = "<p>x</p><table><tr><td>a</td></tr></table><table><tr><td>b</td></tr></table>";
    assert.equal(
      scrollableTables(body, (place) => `সারণি ${place}`),
      '<p>x</p><div class="table-scroll" role="region" tabindex="0" aria-label="সারণি 1"><table><tr><td>a</td></tr></table></div>' +
        '<div class="table-scroll" role="region" tabindex="0" aria-label="সারণি 2"><table><tr><td>b</td></tr></table></div>',
    );
  });

  it("leave a body without tables as it is and escape the name", () => {
    assert.equal(
      scrollableTables("<p>table</p>", () => "x"),
      "<p>table</p>",
    );
    assert.match(
      scrollableTables("<table></table>", () => 'A "quoted" <name>'),
      /aria-label="A &quot;quoted&quot; &lt;name>"/,
    );
  });
});
