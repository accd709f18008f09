/** Text helpers shared by the generator and its tests. */

const BN_DIGITS = "০১২৩৪৫৬৭৮৯";

export function toBnDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => BN_DIGITS[Number(d)] ?? d);
}

export function formatNumber(n: number, lang: string): string {
  const en = n.toLocaleString("en-US");
  return lang === "bn" ? toBnDigits(en) : en;
}

export function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, " ");
}

/** Word count as the acceptance criteria define it: whitespace-separated tokens after stripping tags. */
export function countWords(html: string): number {
  const text = stripTags(html).trim();
  return text === "" ? 0 : text.split(/\s+/).length;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Replaces `{slot}` markers. An unknown slot throws rather than leaking braces into published copy,
 * which is the failure a bank typo would otherwise cause.
 */
export function fill(template: string, slots: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = slots[name];
    if (value === undefined) throw new Error(`Unknown slot {${name}} in "${template.slice(0, 70)}…"`);
    return value;
  });
}

export function slugifyEnglish(text: string, maxWords = 10): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.slice(0, maxWords).join("-");
}

/** Bangla slugs keep the Bengali script (letters, vowel signs, digits) so URLs exercise Unicode paths. */
export function slugifyBangla(text: string, maxWords = 7): string {
  const words = text
    .normalize("NFC")
    .replace(/[\u200c\u200d]/g, "")
    .split(/[^\p{L}\p{M}\p{Nd}]+/u)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  return words.slice(0, maxWords).join("-");
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
