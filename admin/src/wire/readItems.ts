// Which agency items this person has read on this computer, kept in localStorage so the desk's
// unread marks survive a reload. The newest ids are kept; older ones fall out.
const KEY = "dateline.wire.read";
const KEEP = 2000;

function load(): number[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((n): n is number => Number.isInteger(n)) : [];
  } catch {
    return [];
  }
}

export function readItemIds(): Set<number> {
  return new Set(load());
}

export function markItemsRead(ids: readonly number[]): Set<number> {
  const kept = [...new Set([...load(), ...ids])].slice(-KEEP);
  try {
    localStorage.setItem(KEY, JSON.stringify(kept));
  } catch {
    // A full or disabled storage only costs the marks after a reload.
  }
  return new Set(kept);
}
