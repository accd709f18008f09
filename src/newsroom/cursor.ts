import { AppError } from "../http/app-error.ts";

/** Opaque paging cursors: base64url of the last item's sort key, checked when read back. */
export function encodeCursor(item: { modifiedAt: string; id: number }): string {
  return Buffer.from(JSON.stringify([item.modifiedAt, item.id])).toString("base64url");
}

export function decodeCursor(cursor: string): { modifiedAt: string; id: number } {
  try {
    const [modifiedAt, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (typeof modifiedAt === "string" && Number.isInteger(id)) return { modifiedAt, id: id as number };
  } catch {
    // falls through to the error below
  }
  throw new AppError("VALIDATION_FAILED", "The cursor is not one this API gave out.");
}
