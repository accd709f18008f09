/** A day the masthead turned over, claimed by the first node to reach its midnight. */
export interface MastheadDayTable {
  day: string;
  announced_at: string;
}

export interface SiteTables {
  masthead_days: MastheadDayTable;
}
