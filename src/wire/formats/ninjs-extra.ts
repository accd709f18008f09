import { nfc } from "./wire-values.ts";

/** A ninjs object being mapped: its value, its JSON pointer in the file, and the record of what was taken. */
export interface NinjsNode {
  value: Record<string, unknown>;
  path: string;
  taken: Taken;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A JSON pointer (RFC 6901) one step below `path`. */
export function childPath(path: string, key: string | number): string {
  return `${path}/${String(key).replaceAll("~", "~0").replaceAll("/", "~1")}`;
}

function parentPath(path: string): string {
  return path.slice(0, path.lastIndexOf("/"));
}

/**
 * Which parts of the file the mapping used. What it did not use becomes `extra`, keyed by JSON
 * pointer: a part nothing was taken from goes whole (`/associations/1`), a part something was
 * taken from is gone into (`/subjects/0/relevance` stays although the subject's name was used).
 * Only the ancestors of taken parts are walked, so junk nested deep is stored, never recursed into.
 */
export class Taken {
  private readonly used = new Set<string>();
  private readonly entered = new Set<string>([""]);

  take(path: string): void {
    this.used.add(path);
    for (let at = parentPath(path); at && !this.entered.has(at); at = parentPath(at)) this.entered.add(at);
  }

  leftovers(value: unknown, path = "", out: Record<string, unknown> = {}): Record<string, unknown> {
    if (this.used.has(path)) return out;
    if (!this.entered.has(path)) {
      out[path] = value;
      return out;
    }
    if (Array.isArray(value))
      for (const [index, item] of value.entries()) this.leftovers(item, childPath(path, index), out);
    else if (isRecord(value))
      for (const [key, item] of Object.entries(value)) this.leftovers(item, childPath(path, key), out);
    return out;
  }
}

export function child(node: NinjsNode, key: string): NinjsNode | undefined {
  const value = node.value[key];
  return isRecord(value) ? { value, path: childPath(node.path, key), taken: node.taken } : undefined;
}

/** The first of `keys` whose value is a string, and where it is; not yet taken. */
export function findString(node: NinjsNode, ...keys: string[]): { value: string; path: string } | undefined {
  for (const key of keys) {
    const value = node.value[key];
    if (typeof value === "string") return { value, path: childPath(node.path, key) };
  }
  return undefined;
}

/** The first of `keys` whose value is a non-blank string, taken, trimmed and as sent: for identifiers and addresses. */
export function takeToken(node: NinjsNode, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = node.value[key];
    if (typeof value !== "string" || !value.trim()) continue;
    node.taken.take(childPath(node.path, key));
    return value.trim();
  }
  return undefined;
}

/** The first of `keys` whose value is a non-blank string, taken, trimmed, in NFC: for text a reader sees. */
export function takeText(node: NinjsNode, ...keys: string[]): string | undefined {
  const token = takeToken(node, ...keys);
  return token && nfc(token);
}

/** The first of `keys` whose value is a finite number; not yet taken. */
export function findNumber(node: NinjsNode, ...keys: string[]): { value: number; path: string } | undefined {
  for (const key of keys) {
    const value = node.value[key];
    if (typeof value === "number" && Number.isFinite(value))
      return { value, path: childPath(node.path, key) };
  }
  return undefined;
}

export interface Member {
  node: NinjsNode;
  /** The member's name: its key in 1.x's named objects, its `name` in 2.x and 3.x arrays. */
  name?: string;
}

/**
 * The objects under `key`, whichever way the version holds them: an array (2.x, 3.x, and 1.x's
 * entity lists) or an object keyed by name (1.x `renditions` and `associations`).
 */
export function members(node: NinjsNode, ...keys: string[]): Member[] {
  for (const key of keys) {
    const value = node.value[key];
    const path = childPath(node.path, key);
    const wrap = (item: unknown, at: string | number, name?: string): Member[] =>
      isRecord(item) ? [{ node: { value: item, path: childPath(path, at), taken: node.taken }, name }] : [];
    if (Array.isArray(value))
      return value.flatMap((item, index) =>
        wrap(item, index, isRecord(item) && typeof item.name === "string" ? item.name : undefined),
      );
    if (isRecord(value)) return Object.entries(value).flatMap(([name, item]) => wrap(item, name, name));
  }
  return [];
}
