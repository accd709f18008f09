import {
  MAX_QUERY_LENGTH,
  MAX_SEARCH_PAGE,
  type SearchResults,
  type TextPart,
} from "../../search/search.types.ts";
import type { EditionContext } from "../edition-context.ts";
import type { SearchPageData } from "../search.data.ts";
import { type SearchFormValues, type SearchProblem, searchPath } from "../search-query.ts";
import { StoryCard } from "./parts.tsx";
import { SearchForm } from "./search-form.tsx";
import { SearchPagination } from "./search-pagination.tsx";

/** The search page: what was wrong with the request if anything, the form, then a prompt or the results. */
export function SearchPage({ ctx, data }: { ctx: EditionContext; data: SearchPageData }) {
  const { request } = data;
  return (
    <>
      <header class="listing-header">
        <h1>{ctx.t.searchTitle}</h1>
      </header>
      {!request.valid && <Problems ctx={ctx} problems={request.problems} />}
      <SearchForm ctx={ctx} form={request.form} choices={data.choices} />
      {request.valid &&
        (data.results ? (
          <Results ctx={ctx} data={data} results={data.results} form={request.form} />
        ) : (
          <p class="search-status">{ctx.t.searchPrompt}</p>
        ))}
    </>
  );
}

function Problems({ ctx, problems }: { ctx: EditionContext; problems: SearchProblem[] }) {
  const { t } = ctx;
  const text: Record<SearchProblem, string> = {
    query: t.invalidQuery(ctx.count(MAX_QUERY_LENGTH)),
    date: t.invalidDate,
    dateOrder: t.invalidDateOrder,
    page: t.invalidPage(ctx.number(1), ctx.number(MAX_SEARCH_PAGE)),
    filter: t.invalidFilter,
    repeated: t.invalidRepeated,
  };
  return (
    <div class="search-problems">
      <p>{t.searchInvalid}</p>
      <ul>
        {problems.map((p) => (
          <li>{text[p]}</li>
        ))}
      </ul>
    </div>
  );
}

function Results({
  ctx,
  data,
  results,
  form,
}: {
  ctx: EditionContext;
  data: SearchPageData;
  results: SearchResults;
  form: SearchFormValues;
}) {
  const { t } = ctx;
  const pathOf = (page: number) => searchPath(ctx.edition.code, form, page);
  if (!results.searched) return <p class="search-status">{t.noSearchableWords}</p>;
  if (results.total === 0) {
    return (
      <div class="search-status">
        <p>{t.noResults(form.q?.trim() ?? "")}</p>
        <p>{t.noResultsHint}</p>
      </div>
    );
  }
  const count = results.totalIsCapped
    ? t.resultCountCapped(ctx.count(results.total))
    : t.resultCount(ctx.count(results.total), results.total);
  return (
    <section class="search-results" aria-labelledby="search-count">
      <h2 id="search-count" class="search-count">
        {count}
      </h2>
      {results.hits.length === 0 ? (
        <p class="search-status">
          {t.pastLastPage} <a href={pathOf(1)}>{t.firstResultsPage}</a>
        </p>
      ) : (
        <ol class="search-hits">
          {results.hits.map((hit) => (
            <li>
              <StoryCard
                ctx={ctx}
                article={hit.article}
                image={hit.article.leadMediaId ? data.images.get(hit.article.leadMediaId) : undefined}
                headingLevel={3}
                headline={hit.headline.length > 0 ? <Marked parts={hit.headline} /> : undefined}
              >
                {hit.snippet.length > 0 && (
                  <p class="search-snippet">
                    <Marked parts={hit.snippet} />
                  </p>
                )}
              </StoryCard>
            </li>
          ))}
        </ol>
      )}
      <SearchPagination ctx={ctx} page={results.page} pageCount={results.pageCount} pathOf={pathOf} />
    </section>
  );
}

/** Text with the reader's search words in `<mark>`. */
function Marked({ parts }: { parts: TextPart[] }) {
  return <>{parts.map((part) => (part.match ? <mark>{part.text}</mark> : part.text))}</>;
}
