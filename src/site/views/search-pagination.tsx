import type { EditionContext } from "../edition-context.ts";

/** Pages shown on each side of the current one; the first and last are always shown. */
const NEIGHBOURS = 2;

/** The page numbers to link, with `null` where a run of pages is left out. */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let n = 1; n <= pageCount; n += 1) {
    if (n === 1 || n === pageCount || Math.abs(n - page) <= NEIGHBOURS) shown.push(n);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}

/** Previous, numbered and next links between result pages; `pathOf` keeps the query and filters. */
export function SearchPagination({
  ctx,
  page,
  pageCount,
  pathOf,
}: {
  ctx: EditionContext;
  page: number;
  pageCount: number;
  pathOf: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const { t } = ctx;
  // Past the last page (an old link, a hand-edited URL), "previous" leads back to real results.
  const previous = Math.min(page - 1, pageCount);
  return (
    <nav class="search-pagination" aria-label={t.searchPages}>
      <ul>
        {page > 1 && (
          <li>
            <a href={pathOf(previous)} rel="prev">
              {t.previousResults}
            </a>
          </li>
        )}
        {pageWindow(page, pageCount).map((n) =>
          n === null ? (
            <li class="search-pagination-gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li>
              <a
                href={pathOf(n)}
                aria-label={t.resultsPage(ctx.number(n))}
                aria-current={n === page ? "page" : undefined}
              >
                {ctx.number(n)}
              </a>
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <a href={pathOf(page + 1)} rel="next">
              {t.nextResults}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
