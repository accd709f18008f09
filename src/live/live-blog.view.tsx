import { htmlToPlainText } from "../content/plain-text.ts";
import type { EditionContext } from "../site/edition-context.ts";
import { Pagination } from "../site/views/listing.page.tsx";
import type { LiveStream } from "./live-entries.queries.ts";
import type { LiveEntry } from "./live-entry.ts";

export interface LiveBlogData {
  stream: LiveStream;
  page: number;
  /** The story's own path, which the page links and anchors hang from. */
  path: string;
}

/** Below a live blog's standfirst and lead: its label, key events, pinned entry and one page of the stream. */
export function LiveBlog({ ctx, data }: { ctx: EditionContext; data: LiveBlogData }) {
  const { t } = ctx;
  const { stream, page, path } = data;
  return (
    <section class="live-blog" aria-label={t.liveBlog.updates}>
      <p class={stream.endedAt ? "live-label live-ended" : "live-label"}>
        {stream.endedAt ? t.liveBlog.ended : t.liveBlog.live}
      </p>
      {stream.keyEvents.length > 0 && (
        <nav class="live-key-events" aria-labelledby="live-key-events">
          <h2 id="live-key-events">{t.liveBlog.keyEvents}</h2>
          <ul>
            {stream.keyEvents.map((entry) => (
              <li>
                <a href={`${path}${entryPage(stream, entry)}#entry-${entry.id}`}>
                  <time dateTime={entry.postedAt}>{ctx.dateTime(entry.postedAt)}</time> {entrySummary(entry)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {stream.pinned && (
        <div class="live-pinned">
          <p class="live-pinned-label">{t.liveBlog.pinned}</p>
          <Entry ctx={ctx} entry={stream.pinned} />
        </div>
      )}
      <div class="live-stream">
        {stream.entries.map((entry) => (
          <Entry ctx={ctx} entry={entry} />
        ))}
      </div>
      <Pagination ctx={ctx} page={page} pageCount={stream.pages} basePath={path} />
    </section>
  );
}

/** The `?page=` a key event's entry is on; the pinned one and those on the first page need none. */
function entryPage(stream: LiveStream, entry: LiveEntry): string {
  const page = stream.keyEventPages.get(entry.id) ?? 1;
  return page > 1 ? `?page=${page}` : "";
}

/** A key event's line in the summary: its headline, or the start of its text. */
function entrySummary(entry: LiveEntry): string {
  if (entry.headline) return entry.headline;
  const text = htmlToPlainText(entry.bodyHtml);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

function Entry({ ctx, entry }: { ctx: EditionContext; entry: LiveEntry }) {
  return (
    <article id={`entry-${entry.id}`} class="live-entry">
      <p class="live-entry-time">
        <time dateTime={entry.postedAt}>{ctx.dateTime(entry.postedAt)}</time>
      </p>
      {entry.headline && <h3 class="live-entry-headline">{entry.headline}</h3>}
      <div
        class="live-entry-body"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: entry bodies are cleaned with the story body sanitizer when they are stored (live-entries.service.ts)
        dangerouslySetInnerHTML={{ __html: entry.bodyHtml }}
      />
      {entry.editedAt && (
        <p class="live-entry-edited">{ctx.t.liveBlog.edited(ctx.dateTime(entry.editedAt))}</p>
      )}
    </article>
  );
}
