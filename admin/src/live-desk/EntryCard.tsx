// One entry in the desk's stream, as readers see it, with what its poster (or an editor) may do:
// correct it in place, pin or unpin it, mark it a key event, or remove it.
import { useId, useState } from "react";
import { ApiError } from "../api/client.ts";
import { type EntryPatch, type LiveEntry, liveApi } from "../api/live.ts";
import type { EditionCode } from "../api/types.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { Dialog } from "../components/Dialog.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { atLeast, useUser } from "../lib/session.tsx";
import { useSubmit } from "../lib/useSubmit.ts";
import { SendEntryToEdition } from "../live/SendEntryToEdition.tsx";
import { EntryBody } from "./EntryBody.tsx";
import { EntryCorrection } from "./EntryCorrection.tsx";

interface EntryCardProps {
  entry: LiveEntry;
  lang: string;
  /** The live blog's edition: its entries go to the others' desks. */
  edition: EditionCode;
  fetchCurrent: (entryId: number) => Promise<LiveEntry | null>;
  onChanged: (entry: LiveEntry) => void;
  onRemoved: (entryId: number) => void;
  /** Rereads the stream after someone else's change got in the way. */
  onStale: () => void;
}

export function EntryCard({
  entry,
  lang,
  edition,
  fetchCurrent,
  onChanged,
  onRemoved,
  onStale,
}: EntryCardProps) {
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const user = useUser();
  const id = useId();
  const [correcting, setCorrecting] = useState(false);
  const [removing, setRemoving] = useState(false);
  const act = useSubmit();
  const mayChange = atLeast(user.role, "editor") || entry.postedBy?.id === user.id;

  function flag(change: Omit<EntryPatch, "version">, done: string) {
    void act.run(async () => {
      try {
        onChanged(await liveApi.correct(entry.articleId, entry.id, { version: entry.version, ...change }));
        announce(done);
      } catch (err) {
        if (!(err instanceof ApiError && err.status === 409)) throw err;
        onStale();
        throw new Error(t("desk.stale"));
      }
    });
  }

  function remove() {
    void act.run(async () => {
      await liveApi.remove(entry.articleId, entry.id);
      setRemoving(false);
      onRemoved(entry.id);
      announce(t("desk.removed"));
    });
  }

  const classes = ["desk-entry", entry.pinned && "desk-entry-pinned", entry.keyEvent && "desk-entry-key"];
  return (
    <article
      className={classes.filter(Boolean).join(" ")}
      data-entry-id={entry.id}
      aria-labelledby={entry.headline ? `${id}-headline` : `${id}-time`}
    >
      <p className="desk-entry-meta">
        <time id={`${id}-time`} dateTime={entry.postedAt}>
          {formatDateTime(entry.postedAt)}
        </time>
        {entry.pinned && <span className="badge badge-pinned">{t("desk.pinnedBadge")}</span>}
        {entry.keyEvent && <span className="badge badge-key">{t("desk.keyEventBadge")}</span>}
        {entry.postedBy && <span className="muted">{t("desk.by", { name: entry.postedBy.name })}</span>}
        {entry.editedAt && (
          <span className="muted">{t("desk.edited", { date: formatDateTime(entry.editedAt) })}</span>
        )}
      </p>
      {correcting ? (
        <EntryCorrection
          entry={entry}
          lang={lang}
          fetchCurrent={() => fetchCurrent(entry.id)}
          onSaved={(saved) => {
            setCorrecting(false);
            onChanged(saved);
          }}
          onCancel={() => setCorrecting(false)}
        />
      ) : (
        <>
          {entry.headline && (
            <h3 id={`${id}-headline`} lang={lang}>
              {entry.headline}
            </h3>
          )}
          <EntryBody html={entry.bodyHtml} lang={lang} />
        </>
      )}
      {!removing && <ErrorMessage error={act.error} />}
      <div className="button-row desk-entry-actions">
        {mayChange && !correcting && (
          <>
            <button type="button" className="button" onClick={() => setCorrecting(true)}>
              {t("desk.correct")}
            </button>
            <button
              type="button"
              className="button"
              disabled={act.busy}
              onClick={() =>
                flag({ pinned: !entry.pinned }, entry.pinned ? t("desk.unpinnedDone") : t("desk.pinnedDone"))
              }
            >
              {entry.pinned ? t("desk.unpin") : t("desk.pin")}
            </button>
            <button
              type="button"
              className="button"
              disabled={act.busy}
              onClick={() =>
                flag(
                  { keyEvent: !entry.keyEvent },
                  entry.keyEvent ? t("desk.keyEventOffDone") : t("desk.keyEventOnDone"),
                )
              }
            >
              {entry.keyEvent ? t("desk.keyEventOff") : t("desk.keyEventOn")}
            </button>
            <button type="button" className="button button-danger" onClick={() => setRemoving(true)}>
              {t("desk.remove")}
            </button>
          </>
        )}
        <SendEntryToEdition articleId={entry.articleId} entryId={entry.id} edition={edition} />
      </div>
      <Dialog open={removing} title={t("desk.removeTitle")} onClose={() => setRemoving(false)}>
        <p>{t("desk.removeConfirm")}</p>
        <ErrorMessage error={act.error} />
        <div className="button-row">
          <button type="button" className="button button-danger" disabled={act.busy} onClick={remove}>
            {t("desk.remove")}
          </button>
          <button type="button" className="button" onClick={() => setRemoving(false)}>
            {t("app.cancel")}
          </button>
        </div>
      </Dialog>
    </article>
  );
}
