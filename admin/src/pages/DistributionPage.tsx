// Distribution (admins only): Content API keys and outgoing webhooks with their delivery log.
import { PageHeading } from "../components/PageHeading.tsx";
import { useI18n } from "../i18n/i18n.tsx";

import { ApiKeysSection } from "./distribution/ApiKeysSection.tsx";
import { WebhooksSection } from "./distribution/WebhooksSection.tsx";

export function DistributionPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t("distribution.title")} />
      <p>{t("distribution.intro")}</p>
      <ApiKeysSection />
      <WebhooksSection />
    </>
  );
}

/** Shows a secret once, read-only and selectable, with a hint to copy it now. */
