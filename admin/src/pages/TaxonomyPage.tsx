// Sections, tags and authors (editors and admins). Three lists under one nav entry; the tabs are
// links, so each list has its own bookmarkable address and Back works between them.
import { PageHeading } from "../components/PageHeading.tsx";
import type { MessageKey } from "../i18n/en.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Link, useLocation } from "../lib/router.tsx";
import { AuthorsPanel } from "./taxonomy/AuthorsPanel.tsx";
import { SectionsPanel } from "./taxonomy/SectionsPanel.tsx";
import { TagsPanel } from "./taxonomy/TagsPanel.tsx";

const TABS: { to: string; label: MessageKey }[] = [
  { to: "/taxonomy", label: "taxonomy.sections" },
  { to: "/taxonomy/tags", label: "taxonomy.tags" },
  { to: "/taxonomy/authors", label: "taxonomy.authors" },
];

export function TaxonomyPage() {
  const { t } = useI18n();
  const { path } = useLocation();
  const current = TABS.find((tab) => tab.to === path) ?? TABS[0];

  return (
    <>
      <PageHeading title={t("taxonomy.title")} />
      <nav aria-label={t("taxonomy.title")} className="tabs">
        <ul>
          {TABS.map((tab) => (
            <li key={tab.to}>
              <Link to={tab.to} aria-current={tab === current ? "page" : undefined}>
                {t(tab.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {current?.to === "/taxonomy/tags" ? (
        <TagsPanel />
      ) : current?.to === "/taxonomy/authors" ? (
        <AuthorsPanel />
      ) : (
        <SectionsPanel />
      )}
    </>
  );
}
