import type { WireStatus } from "../wire-item.ts";
import {
  attribute,
  childNamed,
  childrenNamed,
  conceptCode,
  flatText,
  type G2Element,
  take,
  takeAttribute,
} from "./newsml-g2-tree.ts";
import { boundedInteger, languageTag, nfc, utcDateTime, wireStatus } from "./wire-values.ts";

/** A label's text (NFC), and the element marked as mapped, when it says anything. */
function takeText(element: G2Element | undefined): string | undefined {
  const text = flatText(element);
  if (!text) return undefined;
  take(element);
  return nfc(text);
}

function roleCode(element: G2Element): string {
  return conceptCode(element, "role", "roleuri").toLowerCase();
}

function withText(elements: G2Element[]): G2Element[] {
  return elements.filter((element) => flatText(element));
}

/** The main headline: one without a role, else one whose role is `main`, else the first. */
export function readHeadline(contentMeta: G2Element | undefined): string | undefined {
  const headlines = withText(childrenNamed(contentMeta, "headline"));
  const main =
    headlines.find((headline) => !attribute(headline, "role") && !attribute(headline, "roleuri")) ??
    headlines.find((headline) => roleCode(headline) === "main") ??
    headlines[0];
  return takeText(main);
}

/** A description by role (`drol:summary`, `ANDescRole:abstract`: any scheme, the code decides). */
export function readDescription(
  contentMeta: G2Element | undefined,
  roles: RegExp,
  fallBack: boolean,
): string | undefined {
  const descriptions = withText(childrenNamed(contentMeta, "description"));
  const chosen =
    descriptions.find((description) => roles.test(roleCode(description))) ??
    (fallBack ? (descriptions.find((description) => !roleCode(description)) ?? descriptions[0]) : undefined);
  if (!chosen) return undefined;
  take(chosen);
  // Descriptions keep their `<br/>` lines; only the spaces inside a line are folded.
  return nfc(chosen.text.trim());
}

/** `by`, else the creators' names. */
export function readByline(contentMeta: G2Element | undefined): string | undefined {
  const by = takeText(childNamed(contentMeta, "by"));
  if (by) return by;
  const names = childrenNamed(contentMeta, "creator").flatMap(
    (creator) => takeText(childNamed(creator, "name")) ?? [],
  );
  return names.length ? names.join(", ") : undefined;
}

/** `creditline`, else the provider's name (a provider given only by code leaves it to the desk). */
export function readCredit(
  contentMeta: G2Element | undefined,
  itemMeta: G2Element | undefined,
): string | undefined {
  return (
    takeText(childNamed(contentMeta, "creditline")) ??
    takeText(childNamed(childNamed(itemMeta, "provider"), "name"))
  );
}

/** Where the story was filed from: `located`'s name, else the place a `dateline` starts with. */
export function readDatelinePlace(contentMeta: G2Element | undefined): string | undefined {
  for (const located of childrenNamed(contentMeta, "located")) {
    const name = takeText(childNamed(located, "name"));
    if (name) return name;
  }
  // The dateline itself stays in `extra`: it also says the day and the agency.
  const dateline = flatText(childNamed(contentMeta, "dateline"));
  return dateline ? placeOfDateline(dateline) : undefined;
}

/** `MOSCOW, Monday (Reuters)` → `MOSCOW`; a dateline that does not start with a short place gives none. */
export function placeOfDateline(dateline: string): string | undefined {
  const lead = dateline.split(/,|\(|\s[-–—]\s/)[0]?.trim();
  return lead && lead.length <= 60 && !/^\d/.test(lead) ? nfc(lead) : undefined;
}

/**
 * The content's language: `contentMeta/language`, else the inline content's `xml:lang`, else
 * the metadata's. The item's own `xml:lang` is taken as read either way: it is the default for
 * every label, and names are chosen by it.
 */
export function readLanguage(
  item: G2Element,
  contentMeta: G2Element | undefined,
  content: G2Element | undefined,
): string | undefined {
  const itemLanguage = languageTag(takeAttribute(item, "xml:lang"));
  for (const language of childrenNamed(contentMeta, "language")) {
    const tag = languageTag(attribute(language, "tag"));
    if (tag && !attribute(language, "role")) {
      take(language);
      return tag;
    }
  }
  for (const element of [content, contentMeta]) {
    const tag = languageTag(attribute(element, "xml:lang"));
    if (tag) {
      takeAttribute(element, "xml:lang");
      return tag;
    }
  }
  const spoken = childrenNamed(contentMeta, "language").find((language) =>
    languageTag(attribute(language, "tag")),
  );
  return itemLanguage ?? languageTag(attribute(take(spoken), "tag"));
}

/** A time element in UTC; one that cannot be read stays in `extra` as written. */
export function readTime(parent: G2Element | undefined, name: string): string | undefined {
  const element = childNamed(parent, name);
  const time = utcDateTime(element?.text);
  if (time) take(element);
  return time;
}

/**
 * `embargoed`: an empty element is an embargo whose end is not known yet, and so is one whose
 * time cannot be read (kept in `extra`): both are held, never published early.
 */
export function readEmbargo(itemMeta: G2Element | undefined): { until?: string } | undefined {
  const element = childNamed(itemMeta, "embargoed");
  if (!element) return undefined;
  const text = element.text.trim();
  const until = utcDateTime(text);
  if (!text || until) take(element);
  return { until };
}

/**
 * `pubStatus` by its code, from a QCode or a URI alike. Absent means usable (the schema's
 * default); a status this server does not know holds the item and stays in `extra`.
 */
export function readStatus(itemMeta: G2Element | undefined): WireStatus {
  const element = childNamed(itemMeta, "pubStatus");
  if (!element) return "usable";
  const status = wireStatus(conceptCode(element));
  if (status) take(element);
  return status ?? "withheld";
}

export function readUrgency(contentMeta: G2Element | undefined): number | undefined {
  const element = childNamed(contentMeta, "urgency");
  const urgency = boundedInteger(element?.text, 1, 9);
  if (urgency !== undefined) take(element);
  return urgency;
}

export function readKeywords(contentMeta: G2Element | undefined): string[] {
  const keywords = childrenNamed(contentMeta, "keyword").flatMap((keyword) => takeText(keyword) ?? []);
  return [...new Set(keywords)];
}
