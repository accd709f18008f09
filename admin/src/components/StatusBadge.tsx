import type { ArticleStatus, EditionCode } from "../api/types.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { editionName } from "../lib/editions.ts";

export function StatusBadge({ status }: { status: ArticleStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>;
}

export function EditionBadge({ edition }: { edition: EditionCode }) {
  const { t } = useI18n();
  // The short code is visible; the full name is what assistive technology reads.
  return (
    <span className="badge badge-edition">
      <span aria-hidden="true">{edition.toUpperCase()}</span>
      <span className="visually-hidden">{editionName(edition, t)}</span>
    </span>
  );
}
