import { AppError } from "../http/app-error.ts";
import { isRowId } from "../http/ids.ts";

/** Opaque paging cursors: base64url of the last item's sort key (a time) and id, checked when read back. */
export function encodeCursor(item: { at: string; id: number }): string {
  return Buffer.from(JSON.stringify([item.at, item.id])).toString("base64url");
}

export function decodeCursor(cursor: string): { at: string; id: number } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    // The id goes to the database as is: one beyond its integer range (`1e308`) would fail there.
    if (typeof at === "string" && !at.includes("\u0000") && isRowId(id)) return { at, id };
  } catch {
    // falls through to the error below
  }
  throw new AppError("VALIDATION_FAILED", "The cursor is not one this API gave out.");
}
