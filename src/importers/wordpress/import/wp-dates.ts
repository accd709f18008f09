import { instantOfWallTime } from "../../../i18n/zoned-time.ts";
import type { WxrWhen } from "../wxr-records.ts";

/**
 * An export's date as a UTC instant. `post_date_gmt` is one already; a date WordPress kept only as
 * the site's wall time is read in the newspaper's zone, the closest the export allows.
 */
export function instantOf(when: WxrWhen | null, timeZone: string): string | null {
  if (!when) return null;
  if (when.kind === "instant") return when.iso;
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(when.wallTime);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const start = instantOfWallTime({ year, month, day, hour, minute }, timeZone);
  return new Date(start + second * 1000).toISOString();
}
