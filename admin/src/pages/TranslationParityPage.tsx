// The desk that keeps the editions level: for the chosen edition, stories published elsewhere with
// no version here yet (oldest first, with how long they have waited, one click to start the
// translation), and versions whose source story changed after they were last saved.
import { useState } from "react";
import { articlesApi, parityApi } from "../api/endpoints.ts";
import type { Parity } from "../api/types.ts";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { PresenceMarker } from "../components/PresenceMarker.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { contentLang, defaultEdition, EDITIONS, editionName, otherEditions } from "../lib/editions.ts";
import { useLiveReload } from "../lib/live.tsx";
import { Link, navigate, useLocation } from "../lib/router.tsx";
import { useAsync } from "../lib/useAsync.ts";
import { formatWaiting } from "../lib/waiting.ts";

export function TranslationParityPage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const asked = search.get("edition") ?? "";
  const edition = EDITIONS.includes(asked) ? asked : (otherEditions(defaultEdition())[0] ?? defaultEdition());
  const parity = useAsync((signal) => parityApi.get(edition, signal), [edition]);
  // Publishing, translating or saving a source anywhere moves stories between these lists.
  useLiveReload(["story"], parity.refresh);
  return (
    <>
      <PageHeading title={t("parity.title")} />
      <nav aria-label={t("parity.editions")} className="tabs">
        <ul>
          {EDITIONS.map((ed) => (
            <li key={ed}>
              <Link to={`/translations?edition=${ed}`} aria-current={ed === edition ? "page" : undefined}>
                {editionName(ed, t)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {parity.status === "loading" && <p className="muted">{t("app.loading")}</p>}
      {parity.status === "error" && <ErrorMessage error={parity.error} onRetry={parity.reload} />}
      {parity.status === "ok" && <ParityLists parity={parity.data} />}
    </>
  );
}

function ParityLists({ parity }: { parity: Parity }) {
  const { t, formatDateTime } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const target = editionName(parity.edition, t);

  async function translate(id: number) {
    setBusy(id);
    setError(null);
    try {
      const draft = await articlesApi.translate(id, parity.edition);
      navigate(`/stories/${draft.id}`);
    } catch (err) {
      setError(err);
      setBusy(null);
    }
  }

  return (
    <>
      <section aria-labelledby="missing-heading">
        <h2 id="missing-heading">{t("parity.missing", { edition: target, count: parity.behind })}</h2>
        <ErrorMessage error={error} />
        {parity.missing.length === 0 ? (
          <p>{t("parity.level", { edition: target })}</p>
        ) : (
          <ul className="parity-list">
            {parity.missing.map((m) => (
              <li key={m.id}>
                <Link to={`/stories/${m.id}`} lang={contentLang(m.edition)}>
                  {m.headline}
                </Link>{" "}
                <PresenceMarker articleId={m.id} />{" "}
                <span className="small muted">
                  {t("parity.waited", {
                    edition: editionName(m.edition, t),
                    wait: formatWaiting(m.waitingSeconds, t),
                  })}
                </span>{" "}
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy !== null}
                  aria-label={t("parity.translateStory", { edition: target, headline: m.headline })}
                  onClick={() => void translate(m.id)}
                >
                  {t("parity.translate", { edition: target })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="stale-heading">
        <h2 id="stale-heading">{t("parity.stale", { edition: target })}</h2>
        {parity.stale.length === 0 ? (
          <p>{t("parity.noneStale")}</p>
        ) : (
          <ul className="parity-list">
            {parity.stale.map((s) => (
              <li key={s.story.id}>
                <Link to={`/stories/${s.story.id}`} lang={contentLang(s.story.edition)}>
                  {s.story.headline}
                </Link>{" "}
                <PresenceMarker articleId={s.story.id} />{" "}
                <span className="small">
                  {t("parity.sourceChanged", {
                    date: formatDateTime(s.sourceChangedAt),
                    fields: s.changedFields
                      .map((f) => t(`parity.field.${f}` as "parity.field.headline"))
                      .join(", "),
                  })}{" "}
                  <Link to={`/stories/${s.source.id}`} lang={contentLang(s.source.edition)}>
                    {t("parity.openSource")}
                  </Link>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
