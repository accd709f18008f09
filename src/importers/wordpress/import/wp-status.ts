import type { ArticleStatus } from "../../../content/article.kinds.ts";

export interface StatusPlan {
  status: ArticleStatus;
  /** Set for a scheduled story: when it goes out. */
  scheduledAt: string | null;
  /** When readers first saw it; only published stories keep their date as this. */
  publishedAt: string | null;
}

/**
 * WordPress's publication states in the newsroom's workflow: published keeps its original time,
 * a future post is scheduled for its date, a draft or a pending post waits as a draft or in review,
 * and a private or trashed post is kept but never public (trash as unpublished, so editors can
 * tell it was withdrawn).
 */
export function planStatus(wpStatus: string, date: string | null): StatusPlan | { refused: string } {
  switch (wpStatus) {
    case "publish":
      if (!date) return { refused: "a published post without a date" };
      return { status: "published", publishedAt: date, scheduledAt: null };
    case "future":
      if (!date) return { refused: "a scheduled post without a date" };
      return { status: "scheduled", publishedAt: null, scheduledAt: date };
    case "draft":
    case "auto-draft":
    case "private":
      return { status: "draft", publishedAt: null, scheduledAt: null };
    case "pending":
      return { status: "in_review", publishedAt: null, scheduledAt: null };
    case "trash":
      return { status: "unpublished", publishedAt: null, scheduledAt: null };
    default:
      return { refused: `the WordPress status "${wpStatus}" is not one Dateline knows` };
  }
}
