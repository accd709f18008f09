import type { Config } from "../config/load.ts";
import type { Edition } from "../config/site.ts";
import { formatCount, formatDateTime, formatLongDate, formatNumber } from "../i18n/format.ts";
import { type Messages, messagesFor } from "../i18n/messages.ts";

/** Everything a page needs to speak its edition's language. */
export interface EditionContext {
  edition: Edition;
  editions: readonly Edition[];
  siteName: string;
  siteUrl: string;
  timeZone: string;
  t: Messages;
  dateTime(iso: string): string;
  longDate(date: Date): string;
  number(n: number): string;
  /** Like `number`, with the locale's digit grouping, for counts that may run into thousands. */
  count(n: number): string;
}

export function editionContext(config: Config, edition: Edition): EditionContext {
  const { site } = config;
  return {
    edition,
    editions: site.editions,
    siteName: site.name[edition.code] ?? site.name[site.defaultEdition] ?? "Dateline",
    siteUrl: config.siteUrl,
    timeZone: site.timeZone,
    t: messagesFor(edition.lang),
    dateTime: (iso) => formatDateTime(iso, edition.locale, site.timeZone),
    longDate: (date) => formatLongDate(date, edition.locale, site.timeZone),
    number: (n) => formatNumber(n, edition.locale),
    count: (n) => formatCount(n, edition.locale),
  };
}

export function findEdition(config: Config, code: string): Edition | undefined {
  return config.site.editions.find((e) => e.code === code);
}

export function defaultEdition(config: Config): Edition {
  return findEdition(config, config.site.defaultEdition) ?? (config.site.editions[0] as Edition);
}
