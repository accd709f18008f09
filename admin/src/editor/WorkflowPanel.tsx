// Workflow buttons for the story's status and the user's role. Pending edits are saved first,
// so "Publish" never publishes an older text than the one on screen.
import { useId, useState } from "react";
import { articlesApi } from "../api/endpoints.ts";
import type { Article } from "../api/types.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { Dialog } from "../components/Dialog.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import type { StoryPermissions } from "../lib/permissions.ts";

type Action = "submit" | "publish" | "unpublish" | "schedule";

interface WorkflowPanelProps {
  article: Article;
  permissions: StoryPermissions;
  flush: () => Promise<boolean>;
  onResult: (article: Article) => void;
  onDeleted: () => void;
}

/** "YYYY-MM-DDTHH:mm" in local time, the format of <input type="datetime-local">. */
function toLocalInput(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function WorkflowPanel({ article, permissions, flush, onResult, onDeleted }: WorkflowPanelProps) {
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  const [busy, setBusy] = useState<Action | "delete" | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [at, setAt] = useState(() => toLocalInput(article.scheduledAt));
  const [confirmDelete, setConfirmDelete] = useState(false);

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
      // datetime-local is local wall time; the API takes an absolute ISO instant.
      else result = await articlesApi.schedule(article.id, new Date(at).toISOString());
      onResult(result);
      announce(t(`workflow.done.${action}`));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
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
  const nothing = !p.submit && !p.publish && !p.unpublish && !p.schedule && !p.remove;
  if (nothing) return null;

  return (
    <section className="sidebar-block" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("workflow.title")}</h2>
      {article.embargoUntil && Date.parse(article.embargoUntil) > Date.now() && (
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
        {p.publish && (
          <button
            type="button"
            className="button button-primary"
            disabled={busy !== null}
            onClick={() => void run("publish")}
          >
            {t("workflow.publish")}
          </button>
        )}
        {p.unpublish && (
          <button
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => void run("unpublish")}
          >
            {t("workflow.unpublish")}
          </button>
        )}
      </div>
      {p.schedule && (
        <div className="schedule">
          <div className="field">
            <label htmlFor={`${id}-at`}>{t("workflow.scheduleAt")}</label>
            <input
              id={`${id}-at`}
              type="datetime-local"
              value={at}
              aria-describedby={`${id}-at-help`}
              onChange={(e) => setAt(e.target.value)}
            />
            <p id={`${id}-at-help`} className="help">
              {t("workflow.scheduleHelp")}
            </p>
          </div>
          <button
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => void run("schedule")}
          >
            {t("workflow.schedule")}
          </button>
        </div>
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
