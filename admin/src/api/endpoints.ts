// One function per admin API operation, so pages never assemble URLs by hand.
import { API_BASE, ApiError, request, sendFormWithProgress } from "./client.ts";
import type {
  AgencyCopy,
  ApiKey,
  Article,
  ArticlePatch,
  ArticleQuery,
  Author,
  AuthorPatch,
  BreakingBanner,
  BreakingBannerInput,
  CreatedApiKey,
  CreatedWebhook,
  EditionCode,
  FailedWireFile,
  FrontPage,
  KillAlert,
  LinkableAccount,
  Media,
  MediaLocalization,
  MediaTexts,
  NewArticle,
  NewAuthor,
  NewSection,
  NewTag,
  NewUser,
  NewWebhook,
  NewWireSource,
  Paged,
  Parity,
  PasswordChange,
  Redirect,
  RelatedStories,
  RevisionChange,
  RevisionDetail,
  RevisionSummary,
  Role,
  Section,
  SectionPatch,
  SessionInfo,
  Tag,
  TranslationSource,
  User,
  Webhook,
  WebhookDelivery,
  WireItem,
  WireItemDetail,
  WireQuery,
  WireSource,
} from "./types.ts";

interface Items<T> {
  items: T[];
}

export const sessionApi = {
  get: () => request<SessionInfo>("GET", "/session", { skipUnauthorizedHandler: true }),
  login: (email: string, password: string) =>
    request<SessionInfo>("POST", "/session", { json: { email, password }, skipUnauthorizedHandler: true }),
  logout: () => request<void>("DELETE", "/session", { skipUnauthorizedHandler: true }),
  /** Keeps this session (and its CSRF token); the account's other sessions end. */
  changePassword: (change: PasswordChange) => request<void>("POST", "/session/password", { json: change }),
};

export const articlesApi = {
  list: (query: ArticleQuery, signal?: AbortSignal) =>
    request<Paged<Article>>("GET", "/articles", { query: { ...query }, signal }),
  get: (id: number, signal?: AbortSignal) => request<Article>("GET", `/articles/${id}`, { signal }),
  create: (input: NewArticle) => request<Article>("POST", "/articles", { json: input }),
  update: (id: number, patch: ArticlePatch) => request<Article>("PATCH", `/articles/${id}`, { json: patch }),
  remove: (id: number) => request<void>("DELETE", `/articles/${id}`),
  submit: (id: number) => request<Article>("POST", `/articles/${id}/submit`),
  publish: (id: number) => request<Article>("POST", `/articles/${id}/publish`),
  unpublish: (id: number) => request<Article>("POST", `/articles/${id}/unpublish`),
  schedule: (id: number, at: string) =>
    request<Article>("POST", `/articles/${id}/schedule`, { json: { at } }),
  revisions: (id: number) => request<Items<RevisionSummary>>("GET", `/articles/${id}/revisions`),
  revision: (id: number, revisionId: number) =>
    request<RevisionDetail>("GET", `/articles/${id}/revisions/${revisionId}`),
  /** The whole revision, or with `fields` only those fields. */
  restore: (id: number, revisionId: number, version: number, fields?: readonly string[]) =>
    request<Article>("POST", `/articles/${id}/revisions/${revisionId}/restore`, {
      json: fields ? { version, fields } : { version },
    }),
  compare: (id: number, from: number, to: number) =>
    request<{ changes: RevisionChange[] }>("GET", `/articles/${id}/revisions/compare`, {
      query: { from, to },
    }),
  cancelSchedule: (id: number) => request<Article>("POST", `/articles/${id}/cancel-schedule`),
  translate: (id: number, edition: EditionCode) =>
    request<Article>("POST", `/articles/${id}/translations`, { json: { edition } }),
  /** The story a translation was made from and what it changed since; 404 for a story that is not one. */
  translationSource: (id: number, signal?: AbortSignal) =>
    request<TranslationSource>("GET", `/articles/${id}/translation-source`, { signal }),
  related: (id: number, signal?: AbortSignal) =>
    request<RelatedStories>("GET", `/articles/${id}/related`, { signal }),
  pinRelated: (id: number, ids: number[]) =>
    request<RelatedStories>("PUT", `/articles/${id}/related/pins`, { json: { ids } }),
  /** The public page with these unsaved fields, as HTML; the server stores nothing. */
  preview: (id: number, fields: Omit<ArticlePatch, "version">) =>
    request<string>("POST", `/articles/${id}/preview`, { json: fields, text: true }),
};

/** What the library is narrowed to; empty members are left out of the query. */
export interface MediaFilter {
  q: string;
  /** YYYY-MM-DD, the first upload day, in the newsroom's time zone. */
  from: string;
  to: string;
}

function uploadForm(file: File, texts: MediaTexts): FormData {
  const form = new FormData();
  // Text fields first: a streaming multipart parser on the server sees them before the file.
  form.set("caption", texts.caption);
  form.set("credit", texts.credit);
  form.set("alt", texts.alt);
  form.set("file", file);
  return form;
}

export const mediaApi = {
  list: (cursor: string | null, filter?: MediaFilter, signal?: AbortSignal) =>
    request<Paged<Media>>("GET", "/media", { query: { cursor, ...filter }, signal }),
  get: (id: number, signal?: AbortSignal) => request<Media>("GET", `/media/${id}`, { signal }),
  upload: (file: File, texts: MediaTexts) =>
    request<Media>("POST", "/media", { form: uploadForm(file, texts) }),
  /** An upload from the story editor, texts to be written later, reporting how much has been sent. */
  uploadWithProgress: (file: File, onProgress: (fraction: number) => void) =>
    sendFormWithProgress<Media>("/media", uploadForm(file, { caption: "", credit: "", alt: "" }), onProgress),
  /** A picture on the web, brought into the library by the server (pasted copy names such pictures). */
  importFromUrl: (url: string) => request<Media>("POST", "/media/import", { json: { url } }),
  update: (id: number, texts: Partial<MediaTexts> & { localizations?: MediaLocalization[] }) =>
    request<Media>("PATCH", `/media/${id}`, { json: texts }),
  /** Replaces the crop and focal point; a crop outside the picture is refused with 422. */
  crop: (id: number, body: Pick<Media, "crop" | "focalPoint">) =>
    request<Media>("PUT", `/media/${id}/crop`, { json: body }),
  /** Refused with 409 IN_USE (naming the stories) while anything shows the photo. */
  remove: (id: number) => request<void>("DELETE", `/media/${id}`),
};

export const taxonomyApi = {
  sections: (edition: EditionCode) => request<Items<Section>>("GET", "/sections", { query: { edition } }),
  tags: (edition: EditionCode) => request<Items<Tag>>("GET", "/tags", { query: { edition } }),
  authors: () => request<Items<Author>>("GET", "/authors"),
  accounts: () => request<Items<LinkableAccount>>("GET", "/authors/accounts"),
  createSection: (input: NewSection) => request<void>("POST", "/sections", { json: input }),
  updateSection: (key: string, patch: SectionPatch) =>
    request<void>("PATCH", `/sections/${encodeURIComponent(key)}`, { json: patch }),
  createTag: (input: NewTag) => request<Tag & { edition: EditionCode }>("POST", "/tags", { json: input }),
  renameTag: (edition: EditionCode, slug: string, change: { name?: string; slug?: string }) =>
    request<Tag>("PATCH", `/tags/${edition}/${encodeURIComponent(slug)}`, { json: change }),
  mergeTag: (edition: EditionCode, slug: string, into: string) =>
    request<Tag & { moved: number }>("POST", `/tags/${edition}/${encodeURIComponent(slug)}/merge`, {
      json: { into },
    }),
  deleteTag: (edition: EditionCode, slug: string) =>
    request<void>("DELETE", `/tags/${edition}/${encodeURIComponent(slug)}`),
  createAuthor: (input: NewAuthor) => request<void>("POST", "/authors", { json: input }),
  updateAuthor: (slug: string, patch: AuthorPatch) =>
    request<void>("PATCH", `/authors/${encodeURIComponent(slug)}`, { json: patch }),
};

export const frontPagesApi = {
  get: (edition: EditionCode) => request<FrontPage>("GET", `/front-pages/${edition}`),
  put: (edition: EditionCode, page: FrontPage) =>
    request<FrontPage>("PUT", `/front-pages/${edition}`, { json: page }),
  /** The public front page with an unsaved arrangement, as HTML. */
  preview: (edition: EditionCode, page: FrontPage) =>
    request<string>("POST", `/front-pages/${edition}/preview`, { json: page, text: true }),
};

export const usersApi = {
  list: () => request<Items<User>>("GET", "/users"),
  create: (input: NewUser) => request<User>("POST", "/users", { json: input }),
  setRole: (id: number, role: Role) => request<User>("PATCH", `/users/${id}`, { json: { role } }),
};

export const apiKeysApi = {
  list: () => request<Items<ApiKey>>("GET", "/api-keys"),
  create: (name: string) => request<CreatedApiKey>("POST", "/api-keys", { json: { name } }),
  revoke: (id: number) => request<void>("DELETE", `/api-keys/${id}`),
};

export const breakingApi = {
  /** The edition's banner while it lasts, or null. */
  get: (edition: EditionCode) =>
    request<BreakingBanner>("GET", `/editions/${edition}/breaking`).catch(noBanner),
  set: (edition: EditionCode, banner: BreakingBannerInput) =>
    request<BreakingBanner>("PUT", `/editions/${edition}/breaking`, { json: banner }),
  clear: (edition: EditionCode) => request<void>("DELETE", `/editions/${edition}/breaking`),
};

function noBanner(error: unknown): null {
  if (error instanceof ApiError && error.status === 404) return null;
  throw error;
}

export const redirectsApi = {
  list: (query: { q?: string; cursor?: string }, signal?: AbortSignal) =>
    request<Paged<Redirect>>("GET", "/redirects", { query: { ...query }, signal }),
  remove: (id: number) => request<void>("DELETE", `/redirects/${id}`),
};

export const webhooksApi = {
  list: () => request<Items<Webhook>>("GET", "/webhooks"),
  create: (input: NewWebhook) => request<CreatedWebhook>("POST", "/webhooks", { json: input }),
  setActive: (id: number, active: boolean) =>
    request<Webhook>("PATCH", `/webhooks/${id}`, { json: { active } }),
  remove: (id: number) => request<void>("DELETE", `/webhooks/${id}`),
  deliveries: (id: number, signal?: AbortSignal) =>
    request<Items<WebhookDelivery>>("GET", `/webhooks/${id}/deliveries`, { signal }),
  resend: (id: number, deliveryId: number) =>
    request<WebhookDelivery>("POST", `/webhooks/${id}/deliveries/${deliveryId}/resend`),
};

export const parityApi = {
  get: (edition: EditionCode, signal?: AbortSignal) =>
    request<Parity>("GET", "/translations/parity", { query: { edition }, signal }),
};

export const wireApi = {
  items: (query: WireQuery, signal?: AbortSignal) =>
    request<Paged<WireItem>>("GET", "/wire/items", { query: { ...query }, signal }),
  item: (id: number, signal?: AbortSignal) => request<WireItemDetail>("GET", `/wire/items/${id}`, { signal }),
  adopt: (id: number, section: string) =>
    request<Article>("POST", `/wire/items/${id}/adopt`, { json: { section } }),
  translate: (id: number, edition: EditionCode, section: string) =>
    request<Article>("POST", `/wire/items/${id}/translate`, { json: { edition, section } }),
  sources: (signal?: AbortSignal) => request<Items<WireSource>>("GET", "/wire/sources", { signal }),
  addSource: (input: NewWireSource) => request<WireSource>("POST", "/wire/sources", { json: input }),
  pauseSource: (id: number) => request<WireSource>("POST", `/wire/sources/${id}/pause`),
  resumeSource: (id: number) => request<WireSource>("POST", `/wire/sources/${id}/resume`),
  removeSource: (id: number) => request<void>("DELETE", `/wire/sources/${id}`),
  failures: (signal?: AbortSignal) =>
    request<{ items: FailedWireFile[]; nextBefore: number | null }>("GET", "/wire/failures", { signal }),
  /** A kept file's bytes, as a download. */
  rawFileUrl: (id: number) => `${API_BASE}/wire/files/${id}/raw`,
  storyCopy: (articleId: number, signal?: AbortSignal) =>
    request<AgencyCopy>("GET", `/wire/stories/${articleId}`, { signal }),
  acknowledge: (articleId: number) => request<AgencyCopy>("POST", `/wire/stories/${articleId}/acknowledge`),
  alerts: (signal?: AbortSignal) => request<Items<KillAlert>>("GET", "/wire/alerts", { signal }),
  /** The desk's server-sent event stream, for an EventSource. */
  eventsUrl: `${API_BASE}/wire/events`,
};
