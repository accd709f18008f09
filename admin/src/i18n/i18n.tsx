// UI language: English or Bangla, chosen by the user and remembered in localStorage.
// Independent of the edition a story belongs to: a Bangla-speaking editor may edit English copy.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { formatClockTime, formatShortDateTime } from "../../../src/i18n/format.ts";
import { zoneLabel } from "../../../src/i18n/zoned-time.ts";
import { newsroomTimeZone } from "../lib/editions.ts";
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

/** A message with plural forms: "stories.count" stands for "stories.count.one", "stories.count.other"… */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, vars?: Vars) => string;
  /** The form of a counted message the language's plural rules pick for `count` ({count} in it is filled). */
  plural: (key: PluralKey, count: number, vars?: Vars) => string;
  /** Date and time in the newsroom's time zone, whatever the computer's. */
  formatDateTime: (iso: string | null | undefined) => string;
  formatTime: (iso: string) => string;
  /** The newsroom's zone as a reader says it: "Bangladesh Time, GMT+6". */
  zoneLabel: () => string;
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
  const catalogue = catalogues[lang];
  const number = new Intl.NumberFormat(locale);
  const pluralRules = new Intl.PluralRules(locale);
  const formatNumber = (n: number) => number.format(n);
  const t = (key: MessageKey, vars?: Vars) => interpolate(catalogue[key], vars, formatNumber);
  return {
    lang,
    setLang,
    t,
    plural: (key, count, vars) => {
      const form = `${key}.${pluralRules.select(count)}`;
      const chosen = (form in catalogue ? form : `${key}.other`) as MessageKey;
      return t(chosen, { ...vars, count });
    },
    formatDateTime: (iso) => (iso ? formatShortDateTime(iso, locale, newsroomTimeZone()) : ""),
    formatTime: (iso) => formatClockTime(iso, locale, newsroomTimeZone()),
    zoneLabel: () => zoneLabel(locale, newsroomTimeZone(), Date.now()),
    formatNumber,
  };
}

const I18nContext = createContext<I18n>(createI18n("en", () => {}));

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(readStoredLang);

  useEffect(() => {
    // Screen readers pick pronunciation from <html lang>, so it follows the UI language.
    document.documentElement.lang = lang;
  }, [lang]);

  // Stored only when the person chooses: a tab that merely starts must not write back the language
  // it read, over a choice made meanwhile in another tab.
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisting is acceptable; the choice still holds for this tab.
    }
  }, []);
  const value = useMemo(() => createI18n(lang, setLang), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
