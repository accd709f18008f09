import type { G2Element } from "./newsml-g2-tree.ts";

/** Namespace declarations and schema hints say how the file is written, not what it says. */
function isFileMachinery(attributeName: string): boolean {
  return attributeName === "xmlns" || attributeName.startsWith("xmlns:") || attributeName.startsWith("xsi:");
}

/**
 * An element as plain JSON for `extra`: its text when it has nothing else, otherwise `@name` for
 * attributes, `#text` for text, and children by name (a list when a name repeats). Inline XML
 * that was not mapped is kept as its markup under `#xml`.
 */
export function plainValue(element: G2Element): unknown {
  const attributes = Object.entries(element.attributes).filter(([name]) => !isFileMachinery(name));
  if (!attributes.length && !element.children.length && element.name !== "inlineXML") return element.text;
  const value: Record<string, unknown> = {};
  for (const [name, text] of attributes) value[`@${name}`] = text;
  if (element.name === "inlineXML" && element.markup?.trim()) value["#xml"] = element.markup.trim();
  else if (element.text.trim()) value["#text"] = element.text;
  for (const [name, group] of groupByName(element.children))
    value[name] = group.length === 1 ? plainValue(group[0] as G2Element) : group.map(plainValue);
  return value;
}

function groupByName(children: G2Element[]): Map<string, G2Element[]> {
  const groups = new Map<string, G2Element[]>();
  for (const child of children) {
    const group = groups.get(child.name);
    if (group) group.push(child);
    else groups.set(child.name, [child]);
  }
  return groups;
}

function isTouched(element: G2Element): boolean {
  return element.used || element.usedAttributes.size > 0 || element.children.some(isTouched);
}

/**
 * Everything under `element` that the mapping did not take, keyed by its path from the item
 * (`itemMeta/edNote`, `contentMeta/subject[2]/broader`, `@conformance`). An element the mapping
 * took part of is gone into, so a subject's `broader` survives although its name was used.
 */
export function unmappedParts(
  element: G2Element,
  path = "",
  out: Record<string, unknown> = {},
): Record<string, unknown> {
  const prefix = path ? `${path}/` : "";
  for (const [name, value] of Object.entries(element.attributes))
    if (!element.usedAttributes.has(name) && !isFileMachinery(name)) out[`${prefix}@${name}`] = value;
  if (element.text.trim()) out[`${prefix}#text`] = element.text;
  for (const [name, group] of groupByName(element.children))
    group.forEach((child, index) => {
      const childPath = `${prefix}${group.length > 1 ? `${name}[${index}]` : name}`;
      if (child.used) return;
      if (isTouched(child)) unmappedParts(child, childPath, out);
      else out[childPath] = plainValue(child);
    });
  return out;
}
