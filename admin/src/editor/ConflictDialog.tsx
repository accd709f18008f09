// Shown when the user and someone else changed the same field differently. Only those fields are
// listed, each with both texts and a choice; the user's other edits are saved regardless and the
// fields they did not touch already show the stored text, so nothing here can undo another
// person's work elsewhere in the story. "Take theirs" still leaves the user's text readable (and
// copyable) below the editor and in the browser backup.
import { useId, useState } from "react";
import type { ArticleFields } from "../api/types.ts";
import { Dialog } from "../components/Dialog.tsx";
import type { MessageKey } from "../i18n/en.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { type FieldKey, htmlToText } from "./fields.ts";
import type { Conflict } from "./useArticleDraft.ts";

const LABELS: Record<FieldKey, MessageKey> = {
  headline: "editor.headline",
  standfirst: "editor.standfirst",
  body: "editor.body",
  section: "editor.section",
  kind: "editor.kind",
  slug: "editor.slug",
  creditLine: "editor.creditLine",
  datelinePlace: "editor.datelinePlace",
  leadMediaId: "editor.leadPhoto",
  tags: "editor.tags",
  authors: "editor.authors",
  correctionNote: "editor.correctionNote",
  seoTitle: "seo.seoTitle",
  seoDescription: "seo.seoDescription",
  socialTitle: "seo.socialTitle",
  socialDescription: "seo.socialDescription",
  socialMediaId: "seo.socialImage",
};

function display(key: FieldKey, fields: ArticleFields): string {
  const value = fields[key];
  if (key === "body") return htmlToText(String(value));
  if (Array.isArray(value)) return value.join(", ");
  if (value === null || value === "") return "—";
  return String(value);
}

interface ConflictDialogProps {
  conflict: Conflict;
  mine: ArticleFields;
  /** Saves with the given fields taking the stored text and the other conflicting fields mine. */
  onResolve: (takeTheirs: FieldKey[]) => Promise<unknown>;
  /** Language of the story text, which may differ from the UI language. */
  lang: string;
}

export function ConflictDialog({ conflict, mine, onResolve, lang }: ConflictDialogProps) {
  const { t, lang: uiLang } = useI18n();
  const ids = useId();
  const [busy, setBusy] = useState(false);
  const [takeTheirs, setTakeTheirs] = useState<ReadonlySet<FieldKey>>(new Set());
  const who =
    conflict.changedBy.length > 0
      ? new Intl.ListFormat(uiLang).format(conflict.changedBy)
      : t("conflict.someoneElse");

  async function resolve(fields: FieldKey[]) {
    setBusy(true);
    try {
      await onResolve(fields);
    } finally {
      setBusy(false);
    }
  }

  function choose(key: FieldKey, theirs: boolean) {
    const next = new Set(takeTheirs);
    if (theirs) next.add(key);
    else next.delete(key);
    setTakeTheirs(next);
  }

  return (
    <Dialog open title={t("conflict.title")} onClose={() => {}} dismissible={false} wide>
      <p>{t("conflict.intro", { who })}</p>
      <div className="conflict-grid">
        {conflict.fields.map((key) => (
          <fieldset key={key} className="conflict-field">
            <legend>{t(LABELS[key])}</legend>
            {/* Plain selectable text rather than form fields, so labels such as "Headline" stay unique on the page. */}
            <div className="conflict-columns">
              <div>
                <h3>{t("conflict.mine")}</h3>
                <div className="conflict-text" lang={lang}>
                  {display(key, mine)}
                </div>
              </div>
              <div>
                <h3>{t("conflict.theirs", { who })}</h3>
                <div className="conflict-text" lang={lang}>
                  {display(key, conflict.theirs)}
                </div>
              </div>
            </div>
            <div className="conflict-choice">
              <label>
                <input
                  type="radio"
                  name={`${ids}-${key}`}
                  checked={!takeTheirs.has(key)}
                  onChange={() => choose(key, false)}
                />{" "}
                {t("conflict.keepMine")}
              </label>
              <label>
                <input
                  type="radio"
                  name={`${ids}-${key}`}
                  checked={takeTheirs.has(key)}
                  onChange={() => choose(key, true)}
                />{" "}
                {t("conflict.takeTheirs")}
              </label>
            </div>
          </fieldset>
        ))}
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void resolve([...takeTheirs])}
        >
          {t("conflict.apply")}
        </button>
        {conflict.fields.length > 1 && (
          <>
            <button type="button" className="button" disabled={busy} onClick={() => void resolve([])}>
              {t("conflict.keepAllMine")}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void resolve([...conflict.fields])}
            >
              {t("conflict.takeAllTheirs")}
            </button>
          </>
        )}
      </div>
      <p className="help">{t("conflict.othersKept")}</p>
      <p className="help">{t("conflict.takeTheirsNote")}</p>
    </Dialog>
  );
}
