import type { EditionContext } from "../site/edition-context.ts";
import { Pagination } from "../site/views/listing.page.tsx";
import { entryPath, entryTitle } from "./live-entries.public.ts";
import type { LiveStream } from "./live-entries.queries.ts";
import type { LiveEntry } from "./live-entry.ts";

export interface LiveBlogData {
  stream: LiveStream;
  page: number;
  /** The story's own path, which the page links and anchors hang from. */
  path: string;
  /** The reader script, named by its content hash. */
  scriptPath: string;
}

/**
 * Below a live blog's standfirst and lead: its label, key events, pinned entry and one page of the
 * stream. The key events and pinned boxes are written even when empty (hidden), so the reader
 * script has a place for what arrives; it follows `{path}/live` from the change the page shows.
 */
export function LiveBlog({ ctx, data }: { ctx: EditionContext; data: LiveBlogData }) {
  const { t } = ctx;
  const { stream, page, path } = data;
  const following = stream.endedAt === null;
  return (
    <section
      class="live-blog"
      aria-label={t.liveBlog.updates}
      data-live-stream={following ? `${path}/live` : undefined}
      data-live-seq={stream.seq}
      data-live-page={page}
    >
      <p class={stream.endedAt ? "live-label live-ended" : "live-label"} data-live-label="">
        {stream.endedAt ? t.liveBlog.ended : t.liveBlog.live}
      </p>
      <nav class="live-key-events" aria-labelledby="live-key-events" hidden={stream.keyEvents.length === 0}>
        <h2 id="live-key-events">{t.liveBlog.keyEvents}</h2>
        <ul>
          {stream.keyEvents.map((entry) => (
            <KeyEvent
              ctx={ctx}
              entry={entry}
              href={entryPath(path, entry.id, stream.keyEventPages.get(entry.id))}
            />
          ))}
        </ul>
      </nav>
      <div class="live-pinned" hidden={!stream.pinned}>
        <p class="live-pinned-label">{t.liveBlog.pinned}</p>
        {stream.pinned && <LiveEntryView ctx={ctx} entry={stream.pinned} />}
      </div>
      <div class="live-stream">
        {stream.entries.map((entry) => (
          <LiveEntryView ctx={ctx} entry={entry} />
        ))}
      </div>
      <p class="visually-hidden" aria-live="polite" data-live-announcer="" />
      <Pagination ctx={ctx} page={page} pageCount={stream.pages} basePath={path} />
      {following && <script src={data.scriptPath} defer />}
    </section>
  );
}

export function KeyEvent({ ctx, entry, href }: { ctx: EditionContext; entry: LiveEntry; href: string }) {
  return (
    <li data-entry={entry.id} data-posted={entry.postedAt}>
      <a href={href}>
        <time dateTime={entry.postedAt}>{ctx.dateTime(entry.postedAt)}</time> {entryTitle(entry)}
      </a>
    </li>
  );
}

export function LiveEntryView({ ctx, entry }: { ctx: EditionContext; entry: LiveEntry }) {
  return (
    <article id={`entry-${entry.id}`} class="live-entry" data-entry={entry.id} data-posted={entry.postedAt}>
      <p class="live-entry-time">
        <time dateTime={entry.postedAt}>{ctx.dateTime(entry.postedAt)}</time>
      </p>
      {entry.headline && <h2 class="live-entry-headline">{entry.headline}</h2>}
      <div
        class="live-entry-body"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: entry bodies are cleaned with the story body sanitizer when they are stored (live-entries.service.ts)
        dangerouslySetInnerHTML={{ __html: entry.bodyHtml }}
      />
      {entry.byline && <EntryByline ctx={ctx} byline={entry.byline} />}
      {entry.editedAt && (
        <p class="live-entry-edited">{ctx.t.liveBlog.edited(ctx.dateTime(entry.editedAt))}</p>
      )}
    </article>
  );
}

function EntryByline({ ctx, byline }: { ctx: EditionContext; byline: NonNullable<LiveEntry["byline"]> }) {
  return (
    <p class="live-entry-byline">
      {ctx.t.by}{" "}
      {byline.authorSlug ? (
        <a href={`/${ctx.edition.code}/author/${encodeURIComponent(byline.authorSlug)}`} rel="author">
          {byline.name}
        </a>
      ) : (
        byline.name
      )}
    </p>
  );
}
