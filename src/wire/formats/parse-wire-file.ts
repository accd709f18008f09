import type { ParsedWireFile, WireFormat } from "../wire-item.ts";
import { parseFeed } from "./feeds.ts";
import { parseNewsMLG2 } from "./newsml-g2.ts";
import { parseNinjs } from "./ninjs.ts";

const PARSERS: Record<WireFormat, (bytes: Uint8Array) => ParsedWireFile> = {
  ninjs: parseNinjs,
  "newsml-g2": parseNewsMLG2,
  feed: parseFeed,
};

/** Reads a file in its source's format; throws `WireFormatError` saying why it cannot. */
export function parseWireFile(format: WireFormat, bytes: Uint8Array): ParsedWireFile {
  return PARSERS[format](bytes);
}
