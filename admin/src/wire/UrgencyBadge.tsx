// An agency item's urgency at a glance: flash and urgent (1–2) stand out, 3–4 are marked, the
// rest are plain. The number is always written, so colour is never the only sign.
import { useI18n } from "../i18n/i18n.tsx";

export function urgencyClass(urgency: number | null): string {
  if (urgency === null) return "urgency-none";
  if (urgency <= 2) return "urgency-breaking";
  if (urgency <= 4) return "urgency-high";
  return "urgency-normal";
}

export function UrgencyBadge({ urgency }: { urgency: number | null }) {
  const { t } = useI18n();
  if (urgency === null) return null;
  return (
    <span className={`badge ${urgencyClass(urgency)}`}>
      {t(urgency <= 2 ? "wire.urgency.breaking" : "wire.urgency.level", { urgency })}
    </span>
  );
}
