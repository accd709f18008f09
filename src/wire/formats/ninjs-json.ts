import { WireFormatError } from "../wire-error.ts";

/** Thrown inside the scan with the offset where the text stops being JSON. */
class Stop {
  constructor(readonly offset: number) {}
}

const SPACE = new Set([" ", "\t", "\n", "\r"]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

function skipSpace(text: string, at: number): number {
  let i = at;
  while (SPACE.has(text[i] ?? "")) i += 1;
  return i;
}

function matchAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

function scanString(text: string, at: number): number {
  if (text[at] !== '"') throw new Stop(at);
  for (let i = at + 1; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (char === 0x22) return i + 1;
    if (char < 0x20) throw new Stop(i);
    if (char !== 0x5c) continue;
    const escaped = text[i + 1] ?? "";
    if (ESCAPES.has(escaped)) i += 1;
    else if (escaped === "u" && matchAt(HEX4, text, i + 2) > 0) i += 5;
    else throw new Stop(i + 1);
  }
  throw new Stop(text.length);
}

function scanScalar(text: string, at: number): number {
  if (text[at] === '"') return scanString(text, at);
  for (const literal of ["true", "false", "null"])
    if (text.startsWith(literal, at)) return at + literal.length;
  const end = matchAt(NUMBER, text, at);
  if (end < 0) throw new Stop(at);
  return end;
}

/** After a key's string: the colon, and where its value starts. */
function scanKey(text: string, at: number): number {
  const colon = skipSpace(text, scanString(text, at));
  if (text[colon] !== ":") throw new Stop(colon);
  return colon + 1;
}

/** Past the end of a value: closes containers and reaches the next value's start, or -1 at a clean end. */
function scanAfterValue(text: string, at: number, open: string[]): number {
  let i = skipSpace(text, at);
  for (;;) {
    const container = open.at(-1);
    if (container === undefined) {
      if (i === text.length) return -1;
      throw new Stop(i);
    }
    const char = text[i];
    if (char === ",") return container === "{" ? scanKey(text, skipSpace(text, i + 1)) : i + 1;
    if (char !== (container === "{" ? "}" : "]")) throw new Stop(i);
    open.pop();
    i = skipSpace(text, i + 1);
  }
}

/**
 * Where JSON.parse gave up, found by walking the grammar without recursion: V8 names the offset
 * for some faults and only quotes the text around others, and a desk editor needs a line and column.
 */
function stopOffset(text: string): number {
  const open: string[] = [];
  try {
    for (let i = 0; i >= 0; ) {
      i = skipSpace(text, i);
      const char = text[i];
      if (char === "{" || char === "[") {
        open.push(char);
        const next = skipSpace(text, i + 1);
        if (text[next] === (char === "{" ? "}" : "]")) i = scanAfterValue(text, next, open);
        else i = char === "{" ? scanKey(text, next) : next;
      } else i = scanAfterValue(text, scanScalar(text, i), open);
    }
    return text.length;
  } catch (stop) {
    if (stop instanceof Stop) return stop.offset;
    throw stop;
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return `line ${line}, column ${offset - before.lastIndexOf("\n")}`;
}

/** The file's JSON value; a WireFormatError with line and column when it is not JSON. */
export function readJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = message.replace(/\s*in JSON at position \d+.*$/s, "");
    throw new WireFormatError(`the file is not JSON: ${reason}`, lineAndColumn(text, stopOffset(text)));
  }
}
