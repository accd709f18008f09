import { AppError } from "../http/app-error.ts";
import { isRowId } from "../http/ids.ts";

/** Opaque paging cursors: base64url of the last item's sort key, checked when read back. */
export function encodeCursor(item: { modifiedAt: string; id: number }): string {
  return Buffer.from(JSON.stringify([item.modifiedAt, item.id])).toString("base64url");
}

export function decodeCursor(cursor: string): { modifiedAt: string; id: number } {
  try {
    const [modifiedAt, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    // The id goes to the database as is: one beyond its integer range (`1e308`) would fail there.
    if (typeof modifiedAt === "string" && !modifiedAt.includes("\u0000") && isRowId(id))
      return { modifiedAt, id };
  } catch {
    // falls through to the error below
  }
  throw new AppError("VALIDATION_FAILED", "The cursor is not one this API gave out.");
}
