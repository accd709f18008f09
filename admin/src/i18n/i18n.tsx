// UI language: English or Bangla, chosen by the user and remembered in localStorage.
// Independent of the edition a story belongs to: a Bangla-speaking editor may edit English copy.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { bn } from "./bn.ts";
import { en, type MessageKey, type Messages } from "./en.ts";

export type Lang = "en" | "bn";
export const LANGS: readonly Lang[] = ["en", "bn"];
/** Each language's name in its own script, for the switcher. */
export const LANG_NAMES: Record<Lang, string> = { en: "English", bn: "বাংলা" };

const STORAGE_KEY = "dateline.newsroom.lang";
const catalogues: Record<Lang, Messages> = { en, bn };
const locales: Record<Lang, string> = { en: "en-GB", bn: "bn-BD" };

export type Vars = Record<string, string | number>;

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, vars?: Vars) => string;
  formatDateTime: (iso: string | null | undefined) => string;
  formatTime: (iso: string) => string;
  formatNumber: (n: number) => string;
}

function readStoredLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === "en" || stored === "bn") return stored;
  } catch {
    // Storage can be blocked (privacy mode); fall through to the browser language.
  }
  return navigator.language.toLowerCase().startsWith("bn") ? "bn" : "en";
}

function interpolate(template: string, vars: Vars | undefined, format: (n: number) => string): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? format(value) : value;
  });
}

function createI18n(lang: Lang, setLang: (lang: Lang) => void): I18n {
  const locale = locales[lang];
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: "short" });
  const number = new Intl.NumberFormat(locale);
  const formatNumber = (n: number) => number.format(n);
  return {
    lang,
    setLang,
    t: (key, vars) => interpolate(catalogues[lang][key], vars, formatNumber),
    formatDateTime: (iso) => {
      if (!iso) return "";
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
    },
    formatTime: (iso) => time.format(new Date(iso)),
    formatNumber,
  };
}

const I18nContext = createContext<I18n>(createI18n("en", () => {}));

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(readStoredLang);

  useEffect(() => {
    // Screen readers pick pronunciation from <html lang>, so it follows the UI language.
    document.documentElement.lang = lang;
    try {
      localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // Not persisting is acceptable; the choice still holds for this tab.
    }
  }, [lang]);

  const setLang = useCallback((next: Lang) => setLangState(next), []);
  const value = useMemo(() => createI18n(lang, setLang), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
