export type HtmlToken =
  | { kind: "text"; text: string }
  | { kind: "tag"; source: string; name: string; closing: boolean; end: number };

/**
 * The tags and text of an HTML string, lazily and in one forward pass: a tag runs from `<name`
 * to the next `>`, found once and reused, so a megabyte of unclosed `<a<a<a` costs linear time
 * where a pattern like `<[^>]*>` would rescan to the end from every `<`. Attribute values holding
 * `>` end a tag early; the sanitizer, which parses properly, has the last word on such markup.
 * `skipTo` lets the caller jump over an element's content (a `<pre>`, a `<script>`).
 */
export class HtmlScanner {
  private at = 0;
  private nextClose = -1;
  private readonly closings = new Map<string, number>();
  readonly lower: string;

  constructor(readonly html: string) {
    this.lower = html.toLowerCase();
  }

  skipTo(position: number): void {
    this.at = Math.max(this.at, position);
  }

  get position(): number {
    return this.at;
  }

  next(): HtmlToken | null {
    const { html } = this;
    if (this.at >= html.length) return null;
    let search = this.at;
    while (search < html.length) {
      const open = html.indexOf("<", search);
      if (open === -1) break;
      if (this.nextClose !== Number.POSITIVE_INFINITY && this.nextClose <= open) {
        const found = html.indexOf(">", open);
        this.nextClose = found === -1 ? Number.POSITIVE_INFINITY : found;
      }
      if (this.nextClose === Number.POSITIVE_INFINITY) break;
      const name = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(open, open + 40));
      if (!name) {
        search = open + 1;
        continue;
      }
      if (open > this.at) {
        const text = html.slice(this.at, open);
        this.at = open;
        return { kind: "text", text };
      }
      const end = this.nextClose + 1;
      this.at = end;
      return {
        kind: "tag",
        source: html.slice(open, end),
        name: (name[2] ?? "").toLowerCase(),
        closing: name[1] === "/",
        end,
      };
    }
    const text = html.slice(this.at);
    this.at = html.length;
    return { kind: "text", text };
  }

  /** Where `</name` next starts from the current position, or -1 (remembered, so many unclosed `<pre>` stay linear). */
  closingOf(name: string): number {
    const known = this.closings.get(name);
    if (known === -1 || (known !== undefined && known >= this.at)) return known;
    const found = this.lower.indexOf(`</${name}`, this.at);
    this.closings.set(name, found);
    return found;
  }
}
