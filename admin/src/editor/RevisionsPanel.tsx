// Revision history: every save is a revision on the server. Viewing one shows its text;
// restoring creates a new version from it (history is never rewritten).
import { useEffect, useState } from "react";
import { articlesApi } from "../api/endpoints.ts";
import type { RevisionDetail, RevisionSummary } from "../api/types.ts";
import { Dialog } from "../components/Dialog.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { htmlToText } from "./fields.ts";

interface RevisionsPanelProps {
  articleId: number;
  /** Changes whenever the article's version changes, to refresh an open list. */
  version: number;
  canRestore: boolean;
  /** Flushes pending edits, restores, and adopts the result; resolves false on failure. */
  onRestore: (revision: RevisionSummary) => Promise<boolean>;
}

export function RevisionsPanel({ articleId, version, canRestore, onRestore }: RevisionsPanelProps) {
  const { t, formatDateTime } = useI18n();
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<RevisionSummary[] | null>(null);
  const [loadedFor, setLoadedFor] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [viewing, setViewing] = useState<RevisionDetail | null>(null);
  const [busy, setBusy] = useState(false);

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
                <button type="button" className="button button-small" onClick={() => void view(rev)}>
                  {t("revisions.view", { number: rev.number })}
                </button>
              </li>
            ))}
          </ol>
        )}
      </div>
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
