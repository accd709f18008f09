import { sanitizeStoryBody } from "../content/sanitize-body.ts";
import type { UnitOfWork } from "../events/write-path.ts";
import { pagePath } from "./page-path.ts";
import type { StaticPageStatus } from "./pages.tables.ts";
import { StaticPageRefused } from "./static-page-refused.ts";

export interface StaticPageInput {
  edition: string;
  /** Slashes around it are dropped and it is put in NFC (page-path.ts); case is kept. */
  path: string;
  title: string;
  /** Untrusted HTML, sanitized as a story's body is. */
  bodyHtml: string;
  status: StaticPageStatus;
  /** Required for a published page; readers see it from then on. */
  publishedAt: string | null;
  updatedAt: string | null;
  now: Date;
}

export interface UpsertedStaticPage {
  id: number;
  /** The stored spelling: the page answers at `/${edition}/${path}`. */
  path: string;
  outcome: "created" | "updated" | "unchanged";
}

/** The columns a write sets; the rest (id, created_at, modified_at) are the row's own. */
interface PageContent {
  title: string;
  body_html: string;
  status: StaticPageStatus;
  published_at: string | null;
  updated_at: string | null;
}

/**
 * Stores a static page by edition and path, inside the caller's write: a new path is created, a
 * known one takes the given content, and the same content again changes nothing (a re-run import).
 * Holds when writers of the same path run at once: the insert waits on the unique index for the
 * other writer and then does nothing, and the update that follows sees its row (PostgreSQL
 * re-reads a row another transaction changed before updating it). Records `static-page.changed`
 * when readers may see something new. Throws StaticPageRefused before touching the database.
 */
export async function upsertStaticPage(uow: UnitOfWork, input: StaticPageInput): Promise<UpsertedStaticPage> {
  const path = pagePath(input.path);
  const content = pageContent(input, path);
  const now = input.now.toISOString();
  const created = await uow.trx
    .insertInto("static_pages")
    .values({ edition: input.edition, path, ...content, created_at: now, modified_at: now })
    .onConflict((oc) => oc.columns(["edition", "path"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  const changed = created ?? (await updateIfDifferent(uow, input.edition, path, content, now));
  if (changed) {
    await uow.record({ type: "static-page.changed", edition: input.edition, pageId: changed.id });
    return { id: changed.id, path, outcome: created ? "created" : "updated" };
  }
  const kept = await uow.trx
    .selectFrom("static_pages")
    .where("edition", "=", input.edition)
    .where("path", "=", path)
    .select("id")
    .executeTakeFirstOrThrow();
  return { id: kept.id, path, outcome: "unchanged" };
}

function pageContent(input: StaticPageInput, path: string): PageContent {
  const title = input.title.normalize("NFC").trim();
  if (!title) throw new StaticPageRefused(path, "empty-title");
  if (input.status === "published" && input.publishedAt === null)
    throw new StaticPageRefused(path, "published-without-date");
  return {
    title,
    body_html: sanitizeStoryBody(input.bodyHtml),
    status: input.status,
    published_at: instant(input.publishedAt, path),
    updated_at: instant(input.updatedAt, path),
  };
}

/** Times are stored in one form (`…Z`), which readers compare as text with "now". */
function instant(value: string | null, path: string): string | null {
  if (value === null) return null;
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) throw new StaticPageRefused(path, "bad-date");
  return time.toISOString();
}

/** Updates the page unless it already holds `content`; returns its id when it changed. */
function updateIfDifferent(
  uow: UnitOfWork,
  edition: string,
  path: string,
  content: PageContent,
  now: string,
): Promise<{ id: number } | undefined> {
  return uow.trx
    .updateTable("static_pages")
    .set({ ...content, modified_at: now })
    .where("edition", "=", edition)
    .where("path", "=", path)
    .where((eb) =>
      eb.not(
        eb.and([
          eb("title", "=", content.title),
          eb("body_html", "=", content.body_html),
          eb("status", "=", content.status),
          // Times are never empty: "" stands for null so that equal nulls compare equal.
          eb(eb.fn.coalesce("published_at", eb.val("")), "=", content.published_at ?? ""),
          eb(eb.fn.coalesce("updated_at", eb.val("")), "=", content.updated_at ?? ""),
        ]),
      ),
    )
    .returning("id")
    .executeTakeFirst();
}
