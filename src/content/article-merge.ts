import type { Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import { AppError } from "../http/app-error.ts";
import type { ArticleFields } from "./article.commands.ts";
import type { EditableArticle } from "./article-editor.queries.ts";
import { SEO_TEXT_FIELDS, storedSeoText } from "./article-seo.ts";
import { editorsSince, type Snapshot, snapshotAtVersion } from "./revisions.ts";

type Fields = Partial<ArticleFields>;

/** A field two people changed differently since the version one of them started from. */
export interface FieldConflict {
  field: keyof ArticleFields;
  yours: unknown;
  theirs: unknown;
}

/**
 * Three-way merge of a save made against `base` into the story as it is now. A field the editor
 * sent is taken when nobody else changed it since `base` (or they changed it to the same value);
 * a field both changed differently is a conflict, and any conflict refuses the whole save, so
 * nothing is half-saved. Fields the editor did not send, or sent back as they were at `base`,
 * keep whatever the story has now.
 */
export async function mergeEdit(
  trx: Transaction<Database>,
  current: EditableArticle,
  base: number,
  fields: Fields,
): Promise<Fields> {
  if (base === current.version) return fields;
  if (base > current.version) {
    throw new AppError("VERSION_CONFLICT", `Story ${current.id} has no version ${base} yet.`, {
      extra: { currentVersion: current.version, current },
    });
  }
  const baseText = await snapshotAtVersion(trx, current.id, base);
  const conflicts = conflictsOf(current, baseText, fields);
  if (conflicts.length === 0) return untouched(baseText, fields);
  const others = await editorsSince(trx, current.id, base);
  const who = others.length ? others.map((u) => u.name).join(", ") : "Someone else";
  throw new AppError(
    "VERSION_CONFLICT",
    `${who} changed ${conflicts.map((c) => c.field).join(", ")} after you opened version ${base}.`,
    { extra: { currentVersion: current.version, current, conflicts, changedBy: others } },
  );
}

/** Without the base text (a story older than versioned revisions) every differing field is a conflict. */
function conflictsOf(current: EditableArticle, base: Snapshot | undefined, fields: Fields): FieldConflict[] {
  const conflicts: FieldConflict[] = [];
  for (const field of Object.keys(fields) as (keyof ArticleFields)[]) {
    const yours = asStored(field, fields[field]);
    const theirs = current[field];
    if (same(yours, theirs)) continue;
    if (base && (same(base[field], theirs) || same(base[field], yours))) continue;
    conflicts.push({ field, yours: fields[field], theirs });
  }
  return conflicts;
}

/** A field sent back as it was at the base was not changed by this editor: the newer value stays. */
function untouched(base: Snapshot | undefined, fields: Fields): Fields {
  if (!base) return fields;
  return Object.fromEntries(
    Object.entries(fields).filter(([field, value]) => {
      const key = field as keyof ArticleFields;
      return !same(asStored(key, value), base[key]);
    }),
  ) as Fields;
}

/**
 * The value as the story would store it, so a field re-sent unchanged is not taken for an edit.
 * The body arrives cleaned already (saveEdit), and clean HTML is already in NFC; an empty search
 * or social text is stored as none.
 */
function asStored(field: keyof ArticleFields, value: unknown): unknown {
  if (typeof value !== "string" || field === "body") return value;
  if (SEO_TEXT_FIELDS.some((f) => f === field)) return storedSeoText(value);
  return value.normalize("NFC");
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
