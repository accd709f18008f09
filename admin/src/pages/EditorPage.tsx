// The story editor: text on the left, details and workflow on the right.
// Default export because App loads it lazily (it carries TipTap).
import { useCallback, useEffect, useId, useState } from "react";
import { ApiError } from "../api/client.ts";
import { articlesApi } from "../api/endpoints.ts";
import type { Article, ArticleFields, RevisionSummary } from "../api/types.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { ErrorMessage, errorText } from "../components/ErrorMessage.tsx";
import { TextAreaField, TextField } from "../components/Field.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { EditionBadge, StatusBadge } from "../components/StatusBadge.tsx";
import { ConfirmMoveDialog, useChecklist } from "../editor/ConfirmMoveDialog.tsx";
import { ConflictDialog } from "../editor/ConflictDialog.tsx";
import { FIELD_KEYS, htmlToText, patchFor } from "../editor/fields.ts";
import { MetadataPanel } from "../editor/MetadataPanel.tsx";
import { NotesPanel } from "../editor/NotesPanel.tsx";
import { previewPageUrl } from "../editor/preview.ts";
import { RelatedPanel } from "../editor/RelatedPanel.tsx";
import { RevisionsPanel } from "../editor/RevisionsPanel.tsx";
import { RichTextEditor } from "../editor/RichTextEditor.tsx";
import { SeoPanel } from "../editor/SeoPanel.tsx";
import { SourceStoryPanel } from "../editor/SourceStoryPanel.tsx";
import { StoryMeasures } from "../editor/StoryMeasures.tsx";
import { StoryPresence } from "../editor/StoryPresence.tsx";
import { TranslationsPanel } from "../editor/TranslationsPanel.tsx";
import { useArticleDraft } from "../editor/useArticleDraft.ts";
import { WorkflowPanel } from "../editor/WorkflowPanel.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { contentLang } from "../lib/editions.ts";
import { storyPermissions } from "../lib/permissions.ts";
import { addNavigationGuard, Link, navigate } from "../lib/router.tsx";
import { useAsync } from "../lib/useAsync.ts";
import { LiveDeskLink } from "../live-desk/LiveDeskLink.tsx";
import { AgencyCopyPanel } from "../wire/AgencyCopyPanel.tsx";

export default function EditorPage({ id }: { id: number }) {
  const { t } = useI18n();
  const loaded = useAsync((signal) => articlesApi.get(id, signal), [id]);

  if (loaded.status === "loading") return <p role="status">{t("app.loading")}</p>;
  if (loaded.status === "error") {
    const notFound = loaded.error instanceof ApiError && loaded.error.status === 404;
    return (
      <>
        <PageHeading title={t("editor.title")} />
        {notFound ? (
          <p className="alert alert-error" role="alert">
            {t("editor.notFound")}
          </p>
        ) : (
          <ErrorMessage error={loaded.error} onRetry={loaded.reload} />
        )}
        <p>
          <Link to="/stories">{t("nav.stories")}</Link>
        </p>
      </>
    );
  }
  return <StoryEditor initial={loaded.data} />;
}

function StoryEditor({ initial }: { initial: Article }) {
  const { t, formatDateTime, formatTime } = useI18n();
  const announce = useAnnounce();
  const ids = useId();
  const [live, setLive] = useState(initial.status === "published");
  // Published stories are not autosaved: every save of a live story is visible to readers at once,
  // so the writer decides when ("Update live story") and whether it is a significant update.
  const draft = useArticleDraft(initial, !live);
  const { server, saveState } = draft;
  const permissions = storyPermissions(server);
  const readOnly = !permissions.edit;
  const lang = contentLang(server.edition);
  const [discarded, setDiscarded] = useState<ArticleFields | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  // A save of a live story reaches readers at once, so it is confirmed with the checklist first.
  const [confirmingUpdate, setConfirmingUpdate] = useState(false);
  const [updating, setUpdating] = useState(false);
  const checks = useChecklist(server, draft.draft);

  useEffect(() => setLive(server.status === "published"), [server.status]);

  const pending = saveState.kind !== "saved";
  // Warn before closing the tab with unsaved text (the browser shows its own wording).
  useEffect(() => {
    if (!pending) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [pending]);

  // In-app navigation saves on unmount; only an unresolved conflict or failed save asks first.
  useEffect(
    () =>
      addNavigationGuard(() =>
        saveState.kind === "conflict" || saveState.kind === "error" || (live && pending)
          ? window.confirm(t("editor.leaveWarning"))
          : true,
      ),
    [saveState.kind, live, pending, t],
  );

  const { saveNow } = draft;
  const requestSave = useCallback(() => {
    if (live) setConfirmingUpdate(true);
    else void saveNow();
  }, [live, saveNow]);
  // Ctrl/Cmd+S saves instead of opening the browser's "Save page" dialog.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        requestSave();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [requestSave]);

  async function confirmUpdate() {
    setUpdating(true);
    await saveNow();
    setUpdating(false);
    setConfirmingUpdate(false);
  }

  const onBodyChange = useCallback((html: string) => draft.setField("body", html), [draft.setField]);

  /** Restores a revision, or only some of its fields (the panel announces those). */
  async function restore(rev: RevisionSummary, fields?: readonly string[]): Promise<boolean> {
    setActionError(null);
    if (!(await draft.saveNow())) return false;
    try {
      const restored = await articlesApi.restore(server.id, rev.id, server.version, fields);
      draft.applyServer(restored, { replaceFields: true });
      if (!fields) announce(t("revisions.restored", { number: rev.number }));
      return true;
    } catch (err) {
      setActionError(err);
      return false;
    }
  }

  async function openPreview() {
    setActionError(null);
    // Open the tab during the click (pop-up blockers allow that), then fill it once the server has
    // rendered the page. Nothing is saved first: on a live story a save would reach readers.
    const tab = window.open("about:blank", "_blank");
    if (!tab) {
      setActionError(new Error(t("editor.previewBlocked")));
      return;
    }
    tab.opener = null;
    try {
      const fields = patchFor(draft.draft, [...FIELD_KEYS]);
      const html = await articlesApi.preview(
        server.id,
        draft.significant ? { ...fields, significant: true } : fields,
      );
      tab.location.href = previewPageUrl(html);
      announce(t("editor.previewOpened"));
    } catch (err) {
      tab.close();
      setActionError(err);
    }
  }

  return (
    <>
      <PageHeading title={t("editor.title")}>
        <SaveStatus
          state={saveState}
          formatTime={formatTime}
          onSave={requestSave}
          live={live}
          readOnly={readOnly}
        />
      </PageHeading>

      <div className="story-summary">
        <EditionBadge edition={server.edition} /> <StatusBadge status={server.status} />{" "}
        {server.createdBy && (
          <span className="muted">
            {t("editor.createdBy", { name: server.createdBy.name, date: formatDateTime(server.createdAt) })}
          </span>
        )}
        {server.embargoUntil && server.status !== "published" && (
          <span className="badge badge-embargo">
            {t("editor.embargoBadge", { date: formatDateTime(server.embargoUntil) })}
          </span>
        )}{" "}
        {server.status === "scheduled" && server.scheduledAt && (
          <span> · {t("editor.scheduledFor", { date: formatDateTime(server.scheduledAt) })}</span>
        )}
        {server.publishedAt && (
          <span> · {t("editor.publishedAt", { date: formatDateTime(server.publishedAt) })}</span>
        )}
        <span className="summary-links">
          <LiveDeskLink story={server} />
          <button type="button" className="linklike" onClick={() => void openPreview()}>
            {t("editor.preview")} <span className="muted">{t("app.opensNewTab")}</span>
          </button>
          {server.url && server.status === "published" && (
            <a href={server.url} target="_blank" rel="noopener noreferrer">
              {t("editor.viewLive")} <span className="muted">{t("app.opensNewTab")}</span>
            </a>
          )}
        </span>
      </div>

      {draft.recovered && !readOnly && (
        <section className="alert alert-info" aria-labelledby={`${ids}-recover`}>
          <h2 id={`${ids}-recover`}>{t("recover.title")}</h2>
          <p>{t("recover.intro", { date: formatDateTime(draft.recovered.at) })}</p>
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={draft.applyRecovered}>
              {t("recover.restore")}
            </button>
            <button type="button" className="button" onClick={draft.dismissRecovered}>
              {t("recover.discard")}
            </button>
          </div>
        </section>
      )}
      <StoryPresence articleId={server.id} canEdit={!readOnly} />
      {readOnly && <p className="alert alert-info">{t("editor.readOnly")}</p>}
      {live && !readOnly && <p className="alert alert-info">{t("editor.liveNotice")}</p>}
      <ErrorMessage error={actionError} />

      <div className="editor-layout">
        <div className="editor-main">
          <TextField
            label={t("editor.headline")}
            className="input-headline"
            lang={lang}
            value={draft.draft.headline}
            readOnly={readOnly}
            onChange={(e) => draft.setField("headline", e.target.value)}
          />
          <StoryMeasures headline={draft.draft.headline} body={draft.draft.body} lang={lang} />
          <TextAreaField
            label={t("editor.standfirst")}
            help={t("editor.standfirstHelp")}
            rows={3}
            lang={lang}
            value={draft.draft.standfirst}
            readOnly={readOnly}
            onChange={(e) => draft.setField("standfirst", e.target.value)}
          />
          <div className="field">
            <span className="field-label" id={`${ids}-body`}>
              {t("editor.body")}
            </span>
            <RichTextEditor
              html={draft.draft.body}
              revision={draft.bodyRevision}
              onChange={onBodyChange}
              editable={!readOnly}
              lang={lang}
              labelId={`${ids}-body`}
            />
          </div>

          {(server.publishedAt || server.status === "published" || server.status === "unpublished") && (
            <section className="corrections" aria-labelledby={`${ids}-corr`}>
              <h2 id={`${ids}-corr`}>{t("editor.correction")}</h2>
              <div className="checkbox">
                <input
                  id={`${ids}-significant`}
                  type="checkbox"
                  checked={draft.significant}
                  disabled={readOnly}
                  onChange={(e) => draft.setSignificant(e.target.checked)}
                />
                <label htmlFor={`${ids}-significant`}>{t("editor.significant")}</label>
              </div>
              {draft.significant && <p className="help">{t("editor.significantPending")}</p>}
              {server.updatedAt && (
                <p className="help">{t("editor.lastUpdated", { date: formatDateTime(server.updatedAt) })}</p>
              )}
              <TextAreaField
                label={t("editor.correctionNote")}
                help={t("editor.correctionNoteHelp")}
                rows={2}
                lang={lang}
                value={draft.draft.correctionNote}
                readOnly={readOnly}
                onChange={(e) => draft.setField("correctionNote", e.target.value)}
              />
            </section>
          )}

          <SeoPanel article={server} draft={draft.draft} setField={draft.setField} readOnly={readOnly} />

          {discarded && (
            <section className="discarded" aria-labelledby={`${ids}-discarded`}>
              <h2 id={`${ids}-discarded`}>{t("conflict.discardedTitle")}</h2>
              <p>{t("conflict.discardedIntro")}</p>
              {/* Text, not form fields: keeps "Headline"/"Body" unique as field names on the page. */}
              <dl className="discarded-fields" lang={lang}>
                <dt>{t("editor.headline")}</dt>
                <dd>{discarded.headline}</dd>
                <dt>{t("editor.standfirst")}</dt>
                <dd>{discarded.standfirst}</dd>
                <dt>{t("editor.body")}</dt>
                <dd className="conflict-text">{htmlToText(discarded.body)}</dd>
              </dl>
              <button type="button" className="button" onClick={() => setDiscarded(null)}>
                {t("conflict.discardedDismiss")}
              </button>
            </section>
          )}
        </div>

        <div className="editor-side">
          <SourceStoryPanel article={server} leadMediaId={draft.draft.leadMediaId} />
          <WorkflowPanel
            article={server}
            draft={draft.draft}
            permissions={permissions}
            flush={draft.saveNow}
            onResult={(a) => draft.applyServer(a)}
            onDeleted={() => navigate("/stories", { replace: true })}
          />
          <NotesPanel articleId={server.id} version={server.version} />
          <MetadataPanel article={server} draft={draft.draft} setField={draft.setField} readOnly={readOnly} />
          <AgencyCopyPanel articleId={server.id} />
          <TranslationsPanel article={server} canCreate={permissions.translate} flush={draft.saveNow} />
          <RelatedPanel article={server} canPin={permissions.pinRelated} />
          <RevisionsPanel
            articleId={server.id}
            version={server.version}
            canRestore={permissions.edit}
            lang={lang}
            onRestore={restore}
          />
        </div>
      </div>

      <ConfirmMoveDialog
        move={confirmingUpdate ? "update" : null}
        checks={checks}
        busy={updating}
        onConfirm={() => void confirmUpdate()}
        onClose={() => setConfirmingUpdate(false)}
      />

      {saveState.kind === "conflict" && (
        <ConflictDialog
          conflict={saveState.conflict}
          mine={draft.draft}
          lang={lang}
          onResolve={(takeTheirs) => {
            if (takeTheirs.length > 0) setDiscarded(draft.draft);
            return draft.resolveConflict(takeTheirs);
          }}
        />
      )}
    </>
  );
}

interface SaveStatusProps {
  state: ReturnType<typeof useArticleDraft>["saveState"];
  formatTime: (iso: string) => string;
  onSave: () => void;
  live: boolean;
  readOnly: boolean;
}

function SaveStatus({ state, formatTime, onSave, live, readOnly }: SaveStatusProps) {
  const { t } = useI18n();
  if (readOnly) return null;
  let text: string;
  switch (state.kind) {
    case "saved":
      text = state.at ? t("editor.save.savedAt", { time: formatTime(state.at) }) : t("editor.save.saved");
      break;
    case "dirty":
      text = t("editor.save.dirty");
      break;
    case "saving":
      text = t("editor.save.saving");
      break;
    case "conflict":
      text = t("editor.save.conflict");
      break;
    case "error":
      text = t("editor.save.error", { message: errorText(state.error, t("app.networkError")) });
      break;
  }
  return (
    <div className="save-status">
      <span role="status" className={`save-text save-${state.kind}`}>
        {text}
      </span>
      <button
        type="button"
        className={live ? "button button-primary" : "button"}
        onClick={onSave}
        disabled={state.kind === "saving" || state.kind === "conflict" || state.kind === "saved"}
      >
        {live ? t("editor.updateLive") : t("editor.saveNow")}
      </button>
    </div>
  );
}
