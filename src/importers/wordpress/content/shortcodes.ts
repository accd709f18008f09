/**
 * WordPress shortcodes (`[name attr="v"]`, `[name /]`, `[name]…[/name]`) read by a small scanner
 * rather than WordPress's regular expression: a `]` inside a quoted attribute does not end the
 * tag, and every step moves forward, so hostile text (a megabyte of `[[[[`) costs linear time.
 */

export type ShortcodeNode =
  | { kind: "text"; text: string }
  | {
      kind: "shortcode";
      name: string;
      /** Named attributes, names lower-cased as WordPress does. */
      attrs: Record<string, string>;
      /** Values given without a name (`[embed https://…]`, `[foo bar]`). */
      positional: string[];
      /** The enclosed nodes, or null for a self-closing or unclosed shortcode. */
      content: ShortcodeNode[] | null;
      /** The opening tag's source, to keep an unknown shortcode as the author wrote it. */
      openTag: string;
      closeTag: string;
    };

// A tag longer than this is prose with a stray bracket, not a shortcode; the cap also bounds
// how far one failed attempt can read ahead.
const MAX_TAG_LENGTH = 4000;
// Deeper enclosing shortcodes than this are kept as text rather than recursed into.
const MAX_DEPTH = 32;
const NAME = /^[A-Za-z][\w-]*/;
const ATTR_NAME = /^[\w.:-]+/;
const UNQUOTED = /^[^\s'"\][]+/;

interface OpenTag {
  name: string;
  attrs: Record<string, string>;
  positional: string[];
  selfClosing: boolean;
  end: number;
}

/** The shortcodes and text of `source`, in order. */
export function parseShortcodes(source: string): ShortcodeNode[] {
  return new ShortcodeScanner(source).nodes(0, source.length, 0);
}

class ShortcodeScanner {
  /** Where each name's closing tags `[/name]` start, ascending: found once, searched by halving. */
  private readonly closings = new Map<string, number[]>();

  constructor(private readonly source: string) {
    for (const match of source.matchAll(/\[\/([A-Za-z][\w-]*)\]/g)) {
      const name = match[1]?.toLowerCase() ?? "";
      const list = this.closings.get(name) ?? [];
      list.push(match.index);
      this.closings.set(name, list);
    }
  }

  nodes(from: number, to: number, depth: number): ShortcodeNode[] {
    const out: ShortcodeNode[] = [];
    let text = "";
    let at = from;
    while (at < to) {
      const bracket = this.source.indexOf("[", at);
      if (bracket === -1 || bracket >= to) {
        text += this.source.slice(at, to);
        break;
      }
      text += this.source.slice(at, bracket);
      const escaped = this.source[bracket + 1] === "[" ? this.escaped(bracket, to) : null;
      if (escaped) {
        text += escaped.literal;
        at = escaped.end;
        continue;
      }
      const tag = this.openTag(bracket, to);
      if (!tag) {
        text += "[";
        at = bracket + 1;
        continue;
      }
      if (text) out.push({ kind: "text", text });
      text = "";
      const openTag = this.source.slice(bracket, tag.end);
      const close = tag.selfClosing ? -1 : this.closingAfter(tag.name, tag.end, to);
      if (close === -1 || depth >= MAX_DEPTH) {
        out.push({ kind: "shortcode", ...pick(tag), content: null, openTag, closeTag: "" });
        at = tag.end;
        continue;
      }
      const closeEnd = close + tag.name.length + 3;
      out.push({
        kind: "shortcode",
        ...pick(tag),
        content: this.nodes(tag.end, close, depth + 1),
        openTag,
        closeTag: this.source.slice(close, closeEnd),
      });
      at = closeEnd;
    }
    if (text) out.push({ kind: "text", text });
    return out;
  }

  /** `[[foo]]` or `[[foo]…[/foo]]`: WordPress's way of writing a shortcode as text. */
  private escaped(bracket: number, to: number): { literal: string; end: number } | null {
    const tag = this.openTag(bracket + 1, to);
    if (!tag) return null;
    if (this.source[tag.end] === "]") {
      return { literal: this.source.slice(bracket + 1, tag.end), end: tag.end + 1 };
    }
    const close = this.closingAfter(tag.name, tag.end, to);
    const closeEnd = close + tag.name.length + 3;
    if (close === -1 || this.source[closeEnd] !== "]") return null;
    return { literal: this.source.slice(bracket + 1, closeEnd), end: closeEnd + 1 };
  }

  private closingAfter(name: string, from: number, to: number): number {
    const list = this.closings.get(name);
    if (!list) return -1;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((list[mid] ?? 0) < from) low = mid + 1;
      else high = mid;
    }
    const found = list[low];
    return found !== undefined && found + name.length + 3 <= to ? found : -1;
  }

  /** The tag opening at `bracket`, or null when the text there is no shortcode. */
  private openTag(bracket: number, to: number): OpenTag | null {
    const limit = Math.min(to, bracket + MAX_TAG_LENGTH);
    const name = NAME.exec(this.source.slice(bracket + 1, Math.min(limit, bracket + 100)))?.[0];
    if (!name) return null;
    const attrs: Record<string, string> = {};
    const positional: string[] = [];
    let at = bracket + 1 + name.length;
    const rest = () => this.source.slice(at, limit);
    while (at < limit) {
      const char = this.source[at] ?? "";
      if (/\s/.test(char)) {
        at++;
      } else if (char === "]") {
        return { name: name.toLowerCase(), attrs, positional, selfClosing: false, end: at + 1 };
      } else if (char === "/" && this.source[at + 1] === "]") {
        return { name: name.toLowerCase(), attrs, positional, selfClosing: true, end: at + 2 };
      } else if (char === "[") {
        return null;
      } else {
        const attrName = ATTR_NAME.exec(rest())?.[0];
        if (attrName && this.source[at + attrName.length] === "=") {
          at += attrName.length + 1;
          const value = this.value(at, limit);
          if (!value) return null;
          attrs[attrName.toLowerCase()] = value.text;
          at = value.end;
        } else {
          const value = this.value(at, limit);
          if (!value) return null;
          positional.push(value.text);
          at = value.end;
        }
      }
    }
    return null;
  }

  private value(at: number, limit: number): { text: string; end: number } | null {
    const quote = this.source[at];
    if (quote === '"' || quote === "'") {
      const close = this.source.indexOf(quote, at + 1);
      if (close === -1 || close >= limit) return null;
      return { text: this.source.slice(at + 1, close), end: close + 1 };
    }
    const bare = UNQUOTED.exec(this.source.slice(at, limit))?.[0];
    // A "/" right before "]" closes the tag (`[foo bar/]`), it is not part of the value.
    if (!bare) return null;
    const text = bare.endsWith("/") && this.source[at + bare.length] === "]" ? bare.slice(0, -1) : bare;
    return text ? { text, end: at + text.length } : null;
  }
}

function pick(tag: OpenTag) {
  return { name: tag.name, attrs: tag.attrs, positional: tag.positional };
}
