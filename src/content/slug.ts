/**
 * A URL slug from a headline in any script: letters (with their combining marks, so Bangla
 * conjuncts and vowel signs stay whole) and digits, joined by single hyphens.
 */
export function slugify(text: string, maxLength = 80): string {
  const words = text
    .normalize("NFC")
    .toLowerCase()
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
