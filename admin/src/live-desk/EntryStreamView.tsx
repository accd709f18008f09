// The stream as readers see it: the pinned entry on top, then newest first, older pages on demand.

import type { LiveEntry } from "../api/live.ts";
import type { EditionCode } from "../api/types.ts";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { EntryCard } from "./EntryCard.tsx";
import type { EntryStream } from "./useEntryStream.ts";

interface EntryStreamViewProps {
  stream: EntryStream;
  lang: string;
  edition: EditionCode;
  fetchCurrent: (entryId: number) => Promise<LiveEntry | null>;
}

export function EntryStreamView({ stream, lang, edition, fetchCurrent }: EntryStreamViewProps) {
  const { t } = useI18n();
  const { entries } = stream;
  const reread = () => void stream.reload();
  const ordered = entries ? [...entries.filter((e) => e.pinned), ...entries.filter((e) => !e.pinned)] : [];
  return (
    <>
      <ErrorMessage error={stream.error} onRetry={reread} />
      {entries === null && !stream.error && <p role="status">{t("app.loading")}</p>}
      {entries?.length === 0 && <p className="muted">{t("desk.empty")}</p>}
      <div className="desk-entries">
        {ordered.map((entry) => (
          <EntryCard
            key={entry.id}
            entry={entry}
            lang={lang}
            edition={edition}
            fetchCurrent={fetchCurrent}
            onChanged={stream.put}
            onRemoved={stream.drop}
            onStale={reread}
          />
        ))}
      </div>
      {stream.hasOlder && (
        <button
          type="button"
          className="button"
          disabled={stream.loadingOlder}
          onClick={() => void stream.loadOlder()}
        >
          {stream.loadingOlder ? t("app.loading") : t("desk.loadOlder")}
        </button>
      )}
    </>
  );
}
