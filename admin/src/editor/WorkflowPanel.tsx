// Workflow buttons for the story's status and the user's role. Pending edits are saved first,
// so "Publish" never publishes an older text than the one on screen.
import { useId, useState } from "react";
import { articlesApi } from "../api/endpoints.ts";
import type { Article, ArticleFields } from "../api/types.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { Dialog } from "../components/Dialog.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { ZonedDateTimeInput } from "../components/ZonedDateTimeInput.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import type { StoryPermissions } from "../lib/permissions.ts";
import { type ConfirmedMove, ConfirmMoveDialog, useChecklist } from "./ConfirmMoveDialog.tsx";
import { EmbargoField } from "./EmbargoField.tsx";
import { ReturnToWriter } from "./ReturnToWriter.tsx";

type Action = "submit" | "publish" | "unpublish" | "schedule" | "cancelSchedule";

interface WorkflowPanelProps {
  article: Article;
  /** What is on screen, saved before any move: the checklist reads it. */
  draft: ArticleFields;
  permissions: StoryPermissions;
  flush: () => Promise<boolean>;
  onResult: (article: Article) => void;
  onDeleted: () => void;
}

export function WorkflowPanel({
  article,
  draft,
  permissions,
  flush,
  onResult,
  onDeleted,
}: WorkflowPanelProps) {
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  const [busy, setBusy] = useState<Action | "delete" | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [at, setAt] = useState<string | null>(article.scheduledAt);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [confirming, setConfirming] = useState<Exclude<ConfirmedMove, "update"> | null>(null);
  const checks = useChecklist(article, draft);

  async function run(action: Action) {
    setError(null);
    if (action === "schedule" && !at) {
      setError(new Error(t("workflow.scheduleMissing")));
      return;
    }
    setBusy(action);
    try {
      if (!(await flush())) {
        setError(new Error(t("workflow.saveFirst")));
        return;
      }
      let result: Article;
      if (action === "submit") result = await articlesApi.submit(article.id);
      else if (action === "publish") result = await articlesApi.publish(article.id);
      else if (action === "unpublish") result = await articlesApi.unpublish(article.id);
      else if (action === "cancelSchedule") result = await articlesApi.cancelSchedule(article.id);
      else if (at) result = await articlesApi.schedule(article.id, at);
      else return;
      onResult(result);
      announce(t(`workflow.done.${action}`));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
      setConfirming(null);
    }
  }

  /** Publishing, scheduling and unpublishing are confirmed first, with the checklist where it matters. */
  function ask(move: Exclude<ConfirmedMove, "update">) {
    setError(null);
    if (move === "schedule" && !at) {
      setError(new Error(t("workflow.scheduleMissing")));
      return;
    }
    setConfirming(move);
  }

  async function remove() {
    setBusy("delete");
    setError(null);
    try {
      await articlesApi.remove(article.id);
      setConfirmDelete(false);
      announce(t("workflow.deleted"));
      onDeleted();
    } catch (err) {
      setConfirmDelete(false);
      setError(err);
    } finally {
      setBusy(null);
    }
  }

  const p = permissions;
  const nothing =
    !p.submit &&
    !p.returnToWriter &&
    !p.publish &&
    !p.unpublish &&
    !p.schedule &&
    !p.cancelSchedule &&
    !p.remove &&
    !p.edit;
  const embargoable = p.edit && article.status !== "published";
  if (nothing) return null;

  return (
    <section className="sidebar-block" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("workflow.title")}</h2>
      {article.embargoUntil && article.status !== "published" && (
        <p className="help">{t("workflow.embargoed", { date: formatDateTime(article.embargoUntil) })}</p>
      )}
      <ErrorMessage error={error} />
      <div className="button-row">
        {p.submit && (
          <button
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => void run("submit")}
          >
            {t("workflow.submit")}
          </button>
        )}
        {p.returnToWriter && (
          <ReturnToWriter article={article} disabled={busy !== null} flush={flush} onResult={onResult} />
        )}
        {p.publish && (
          <button
            type="button"
            className="button button-primary"
            disabled={busy !== null}
            aria-haspopup="dialog"
            onClick={() => ask("publish")}
          >
            {t("workflow.publish")}
          </button>
        )}
        {p.unpublish && (
          <button
            type="button"
            className="button"
            disabled={busy !== null}
            aria-haspopup="dialog"
            onClick={() => ask("unpublish")}
          >
            {t("workflow.unpublish")}
          </button>
        )}
        {p.cancelSchedule && (
          <button
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => void run("cancelSchedule")}
          >
            {t("workflow.cancelSchedule")}
          </button>
        )}
      </div>
      {p.schedule && (
        <div className="schedule">
          <ZonedDateTimeInput label={t("workflow.scheduleAt")} value={at} onChange={setAt} />
          <button
            type="button"
            className="button"
            disabled={busy !== null}
            aria-haspopup="dialog"
            onClick={() => ask("schedule")}
          >
            {t("workflow.schedule")}
          </button>
        </div>
      )}
      {embargoable && (
        <EmbargoField article={article} flush={flush} onResult={onResult} disabled={busy !== null} />
      )}
      {p.remove && (
        <div className="button-row danger-zone">
          <button
            type="button"
            className="button button-danger"
            aria-haspopup="dialog"
            disabled={busy !== null}
            onClick={() => setConfirmDelete(true)}
          >
            {t("workflow.delete")}
          </button>
        </div>
      )}
      <ConfirmMoveDialog
        move={confirming}
        checks={checks}
        when={at ? formatDateTime(at) : undefined}
        busy={busy !== null}
        onConfirm={() => confirming && void run(confirming)}
        onClose={() => setConfirming(null)}
      />
      <Dialog open={confirmDelete} title={t("workflow.delete")} onClose={() => setConfirmDelete(false)}>
        <p>{t("workflow.deleteConfirm", { headline: article.headline })}</p>
        <div className="button-row">
          <button
            type="button"
            className="button button-danger"
            disabled={busy !== null}
            onClick={() => void remove()}
          >
            {t("workflow.delete")}
          </button>
          <button type="button" className="button" onClick={() => setConfirmDelete(false)}>
            {t("app.cancel")}
          </button>
        </div>
      </Dialog>
    </section>
  );
}
