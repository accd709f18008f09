// How long something has waited, in the largest units that read naturally: "45 min", "3 h 5 min", "2 d 4 h".
import type { I18n } from "../i18n/i18n.tsx";

export function formatWaiting(seconds: number, t: I18n["t"]): string {
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  if (days > 0) return t("wait.daysHours", { days, hours: hours % 24 });
  if (hours > 0) return t("wait.hoursMinutes", { hours, minutes: minutes % 60 });
  return t("wait.minutes", { minutes });
}
