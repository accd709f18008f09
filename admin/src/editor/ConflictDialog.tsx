// Shown when a save hits a newer version on the server (409). Both versions are displayed
// field by field; nothing local is dropped until the user picks one, and "take theirs" still
// leaves the user's text readable (and copyable) here and in the browser backup.
import { useState } from "react";
import type { Article, ArticleFields } from "../api/types.ts";
import { Dialog } from "../components/Dialog.tsx";
import type { MessageKey } from "../i18n/en.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { changedKeys, type FieldKey, fieldsOf, htmlToText } from "./fields.ts";

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
};

function display(key: FieldKey, fields: ArticleFields): string {
  const value = fields[key];
  if (key === "body") return htmlToText(String(value));
  if (Array.isArray(value)) return value.join(", ");
  if (value === null || value === "") return "—";
  return String(value);
}

interface ConflictDialogProps {
  mine: ArticleFields;
  theirs: Article;
  onKeepMine: () => Promise<unknown>;
  onTakeTheirs: () => void;
  /** Language of the story text, which may differ from the UI language. */
  lang: string;
}

export function ConflictDialog({ mine, theirs, onKeepMine, onTakeTheirs, lang }: ConflictDialogProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const theirFields = fieldsOf(theirs);
  const keys = changedKeys(mine, theirFields);

  return (
    <Dialog open title={t("conflict.title")} onClose={() => {}} dismissible={false} wide>
      <p>{t("conflict.intro", { theirs: theirs.version })}</p>
      {keys.length === 0 ? (
        <p>{t("conflict.noDifference")}</p>
      ) : (
        <div className="conflict-grid">
          {keys.map((key) => (
            <section key={key} className="conflict-field" aria-labelledby={`conflict-${key}`}>
              <h3 id={`conflict-${key}`}>{t(LABELS[key])}</h3>
              {/* Plain selectable text rather than form fields, so labels such as "Headline" stay unique on the page. */}
              <div className="conflict-columns">
                <div>
                  <h4>{t("conflict.mine")}</h4>
                  <div className="conflict-text" lang={lang}>
                    {display(key, mine)}
                  </div>
                </div>
                <div>
                  <h4>{t("conflict.theirs")}</h4>
                  <div className="conflict-text" lang={lang}>
                    {display(key, theirFields)}
                  </div>
                </div>
              </div>
            </section>
          ))}
        </div>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await onKeepMine();
            } finally {
              setBusy(false);
            }
          }}
        >
          {t("conflict.keepMine")}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onTakeTheirs}>
          {t("conflict.takeTheirs")}
        </button>
      </div>
      <p className="help">{t("conflict.takeTheirsNote")}</p>
    </Dialog>
  );
}
