import type { NinjsSchemaVersion } from "./ninjs-version.ts";

/** What the schema check sees after known, harmless deviations are undone, and what was undone. */
export interface Repaired {
  doc: Record<string, unknown>;
  notes: string[];
}

/**
 * Superdesk's ninjs extends 1.1 with these (its documentation: `uri` replaced by `guid`, and
 * `priority`, `service`, `keywords` added). The mapping still reads them from the file as sent.
 */
const SUPERDESK_ADDITIONS = ["guid", "priority", "service", "keywords"];

function spellCanceled(doc: Record<string, unknown>, notes: string[]): void {
  for (const key of ["pubstatus", "pubStatus"]) {
    const value = doc[key];
    if (typeof value !== "string" || value.trim().toLowerCase() !== "cancelled") continue;
    // A kill notice refused for its spelling would leave the story up: read it, and say so.
    doc[key] = "canceled";
    notes.push(`${key} "${value}" read as "canceled"`);
  }
}

/** The 3.0 User Guide still says `embargoed` where the 3.x schemas say `embargoedUntil`; providers follow either. */
function renameEmbargoed(doc: Record<string, unknown>, notes: string[]): void {
  if (!("embargoed" in doc)) return;
  if ("embargoedUntil" in doc)
    notes.push(`3.x has no "embargoed"; "embargoedUntil" was read and "embargoed" kept in extra`);
  else {
    doc.embargoedUntil = doc.embargoed;
    notes.push(`3.x names "embargoed" "embargoedUntil"; read as such`);
  }
  delete doc.embargoed;
}

function setAsideSuperdesk(doc: Record<string, unknown>, notes: string[]): void {
  if (typeof doc.guid !== "string") return;
  const identifies = !("uri" in doc);
  if (identifies) doc.uri = doc.guid;
  const found = SUPERDESK_ADDITIONS.filter((key) => key in doc);
  for (const key of found) delete doc[key];
  notes.push(
    `Superdesk ninjs${identifies ? ": guid read as the uri" : ""}; its additions to 1.x (${found.join(", ")}) are not in the schema checked`,
  );
}

/**
 * A shallow copy of `doc` with the deviations real providers send and the desk can read safely
 * undone, so the official schema can check everything else. Only top-level properties change.
 */
export function repairKnownDeviations(doc: Record<string, unknown>, version: NinjsSchemaVersion): Repaired {
  const copy = { ...doc };
  const notes: string[] = [];
  spellCanceled(copy, notes);
  if (version.startsWith("3.")) renameEmbargoed(copy, notes);
  if (version.startsWith("1.")) setAsideSuperdesk(copy, notes);
  return { doc: copy, notes };
}
