// For authors and up on the dashboard: how far behind each edition is ("Bangla edition: 7 stories
// behind, oldest 3 h"), each line leading to the parity screen.
import { parityApi } from "../api/endpoints.ts";
import type { EditionCode } from "../api/types.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { EDITIONS, editionName } from "../lib/editions.ts";
import { useLiveReload } from "../lib/live.tsx";
import { Link } from "../lib/router.tsx";
import { useAsync } from "../lib/useAsync.ts";
import { formatWaiting } from "../lib/waiting.ts";

export function ParitySummary() {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="parity-summary-heading">
      <h2 id="parity-summary-heading">{t("parity.title")}</h2>
      <ul>
        {EDITIONS.map((edition) => (
          <EditionLine key={edition} edition={edition} />
        ))}
      </ul>
    </section>
  );
}

function EditionLine({ edition }: { edition: EditionCode }) {
  const { t, plural } = useI18n();
  const parity = useAsync((signal) => parityApi.get(edition, signal), [edition]);
  useLiveReload(["story"], parity.refresh);
  if (parity.status !== "ok") return null;
  const { behind, missing } = parity.data;
  const oldest = missing[0];
  const name = editionName(edition, t);
  return (
    <li>
      <Link to={`/translations?edition=${edition}`}>
        {behind === 0 || !oldest
          ? t("parity.summaryLevel", { edition: name })
          : plural("parity.summary", behind, {
              edition: name,
              wait: formatWaiting(oldest.waitingSeconds, t),
            })}
      </Link>
    </li>
  );
}
