// Two revisions side by side, field by field: prose as a word diff (the server's, which keeps
// Bangla words whole, shown by WordDiff: <del>/<ins> with a spoken label, not colour alone); each
// field can be put back as it was in the "from" revision.
import { useEffect, useId, useRef, useState } from "react";
import { articlesApi } from "../api/endpoints.ts";
import type { RevisionChange, RevisionSummary } from "../api/types.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { Dialog } from "../components/Dialog.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { SelectField } from "../components/Field.tsx";
import { WordDiff } from "../components/WordDiff.tsx";
import type { MessageKey } from "../i18n/en.ts";
import { useI18n } from "../i18n/i18n.tsx";

export interface ComparePair {
  from: number;
  to: number;
}

interface RevisionCompareProps {
  articleId: number;
  /** Newest first. */
  revisions: RevisionSummary[];
  pair: ComparePair | null;
  onClose: () => void;
  canRestore: boolean;
  /** The language of the story's text. */
  lang: string;
  onRestoreField: (revision: RevisionSummary, field: string) => Promise<boolean>;
}

const FIELD_LABELS: Record<string, MessageKey> = {
  headline: "editor.headline",
  standfirst: "editor.standfirst",
  body: "editor.body",
  section: "editor.section",
  kind: "editor.kind",
  slug: "editor.slug",
  tags: "editor.tags",
  authors: "editor.authors",
  creditLine: "editor.creditLine",
  datelinePlace: "editor.datelinePlace",
  leadMediaId: "editor.leadPhoto",
  correctionNote: "editor.correctionNote",
  embargoUntil: "wire.field.embargo",
  seoTitle: "seo.seoTitle",
  seoDescription: "seo.seoDescription",
  socialTitle: "seo.socialTitle",
  socialDescription: "seo.socialDescription",
  socialMediaId: "seo.socialImage",
};

/** The embargo is never restored: it can only move later (see the server's article-embargo.ts). */
const NOT_RESTORABLE = new Set(["embargoUntil"]);

export function RevisionCompare(props: RevisionCompareProps) {
  const { articleId, revisions, pair, onClose, canRestore, lang, onRestoreField } = props;
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const ids = useId();
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [changes, setChanges] = useState<RevisionChange[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // After a restore, "to" moves to the revision it made, so the restored field leaves the list.
  const followNewest = useRef(false);

  useEffect(() => {
    setFrom(pair?.from ?? null);
    setTo(pair?.to ?? null);
  }, [pair]);

  useEffect(() => {
    const newest = revisions[0];
    if (followNewest.current && newest) {
      followNewest.current = false;
      setTo(newest.id);
    }
  }, [revisions]);

  useEffect(() => {
    if (from === null || to === null) return;
    const controller = { live: true };
    setChanges(null);
    setError(null);
    articlesApi.compare(articleId, from, to).then(
      (answer) => controller.live && setChanges(answer.changes),
      (err: unknown) => controller.live && setError(err),
    );
    return () => {
      controller.live = false;
    };
  }, [articleId, from, to]);

  const label = (field: string) => {
    const key = FIELD_LABELS[field];
    return key ? t(key) : field;
  };
  const fromRevision = revisions.find((r) => r.id === from);
  const value = (v: unknown) =>
    v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0)
      ? t("revisions.emptyValue")
      : Array.isArray(v)
        ? v.join(", ")
        : String(v);

  async function restore(field: string) {
    if (!fromRevision) return;
    setBusy(true);
    followNewest.current = true;
    const ok = await onRestoreField(fromRevision, field);
    if (ok) announce(t("revisions.fieldRestored", { field: label(field), number: fromRevision.number }));
    else followNewest.current = false;
    setBusy(false);
  }

  const options = revisions.map((r) => (
    <option key={r.id} value={r.id}>
      {t("revisions.option", { number: r.number, date: formatDateTime(r.createdAt) })}
    </option>
  ));

  return (
    <Dialog open={pair !== null} title={t("revisions.compareTitle")} onClose={onClose} wide>
      {pair && (
        <div className="stack">
          <div className="compare-pickers">
            <SelectField
              label={t("revisions.from")}
              value={String(from ?? "")}
              onChange={(e) => setFrom(Number(e.target.value))}
            >
              {options}
            </SelectField>
            <SelectField
              label={t("revisions.to")}
              value={String(to ?? "")}
              onChange={(e) => setTo(Number(e.target.value))}
            >
              {options}
            </SelectField>
          </div>
          <p className="help">{t("revisions.legend")}</p>
          <ErrorMessage error={error} />
          <div role="status">
            {changes === null && !error && <p className="muted">{t("app.loading")}</p>}
            {changes?.length === 0 && <p>{t("revisions.same")}</p>}
          </div>
          {changes?.map((change) => (
            <section key={change.field} className="diff-field" aria-labelledby={`${ids}-${change.field}`}>
              <h3 id={`${ids}-${change.field}`}>{label(change.field)}</h3>
              {change.words ? (
                <p className="diff-text" lang={lang}>
                  <WordDiff parts={change.words} />
                </p>
              ) : (
                <dl className="diff-values" lang={lang}>
                  <dt>{t("revisions.before")}</dt>
                  <dd>{value(change.from)}</dd>
                  <dt>{t("revisions.after")}</dt>
                  <dd>{value(change.to)}</dd>
                </dl>
              )}
              {canRestore && fromRevision && !NOT_RESTORABLE.has(change.field) && (
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy}
                  onClick={() => void restore(change.field)}
                >
                  {t("revisions.restoreField")}
                  <span className="visually-hidden">
                    {" "}
                    (
                    {t("revisions.restoreFieldFrom", {
                      field: label(change.field),
                      number: fromRevision.number,
                    })}
                    )
                  </span>
                </button>
              )}
            </section>
          ))}
        </div>
      )}
    </Dialog>
  );
}
