/**
 * Site settings: the newspaper's name, its newsroom time zone and its editions.
 * A new edition is one more entry here plus its message catalogue in src/i18n.
 */
export interface Edition {
  /** URL prefix and stored edition code, e.g. "en". */
  code: string;
  /** BCP 47 language tag for `<html lang>`. */
  lang: string;
  /** Intl locale used for dates and numbers. */
  locale: string;
  /** Open Graph style locale, e.g. "en_US". */
  ogLocale: string;
  /** The edition's name in its own script, used on the language switch. */
  nativeName: string;
  dir: "ltr" | "rtl";
}

export interface SiteSettings {
  name: Record<string, string>;
  timeZone: string;
  defaultEdition: string;
  editions: readonly Edition[];
  pageSize: number;
  /** Whether feeds carry the whole story or only its standfirst. */
  feedFullText: boolean;
}

export const DEFAULT_SITE: SiteSettings = {
  name: { en: "The Dhaka Dateline", bn: "ঢাকা ডেটলাইন" },
  timeZone: "Asia/Dhaka",
  defaultEdition: "en",
  editions: [
    { code: "en", lang: "en", locale: "en-GB", ogLocale: "en_GB", nativeName: "English", dir: "ltr" },
    { code: "bn", lang: "bn", locale: "bn-BD", ogLocale: "bn_BD", nativeName: "বাংলা", dir: "ltr" },
  ],
  pageSize: 12,
  feedFullText: true,
};
