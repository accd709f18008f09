// The desk's composer: write, tick, Ctrl+Enter. It empties after each post and keeps what is not
// sent yet in localStorage, so a reload or a closed tab loses nothing.
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { ApiError } from "../api/client.ts";
import { type LiveEntry, liveApi } from "../api/live.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { useSubmit } from "../lib/useSubmit.ts";
import {
  type ComposerDraft,
  EMPTY_DRAFT,
  hasBody,
  readComposerDraft,
  writeComposerDraft,
} from "./composer-draft.ts";
import { EntryFields } from "./EntryFields.tsx";
import { useSubmitShortcut } from "./useSubmitShortcut.ts";

interface EntryComposerProps {
  articleId: number;
  lang: string;
  onPosted: (entry: LiveEntry) => void;
}

export function EntryComposer({ articleId, lang, onPosted }: EntryComposerProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  const [restored, setRestored] = useState(() => readComposerDraft(articleId));
  const [draft, setDraft] = useState<ComposerDraft>(() => restored ?? EMPTY_DRAFT);
  const [revision, setRevision] = useState(0);
  const [empty, setEmpty] = useState(false);
  const send = useSubmit();
  // A second Ctrl+Enter while the first post is on its way must not post the entry twice.
  const sending = useRef(false);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => writeComposerDraft(articleId, draft), [articleId, draft]);

  function post() {
    if (sending.current) return;
    if (!hasBody(draft.bodyHtml)) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    sending.current = true;
    const sent = draft;
    void send
      .run(async () => {
        const entry = await liveApi.post(articleId, {
          headline: sent.headline.trim() || null,
          bodyHtml: sent.bodyHtml,
          keyEvent: sent.keyEvent,
          pinned: sent.pinned,
        });
        onPosted(entry);
        setDraft(EMPTY_DRAFT);
        setRevision((r) => r + 1);
        setRestored(null);
        announce(t("desk.posted"));
      })
      .finally(() => {
        sending.current = false;
      });
  }
  useSubmitShortcut(form, post);

  function submit(event: FormEvent) {
    event.preventDefault();
    post();
  }

  const fieldError = (field: string) =>
    send.error instanceof ApiError ? send.error.fieldError(field) : undefined;
  return (
    <section className="card desk-composer" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("desk.composer")}</h2>
      {restored && <p className="help">{t("desk.draftRestored")}</p>}
      <form ref={form} onSubmit={submit} noValidate>
        <EntryFields
          value={draft}
          onChange={(change) => setDraft((prev) => ({ ...prev, ...change }))}
          revision={revision}
          lang={lang}
          bodyLabel={t("desk.body")}
          headlineError={fieldError("headline")}
          bodyError={empty ? t("desk.bodyRequired") : fieldError("bodyHtml")}
        />
        <ErrorMessage error={send.error} />
        <div className="button-row">
          <button
            type="submit"
            className="button button-primary"
            disabled={send.busy}
            aria-keyshortcuts="Control+Enter Meta+Enter"
          >
            {send.busy ? t("desk.posting") : t("desk.post")}
          </button>
          <span className="help">{t("desk.shortcut")}</span>
        </div>
      </form>
    </section>
  );
}
