// A copy of unsaved edits in localStorage, so text survives a closed tab, an expired session
// (the app drops to the login page) or a conflict the user has not resolved yet.
import type { ArticleFields } from "../api/types.ts";

export interface Backup {
  /** The version the edits started from, and its fields, so recovery restores only what was edited. */
  version: number;
  base?: ArticleFields;
  fields: ArticleFields;
  at: string;
}

const key = (id: number) => `dateline.newsroom.unsaved.${id}`;

export function writeBackup(id: number, version: number, base: ArticleFields, fields: ArticleFields): void {
  try {
    const backup: Backup = { version, base, fields, at: new Date().toISOString() };
    localStorage.setItem(key(id), JSON.stringify(backup));
  } catch {
    // Storage full or blocked: the in-memory draft is still there; nothing better to do.
  }
}

export function clearBackup(id: number): void {
  try {
    localStorage.removeItem(key(id));
  } catch {
    // Ignore: see writeBackup.
  }
}

export function readBackup(id: number): Backup | null {
  try {
    const raw = localStorage.getItem(key(id));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === "object" && "fields" in parsed && "version" in parsed) {
      // Written by writeBackup above; the shape is ours.
      return parsed as Backup;
    }
  } catch {
    // Corrupt entry: treat as absent.
  }
  return null;
}
