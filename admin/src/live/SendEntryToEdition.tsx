// Sends one live-blog entry to the desk of the blog's translation in another edition, as a task
// for its translators: a button per other edition. Asking twice leaves one task, so a second
// press (here or by a colleague) only says it is there already, or translated already.
import { useState } from "react";
import { articlesApi } from "../api/endpoints.ts";
import { entryTasksApi, type SentEntryTask } from "../api/liveWire.ts";
import type { EditionCode } from "../api/types.ts";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { editionName, otherEditions } from "../lib/editions.ts";
import { atLeast, useUser } from "../lib/session.tsx";
import { useAsync } from "../lib/useAsync.ts";

type Sent = { edition: EditionCode; outcome: "sent" | "already" | "done" };

const MESSAGES = {
  sent: "liveTasks.sent",
  already: "liveTasks.already",
  done: "liveTasks.alreadyDone",
} as const;

function outcomeOf(task: SentEntryTask): Sent["outcome"] {
  if (task.created) return "sent";
  return task.status === "done" ? "done" : "already";
}

interface SendEntryToEditionProps {
  articleId: number;
  entryId: number;
  /** The live blog's edition when the caller knows it; otherwise the story is read once for it. */
  edition?: EditionCode;
}

export function SendEntryToEdition({ articleId, entryId, edition }: SendEntryToEditionProps) {
  const { t } = useI18n();
  const user = useUser();
  const own = useAsync(
    async (signal) => edition ?? (await articlesApi.get(articleId, signal)).edition,
    [articleId, edition],
  );
  const [sent, setSent] = useState<Sent[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!atLeast(user.role, "author") || own.status !== "ok") return null;

  async function send(target: EditionCode) {
    setBusy(true);
    setError(null);
    try {
      const task = await entryTasksApi.send(articleId, entryId, target);
      const outcome = outcomeOf(task);
      setSent((told) => [...told.filter((s) => s.edition !== target), { edition: target, outcome }]);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="send-entry">
      {otherEditions(own.data).map((target) => (
        <button
          key={target}
          type="button"
          className="button button-small"
          disabled={busy}
          onClick={() => void send(target)}
        >
          {t("liveTasks.send", { edition: editionName(target, t) })}
        </button>
      ))}
      <span role="status">
        {sent.map((s) => t(MESSAGES[s.outcome], { edition: editionName(s.edition, t) })).join(" ")}
      </span>
      <ErrorMessage error={error} />
    </div>
  );
}
