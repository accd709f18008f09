/**
 * Streams a WordPress export (WXR) into typed records without holding the file: each channel child is
 * built as a small tree, handed on as a record and dropped. The first record is the header, and it is
 * handed on only once the file is known to be WXR of a supported version, so a caller that refuses on
 * the first error has changed nothing.
 */
import { SaxesParser, type SaxesTagNS } from "saxes";
import { namespaceOf, newElement, textOf, type WxrElement } from "./wxr-elements.ts";
import { toAuthor, toCategory, toItem, toTag, toTerm } from "./wxr-map.ts";
import {
  SUPPORTED_WXR_VERSIONS,
  WxrError,
  type WxrHeader,
  type WxrRecord,
  type WxrVersion,
} from "./wxr-records.ts";

/**
 * Well-formedness faults that saxes reads past and that stay inside one element: an item holding one is
 * skipped with the reason; anywhere else the file stops. `]]>` in text is WordPress's old unescaped CDATA
 * end; control characters come pasted from word processors; entities are HTML ones outside CDATA.
 */
const ITEM_LOCAL_FAULTS: [RegExp, string][] = [
  [/"]]>" is disallowed/, 'raw "]]>" outside CDATA (an unescaped CDATA end)'],
  [/disallowed character\./, "a character XML does not allow (a control character)"],
  [/undefined entity/, "an entity XML does not define (HTML entities need CDATA)"],
];

const HEADER_FIELDS = new Set(["rss:title", "rss:link", "rss:description", "rss:language"]);
const HEADER_WP_FIELDS = new Set(["wxr_version", "base_site_url", "base_blog_url"]);

export interface ReadWxrOptions {
  /** Text one author, term or item may hold; a larger item is skipped, anything else larger stops the file. */
  maxRecordChars?: number;
}

/** Holds one record's text at most; far above any real post, far below what would strain the process. */
const DEFAULT_MAX_RECORD_CHARS = 64 * 1024 * 1024;

/** Reads records from a byte stream (e.g. `createReadStream(path)`); throws `WxrError` when the file cannot be read. */
export async function* readWxr(
  input: AsyncIterable<Uint8Array | string>,
  { maxRecordChars = DEFAULT_MAX_RECORD_CHARS }: ReadWxrOptions = {},
): AsyncGenerator<WxrRecord> {
  const reader = new WxrStreamState(maxRecordChars);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for await (const chunk of input) {
    yield* reader.feed(() => (typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true })));
  }
  yield* reader.feed(() => decoder.decode());
  yield* reader.end();
}

class WxrStreamState {
  private readonly parser = new SaxesParser({ xmlns: true, position: true });
  /** Open elements: rss, channel, then the channel child being built and its descendants. */
  private readonly open: (WxrElement | null)[] = [];
  private readonly header = new Map<string, string>();
  private headerSent = false;
  private channelLine = 1;
  /** Authors and terms met before the first item, held until the version is known. */
  private held: WxrRecord[] = [];
  private ready: WxrRecord[] = [];
  private itemFault: string | null = null;
  private failure: WxrError | null = null;
  /** Characters held by the channel child being built. */
  private recordChars = 0;

  constructor(private readonly maxRecordChars: number) {
    const parser = this.parser;
    parser.on("doctype", () => {
      throw new WxrError(
        "doctype-refused",
        "the file declares a DOCTYPE; WXR has none, and entity declarations are refused",
        parser.line,
      );
    });
    parser.on("xmldecl", (declaration) => {
      const encoding = declaration.encoding?.toLowerCase();
      if (encoding !== undefined && encoding !== "utf-8" && encoding !== "utf8") {
        throw new WxrError("not-utf8", `the file declares encoding ${declaration.encoding}, not UTF-8`, 1);
      }
    });
    parser.on("opentag", (tag) => this.opened(tag));
    parser.on("text", (text) => this.text(text, false));
    parser.on("cdata", (text) => this.text(text, true));
    parser.on("closetag", () => this.closed());
    parser.on("error", (error) => this.fault(error.message));
  }

  *feed(text: () => string): Generator<WxrRecord> {
    if (this.failure === null) {
      try {
        this.parser.write(text());
      } catch (error) {
        this.failure = asWxrError(error, this.parser.line, this.open.length > 0);
      }
    }
    yield* this.flush();
  }

  *end(): Generator<WxrRecord> {
    if (this.failure === null) {
      try {
        this.parser.close();
        if (!this.headerSent) throw new WxrError("not-wxr", "the file has no <rss><channel>");
      } catch (error) {
        this.failure = asWxrError(error, this.parser.line, true);
      }
    }
    yield* this.flush();
  }

  /** Records finished so far, then the failure that stopped reading, if any. */
  private *flush(): Generator<WxrRecord> {
    const ready = this.ready;
    this.ready = [];
    yield* ready;
    if (this.failure) throw this.failure;
  }

  private text(text: string, cdata: boolean): void {
    const top = this.top();
    if (!top) return;
    this.recordChars += text.length;
    if (this.recordChars <= this.maxRecordChars) {
      top.pieces.push({ text: ownCopy(text), cdata });
    } else if (this.insideItem()) {
      this.itemFault ??= `larger than ${this.maxRecordChars} characters`;
    } else {
      throw new WxrError(
        "too-large",
        `<${top.local}> holds more than ${this.maxRecordChars} characters`,
        this.parser.line,
      );
    }
  }

  private insideItem(): boolean {
    return this.open[2]?.ns === "rss" && this.open[2].local === "item";
  }

  private top(): WxrElement | null | undefined {
    return this.open.at(-1);
  }

  private opened(tag: SaxesTagNS): void {
    const depth = this.open.length;
    const ns = namespaceOf(tag.uri);
    const line = this.parser.line;
    if (depth === 0 && !(ns === "rss" && tag.local === "rss")) {
      throw new WxrError("not-wxr", `the root element is <${tag.name}>, not <rss>`, line);
    }
    if (depth === 1 && !(ns === "rss" && tag.local === "channel")) {
      throw new WxrError("not-wxr", `<rss> holds <${tag.name}> where <channel> should be`, line);
    }
    if (depth < 2) {
      if (depth === 1) this.channelLine = line;
      this.open.push(null);
      return;
    }
    const attributes = new Map<string, string>();
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.uri === "") attributes.set(attribute.local, attribute.value);
    }
    const element = newElement(ns, tag.local, line, attributes);
    if (depth === 2) this.recordChars = 0;
    if (depth === 2 && ns === "rss" && tag.local === "item") {
      this.sendHeader(line);
      this.itemFault = null;
    }
    this.top()?.children.push(element);
    this.open.push(element);
  }

  private closed(): void {
    const element = this.open.pop();
    if (this.open.length === 1) this.sendHeader(this.parser.line);
    if (this.open.length === 2 && element) this.finished(element);
  }

  private finished(element: WxrElement): void {
    const record = this.recordOf(element);
    if (record === null) {
      const name = element.ns === "wp" ? element.local : `${element.ns}:${element.local}`;
      if (!this.headerSent && (HEADER_FIELDS.has(name) || HEADER_WP_FIELDS.has(name))) {
        if (!this.header.has(name)) this.header.set(name, textOf(element).trim());
      }
    } else if (this.headerSent) {
      this.ready.push(record);
    } else {
      this.held.push(record);
    }
  }

  private recordOf(element: WxrElement): WxrRecord | null {
    if (element.ns === "rss" && element.local === "item") return toItem(element, this.itemFault);
    if (element.ns !== "wp") return null;
    if (element.local === "author") return toAuthor(element);
    if (element.local === "category") return toCategory(element);
    if (element.local === "tag") return toTag(element);
    if (element.local === "term") return toTerm(element);
    return null;
  }

  /** The header is complete at the first item (or the channel's end): check the version, then release. */
  private sendHeader(line: number): void {
    if (this.headerSent) return;
    const version = this.header.get("wxr_version");
    if (version === undefined) {
      throw new WxrError(
        "missing-version",
        "no <wp:wxr_version> before the first item: not a WordPress export",
        line,
      );
    }
    if (!/^\d+\.\d+$/.test(version)) {
      throw new WxrError(
        "invalid-version",
        `<wp:wxr_version> "${version.slice(0, 40)}" is not a version`,
        line,
      );
    }
    if (!SUPPORTED_WXR_VERSIONS.includes(version as WxrVersion)) {
      throw new WxrError(
        "unsupported-version",
        `WXR version ${version} is not one this importer reads (${SUPPORTED_WXR_VERSIONS.join(", ")})`,
        line,
      );
    }
    const header: WxrHeader = {
      kind: "header",
      line: this.channelLine,
      title: this.header.get("rss:title") ?? "",
      link: this.header.get("rss:link") ?? "",
      description: this.header.get("rss:description") ?? "",
      language: this.header.get("rss:language") ?? "",
      wxrVersion: version as WxrVersion,
      baseSiteUrl: this.header.get("base_site_url") ?? "",
      baseBlogUrl: this.header.get("base_blog_url") ?? "",
    };
    this.headerSent = true;
    this.ready.push(header, ...this.held);
    this.held = [];
  }

  private fault(message: string): void {
    const line = this.parser.line;
    const local = ITEM_LOCAL_FAULTS.find(([pattern]) => pattern.test(message));
    if (this.insideItem() && local) {
      this.itemFault ??= `${local[1]} at line ${line}`;
      return;
    }
    const plain = message.replace(/^(?:[^:]*:)?\d+:\d+: /, "");
    if (this.open.length === 0 && !this.headerSent) throw new WxrError("not-xml", `not XML: ${plain}`, line);
    throw new WxrError("malformed-xml", `broken XML: ${plain}`, line);
  }
}

function asWxrError(error: unknown, line: number, begun: boolean): WxrError {
  if (error instanceof WxrError) return error;
  if (error instanceof TypeError && /decode|encoded/i.test(error.message)) {
    return new WxrError("not-utf8", "the file is not valid UTF-8", line);
  }
  if (!begun) return new WxrError("not-xml", `not XML: ${String(error)}`, line);
  throw error;
}

/**
 * The text as a string of its own. The parser hands out slices of the chunk it read, and a slice
 * keeps its whole chunk alive: the few words an importer keeps per attachment held about 7 KB each
 * (210 MB at 29,000 attachments) until copied.
 */
function ownCopy(text: string): string {
  return Buffer.from(text, "utf8").toString("utf8");
}
