// Local draft of one article with debounced autosave and optimistic concurrency.
//
// Three values are tracked:
//   server – the last Article the server returned (its version goes into the next PATCH);
//   synced – the field values the server has acknowledged from us (what we last sent);
//   draft  – what is on screen.
// Dirty means draft ≠ synced. Comparing against `synced` rather than `server` matters: the
// server sanitizes the body, so comparing with its normalized HTML would look dirty forever.
// On 409 nothing local is discarded: the user decides between their draft and the server's.
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, NetworkError } from "../api/client.ts";
import { articlesApi } from "../api/endpoints.ts";
import type { Article, ArticleFields, ArticlePatch } from "../api/types.ts";
import { clearBackup, readBackup, writeBackup } from "./backup.ts";
import { changedKeys, type FieldKey, fieldsOf, isArticle, patchFor } from "./fields.ts";

export type SaveState =
  | { kind: "saved"; at: string | null }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "error"; error: unknown }
  | { kind: "conflict"; theirs: Article };

const AUTOSAVE_DELAY_MS = 1500;
const RETRY_DELAY_MS = 5000;

export interface ArticleDraft {
  server: Article;
  draft: ArticleFields;
  saveState: SaveState;
  /** Bumped when the body is replaced from outside (take theirs, restore) so the editor reloads it. */
  bodyRevision: number;
  significant: boolean;
  setSignificant: (value: boolean) => void;
  setField: <K extends FieldKey>(key: K, value: ArticleFields[K]) => void;
  /** Saves now; resolves true when everything on screen is stored on the server. */
  saveNow: () => Promise<boolean>;
  keepMine: () => Promise<boolean>;
  takeTheirs: () => void;
  /** Adopt an Article returned by a workflow action or restore. */
  applyServer: (article: Article, options?: { replaceFields?: boolean }) => void;
  /** Unsaved edits found in this browser from an earlier visit, if they differ from the server. */
  recovered: { fields: ArticleFields; at: string } | null;
  applyRecovered: () => void;
  dismissRecovered: () => void;
}

export function useArticleDraft(initial: Article, autosave: boolean): ArticleDraft {
  const [server, setServerState] = useState(initial);
  const [draft, setDraftState] = useState<ArticleFields>(() => fieldsOf(initial));
  const [saveState, setSaveStateState] = useState<SaveState>({ kind: "saved", at: initial.modifiedAt });
  const [significant, setSignificantState] = useState(false);
  const [bodyRevision, setBodyRevision] = useState(0);
  const [changeCount, setChangeCount] = useState(0);

  // Refs hold the latest values for async code; state drives rendering.
  const serverRef = useRef(initial);
  const draftRef = useRef<ArticleFields>(fieldsOf(initial));
  const syncedRef = useRef<ArticleFields>(fieldsOf(initial));
  const significantRef = useRef(false);
  const saveStateRef = useRef<SaveState>(saveState);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const autosaveRef = useRef(autosave);
  autosaveRef.current = autosave;

  const [recovered, setRecovered] = useState(() => {
    const backup = readBackup(initial.id);
    if (!backup || changedKeys(backup.fields, fieldsOf(initial)).length === 0) return null;
    return { fields: backup.fields, at: backup.at };
  });

  const setServer = useCallback((a: Article) => {
    serverRef.current = a;
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
    () => writeBackup(serverRef.current.id, serverRef.current.version, draftRef.current),
    [],
  );

  const saveOnce = useCallback(async (): Promise<boolean> => {
    if (saveStateRef.current.kind === "conflict") return false;
    const keys = pendingKeys();
    const sendSignificant = significantRef.current;
    if (keys.length === 0 && !sendSignificant) {
      if (saveStateRef.current.kind !== "saved")
        setSaveState({ kind: "saved", at: serverRef.current.modifiedAt });
      return true;
    }
    const sent = draftRef.current;
    const patch: ArticlePatch = { ...patchFor(sent, keys), version: serverRef.current.version };
    if (sendSignificant) patch.significant = true;
    setSaveState({ kind: "saving" });
    try {
      const saved = await articlesApi.update(serverRef.current.id, patch);
      const before = syncedRef.current;
      const synced: ArticleFields = { ...before };
      for (const k of keys) Object.assign(synced, { [k]: sent[k] });
      // The server may derive a slug (an empty one is made from the headline); adopt it unless the
      // user has typed in the slug field since this save was sent.
      const sentSlug = keys.includes("slug") ? sent.slug : before.slug;
      if (draftRef.current.slug === sentSlug && saved.slug !== sentSlug) {
        synced.slug = saved.slug;
        setDraft({ ...draftRef.current, slug: saved.slug });
      }
      syncedRef.current = synced;
      setServer(saved);
      if (sendSignificant) {
        significantRef.current = false;
        setSignificantState(false);
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
        let theirs: Article | null = isArticle(error.problem.current) ? error.problem.current : null;
        if (!theirs) {
          try {
            theirs = await articlesApi.get(serverRef.current.id);
          } catch {
            theirs = null;
          }
        }
        if (theirs) setSaveState({ kind: "conflict", theirs });
        else setSaveState({ kind: "error", error });
        return false;
      }
      setSaveState({ kind: "error", error });
      return false;
    }
  }, [setDraft, setSaveState, setServer, pendingKeys, hasPending, backupNow]);

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

  const keepMine = useCallback(async () => {
    const state = saveStateRef.current;
    if (state.kind !== "conflict") return true;
    // Rebase on their version: everything that differs from theirs is sent again.
    setServer(state.theirs);
    syncedRef.current = fieldsOf(state.theirs);
    setSaveState({ kind: "dirty" });
    return saveNow();
  }, [saveNow, setSaveState, setServer]);

  const takeTheirs = useCallback(() => {
    const state = saveStateRef.current;
    if (state.kind !== "conflict") return;
    const fields = fieldsOf(state.theirs);
    setServer(state.theirs);
    syncedRef.current = fields;
    setDraft(fields);
    setBodyRevision((n) => n + 1);
    setSaveState({ kind: "saved", at: state.theirs.modifiedAt });
  }, [setDraft, setSaveState, setServer]);

  const applyServer = useCallback(
    (article: Article, options: { replaceFields?: boolean } = {}) => {
      setServer(article);
      if (options.replaceFields) {
        const fields = fieldsOf(article);
        syncedRef.current = fields;
        setDraft(fields);
        setBodyRevision((n) => n + 1);
        setSaveState({ kind: "saved", at: article.modifiedAt });
      }
    },
    [setDraft, setSaveState, setServer],
  );

  const applyRecovered = useCallback(() => {
    if (!recovered) return;
    // The recovered text becomes the draft; it is saved against the current server version,
    // so anything saved since still goes through the normal conflict check.
    setDraft({ ...recovered.fields });
    setBodyRevision((n) => n + 1);
    setRecovered(null);
    setSaveState({ kind: "dirty" });
    setChangeCount((n) => n + 1);
  }, [recovered, setDraft, setSaveState]);

  const dismissRecovered = useCallback(() => {
    setRecovered(null);
    clearBackup(serverRef.current.id);
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
    keepMine,
    takeTheirs,
    applyServer,
  };
}
