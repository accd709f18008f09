import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/database.ts";

type Q = Kysely<Database> | Transaction<Database>;

/**
 * Pictures of the photo library that a body holds as copies (pasted from another story, restored
 * from an old revision, sent by an API client, or stored before references) become references
 * (media/inline-photos.tsx), matched by the library file their `src` names: an original or any
 * of its variants. Works on bodies as the story sanitizer writes them (content/sanitize-body.ts):
 * lowercase tags, double-quoted attributes, every element closed, which is what lets a tag scan
 * stand in for a parser. Shared by the save path and migration 2026-12-04-10.
 */

/** A library file as a story body names it: a path on this site, never another host's. */
const LIBRARY_SRC = /\ssrc="\/media\/([^"]+)"/;
const LIBRARY_IMG = /<img\b[^>]*?\ssrc="\/media\/([^"]+)"[^>]*>/g;
const TAG = /<(\/?)([a-z][a-z0-9]*)\b([^>]*)>/g;
const VOID = new Set(["img", "br", "hr"]);
/** Where a figure may stand in place of a bare picture (flow content); a paragraph holding only the picture is replaced. */
const FIGURE_MAY_STAND_IN = new Set(["li", "td", "th", "blockquote"]);

/** The library file names a body's pictures point at, each once. */
export function libraryFilesIn(bodyHtml: string): string[] {
  return [...new Set(Array.from(bodyHtml.matchAll(LIBRARY_IMG), (m) => m[1] ?? ""))];
}

/**
 * The photo each of these file names belongs to (as original or variant), in one query; names of
 * no library file are absent.
 */
export async function mediaIdsByFile(db: Q, files: readonly string[]): Promise<Map<string, number>> {
  const unique = [...new Set(files)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .selectFrom("media")
    .where("file_name", "in", unique)
    .select(["file_name", "id"])
    .unionAll(
      db
        .selectFrom("media_variants")
        .where("file_name", "in", unique)
        .select(["file_name", "media_id as id"]),
    )
    .execute();
  return new Map(rows.map((r) => [r.file_name, Number(r.id)]));
}

interface Open {
  name: string;
  start: number;
  end: number;
  attributes: string;
  /** A paragraph's library picture, while nothing but white space surrounds it. */
  soleImage?: { start: number; end: number; id: number };
  /** A paragraph that holds more than one library picture. */
  mixed?: boolean;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const referringFigure = (id: number, inner: string) => `<figure data-media-id="${id}">${inner}</figure>`;

/**
 * The body with each copied library picture made a reference: a figure without one gets the
 * `data-media-id` of its first library picture; a bare picture is wrapped in a referring figure
 * where a figure may stand (the body's top level, a list item, a cell, a quotation), and a
 * paragraph holding nothing but it becomes that figure. A picture inside running text is left:
 * the newsroom's editor lifts it out into a figure, and the next save refers to it. Pictures of
 * no library file (`ids` lacks them) and figures that already refer stay exactly as they were.
 */
export function withPhotoReferences(bodyHtml: string, ids: ReadonlyMap<string, number>): string {
  if (ids.size === 0) return bodyHtml;
  const edits: Edit[] = [];
  const stack: Open[] = [];
  for (const tag of bodyHtml.matchAll(TAG)) {
    const [whole, closing, name = "", attributes = ""] = tag;
    const at = { start: tag.index, end: tag.index + whole.length };
    const file = name === "img" && !closing ? LIBRARY_SRC.exec(attributes)?.[1] : undefined;
    const id = file === undefined ? undefined : ids.get(file);
    const parent = stack.at(-1);
    if (parent?.name === "p" && !closing && (id === undefined || parent.soleImage)) parent.mixed = true;
    if (closing) {
      const paragraph = stack.pop();
      const sole = paragraph?.name === "p" && !paragraph.mixed ? paragraph.soleImage : undefined;
      if (
        paragraph &&
        sole &&
        bodyHtml.slice(paragraph.end, sole.start).trim() === "" &&
        bodyHtml.slice(sole.end, at.start).trim() === ""
      )
        edits.push({
          ...at,
          start: paragraph.start,
          text: referringFigure(sole.id, bodyHtml.slice(sole.start, sole.end)),
        });
    } else if (!VOID.has(name)) stack.push({ name, ...at, attributes });
    else if (id !== undefined) {
      const edit = referenceOne(stack, parent, id, at, whole);
      if (edit) edits.push(edit);
    }
  }
  return applyEdits(bodyHtml, edits);
}

/** The edit that makes this library picture a reference, if it can stand as one where it is. */
function referenceOne(
  stack: Open[],
  parent: Open | undefined,
  id: number,
  at: { start: number; end: number },
  img: string,
): Edit | undefined {
  const figure = [...stack].reverse().find((open) => open.name === "figure");
  if (figure) {
    // A figure is one photo: its first library picture, unless it refers already.
    if (figure.attributes !== "") return undefined;
    figure.attributes = ` data-media-id="${id}"`;
    return { start: figure.start, end: figure.end, text: `<figure${figure.attributes}>` };
  }
  if (!parent || FIGURE_MAY_STAND_IN.has(parent.name)) return { ...at, text: referringFigure(id, img) };
  if (parent.name === "p") parent.soleImage = { ...at, id };
  return undefined;
}

function applyEdits(html: string, edits: Edit[]): string {
  edits.sort((a, b) => a.start - b.start);
  let out = "";
  let copied = 0;
  for (const edit of edits) {
    out += html.slice(copied, edit.start) + edit.text;
    copied = edit.end;
  }
  return out + html.slice(copied);
}

/** withPhotoReferences with the body's own files looked up: what a story write stores. */
export async function referenceLibraryPhotos(db: Q, bodyHtml: string): Promise<string> {
  const files = libraryFilesIn(bodyHtml);
  return files.length === 0 ? bodyHtml : withPhotoReferences(bodyHtml, await mediaIdsByFile(db, files));
}
