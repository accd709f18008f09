// Shapes of the admin API (/api/admin/v1). The ones the server describes come from openapi.d.ts,
// which `npm run gen:api` generates from the server's OpenAPI document (`npm run check` fails when
// it is stale); the rest are the app's own shapes for forms and queries.
import type { components, operations } from "./openapi";

/** The JSON body of an operation's answer with the given status. */
type Answer<Op extends keyof operations, Status extends number> = operations[Op]["responses"] extends {
  [S in Status]: { content: { "application/json": infer Body } };
}
  ? Body
  : never;

/** An edition's code; the editions themselves come from the server (lib/editions.ts). */
export type EditionCode = string;
export type Edition = Answer<"adminGetEditions", 200>["items"][number];
export type SessionInfo = Answer<"adminGetSession", 200>;
export type User = SessionInfo["user"];
export type Role = User["role"];
export type Article = Answer<"adminGetArticlesId", 200>;
export type ArticleList = Answer<"adminGetArticles", 200>;
export type ArticleStatus = Article["status"];
export type ArticleKind = Article["kind"];
/** What the logged-in user may do with a story now, as the server decided for this answer. */
export type ArticleAction = Article["allowedActions"][number];
export type TranslationRef = Article["translations"][number];
export type ErrorCode = components["schemas"]["Problem"]["code"];
export type PasswordChange =
  operations["adminPostSessionPassword"]["requestBody"]["content"]["application/json"];

export type WireItem = Answer<"adminGetWireItems", 200>["items"][number];
export type Redirect = Answer<"adminGetRedirects", 200>["items"][number];
export type BreakingBanner = Answer<"adminGetEditionsEditionBreaking", 200>;
export type BreakingBannerInput =
  operations["adminPutEditionsEditionBreaking"]["requestBody"]["content"]["application/json"];
export type WireItemDetail = Answer<"adminGetWireItemsId", 200>;
export type WireSource = Answer<"adminGetWireSources", 200>["items"][number];
export type AgencyCopy = Answer<"adminGetWireStoriesArticleId", 200>;
export type KillAlert = Answer<"adminGetWireAlerts", 200>["items"][number];
export type NewWireSource = operations["adminPostWireSources"]["requestBody"]["content"]["application/json"];
export type FailedWireFile = Answer<"adminGetWireFailures", 200>["items"][number];
export type Parity = Answer<"adminGetTranslationsParity", 200>;
export type TranslationSource = Answer<"adminGetArticlesIdTranslationSource", 200>;
export type WireQuery = NonNullable<operations["adminGetWireItems"]["parameters"]["query"]>;

export const ARTICLE_STATUSES: readonly ArticleStatus[] = [
  "draft",
  "in_review",
  "scheduled",
  "published",
  "unpublished",
];
export const ARTICLE_KINDS: readonly ArticleKind[] = ["news", "opinion", "analysis", "feature", "live"];
export const ROLES: readonly Role[] = ["contributor", "author", "editor", "admin"];

export interface PersonRef {
  id: number;
  name: string;
}

/** The article fields a writer edits directly; everything else changes through workflow actions. */
export interface ArticleFields {
  section: string;
  kind: ArticleKind;
  slug: string;
  headline: string;
  standfirst: string;
  body: string;
  creditLine: string;
  datelinePlace: string;
  leadMediaId: number | null;
  tags: string[];
  authors: string[];
  correctionNote: string;
  seoTitle: string;
  seoDescription: string;
  socialTitle: string;
  socialDescription: string;
  socialMediaId: number | null;
}

export interface NewArticle {
  edition: EditionCode;
  section: string;
  headline: string;
  standfirst: string;
  body: string;
  kind?: ArticleKind;
  slug?: string;
  tags?: string[];
  authors?: string[];
  creditLine?: string;
  datelinePlace?: string;
  leadMediaId?: number;
}

/** Changed fields only; optional text fields are sent as null to clear them. */
export type ArticlePatch = { [K in keyof ArticleFields]?: ArticleFields[K] | null } & {
  version: number;
  significant?: boolean;
  /** Set beside the text fields (workflow panel), not autosaved with them. */
  embargoUntil?: string | null;
};

/** What changed in one field between two revisions; prose carries its words marked. */
export type RevisionChange = Answer<"adminGetArticlesIdRevisionsCompare", 200>["changes"][number];

export interface Paged<T> {
  items: T[];
  nextCursor: string | null;
}

/** A story named in a list of related stories, whatever its status. */
export interface StoryRef {
  id: number;
  headline: string;
  edition: EditionCode;
  status: ArticleStatus;
  sectionName: string;
  publishedAt: string | null;
}

/** A story's related stories: pinned by editors, then computed, each in its order. */
export interface RelatedStories {
  pinned: StoryRef[];
  computed: StoryRef[];
}

export interface ArticleQuery {
  edition?: EditionCode | "";
  section?: string;
  status?: ArticleStatus | "";
  /** An author's slug (byline). */
  author?: string;
  /** Only stories the logged-in user created. */
  mine?: boolean;
  q?: string;
  /** Newest first by last change (the default) or by publication time. */
  order?: "modified" | "published";
  cursor?: string | null;
  limit?: number;
}

export interface RevisionSummary {
  id: number;
  number: number;
  createdAt: string;
  author: PersonRef;
  summary: string;
  significant: boolean;
}

export interface RevisionDetail extends RevisionSummary {
  snapshot: Partial<Article>;
}

export interface Media {
  id: number;
  /** The whole original. */
  url: string;
  thumbnailUrl: string;
  /** The original's size; the crop is in its pixels. */
  width: number;
  height: number;
  /** Null: pages show the whole picture. */
  crop: { x: number; y: number; width: number; height: number } | null;
  /** Fractions (0..1) of the cropped picture; null: its centre. */
  focalPoint: { x: number; y: number } | null;
  caption: string;
  credit: string;
  alt: string;
  /** The uploaded file's own name; "" for older photos. */
  fileName?: string;
  /** Caption and alt text for editions other than the default, which shows `caption` and `alt`. */
  localizations?: MediaLocalization[];
  complete?: boolean;
  variantsReady?: boolean;
  createdAt?: string;
}

export interface MediaTexts {
  caption: string;
  credit: string;
  alt: string;
}

export interface MediaLocalization {
  edition: string;
  caption: string;
  alt: string;
}

export interface Section {
  key: string;
  slug: string;
  name: string;
}

export interface Tag {
  slug: string;
  name: string;
  /** How many stories carry it (in the edition's tag list). */
  stories?: number;
}

export type AuthorKind = "staff" | "columnist";
export const AUTHOR_KINDS: readonly AuthorKind[] = ["staff", "columnist"];

/** Per-edition texts; an edition the author has no localization for is missing or "". */
export type ByEdition = Partial<Record<EditionCode, string>>;

export interface Author {
  slug: string;
  kind: AuthorKind;
  photoMediaId: number | null;
  /** The newsroom account that signs with this byline. */
  userId: number | null;
  name: ByEdition;
  title: ByEdition;
  bio: ByEdition;
}

export interface SectionLocalization {
  edition: EditionCode;
  slug: string;
  name: string;
}

export interface NewSection {
  key: string;
  position: number;
  localizations: SectionLocalization[];
}

export interface SectionPatch {
  position?: number;
  localizations?: SectionLocalization[];
}

export interface AuthorLocalization {
  edition: EditionCode;
  name: string;
  title: string;
  bio: string;
}

export interface NewAuthor {
  slug: string;
  kind: AuthorKind;
  photoMediaId: number | null;
  localizations: AuthorLocalization[];
}

export type AuthorPatch = Partial<Omit<NewAuthor, "slug">> & { userId?: number | null };
export type LinkableAccount = Answer<"adminGetAuthorsAccounts", 200>["items"][number];

export interface NewTag {
  edition: EditionCode;
  name: string;
  slug?: string;
}

export interface FrontPage {
  lead: number | null;
  slots: number[];
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}

/** A Content API key as listed; the secret itself is only in the create answer. */
export interface ApiKey {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface CreatedApiKey extends ApiKey {
  /** The full key: shown once, never stored by the client. */
  key: string;
}

export const WEBHOOK_EVENTS = [
  "article.published",
  "article.updated",
  "article.unpublished",
  "article.deleted",
  "live.entry.posted",
  "live.entry.edited",
  "live.entry.deleted",
  "live.coverage.ended",
  "live.coverage.reopened",
] as const;

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export interface Webhook {
  id: number;
  url: string;
  events: WebhookEvent[];
  active: boolean;
  createdAt: string;
}

export interface CreatedWebhook extends Webhook {
  /** The signing secret: shown once. */
  secret: string;
}

export interface NewWebhook {
  url: string;
  events: WebhookEvent[];
}

export type DeliveryStatus = "pending" | "delivered" | "failed";

export interface WebhookDelivery {
  id: number;
  webhookId: number;
  event: string;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
  payload: Record<string, unknown>;
}
