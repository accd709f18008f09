// Revision history: every save is a revision on the server. Viewing one shows its text;
// comparing two shows what changed word by word (RevisionCompare); restoring a revision, or one
// field of it, creates a new version from it (history is never rewritten).
import { useEffect, useState } from "react";
import { articlesApi } from "../api/endpoints.ts";
import type { RevisionDetail, RevisionSummary } from "../api/types.ts";
import { Dialog } from "../components/Dialog.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { htmlToText } from "./fields.ts";
import { type ComparePair, RevisionCompare } from "./RevisionCompare.tsx";

interface RevisionsPanelProps {
  articleId: number;
  /** Changes whenever the article's version changes, to refresh an open list. */
  version: number;
  canRestore: boolean;
  /** The language of the story's text. */
  lang: string;
  /**
   * Flushes pending edits, restores the revision (or only `fields` of it), and adopts the result;
   * resolves false on failure.
   */
  onRestore: (revision: RevisionSummary, fields?: readonly string[]) => Promise<boolean>;
}

export function RevisionsPanel({ articleId, version, canRestore, lang, onRestore }: RevisionsPanelProps) {
  const { t, formatDateTime } = useI18n();
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<RevisionSummary[] | null>(null);
  const [loadedFor, setLoadedFor] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [viewing, setViewing] = useState<RevisionDetail | null>(null);
  const [busy, setBusy] = useState(false);
  const [comparing, setComparing] = useState<ComparePair | null>(null);

  async function load() {
    setError(null);
    try {
      const result = await articlesApi.revisions(articleId);
      // Newest first regardless of server order.
      setItems([...result.items].sort((a, b) => b.number - a.number));
      setLoadedFor(version);
    } catch (err) {
      setError(err);
    }
  }

  // Load when first opened, and again after each save while open (each save adds a revision).
  // biome-ignore lint/correctness/useExhaustiveDependencies: load is recreated per render; these are the triggers.
  useEffect(() => {
    if (open && loadedFor !== version) void load();
  }, [open, version]);

  async function view(rev: RevisionSummary) {
    setError(null);
    try {
      setViewing(await articlesApi.revision(articleId, rev.id));
    } catch (err) {
      setError(err);
    }
  }

  /** A revision against the newest one; the newest against the one before it. */
  function compare(rev: RevisionSummary) {
    const newest = items?.[0];
    if (!items || !newest) return;
    const older = items[items.indexOf(rev) + 1];
    setComparing(
      rev.id === newest.id ? { from: older?.id ?? rev.id, to: rev.id } : { from: rev.id, to: newest.id },
    );
  }

  return (
    <section className="sidebar-block" aria-labelledby="revisions-heading">
      <h2 id="revisions-heading">
        <button
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-controls="revisions-body"
          onClick={() => setOpen(!open)}
        >
          {t("revisions.title")}
        </button>
      </h2>
      <div id="revisions-body" hidden={!open}>
        <ErrorMessage error={error} onRetry={() => void load()} />
        {open && items === null && !error && <p className="muted">{t("app.loading")}</p>}
        {items && items.length === 0 && <p className="muted">{t("revisions.empty")}</p>}
        {items && items.length > 0 && (
          <ol className="revision-list" reversed>
            {items.map((rev) => (
              <li key={rev.id}>
                <div>
                  <strong>{t("revisions.number", { number: rev.number })}</strong>{" "}
                  {rev.significant && (
                    <span className="badge badge-significant">{t("revisions.significant")}</span>
                  )}
                </div>
                <div className="muted small">
                  {t("revisions.by", { name: rev.author.name, date: formatDateTime(rev.createdAt) })}
                </div>
                {rev.summary && <div className="small">{rev.summary}</div>}
                <div className="button-row">
                  <button type="button" className="button button-small" onClick={() => void view(rev)}>
                    {t("revisions.view", { number: rev.number })}
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    aria-haspopup="dialog"
                    onClick={() => compare(rev)}
                  >
                    {t("revisions.compare", { number: rev.number })}
                  </button>
                </div>
              </li>
            ))}
          </ol>
        )}
      </div>
      <RevisionCompare
        articleId={articleId}
        revisions={items ?? []}
        pair={comparing}
        onClose={() => setComparing(null)}
        canRestore={canRestore}
        lang={lang}
        onRestoreField={(revision, field) => onRestore(revision, [field])}
      />
      <Dialog
        open={viewing !== null}
        title={viewing ? t("revisions.snapshotTitle", { number: viewing.number }) : ""}
        onClose={() => setViewing(null)}
        wide
      >
        {viewing && (
          <div className="stack">
            <p className="muted">
              {t("revisions.by", { name: viewing.author.name, date: formatDateTime(viewing.createdAt) })}
            </p>
            <h3>{viewing.snapshot.headline}</h3>
            {viewing.snapshot.standfirst && <p className="standfirst">{viewing.snapshot.standfirst}</p>}
            {/* Rendered as text, not HTML: a snapshot is displayed without trusting its markup. */}
            <div className="snapshot-body">{htmlToText(viewing.snapshot.body ?? "")}</div>
            {canRestore && (
              <div className="button-row">
                <button
                  type="button"
                  className="button button-primary"
                  disabled={busy}
                  onClick={async () => {
                    setBusy(true);
                    const ok = await onRestore(viewing);
                    setBusy(false);
                    if (ok) setViewing(null);
                  }}
                >
                  {t("revisions.restore")}
                </button>
              </div>
            )}
          </div>
        )}
      </Dialog>
    </section>
  );
}
