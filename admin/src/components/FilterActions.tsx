// A filter form's buttons: apply what is typed, or go back to the unfiltered list.
import { useI18n } from "../i18n/i18n.tsx";
import { navigate } from "../lib/router.tsx";

export function FilterActions({ resetTo }: { resetTo: string }) {
  const { t } = useI18n();
  return (
    <div className="filters-actions">
      <button type="submit" className="button button-primary">
        {t("stories.apply")}
      </button>
      <button type="button" className="button" onClick={() => navigate(resetTo)}>
        {t("stories.reset")}
      </button>
    </div>
  );
}
