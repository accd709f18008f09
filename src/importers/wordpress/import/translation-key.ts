import type { WxrItem } from "../wxr-records.ts";

/**
 * The language and translation group a multilingual plugin gave a post: Polylang as terms
 * (`language` and `post_translations`), WPML's Export and Import as meta
 * (`_wpml_import_language_code`, `_wpml_import_translation_group`). Posts sharing a group are one
 * story in several editions.
 */
export function languageOf(item: WxrItem): string | null {
  const term = item.terms.find((t) => t.domain === "language")?.nicename;
  const meta = item.meta.find((m) => m.key === "_wpml_import_language_code")?.value;
  return (term || meta || "").trim().toLowerCase() || null;
}

export function translationGroupOf(item: WxrItem): string | null {
  const term = item.terms.find((t) => t.domain === "post_translations")?.nicename;
  if (term) return `pll:${term}`;
  const meta = item.meta.find((m) => m.key === "_wpml_import_translation_group")?.value.trim();
  return meta ? `wpml:${meta}` : null;
}
