import type { Article, ArticleSummary } from "../../content/content.ts";
import { summaryPath } from "../../content/content.ts";
import { LiveBlog, type LiveBlogData } from "../../live/live-blog.view.tsx";
import { renderInlinePhotos } from "../../media/inline-photos.tsx";
import type { MediaImage } from "../../media/media.ts";
import { Picture } from "../../media/picture.tsx";
import type { EditionContext } from "../edition-context.ts";
import { Credit, TimeStamp } from "./parts.tsx";
import { scrollableTables } from "./scrollable-tables.ts";

/** How the newsroom's preview of a story stands: whether readers can see the story, and when they will. */
export interface PreviewState {
  live: boolean;
  scheduledAt: string | null;
}

export interface ArticlePageData {
  /** Set only on the newsroom's preview. */
  preview?: PreviewState;
  article: Article;
  lead: MediaImage | undefined;
  related: ArticleSummary[];
  opinion: ArticleSummary[];
  images: Map<number, MediaImage>;
  /** A live blog's entries (kind "live"), below its standfirst, lead and body. */
  live?: LiveBlogData;
}

/** The article page, in the order the design brief fixes: headline to opinion rail. */
export function ArticlePage({ ctx, data }: { ctx: EditionContext; data: ArticlePageData }) {
  const { article, lead, related, opinion, images, preview } = data;
  const { t } = ctx;
  // A story readers cannot see has no publication time yet: the preview shows none rather than now.
  const unpublished = preview !== undefined && !preview.live;
  return (
    <>
      {preview && <PreviewBanner ctx={ctx} preview={preview} />}
      <article class="article">
        <header class="article-header">
          <p class="kicker">
            <a href={`/${ctx.edition.code}/${encodeURIComponent(article.section.slug)}/`}>
              {article.section.name}
            </a>
          </p>
          <h1 class="headline">{article.headline}</h1>
          <p class="standfirst">{article.standfirst}</p>
          <p class="credit-line">
            {article.authors.length > 0 && <span class="credit-by">{t.by} </span>}
            <Credit ctx={ctx} authors={article.authors} creditLine={article.creditLine} />
            {article.datelinePlace && <span class="dateline-place">, {article.datelinePlace}</span>}
          </p>
          {!unpublished && (
            <div class="timestamps">
              <TimeStamp ctx={ctx} label={t.published} iso={article.publishedAt} />
              {article.updatedAt && <TimeStamp ctx={ctx} label={t.updated} iso={article.updatedAt} />}
            </div>
          )}
        </header>
        {lead && (
          <figure class="lead-figure">
            <Picture image={lead} sizes="(min-width: 48em) 46rem, 100vw" eager />
            <figcaption>
              {lead.caption} <span class="photo-credit">{`${t.photo}: ${lead.credit}`}</span>
            </figcaption>
          </figure>
        )}
        {article.correctionNote && (
          <aside class="correction" aria-label={t.correction}>
            <strong>{t.correction}:</strong> {article.correctionNote}
          </aside>
        )}
        <div
          class="article-body"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: bodies are sanitized with sanitize-html when they are stored (content/sanitize-body.ts); their photos are rendered escaped
          dangerouslySetInnerHTML={{
            __html: scrollableTables(
              renderInlinePhotos(article.bodyHtml, images, { creditLabel: t.photo }),
              (place) => t.table(ctx.number(place)),
            ),
          }}
        />
        {data.live && <LiveBlog ctx={ctx} data={data.live} />}
        {article.tags.length > 0 && (
          <ul class="tag-list" aria-label={t.tag}>
            {article.tags.map((tag) => (
              <li>
                <a href={`/${ctx.edition.code}/tag/${encodeURIComponent(tag.slug)}`}>{tag.name}</a>
              </li>
            ))}
          </ul>
        )}
      </article>
      <section class="related" aria-labelledby="related-heading">
        <h2 id="related-heading">{t.relatedStories}</h2>
        <ul class="related-list">
          {related.map((story) => (
            <RelatedItem
              story={story}
              image={story.leadMediaId ? images.get(story.leadMediaId) : undefined}
            />
          ))}
        </ul>
      </section>
      <OpinionRail ctx={ctx} opinion={opinion} />
    </>
  );
}

/** Above a page the newsroom previews: whether readers see it, or that the changes are not saved. */
export function PreviewBanner({ ctx, preview }: { ctx: EditionContext; preview: PreviewState }) {
  const { t } = ctx;
  const text = preview.live
    ? t.previewLive
    : preview.scheduledAt
      ? t.previewScheduled(ctx.dateTime(preview.scheduledAt))
      : t.previewNotPublished;
  return (
    <p class="preview-banner" role="note">
      {text}
    </p>
  );
}

function RelatedItem({ story, image }: { story: ArticleSummary; image: MediaImage | undefined }) {
  return (
    <li class="related-item">
      {image && (
        <Picture
          image={image}
          sizes="(min-width: 40em) 12rem, 30vw"
          alt={image.caption}
          className="related-thumb"
        />
      )}
      <div>
        <h3 class="related-headline">
          <a href={summaryPath(story)}>{story.headline}</a>
        </h3>
        <p class="related-standfirst">{story.standfirst}</p>
      </div>
    </li>
  );
}

/** The latest opinion pieces with their columnists: shown on articles and the front page. */
export function OpinionRail({
  ctx,
  opinion,
  wide = false,
}: {
  ctx: EditionContext;
  opinion: ArticleSummary[];
  /** Across the page in columns (front page) rather than in the reading column (article). */
  wide?: boolean;
}) {
  if (opinion.length === 0) return null;
  return (
    <section
      class={wide ? "opinion-rail opinion-rail--wide" : "opinion-rail"}
      aria-labelledby="opinion-heading"
    >
      <h2 id="opinion-heading">{ctx.t.opinion}</h2>
      <ul>
        {opinion.map((piece) => (
          <li>
            <a class="opinion-title" href={summaryPath(piece)}>
              {piece.headline}
            </a>
            <span class="opinion-columnist">
              {piece.authors.map((a) => a.name).join(", ") || piece.creditLine}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
