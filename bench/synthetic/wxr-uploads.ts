/**
 * The uploads folder that goes with a generated WordPress export: a small real JPEG at every
 * `_wp_attached_file` path. Encoding one per attachment would cost the bench more than the import,
 * so a few hundred solid colours are encoded once and each file is one of them with the
 * attachment's id in a JPEG comment: every file decodes, and no two have the same bytes, so an
 * importer that recognises a picture by its hash still sees each as new.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import sharp from "sharp";
import { hashSeed, Rng } from "../../src/demo/prng.ts";
import { DEFAULT_WXR_SEED, exportAttachments, type WxrExportOptions } from "./wxr-export.ts";

const POOL_SIZE = 256;
const WIDTH = 64;
const HEIGHT = 48;

async function colourPool(seed: number): Promise<Buffer[]> {
  const rng = new Rng(hashSeed(`wxr/${seed}/colours`));
  const pool: Buffer[] = [];
  for (let i = 0; i < POOL_SIZE; i++) {
    const background = { r: rng.int(0, 255), g: rng.int(0, 255), b: rng.int(0, 255) };
    pool.push(
      await sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background } })
        .jpeg({ quality: 80 })
        .toBuffer(),
    );
  }
  return pool;
}

/** The JPEG with a COM segment holding `note`, placed after the JFIF header where decoders expect extras. */
function withComment(jpeg: Buffer, note: string): Buffer {
  const app0 = jpeg[2] === 0xff && jpeg[3] === 0xe0;
  const at = app0 ? 4 + jpeg.readUInt16BE(4) : 2;
  const text = Buffer.from(note, "latin1");
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(text.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, at), segment, text, jpeg.subarray(at)]);
}

/** Writes the folder for the export with these options into `dir`; answers the number of files. */
export async function writeWxrUploads(dir: string, options: WxrExportOptions): Promise<number> {
  const pool = await colourPool(options.seed ?? DEFAULT_WXR_SEED);
  const made = new Set<string>();
  let files = 0;
  for (const attachment of exportAttachments(options)) {
    const path = join(dir, attachment.file);
    const folder = dirname(path);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    const picture = pool[attachment.id % POOL_SIZE] as Buffer;
    writeFileSync(path, withComment(picture, `attachment ${attachment.id}`));
    files++;
  }
  return files;
}
