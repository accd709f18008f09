// Beside a story made from the wire: which agency item it came from, and when the agency has sent
// a newer version, "Agency copy updated" with what changed, word by word, until someone marks it
// seen. The story's own text never changes by itself.
import { useState } from "react";
import { ApiError } from "../api/client.ts";
import { wireApi } from "../api/endpoints.ts";
import type { AgencyCopy } from "../api/types.ts";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { PlainTextParagraphs } from "../components/PlainTextParagraphs.tsx";
import { WordDiff } from "../components/WordDiff.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { Link } from "../lib/router.tsx";
import { atLeast, useUser } from "../lib/session.tsx";
import { useAsync } from "../lib/useAsync.ts";

/** A story not made from the wire answers 404: nothing to show. */
const loadCopy = (articleId: number, signal: AbortSignal) =>
  wireApi.storyCopy(articleId, signal).catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  });

export function AgencyCopyPanel({ articleId }: { articleId: number }) {
  const { t, formatDateTime } = useI18n();
  const user = useUser();
  const copy = useAsync((signal) => loadCopy(articleId, signal), [articleId]);
  const [error, setError] = useState<unknown>(null);
  if (copy.status !== "ok" || copy.data === null) return null;
  const c: AgencyCopy = copy.data;

  async function acknowledge() {
    setError(null);
    try {
      const seen = await wireApi.acknowledge(articleId);
      copy.setData(() => seen);
    } catch (err) {
      setError(err);
    }
  }

  return (
    <section className="sidebar-block" aria-labelledby="agency-copy-heading">
      <h2 id="agency-copy-heading">{t("wire.copy.title")}</h2>
      <p className="small">
        <Link to={`/wire?item=${c.itemId}`}>{t("wire.copy.item", { source: c.sourceName })}</Link>
      </p>
      {c.status !== "usable" && <p className="alert alert-error">{t(`wire.status.${c.status}`)}</p>}
      <ErrorMessage error={error} />
      {c.updated ? (
        <>
          <p className="alert alert-info" role="status">
            {t("wire.copy.updated", { date: formatDateTime(c.receivedAt) })}
          </p>
          <dl className="copy-changes">
            {c.changes.map((change) => (
              <div key={change.field}>
                <dt>{t(`wire.field.${change.field}` as "wire.field.headline")}</dt>
                <dd>
                  <WordDiff parts={change.parts} />
                </dd>
              </div>
            ))}
          </dl>
          {atLeast(user.role, "author") && (
            <button type="button" className="button" onClick={() => void acknowledge()}>
              {t("wire.copy.acknowledge")}
            </button>
          )}
        </>
      ) : (
        <p className="small muted">{t("wire.copy.current")}</p>
      )}
      {/* A translator works from the agency's text; it stays open beside the editor for them. */}
      <details className="agency-text" open={c.kind === "translate"}>
        <summary>{t("wire.copy.text")}</summary>
        <div lang={c.text.language ?? undefined}>
          <p>
            <strong>{c.text.headline}</strong>
          </p>
          {c.text.standfirst && <p>{c.text.standfirst}</p>}
          <PlainTextParagraphs text={c.text.body} />
        </div>
      </details>
    </section>
  );
}
