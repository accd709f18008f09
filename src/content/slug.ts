/**
 * The one spelling a slug is stored and looked up in: lower case, then NFC. Lower-casing can undo
 * NFC (`İ` lowers to `i` + U+0307, which must then be reordered before a following virama), so
 * composition comes last; the site looks slugs up in NFC.
 */
export const slugSpelling = (text: string): string => text.toLowerCase().normalize("NFC");

/**
 * A URL slug from a headline in any script: letters (with their combining marks, so Bangla
 * conjuncts and vowel signs stay whole) and digits, joined by single hyphens.
 */
export function slugify(text: string, maxLength = 80): string {
  const words = slugSpelling(text)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || "story";
}
