// The entries the other edition's desk sent this live blog to translate, oldest first, each with
// its text and a composer that posts the translation here and closes the task. When two people
// translate one entry at once, the second is told and the list is read again. The list follows
// the newsroom's `entry-task` signals, and a task that arrives so is read out politely.
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { ApiError } from "../api/client.ts";
import { type EntryTask, entryTasksApi } from "../api/liveWire.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { TextAreaField, TextField } from "../components/Field.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { contentLang, editionName } from "../lib/editions.ts";
import { blocksOf, paragraphsOf } from "../lib/htmlText.ts";
import { useLiveReload } from "../lib/live.tsx";
import { useAsync } from "../lib/useAsync.ts";

/** Tasks not among those already shown; none on the first load, which is not news. */
function useArrivals(items: EntryTask[] | undefined, onArrived: (tasks: EntryTask[]) => void) {
  const shown = useRef<Set<number> | null>(null);
  const latest = useRef(onArrived);
  latest.current = onArrived;
  useEffect(() => {
    if (!items) return;
    const before = shown.current;
    shown.current = new Set(items.map((task) => task.id));
    const arrived = before ? items.filter((task) => !before.has(task.id)) : [];
    if (arrived.length) latest.current(arrived);
  }, [items]);
}

export function EntryTranslationTasks({ articleId }: { articleId: number }) {
  const { t, plural } = useI18n();
  const announce = useAnnounce();
  const tasks = useAsync((signal) => entryTasksApi.open(articleId, signal), [articleId]);
  const [working, setWorking] = useState<number | null>(null);
  const [notice, setNotice] = useState("");
  const items = tasks.data?.items ?? [];

  useLiveReload(["entry-task"], tasks.refresh, {
    when: (_kind, data) => (data as { articleId?: number }).articleId === articleId,
    delayMs: 150,
  });
  useArrivals(tasks.data?.items, (arrived) => {
    const [first] = arrived;
    if (arrived.length > 1 || !first) return announce(plural("liveTasks.arrivedMany", arrived.length));
    const text = first.source.headline ?? blocksOf(first.source.bodyHtml)[0] ?? "";
    announce(t("liveTasks.arrived", { name: first.requestedBy?.name ?? t("app.none"), text }));
  });

  function finished(message: string) {
    setWorking(null);
    setNotice(message);
    tasks.refresh();
  }

  return (
    <section className="entry-tasks" aria-labelledby={`entry-tasks-${articleId}`}>
      <h2 id={`entry-tasks-${articleId}`}>{t("liveTasks.title")}</h2>
      <p role="status">{notice}</p>
      <button type="button" className="button button-small" onClick={tasks.refresh}>
        {t("liveTasks.refresh")}
      </button>
      {tasks.status === "loading" && <p className="muted">{t("app.loading")}</p>}
      {tasks.status === "error" && <ErrorMessage error={tasks.error} onRetry={tasks.reload} />}
      {tasks.status === "ok" && items.length === 0 && <p className="muted">{t("liveTasks.none")}</p>}
      <ol className="entry-task-list">
        {items.map((task) => (
          <li key={task.id}>
            <TaskSource task={task} />
            {working === task.id ? (
              <TranslateComposer
                articleId={articleId}
                task={task}
                onDone={finished}
                onCancel={() => setWorking(null)}
              />
            ) : (
              <button type="button" className="button" onClick={() => setWorking(task.id)}>
                {t("liveTasks.translate")}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function TaskSource({ task }: { task: EntryTask }) {
  const { t, formatDateTime } = useI18n();
  const lang = contentLang(task.source.edition);
  return (
    <article className="entry-task-source">
      <p className="small muted">
        {t("liveTasks.requested", {
          name: task.requestedBy?.name ?? t("app.none"),
          time: formatDateTime(task.requestedAt),
        })}
      </p>
      <div lang={lang}>
        {task.source.headline && <h3>{task.source.headline}</h3>}
        {blocksOf(task.source.bodyHtml).map((text, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the blocks are a fixed text, never reordered.
          <p key={i}>{text}</p>
        ))}
      </div>
    </article>
  );
}

interface ComposerProps {
  articleId: number;
  task: EntryTask;
  onDone: (message: string) => void;
  onCancel: () => void;
}

function TranslateComposer({ articleId, task, onDone, onCancel }: ComposerProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [headline, setHeadline] = useState("");
  const [body, setBody] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const lang = contentLang(task.edition);

  async function post(event?: FormEvent) {
    event?.preventDefault();
    if (busy || !body.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await entryTasksApi.complete(articleId, task.id, {
        headline: headline.trim() || null,
        bodyHtml: paragraphsOf(body),
      });
      announce(t("liveTasks.posted"));
      onDone(t("liveTasks.posted"));
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.status === 409) onDone(t("liveTasks.taken"));
      else setError(err);
    }
  }

  // Ctrl+Enter (⌘+Enter) posts, as the live desk's composer does.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) void post();
  };

  return (
    <form
      className="entry-task-composer"
      onSubmit={post}
      onKeyDown={onKeyDown}
      aria-label={t("liveTasks.composer", { edition: editionName(task.edition, t) })}
    >
      <TextField
        label={t("liveTasks.headline")}
        lang={lang}
        maxLength={200}
        value={headline}
        onChange={(e) => setHeadline(e.target.value)}
      />
      <TextAreaField
        label={t("liveTasks.body")}
        help={t("liveTasks.bodyHelp")}
        lang={lang}
        required
        rows={5}
        value={body}
        onChange={(e) => setBody(e.target.value)}
      />
      <ErrorMessage error={error} />
      <div className="inline-form">
        <button type="submit" className="button button-primary" disabled={busy || !body.trim()}>
          {t("liveTasks.post")}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          {t("app.cancel")}
        </button>
      </div>
    </form>
  );
}
