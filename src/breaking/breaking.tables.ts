/** An edition's breaking-news banner; see breaking.service.ts. */
export interface BreakingBannerTable {
  edition: string;
  text: string;
  url: string;
  ends_at: string;
  set_by: number | null;
  set_at: string;
}

export interface BreakingTables {
  breaking_banners: BreakingBannerTable;
}
