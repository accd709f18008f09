/**
 * Each table in a story body goes inside a region that scrolls sideways, so on a phone a wide
 * table scrolls by itself instead of widening the whole page (which would make every line of the
 * story scroll). The region takes keyboard focus, so it can be scrolled without a pointer, and is
 * named by its place ("Table 2") so that no two landmarks on the page share a name. Stored bodies
 * are sanitized (content/sanitize-body.ts), where a <table> carries no attributes.
 */
export function scrollableTables(bodyHtml: string, name: (place: number) => string): string {
  let place = 0;
  return bodyHtml.replace(/<table>|<\/table>/g, (tag) => {
    if (tag === "</table>") return "</table></div>";
    place += 1;
    return `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeAttribute(name(place))}"><table>`;
  });
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}
