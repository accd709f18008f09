// Slugs offered from names as they are typed (the server's own slug rule, content/slug.ts).
import { slugify } from "../../../src/content/slug.ts";

/** A slug from a name in any script ("" for a blank name). */
export const slugFromName = (name: string): string => (name.trim() === "" ? "" : slugify(name));

/** A key from a name where keys are plain Latin (section keys, author slugs); "" when it has none. */
export function keyFromName(name: string): string {
  const slug = slugFromName(name);
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) ? slug.slice(0, 60).replace(/-$/, "") : "";
}
