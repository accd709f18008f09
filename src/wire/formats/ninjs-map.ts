import { WireFormatError } from "../wire-error.ts";
import type { WireItem } from "../wire-item.ts";
import { childPath, findString, type NinjsNode, Taken, takeText, takeToken } from "./ninjs-extra.ts";
import { takePictures } from "./ninjs-pictures.ts";
import { pickByRole, takeBody, takeHeadline, takePlain, textVariants } from "./ninjs-text.ts";
import {
  takeConcepts,
  takeDateTime,
  takeLanguage,
  takeStatus,
  takeUrgency,
  takeVersion,
} from "./ninjs-values.ts";
import { nfc, utcDateTime } from "./wire-values.ts";

/** Where the parser's own remarks on the file go in `extra`; never a JSON pointer, so never a path in the file. */
export const NOTES_KEY = "#notes";

// A standfirst is the item's main description; a caption serves when the item is a picture.
const STANDFIRST_ROLES = [undefined, "summary", "abstract", "teaser", "lead", "standfirst", "caption"];

/**
 * ninjs's only credit-like properties are `copyrightHolder` (who claims the rights: "dpa", "TT")
 * and `infoSources` (everyone who supplied anything, interviewees included, so not a credit). AP
 * sends its credit line as the description with role `creditline`; that comes first.
 */
function takeCredit(node: NinjsNode): string | undefined {
  const creditLine = takePlain(node, pickByRole(textVariants(node, "description"), ["creditline"]));
  return creditLine ?? takeText(node, "copyrightHolder", "copyrightholder");
}

/**
 * An embargo whose time cannot be read still holds the item (time unknown), as G2's empty
 * `<embargoed/>` does: releasing copy on a typo is the one mistake the desk cannot undo. The text
 * stays in `extra` for the editor to read.
 */
function takeEmbargo(node: NinjsNode): WireItem["embargo"] {
  const found = findString(node, "embargoedUntil", "embargoed");
  if (!found) return undefined;
  const until = utcDateTime(found.value);
  if (!until) return {};
  node.taken.take(found.path);
  return { until };
}

/** Superdesk's `keywords`: a list of plain strings. */
function takeKeywords(node: NinjsNode): string[] {
  const list = node.value.keywords;
  if (!Array.isArray(list)) return [];
  return list.flatMap((keyword, index) => {
    if (typeof keyword !== "string" || !keyword.trim()) return [];
    node.taken.take(childPath(childPath(node.path, "keywords"), index));
    return [nfc(keyword.trim())];
  });
}

function withoutUndefined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function takeGuid(node: NinjsNode): string {
  const guid = takeToken(node, "uri", "guid");
  if (guid) return guid;
  // Versions of one story are matched by it: an empty one would merge unrelated stories.
  throw new WireFormatError("the item has no identifier: its uri is empty", "/uri");
}

/** One validated ninjs object as a WireItem; what it does not map goes to `extra` by JSON pointer. */
export function mapNinjsItem(doc: Record<string, unknown>, notes: string[] = []): WireItem {
  const node: NinjsNode = { value: doc, path: "", taken: new Taken() };
  const guid = takeGuid(node);
  const headline = takeHeadline(node);
  const item: WireItem = {
    guid,
    headline,
    bodyHtml: takeBody(node, headline),
    subjects: takeConcepts(node, "subjects", "subject"),
    keywords: takeKeywords(node),
    people: takeConcepts(node, "people", "person"),
    organisations: takeConcepts(node, "organisations", "organisation"),
    places: takeConcepts(node, "places", "place"),
    status: takeStatus(node),
    pictures: takePictures(node),
    extra: {},
    ...withoutUndefined({
      version: takeVersion(node),
      urgency: takeUrgency(node),
      standfirst: takePlain(node, pickByRole(textVariants(node, "description"), STANDFIRST_ROLES)),
      byline: takeText(node, "by", "byline"),
      credit: takeCredit(node),
      language: takeLanguage(node),
      // `located` is where the story was filed from; `places` are places it mentions.
      datelinePlace: takeText(node, "located"),
      firstCreated: takeDateTime(node, "firstCreated", "firstcreated"),
      versionCreated: takeDateTime(node, "versionCreated", "versioncreated"),
      embargo: takeEmbargo(node),
    }),
  };
  item.extra = node.taken.leftovers(doc);
  if (notes.length) item.extra[NOTES_KEY] = notes;
  return item;
}
