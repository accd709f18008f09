import type { ComponentChildren } from "preact";
import type { ArticleSummary } from "../../content/content.ts";
import type { MediaImage } from "../../media/media.ts";
import type { EditionContext } from "../edition-context.ts";
import { StoryCard } from "./parts.tsx";

export interface ListingPageData {
  title: string;
  /** Shown under the title: an author's portrait and bio, for example. */
  intro?: ComponentChildren;
  stories: ArticleSummary[];
  images: Map<number, MediaImage>;
  page: number;
  pageCount: number;
  /** Path of the listing's first page; later pages add `?page=N`. */
  basePath: string;
}

export function ListingPage({ ctx, data }: { ctx: EditionContext; data: ListingPageData }) {
  return (
    <>
      <header class="listing-header">
        <h1>{data.title}</h1>
        {data.intro}
      </header>
      {data.stories.length === 0 ? (
        <p>{ctx.t.noStories}</p>
      ) : (
        <div class="card-grid card-grid--listing">
          {data.stories.map((s) => (
            <StoryCard
              ctx={ctx}
              article={s}
              image={s.leadMediaId ? data.images.get(s.leadMediaId) : undefined}
              headingLevel={2}
            />
          ))}
        </div>
      )}
      <Pagination ctx={ctx} page={data.page} pageCount={data.pageCount} basePath={data.basePath} />
    </>
  );
}

export function pagePath(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}?page=${page}`;
}

export function Pagination({
  ctx,
  page,
  pageCount,
  basePath,
}: {
  ctx: EditionContext;
  page: number;
  pageCount: number;
  basePath: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav class="pagination" aria-label={ctx.t.pagination}>
      {page > 1 && (
        <a href={pagePath(basePath, page - 1)} rel="prev">
          {ctx.t.previousPage}
        </a>
      )}
      <span class="pagination-status">{ctx.t.pageOf(ctx.number(page), ctx.number(pageCount))}</span>
      {page < pageCount && (
        <a href={pagePath(basePath, page + 1)} rel="next">
          {ctx.t.nextPage}
        </a>
      )}
    </nav>
  );
}
