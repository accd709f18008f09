import { ARTICLE_KINDS } from "../../content/article.kinds.ts";
import { MAX_QUERY_LENGTH } from "../../search/search.types.ts";
import type { EditionContext } from "../edition-context.ts";
import type { SearchChoices } from "../search.data.ts";
import type { SearchFormValues } from "../search-query.ts";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The search form, a plain GET form so it works without JavaScript. The filters sit in a
 * disclosure that is open whenever one of them is in use, so a reader sees why results are narrowed.
 */
export function SearchForm({
  ctx,
  form,
  choices,
}: {
  ctx: EditionContext;
  form: SearchFormValues;
  choices: SearchChoices;
}) {
  const { t } = ctx;
  const filtered = Boolean(form.section || form.author || form.kind || form.from || form.to);
  return (
    <search>
      <form class="search-form" action={`/${ctx.edition.code}/search`} method="get">
        <label class="search-label" for="search-q">
          {t.searchQueryLabel}
        </label>
        <div class="search-box">
          <input id="search-q" type="search" name="q" value={form.q ?? ""} maxLength={MAX_QUERY_LENGTH} />
          <button type="submit">{t.search}</button>
        </div>
        <details class="search-filters" open={filtered}>
          <summary>{t.searchFilters}</summary>
          <div class="search-filter-grid">
            <Choice
              id="search-section"
              name="section"
              label={t.section}
              value={form.section}
              options={[["", t.anySection], ...choices.sections.map((s) => [s.slug, s.name] as const)]}
            />
            <Choice
              id="search-author"
              name="author"
              label={t.author}
              value={form.author}
              options={[["", t.anyAuthor], ...choices.authors.map((a) => [a.slug, a.name] as const)]}
            />
            <Choice
              id="search-kind"
              name="kind"
              label={t.kind}
              value={form.kind}
              options={[["", t.anyKind], ...ARTICLE_KINDS.map((k) => [k, t.kinds[k]] as const)]}
            />
            <DateField id="search-from" name="from" label={t.dateFrom} value={form.from} />
            <DateField id="search-to" name="to" label={t.dateTo} value={form.to} />
            <Choice
              id="search-sort"
              name="sort"
              label={t.sortBy}
              value={form.sort}
              options={[
                ["relevance", t.sortRelevance],
                ["newest", t.sortNewest],
              ]}
            />
          </div>
          <button type="submit">{t.search}</button>
        </details>
      </form>
    </search>
  );
}

function Choice({
  id,
  name,
  label,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  options: readonly (readonly [string, string])[];
}) {
  return (
    <div class="search-field">
      <label for={id}>{label}</label>
      <select id={id} name={name}>
        {options.map(([optionValue, text]) => (
          <option value={optionValue} selected={optionValue === (value ?? "")}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function DateField({
  id,
  name,
  label,
  value,
}: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
}) {
  // A date input only takes YYYY-MM-DD; anything else would be dropped by the browser anyway.
  return (
    <div class="search-field">
      <label for={id}>{label}</label>
      <input id={id} type="date" name={name} value={value && ISO_DATE.test(value) ? value : undefined} />
    </div>
  );
}
