import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import { AppError } from "../http/app-error.ts";
import { isRowId } from "../http/ids.ts";

/**
 * Checks that a photo a story or author is about to name exists: a missing one would fail the
 * foreign key inside the write (a 500), so it is a 422 naming the field instead.
 */
export async function assertPhotoExists(
  db: Kysely<Database>,
  field: "leadMediaId" | "photoMediaId" | "socialMediaId",
  id: number | null | undefined,
): Promise<void> {
  if (id === null || id === undefined) return;
  const found =
    isRowId(id) && (await db.selectFrom("media").where("id", "=", id).select("id").executeTakeFirst());
  if (found) return;
  const message = `there is no photo ${id}`;
  throw new AppError("UNPROCESSABLE", `${field}: ${message}.`, {
    extra: { errors: [{ path: `body.${field}`, message }] },
  });
}
