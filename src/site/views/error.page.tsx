import type { EditionContext } from "../edition-context.ts";

export function ErrorPage({ ctx, status }: { ctx: EditionContext; status: 400 | 404 }) {
  const { t } = ctx;
  return (
    <div class="error-page">
      <h1>{status === 404 ? t.notFoundTitle : t.badRequestTitle}</h1>
      <p>{status === 404 ? t.notFoundBody : t.badRequestBody}</p>
      <p>
        <a href={`/${ctx.edition.code}/`}>{t.backToFront}</a>
      </p>
    </div>
  );
}
