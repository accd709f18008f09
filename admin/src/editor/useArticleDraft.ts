// Local draft of one article with debounced autosave and a three-way merge on the server.
//
// Three values are tracked:
//   base   – the last Article the server returned: the version a save starts from;
//   synced – this editor's text for the base's fields (the base, but in the form we sent it);
//   draft  – what is on screen.
// Dirty means draft ≠ synced, and a save sends only those fields with the base's version, so the
// server can merge them with whatever others saved since. Comparing against `synced` rather than
// the base matters: the server sanitizes the body, so its HTML would look edited forever.
// When the base moves on (a save, a 409, a workflow action), other people's changes are taken
// into fields the user is not editing; a field both changed differently becomes a conflict for
// the user to settle field by field. Nothing else is ever offered for overwriting.
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, NetworkError } from "../api/client.ts";
import { articlesApi } from "../api/endpoints.ts";
import type { Article, ArticleFields, ArticlePatch } from "../api/types.ts";
import { clearBackup, readBackup, writeBackup } from "./backup.ts";
import {
  changedKeys,
  conflictOf,
  FIELD_KEYS,
  type FieldKey,
  fieldsOf,
  isArticle,
  patchFor,
  sameValue,
} from "./fields.ts";

export interface Conflict {
  /** Fields the user and someone else changed differently. */
  fields: FieldKey[];
  /** The stored story's values, which are now the base the next save starts from. */
  theirs: ArticleFields;
  /** Who saved since the user's base; empty when the server did not say. */
  changedBy: string[];
}

export type SaveState =
  | { kind: "saved"; at: string | null }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "error"; error: unknown }
  | { kind: "conflict"; conflict: Conflict };

const AUTOSAVE_DELAY_MS = 1500;
const RETRY_DELAY_MS = 5000;

interface Recovered {
  fields: ArticleFields;
  /** The fields edited in the earlier visit; the rest of the backup is stale. */
  keys: FieldKey[];
  /** The version those edits started from, when the backup recorded it. */
  version: number | null;
  at: string;
}

export interface ArticleDraft {
  server: Article;
  draft: ArticleFields;
  saveState: SaveState;
  /** Bumped when the body is replaced from outside (someone else's change, restore) so the editor reloads it. */
  bodyRevision: number;
  significant: boolean;
  setSignificant: (value: boolean) => void;
  setField: <K extends FieldKey>(key: K, value: ArticleFields[K]) => void;
  /** Saves now; resolves true when everything on screen is stored on the server. */
  saveNow: () => Promise<boolean>;
  /** Settles a conflict: the listed fields take the stored text, the other conflicting fields are saved as mine. */
  resolveConflict: (takeTheirs: readonly FieldKey[]) => Promise<boolean>;
  /** Adopt an Article returned by a workflow action or restore. */
  applyServer: (article: Article, options?: { replaceFields?: boolean }) => void;
  /** Unsaved edits found in this browser from an earlier visit, if they differ from the server. */
  recovered: { fields: ArticleFields; at: string } | null;
  applyRecovered: () => void;
  dismissRecovered: () => void;
}

function recoveredFrom(initial: Article): Recovered | null {
  const backup = readBackup(initial.id);
  if (!backup) return null;
  const current = fieldsOf(initial);
  // A backup written before bases were kept: every field that differs counts as edited.
  const edited = backup.base ? changedKeys(backup.fields, backup.base) : changedKeys(backup.fields, current);
  const keys = edited.filter((k) => !sameValue(backup.fields[k], current[k]));
  if (keys.length === 0) return null;
  return { fields: backup.fields, keys, version: backup.base ? backup.version : null, at: backup.at };
}

export function useArticleDraft(initial: Article, autosave: boolean): ArticleDraft {
  const [server, setServerState] = useState(initial);
  const [draft, setDraftState] = useState<ArticleFields>(() => fieldsOf(initial));
  const [saveState, setSaveStateState] = useState<SaveState>({ kind: "saved", at: initial.modifiedAt });
  const [significant, setSignificantState] = useState(false);
  const [bodyRevision, setBodyRevision] = useState(0);
  const [changeCount, setChangeCount] = useState(0);

  // Refs hold the latest values for async code; state drives rendering.
  const baseRef = useRef(initial);
  const draftRef = useRef<ArticleFields>(fieldsOf(initial));
  const syncedRef = useRef<ArticleFields>(fieldsOf(initial));
  const significantRef = useRef(false);
  const saveStateRef = useRef<SaveState>(saveState);
  const inFlight = useRef<Promise<boolean> | null>(null);
  // Recovered edits started from an older version; their first save says so, so the server
  // merges them against what they were written over rather than against today's text.
  const recoveredBaseRef = useRef<number | null>(null);
  const autosaveRef = useRef(autosave);
  autosaveRef.current = autosave;

  const [recovered, setRecovered] = useState(() => recoveredFrom(initial));

  const setServer = useCallback((a: Article) => {
    baseRef.current = a;
    setServerState(a);
  }, []);
  const setDraft = useCallback((d: ArticleFields) => {
    draftRef.current = d;
    setDraftState(d);
  }, []);
  const setSaveState = useCallback((s: SaveState) => {
    saveStateRef.current = s;
    setSaveStateState(s);
  }, []);

  // Stable helpers over refs (no deps), so effects below can list them without re-running.
  const pendingKeys = useCallback(() => changedKeys(draftRef.current, syncedRef.current), []);
  const hasPending = useCallback(() => pendingKeys().length > 0 || significantRef.current, [pendingKeys]);
  const backupNow = useCallback(
    () => writeBackup(baseRef.current.id, baseRef.current.version, syncedRef.current, draftRef.current),
    [],
  );

  /**
   * Moves the base to `next`. Fields in `sent` hold this editor's text already. Any other field
   * someone changed is put on screen unless the user is editing it; an edit that differs from
   * theirs is returned as a conflict (`listed` is the server's verdict, when it gave one).
   */
  const rebase = useCallback(
    (next: Article, sent: readonly FieldKey[], listed?: readonly FieldKey[]): FieldKey[] => {
      const before = fieldsOf(baseRef.current);
      const stored = fieldsOf(next);
      const synced: ArticleFields = { ...syncedRef.current };
      const shown: ArticleFields = { ...draftRef.current };
      const conflicts: FieldKey[] = [];
      for (const k of FIELD_KEYS) {
        const refused = listed?.includes(k) ?? false;
        if (sent.includes(k) || (!refused && sameValue(stored[k], before[k]))) continue;
        const editing = !sameValue(shown[k], synced[k]);
        Object.assign(synced, { [k]: stored[k] });
        if (!editing || sameValue(shown[k], stored[k])) Object.assign(shown, { [k]: stored[k] });
        else if (refused || !listed) conflicts.push(k);
        // Otherwise the server found the edit compatible with theirs: it stays pending.
      }
      syncedRef.current = synced;
      if (shown.body !== draftRef.current.body) setBodyRevision((n) => n + 1);
      setDraft(shown);
      setServer(next);
      return conflicts;
    },
    [setDraft, setServer],
  );

  const saveOnce = useCallback(async (): Promise<boolean> => {
    if (saveStateRef.current.kind === "conflict") return false;
    const keys = pendingKeys();
    const sendSignificant = significantRef.current;
    if (keys.length === 0 && !sendSignificant) {
      if (saveStateRef.current.kind !== "saved")
        setSaveState({ kind: "saved", at: baseRef.current.modifiedAt });
      return true;
    }
    const sent = draftRef.current;
    const version = recoveredBaseRef.current ?? baseRef.current.version;
    const patch: ArticlePatch = { ...patchFor(sent, keys), version };
    if (sendSignificant) patch.significant = true;
    setSaveState({ kind: "saving" });
    try {
      const saved = await articlesApi.update(baseRef.current.id, patch);
      recoveredBaseRef.current = null;
      const synced: ArticleFields = { ...syncedRef.current };
      for (const k of keys) Object.assign(synced, { [k]: sent[k] });
      // The server may derive a slug (an empty one is made from the headline); adopt it unless the
      // user has typed in the slug field since this save was sent.
      if (keys.includes("slug") && draftRef.current.slug === sent.slug && saved.slug !== sent.slug) {
        synced.slug = saved.slug;
        setDraft({ ...draftRef.current, slug: saved.slug });
      }
      syncedRef.current = synced;
      const conflicts = rebase(saved, keys);
      if (sendSignificant) {
        significantRef.current = false;
        setSignificantState(false);
      }
      if (conflicts.length > 0) {
        backupNow();
        setSaveState({
          kind: "conflict",
          conflict: { fields: conflicts, theirs: fieldsOf(saved), changedBy: [] },
        });
        return false;
      }
      if (hasPending()) {
        setSaveState({ kind: "dirty" });
        setChangeCount((n) => n + 1); // schedules the next autosave for edits made meanwhile
      } else {
        setSaveState({ kind: "saved", at: saved.modifiedAt });
        clearBackup(saved.id);
      }
      return !hasPending();
    } catch (error) {
      // Whatever went wrong, the text on screen is now also in this browser's storage.
      backupNow();
      if (error instanceof ApiError && error.status === 409) {
        let current: Article | null = isArticle(error.problem.current) ? error.problem.current : null;
        if (!current) {
          try {
            current = await articlesApi.get(baseRef.current.id);
          } catch {
            current = null;
          }
        }
        if (!current) {
          setSaveState({ kind: "error", error });
          return false;
        }
        recoveredBaseRef.current = null;
        const { fields, changedBy } = conflictOf(error.problem);
        const conflicts = rebase(current, [], fields);
        if (conflicts.length === 0) {
          // Nothing left to decide: the pending edits go again against the newer version.
          setSaveState({ kind: "dirty" });
          setChangeCount((n) => n + 1);
          return false;
        }
        setSaveState({
          kind: "conflict",
          conflict: { fields: conflicts, theirs: fieldsOf(current), changedBy },
        });
        return false;
      }
      setSaveState({ kind: "error", error });
      return false;
    }
  }, [setDraft, setSaveState, pendingKeys, hasPending, backupNow, rebase]);

  const saveNow = useCallback(async (): Promise<boolean> => {
    // Serialize saves: a PATCH must carry the version returned by the previous one.
    while (inFlight.current) await inFlight.current;
    const run = saveOnce();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, [saveOnce]);

  // Debounced after each change: back up locally, then autosave (unless this is a live story).
  useEffect(() => {
    if (changeCount === 0) return;
    const timer = setTimeout(() => {
      if (hasPending()) backupNow();
      if (autosave && saveStateRef.current.kind !== "conflict") void saveNow();
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [autosave, changeCount, saveNow, hasPending, backupNow]);

  // Closing or reloading the tab: keep pending text in storage (beforeunload may be ignored).
  useEffect(() => {
    const onPageHide = () => {
      if (hasPending()) backupNow();
    };
    window.addEventListener("pagehide", onPageHide);
    return () => window.removeEventListener("pagehide", onPageHide);
  }, [hasPending, backupNow]);

  // A network failure during autosave is retried; other errors wait for the next edit or "Save now".
  useEffect(() => {
    if (!autosave || saveState.kind !== "error" || !(saveState.error instanceof NetworkError)) return;
    const timer = setTimeout(() => void saveNow(), RETRY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [autosave, saveState, saveNow]);

  // Leaving the story with edits pending: back them up, and save them on the way out unless
  // the story is live (live changes go out only when the user says so) or in conflict.
  useEffect(
    () => () => {
      if (!hasPending()) return;
      backupNow();
      if (autosaveRef.current && saveStateRef.current.kind !== "conflict") void saveNow();
    },
    [hasPending, backupNow, saveNow],
  );

  const setField = useCallback(
    <K extends FieldKey>(key: K, value: ArticleFields[K]) => {
      setDraft({ ...draftRef.current, [key]: value });
      if (saveStateRef.current.kind !== "conflict" && saveStateRef.current.kind !== "saving") {
        setSaveState({ kind: "dirty" });
      }
      setChangeCount((n) => n + 1);
    },
    [setDraft, setSaveState],
  );

  const setSignificant = useCallback(
    (value: boolean) => {
      significantRef.current = value;
      setSignificantState(value);
      if (value && saveStateRef.current.kind === "saved") setSaveState({ kind: "dirty" });
      setChangeCount((n) => n + 1);
    },
    [setSaveState],
  );

  const resolveConflict = useCallback(
    async (takeTheirs: readonly FieldKey[]) => {
      const state = saveStateRef.current;
      if (state.kind !== "conflict") return true;
      // The base is already their version, so taking theirs is dropping the edit; a kept edit is
      // saved against that version along with the other pending fields, and nothing else.
      const shown: ArticleFields = { ...draftRef.current };
      for (const k of takeTheirs) Object.assign(shown, { [k]: syncedRef.current[k] });
      if (takeTheirs.includes("body")) setBodyRevision((n) => n + 1);
      setDraft(shown);
      setSaveState({ kind: "dirty" });
      return saveNow();
    },
    [saveNow, setDraft, setSaveState],
  );

  const applyServer = useCallback(
    (article: Article, options: { replaceFields?: boolean } = {}) => {
      if (options.replaceFields) {
        const fields = fieldsOf(article);
        setServer(article);
        syncedRef.current = fields;
        setDraft(fields);
        setBodyRevision((n) => n + 1);
        setSaveState({ kind: "saved", at: article.modifiedAt });
        return;
      }
      const conflicts = rebase(article, []);
      if (conflicts.length > 0) {
        setSaveState({
          kind: "conflict",
          conflict: { fields: conflicts, theirs: fieldsOf(article), changedBy: [] },
        });
      }
    },
    [rebase, setDraft, setSaveState, setServer],
  );

  const applyRecovered = useCallback(() => {
    if (!recovered) return;
    // Only the fields edited in the earlier visit come back; the rest keeps today's text.
    const shown: ArticleFields = { ...draftRef.current };
    for (const k of recovered.keys) Object.assign(shown, { [k]: recovered.fields[k] });
    recoveredBaseRef.current = recovered.version;
    setDraft(shown);
    setBodyRevision((n) => n + 1);
    setRecovered(null);
    setSaveState({ kind: "dirty" });
    setChangeCount((n) => n + 1);
  }, [recovered, setDraft, setSaveState]);

  const dismissRecovered = useCallback(() => {
    setRecovered(null);
    clearBackup(baseRef.current.id);
  }, []);

  return {
    recovered,
    applyRecovered,
    dismissRecovered,
    server,
    draft,
    saveState,
    bodyRevision,
    significant,
    setSignificant,
    setField,
    saveNow,
    resolveConflict,
    applyServer,
  };
}
