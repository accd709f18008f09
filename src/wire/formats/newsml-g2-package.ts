import type { WireItem, WirePicture } from "../wire-item.ts";
import { sanitized } from "./newsml-g2-body.ts";
import { plainValue } from "./newsml-g2-extra.ts";
import { escapeHtml } from "./newsml-g2-markup.ts";
import { referencedPicture } from "./newsml-g2-pictures.ts";
import {
  attribute,
  childNamed,
  childrenNamed,
  conceptCode,
  flatText,
  type G2Element,
  take,
} from "./newsml-g2-tree.ts";
import { isHttpUrl, nfc } from "./wire-values.ts";

export interface PackageContent {
  bodyHtml: string;
  pictures: WirePicture[];
  /** The first member's title: the package's headline when it has none of its own. */
  firstTitle?: string;
  extra: Record<string, unknown>;
}

interface Group {
  element: G2Element;
  refs: G2Element[];
}

/**
 * A package as one wire item: its body lists the members group by group (headline, and a link
 * or the member's guid), its pictures are the members that are pictures with an address, or,
 * in a news message, the picture items sent beside it. The references themselves go to `extra`
 * whole, since the desk needs them to fetch or match the members.
 */
export function packageContent(item: G2Element, siblings: ReadonlyMap<string, WireItem>): PackageContent {
  const groupSet = take(childNamed(item, "groupSet"));
  const groups: Group[] = childrenNamed(groupSet, "group").map((group) => ({
    element: group,
    refs: childrenNamed(group, "itemRef"),
  }));
  // A few senders put itemRefs straight into the package; read them as one unnamed group.
  const loose = childrenNamed(item, "itemRef");
  for (const ref of loose) take(ref);
  if (loose.length) groups.unshift({ element: item, refs: loose });
  const filled = groups.filter((group) => group.refs.length);
  const pictures = filled.flatMap((group) => group.refs.flatMap((ref) => memberPictures(ref, siblings)));
  const lists = filled.map((group) => groupHtml(group, siblings, filled.length > 1));
  const firstRef = filled[0]?.refs[0];
  const firstTitle = firstRef ? memberTitle(firstRef, siblings) : undefined;
  return {
    bodyHtml: sanitized(lists.join("\n")),
    pictures,
    ...(firstTitle ? { firstTitle } : {}),
    extra: referencesExtra(groupSet, groups),
  };
}

function memberTitle(ref: G2Element, siblings: ReadonlyMap<string, WireItem>): string {
  const own = flatText(childNamed(ref, "headline") ?? childNamed(ref, "title"));
  const residref = attribute(ref, "residref");
  const sibling = residref ? siblings.get(residref) : undefined;
  return nfc(own || sibling?.headline || sibling?.pictures[0]?.caption || "");
}

function memberPictures(ref: G2Element, siblings: ReadonlyMap<string, WireItem>): WirePicture[] {
  const referenced = referencedPicture(ref);
  if (referenced) return [referenced];
  const residref = attribute(ref, "residref");
  return (residref && siblings.get(residref)?.pictures) || [];
}

function groupHtml(group: Group, siblings: ReadonlyMap<string, WireItem>, titled: boolean): string {
  const items = group.refs.map((ref) => `<li>${memberHtml(ref, siblings)}</li>`).join("");
  const role = conceptCode(group.element, "role", "roleuri");
  const heading = titled && role ? `<h3>${escapeHtml(role)}</h3>` : "";
  return `${heading}<ul>${items}</ul>`;
}

function memberHtml(ref: G2Element, siblings: ReadonlyMap<string, WireItem>): string {
  const href = attribute(ref, "href");
  const residref = attribute(ref, "residref");
  const title = memberTitle(ref, siblings) || residref || href || "";
  if (href && isHttpUrl(href)) return `<a href="${escapeHtml(href)}">${escapeHtml(title)}</a>`;
  const id = residref && residref !== title ? ` (${escapeHtml(residref)})` : "";
  return `${escapeHtml(title)}${id}`;
}

/** Every reference whole, with the id of the group it sits in; and the groups' own structure. */
function referencesExtra(groupSet: G2Element | undefined, groups: Group[]): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  const refs = groups.flatMap((group) =>
    group.refs.map((ref) => {
      const value = plainValue(ref);
      const id = attribute(group.element, "id");
      return typeof value === "object" && value !== null && id ? { group: id, ...value } : value;
    }),
  );
  if (refs.length) extra["groupSet/itemRef"] = refs;
  const structure = groups
    .filter((group) => group.element.name === "group")
    .map((group) =>
      plainValue({ ...group.element, children: group.element.children.filter((c) => c.name !== "itemRef") }),
    );
  if (structure.length) extra["groupSet/group"] = structure;
  const root = attribute(groupSet, "root");
  if (root) extra["groupSet/@root"] = root;
  return extra;
}
