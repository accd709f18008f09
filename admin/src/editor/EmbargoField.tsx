// Setting or moving a story's embargo. It is saved on its own, at once, rather than with the
// autosaved text: it is a decision about the story's release, and the server refuses lifting or
// bringing one forward (422 EMBARGOED), which the field then shows.
import { useState } from "react";
import { articlesApi } from "../api/endpoints.ts";
import type { Article } from "../api/types.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { ZonedDateTimeInput } from "../components/ZonedDateTimeInput.tsx";
import { useI18n } from "../i18n/i18n.tsx";

interface EmbargoFieldProps {
  article: Article;
  flush: () => Promise<boolean>;
  onResult: (article: Article) => void;
  disabled: boolean;
}

export function EmbargoField({ article, flush, onResult, disabled }: EmbargoFieldProps) {
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const [until, setUntil] = useState<string | null>(article.embargoUntil);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function save() {
    setError(null);
    if (!until) {
      setError(new Error(t("workflow.embargoMissing")));
      return;
    }
    setBusy(true);
    try {
      if (!(await flush())) {
        setError(new Error(t("workflow.saveFirst")));
        return;
      }
      // Sent against the version shown: the server merges it with the text just saved, which did
      // not touch the embargo.
      const saved = await articlesApi.update(article.id, { version: article.version, embargoUntil: until });
      onResult(saved);
      if (saved.embargoUntil)
        announce(t("workflow.done.embargo", { date: formatDateTime(saved.embargoUntil) }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="embargo">
      <ZonedDateTimeInput label={t("workflow.embargoUntil")} value={until} onChange={setUntil} />
      <p className="help">{t("workflow.embargoHelp")}</p>
      <ErrorMessage error={error} />
      <button type="button" className="button" disabled={disabled || busy} onClick={() => void save()}>
        {article.embargoUntil ? t("workflow.embargoMove") : t("workflow.embargoSet")}
      </button>
    </div>
  );
}
