/**
 * Reads PHP's serialize() format as plain data. WordPress stores arrays in post and term meta this way;
 * PHP's own unserialize() can instantiate classes from the text, so this reader never does: objects
 * become `PhpObject` records, references and custom-serialized (`C:`) values are refused. Nothing is
 * evaluated, and a malformed or oversized value is a refusal with a reason, never an exception.
 */

export type PhpValue = null | boolean | number | string | PhpArray | PhpObject;
/** Keys keep PHP's order and type: integer keys are numbers, string keys strings. */
export type PhpArray = Map<number | string, PhpValue>;
/** An object's class name and properties, as text only; private and protected names keep their NUL markers. */
export interface PhpObject {
  readonly phpClass: string;
  readonly properties: PhpArray;
}

export type PhpReadResult = { ok: true; value: PhpValue } | { ok: false; reason: string };

export interface PhpReadLimits {
  /** Longest input in UTF-8 bytes. */
  maxBytes: number;
  /** Deepest nesting of arrays and objects. */
  maxDepth: number;
  /** Most array entries and properties in the whole value. */
  maxEntries: number;
}

const DEFAULT_LIMITS: PhpReadLimits = { maxBytes: 4 * 1024 * 1024, maxDepth: 64, maxEntries: 100_000 };

/** WordPress's own test (`is_serialized`): worth reading only when the text has this shape. */
export function looksPhpSerialized(text: string): boolean {
  return /^(?:N;|[bid]:[^;]*;|[saO]:\d+:.*[;}])$/s.test(text.trim());
}

class Refusal {
  constructor(readonly reason: string) {}
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const CHAR = { colon: 0x3a, semicolon: 0x3b, quote: 0x22, open: 0x7b, close: 0x7d } as const;

/** Reads one serialized value that must fill the whole text (surrounding whitespace aside). */
export function readPhpSerialized(text: string, limits: Partial<PhpReadLimits> = {}): PhpReadResult {
  const bounds = { ...DEFAULT_LIMITS, ...limits };
  const bytes = Buffer.from(text.trim(), "utf8");
  if (bytes.length > bounds.maxBytes) return { ok: false, reason: `longer than ${bounds.maxBytes} bytes` };
  const reader = new Reader(bytes, bounds);
  try {
    const value = reader.value(0);
    if (reader.at !== bytes.length) return { ok: false, reason: `unexpected text at byte ${reader.at}` };
    return { ok: true, value };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.reason };
    throw error;
  }
}

class Reader {
  at = 0;
  private entries = 0;

  constructor(
    private readonly bytes: Buffer,
    private readonly limits: PhpReadLimits,
  ) {}

  value(depth: number): PhpValue {
    const tag = this.bytes[this.at];
    if (tag === undefined) throw new Refusal("ends too early");
    const type = String.fromCharCode(tag);
    if (type === "N") {
      this.at += 1;
      this.expect(CHAR.semicolon);
      return null;
    }
    this.at += 1;
    this.expect(CHAR.colon);
    switch (type) {
      case "b": {
        const text = this.until(CHAR.semicolon);
        if (text !== "0" && text !== "1") throw new Refusal(`bad boolean "${text}"`);
        return text === "1";
      }
      case "i": {
        const text = this.until(CHAR.semicolon);
        if (!/^[+-]?\d+$/.test(text)) throw new Refusal(`bad integer "${text}"`);
        return Number(text);
      }
      case "d":
        return this.float(this.until(CHAR.semicolon));
      case "s": {
        const text = this.string();
        this.expect(CHAR.semicolon);
        return text;
      }
      case "a":
        return this.members(depth);
      case "O": {
        const phpClass = this.string();
        this.expect(CHAR.colon);
        return { phpClass, properties: this.members(depth) };
      }
      default:
        throw new Refusal(`unsupported type "${type}" at byte ${this.at - 2}`);
    }
  }

  private float(text: string): number {
    if (text === "INF") return Number.POSITIVE_INFINITY;
    if (text === "-INF") return Number.NEGATIVE_INFINITY;
    if (text === "NAN") return Number.NaN;
    if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(text)) throw new Refusal(`bad float "${text}"`);
    return Number(text);
  }

  /** `N:"…"` where N counts UTF-8 bytes, as PHP does. */
  private string(): string {
    const length = this.count();
    this.expect(CHAR.quote);
    const end = this.at + length;
    if (end > this.bytes.length) throw new Refusal("string runs past the end");
    let text: string;
    try {
      text = utf8.decode(this.bytes.subarray(this.at, end));
    } catch {
      throw new Refusal(`string length ${length} splits a UTF-8 character`);
    }
    this.at = end;
    this.expect(CHAR.quote);
    return text;
  }

  /** `N:{key;value;…}` for arrays and object properties. */
  private members(depth: number): PhpArray {
    if (depth >= this.limits.maxDepth) throw new Refusal(`nested deeper than ${this.limits.maxDepth}`);
    const count = this.count();
    this.expect(CHAR.open);
    const members: PhpArray = new Map();
    for (let index = 0; index < count; index++) {
      this.entries += 1;
      if (this.entries > this.limits.maxEntries)
        throw new Refusal(`more than ${this.limits.maxEntries} entries`);
      const key = this.value(depth + 1);
      if (typeof key !== "string" && !(typeof key === "number" && Number.isInteger(key))) {
        throw new Refusal("array key is neither integer nor string");
      }
      members.set(key, this.value(depth + 1));
    }
    this.expect(CHAR.close);
    return members;
  }

  private count(): number {
    const text = this.until(CHAR.colon);
    if (!/^\d{1,10}$/.test(text)) throw new Refusal(`bad length "${text}"`);
    return Number(text);
  }

  private until(stop: number): string {
    const end = this.bytes.indexOf(stop, this.at);
    if (end === -1) throw new Refusal("ends too early");
    const text = this.bytes.toString("latin1", this.at, end);
    this.at = end + 1;
    return text;
  }

  private expect(char: number): void {
    if (this.bytes[this.at] !== char) {
      throw new Refusal(`expected "${String.fromCharCode(char)}" at byte ${this.at}`);
    }
    this.at += 1;
  }
}
