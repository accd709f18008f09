// Whether the live blog is Live or Ended, as its readers see it; editors end or reopen it.
import { useCallback, useId } from "react";
import { liveApi } from "../api/live.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { useLiveReload } from "../lib/live.tsx";
import { atLeast, useUser } from "../lib/session.tsx";
import { useAsync } from "../lib/useAsync.ts";
import { useSubmit } from "../lib/useSubmit.ts";

export function CoverageControl({ articleId }: { articleId: number }) {
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const user = useUser();
  const id = useId();
  const coverage = useAsync((signal) => liveApi.coverage(articleId, signal), [articleId]);
  const change = useSubmit();
  useLiveReload(["coverage"], coverage.refresh, {
    when: (_kind, data) => (data as { articleId?: number }).articleId === articleId,
  });
  const { setData } = coverage;

  const setEnded = useCallback(
    (ended: boolean) =>
      void change.run(async () => {
        const next = await liveApi.setEnded(articleId, ended);
        setData((prev) => ({ ...prev, endedAt: next.endedAt }));
        announce(ended ? t("desk.endedDone") : t("desk.reopenedDone"));
      }),
    [articleId, change.run, setData, announce, t],
  );

  const endedAt = coverage.data?.endedAt ?? null;
  return (
    <section className="sidebar-block desk-coverage" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("desk.coverage")}</h2>
      <ErrorMessage error={coverage.error} onRetry={coverage.reload} />
      {coverage.status === "ok" && (
        <p>
          {endedAt ? (
            <>
              <span className="badge badge-ended">{t("desk.ended")}</span>{" "}
              {t("desk.endedAt", { date: formatDateTime(endedAt) })}
            </>
          ) : (
            <span className="badge badge-live">{t("desk.live")}</span>
          )}
        </p>
      )}
      {coverage.status === "ok" && atLeast(user.role, "editor") && (
        <button type="button" className="button" disabled={change.busy} onClick={() => setEnded(!endedAt)}>
          {endedAt ? t("desk.reopen") : t("desk.end")}
        </button>
      )}
      <ErrorMessage error={change.error} />
    </section>
  );
}
