// Correcting an entry in place. The correction is sent with the version it started from; when
// someone changed the entry meanwhile (409) their version is shown, to take or to overwrite.
import { type FormEvent, useId, useRef, useState } from "react";
import { ApiError } from "../api/client.ts";
import { type LiveEntry, liveApi } from "../api/live.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { useSubmit } from "../lib/useSubmit.ts";
import { type ComposerDraft, hasBody } from "./composer-draft.ts";
import { EntryBody } from "./EntryBody.tsx";
import { EntryFields } from "./EntryFields.tsx";
import { useSubmitShortcut } from "./useSubmitShortcut.ts";

const fieldsOf = (entry: LiveEntry): ComposerDraft => ({
  headline: entry.headline ?? "",
  bodyHtml: entry.bodyHtml,
  keyEvent: entry.keyEvent,
  pinned: entry.pinned,
});

interface EntryCorrectionProps {
  entry: LiveEntry;
  lang: string;
  /** Reads the entry as it now stands; null once it was removed. */
  fetchCurrent: () => Promise<LiveEntry | null>;
  onSaved: (entry: LiveEntry) => void;
  onCancel: () => void;
}

export function EntryCorrection({ entry, lang, fetchCurrent, onSaved, onCancel }: EntryCorrectionProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  const [fields, setFields] = useState(() => fieldsOf(entry));
  const [version, setVersion] = useState(entry.version);
  const [revision, setRevision] = useState(0);
  /** Someone else's version, after a 409; null when they removed the entry. */
  const [theirs, setTheirs] = useState<LiveEntry | null | undefined>(undefined);
  const [empty, setEmpty] = useState(false);
  const send = useSubmit();
  const form = useRef<HTMLFormElement>(null);

  function save(atVersion = version) {
    if (send.busy) return;
    if (!hasBody(fields.bodyHtml)) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    void send.run(async () => {
      try {
        const saved = await liveApi.correct(entry.articleId, entry.id, {
          version: atVersion,
          headline: fields.headline.trim() || null,
          bodyHtml: fields.bodyHtml,
          keyEvent: fields.keyEvent,
          pinned: fields.pinned,
        });
        announce(t("desk.corrected"));
        onSaved(saved);
      } catch (err) {
        if (!(err instanceof ApiError && err.status === 409)) throw err;
        const current = await fetchCurrent();
        setTheirs(current);
        if (current) setVersion(current.version);
        announce(t("desk.conflict"));
      }
    });
  }
  useSubmitShortcut(form, () => save());

  function takeTheirs(current: LiveEntry) {
    setFields(fieldsOf(current));
    setVersion(current.version);
    setRevision((r) => r + 1);
    setTheirs(undefined);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save();
  }

  return (
    <form ref={form} className="desk-correction" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>{t("desk.correcting")}</h3>
      {theirs !== undefined && (
        <div className="alert alert-error desk-conflict" role="alert">
          <p>{theirs ? t("desk.conflict") : t("desk.conflictRemoved")}</p>
          {theirs && (
            <>
              <p className="help">{t("desk.theirVersion")}</p>
              <div className="desk-theirs">
                {theirs.headline && (
                  <p lang={lang}>
                    <strong>{theirs.headline}</strong>
                  </p>
                )}
                <EntryBody html={theirs.bodyHtml} lang={lang} />
              </div>
              <div className="button-row">
                <button type="button" className="button" onClick={() => takeTheirs(theirs)}>
                  {t("desk.takeTheirs")}
                </button>
                <button
                  type="button"
                  className="button button-primary"
                  disabled={send.busy}
                  onClick={() => save(theirs.version)}
                >
                  {t("desk.keepMine")}
                </button>
              </div>
            </>
          )}
        </div>
      )}
      <EntryFields
        value={fields}
        onChange={(change) => setFields((prev) => ({ ...prev, ...change }))}
        revision={revision}
        lang={lang}
        bodyLabel={t("desk.correctedBody")}
        bodyError={empty ? t("desk.bodyRequired") : undefined}
      />
      <ErrorMessage error={send.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={send.busy || theirs === null}>
          {send.busy ? t("app.saving") : t("desk.saveCorrection")}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t("app.cancel")}
        </button>
      </div>
    </form>
  );
}
