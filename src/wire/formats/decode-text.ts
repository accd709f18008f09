import { WireFormatError } from "../wire-error.ts";

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read in (a WHATWG label). */
  encoding: string;
  /** Said when the bytes were not in the encoding the file declared, or declared none. */
  note?: string;
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xff, 0xfe], "utf-16le"],
  [[0xfe, 0xff], "utf-16be"],
];

/** What bytes that are not UTF-8 are read as: Windows-1252, which browsers also use for Latin-1. */
const FALLBACK = "windows-1252";

/**
 * Windows-1252's characters for bytes 0x80 to 0x9F (five are unassigned and stay as they are).
 * Node 20's decoder gives these bytes as C1 controls, as ISO-8859-1 would; WHATWG, and every
 * browser, reads ISO-8859-1 and Windows-1252 labels alike as Windows-1252.
 */
const WINDOWS_1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  return decoder.encoding === FALLBACK ? fixWindows1252(text) : text;
}

function byteOrderMark(bytes: Uint8Array): string | undefined {
  return BOMS.find(([mark]) => mark.every((b, i) => bytes[i] === b))?.[1];
}

/** The encoding an XML declaration names, read from the first bytes as ASCII. */
export function declaredXmlEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 512));
  return /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1]?.toLowerCase();
}

function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    throw new WireFormatError(`the file declares an encoding this server cannot read: "${label}"`);
  }
}

/**
 * Reads a wire file's bytes as text: by its byte order mark, else by the encoding it declares,
 * else as UTF-8. Bytes that are not valid in that encoding (Latin-1 or Windows-1252 text that
 * declares UTF-8 or nothing, as old feeds do) are read as Windows-1252 rather than turned into
 * replacement characters, and the note says so.
 */
export function decodeText(bytes: Uint8Array, declared?: string): DecodedText {
  const bom = byteOrderMark(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom };
  const label = declared ?? "utf-8";
  const decoder = decoderFor(label);
  try {
    return { text: decodeWith(decoder, bytes), encoding: decoder.encoding };
  } catch {
    return {
      text: decodeWith(new TextDecoder(FALLBACK), bytes),
      encoding: FALLBACK,
      note: `the bytes are not ${declared ? `the declared ${decoder.encoding}` : "UTF-8"}; read as ${FALLBACK}`,
    };
  }
}
