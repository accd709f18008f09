import { cacheKey } from "../cache/cache-keys.ts";
import { htmlToPlainText } from "../content/plain-text.ts";
import { inlinePhotoIds, renderInlinePhotos } from "../media/inline-photos.tsx";
import { mediaByIds } from "../media/media.queries.ts";
import type { MediaImage } from "../media/media.ts";
import type { EditionContext } from "../site/edition-context.ts";
import type { PageBody, PageDeps } from "../site/site-pages.tsx";
import { scrollableTables } from "../site/views/scrollable-tables.ts";
import { pageUrlPath } from "./page-path.ts";
import type { StaticPage } from "./static-pages.queries.ts";

/** Search engines show about this much of a description. */
const DESCRIPTION_LENGTH = 160;
const FIRST_PARAGRAPH = /<p>([\s\S]*?)<\/p>/;

/** A static page's body for the site's layout, with its photos from the library in the edition's texts. */
export async function staticPageBody(
  deps: PageDeps,
  ctx: EditionContext,
  page: StaticPage,
): Promise<PageBody> {
  const photoIds = inlinePhotoIds(page.bodyHtml);
  const images = await mediaByIds(deps.db, photoIds, ctx.edition.code);
  return {
    keys: [cacheKey.staticPage(page.id), ...photoIds.map(cacheKey.media)],
    head: {
      title: page.title,
      description: description(page.bodyHtml),
      canonicalPath: pageUrlPath(page.edition, page.path),
    },
    body: <StaticPageView ctx={ctx} page={page} images={images} />,
  };
}

function StaticPageView({
  ctx,
  page,
  images,
}: {
  ctx: EditionContext;
  page: StaticPage;
  images: ReadonlyMap<number, MediaImage>;
}) {
  const { t } = ctx;
  return (
    <article class="article static-page">
      <header class="article-header">
        <h1 class="headline">{page.title}</h1>
      </header>
      <div
        class="article-body"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: bodies are sanitized with sanitize-html when they are stored (static-pages.service.ts); their photos are rendered escaped
        dangerouslySetInnerHTML={{
          __html: scrollableTables(
            renderInlinePhotos(page.bodyHtml, images, { creditLabel: t.photo }),
            (place) => t.table(ctx.number(place)),
          ),
        }}
      />
    </article>
  );
}

/** The first paragraph's text, cut at a word near the length search engines show. */
export function description(bodyHtml: string): string | undefined {
  const paragraph = FIRST_PARAGRAPH.exec(bodyHtml)?.[1];
  const text = paragraph && htmlToPlainText(paragraph).replace(/\s+/g, " ").trim();
  if (!text) return undefined;
  if (text.length <= DESCRIPTION_LENGTH) return text;
  const cut = text.slice(0, DESCRIPTION_LENGTH - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > DESCRIPTION_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}
