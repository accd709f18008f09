import type { WireConcept } from "../wire-item.ts";
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
import { nfc } from "./wire-values.ts";

export interface Concepts {
  subjects: WireConcept[];
  people: WireConcept[];
  organisations: WireConcept[];
  places: WireConcept[];
}

type Kind = keyof Concepts;

/** Concept natures (IPTC `cpnat`) that have a field of their own; any other nature is a subject. */
const KIND_BY_NATURE: Record<string, Kind> = {
  person: "people",
  organisation: "organisations",
  organization: "organisations",
  geoarea: "places",
  poi: "places",
};

/** An assertion's details element says what it is about when the subject does not. */
const KIND_BY_DETAILS: Record<string, Kind> = {
  personDetails: "people",
  organisationDetails: "organisations",
  geoAreaDetails: "places",
  POIDetails: "places",
};

/**
 * Subjects, people, organisations and places from `contentMeta`'s `subject`s (and `genre`s of a
 * person, organisation or place nature). A concept without a `name` takes the name an `assert`
 * gives it (AP sends codes in `subject` and names in `assert`); one with no name anywhere stays in
 * `extra`, since a code alone is nothing an editor can read.
 */
export function readConcepts(
  item: G2Element,
  contentMeta: G2Element | undefined,
  language?: string,
): Concepts {
  const reader: Reader = {
    concepts: { subjects: [], people: [], organisations: [], places: [] },
    seen: new Set(),
    asserts: indexAsserts(childrenNamed(item, "assert")),
    language,
  };
  for (const subject of childrenNamed(contentMeta, "subject")) addConcept(reader, subject, true);
  for (const genre of childrenNamed(contentMeta, "genre")) addConcept(reader, genre, false);
  return reader.concepts;
}

interface Reader {
  concepts: Concepts;
  /** Concepts already listed, by kind, name and code: a file may repeat a subject. */
  seen: Set<string>;
  asserts: Map<string, G2Element>;
  language: string | undefined;
}

const CONCEPT_IDS = ["qcode", "uri", "literal"] as const;

/** Assertions by each id they carry, so a file with thousands of subjects is not read subjects × asserts times. */
function indexAsserts(asserts: G2Element[]): Map<string, G2Element> {
  const index = new Map<string, G2Element>();
  for (const assert of asserts)
    for (const key of CONCEPT_IDS) {
      const value = attribute(assert, key);
      const id = `${key} ${value}`;
      if (value && !index.has(id)) index.set(id, assert);
    }
  return index;
}

function assertFor(source: G2Element, asserts: Map<string, G2Element>): G2Element | undefined {
  for (const key of CONCEPT_IDS) {
    const value = attribute(source, key);
    const found = value ? asserts.get(`${key} ${value}`) : undefined;
    if (found) return found;
  }
  return undefined;
}

function addConcept(reader: Reader, element: G2Element, anyNature: boolean): void {
  // A faceted subject names its concept in `mainConcept`; the facets stay in `extra`.
  const source = childNamed(element, "mainConcept") ?? element;
  const assert = assertFor(source, reader.asserts);
  const kind = kindOf(element) ?? kindOf(assert ?? element, true) ?? (anyNature ? "subjects" : undefined);
  if (!kind) return;
  const ownName = chooseName(childrenNamed(source, "name"), reader.language);
  const assertName = ownName ? undefined : chooseName(childrenNamed(assert, "name"), reader.language);
  const name = flatText(ownName ?? assertName) || (assert ? addressName(assert) : "");
  if (!name) return;
  take(ownName ?? assertName);
  if (assert) for (const key of CONCEPT_IDS) takeAttribute(assert, key);
  for (const key of ["type", "typeuri"]) takeAttribute(element, key);
  takeAttribute(source, "literal");
  const code = takeAttribute(source, "qcode") ?? takeAttribute(source, "uri");
  const key = `${kind} ${nfc(name)} ${code ?? ""}`;
  if (reader.seen.has(key)) return;
  reader.seen.add(key);
  reader.concepts[kind].push({ name: nfc(name), ...(code ? { code } : {}) });
}

function kindOf(element: G2Element, byDetails = false): Kind | undefined {
  if (byDetails) {
    const details = element.children.find((child) => child.name in KIND_BY_DETAILS);
    return details ? KIND_BY_DETAILS[details.name] : undefined;
  }
  return KIND_BY_NATURE[conceptCode(element, "type", "typeuri").toLowerCase()];
}

/** The name to show: one without a role (not a short or a nickname) in the item's language, if there is one. */
function chooseName(names: G2Element[], language: string | undefined): G2Element | undefined {
  const primary = language?.split("-")[0];
  const score = (name: G2Element) => {
    const lang = attribute(name, "xml:lang")?.toLowerCase();
    const inLanguage = lang === undefined || (primary !== undefined && lang.split("-")[0] === primary);
    return (attribute(name, "role") ? 0 : 2) + (inLanguage ? 1 : 0);
  };
  const named = names.filter((name) => flatText(name));
  return named.reduce<G2Element | undefined>(
    (best, name) => (!best || score(name) > score(best) ? name : best),
    undefined,
  );
}

/** A point of interest asserted only by its address (IPTC's photo metadata example): the address is its name. */
function addressName(assert: G2Element): string {
  const address = childNamed(childNamed(assert, "POIDetails"), "address");
  if (!address) return "";
  const lines = childrenNamed(address, "line").map(flatText);
  const named = ["locality", "area", "country"].map((part) =>
    flatText(childNamed(childNamed(address, part), "name")),
  );
  return [...lines, ...named].filter(Boolean).join(", ");
}
