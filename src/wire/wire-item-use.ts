import { AppError } from "../http/app-error.ts";

/** What decides whether an agency item may be used at all. */
export interface ItemStanding {
  status: string;
  embargoed: number;
  embargo_until: string | null;
}

/**
 * Refuses an item the agency has withheld or canceled, or holds under an embargo whose end it
 * has not named yet (a later version will say when). Adopting and posting to a live blog share it.
 */
export function assertItemUsable(item: ItemStanding): void {
  if (item.status !== "usable")
    throw new AppError("UNPROCESSABLE", `The agency has marked this item ${item.status}; it cannot be used.`);
  if (item.embargoed === 1 && item.embargo_until === null)
    throw new AppError(
      "EMBARGOED",
      "The agency holds this item under an embargo whose end it has not named yet; a later version will say when.",
      { extra: { embargoUntil: null } },
    );
}
