import type { AccountTables } from "../accounts/accounts.tables.ts";
import type { AuditTables } from "../audit/audit.tables.ts";
import type { BreakingTables } from "../breaking/breaking.tables.ts";
import type { ArticleNoteTables } from "../content/article-notes.tables.ts";
import type { ContentTables } from "../content/content.tables.ts";
import type { DistributionTables } from "../distribution/distribution.tables.ts";
import type { EventTables } from "../events/events.tables.ts";
import type { ImporterTables } from "../importers/importers.tables.ts";
import type { JobTables } from "../jobs/jobs.tables.ts";
import type { EntryTranslationTables } from "../live/entry-translations.tables.ts";
import type { LiveTables } from "../live/live.tables.ts";
import type { MediaTables } from "../media/media.tables.ts";
import type { NotificationTables } from "../newsroom/notifications/notifications.tables.ts";
import type { PresenceTables } from "../newsroom/presence/presence.tables.ts";
import type { StaticPageTables } from "../pages/pages.tables.ts";
import type { RedirectTables } from "../redirects/redirects.tables.ts";
import type { SearchTables } from "../search/search.tables.ts";
import type { SiteTables } from "../site/site.tables.ts";
import type { ThrottleTables } from "../throttle/throttle.tables.ts";
import type { WireTables } from "../wire/wire.tables.ts";

/** The whole schema: only the union of the features' table types. */
export interface Database
  extends ContentTables,
    MediaTables,
    AccountTables,
    AuditTables,
    JobTables,
    DistributionTables,
    SearchTables,
    EventTables,
    ThrottleTables,
    SiteTables,
    WireTables,
    ArticleNoteTables,
    NotificationTables,
    PresenceTables,
    RedirectTables,
    ImporterTables,
    StaticPageTables,
    BreakingTables,
    LiveTables,
    EntryTranslationTables {}
