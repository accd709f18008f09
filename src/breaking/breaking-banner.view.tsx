import type { EditionContext } from "../site/edition-context.ts";
import type { Banner } from "./breaking.service.ts";

/** The edition's breaking news above every page: a labelled region, its text a link to the story. */
export function BreakingBanner({ ctx, banner }: { ctx: EditionContext; banner: Banner }) {
  return (
    <aside class="breaking-banner" aria-label={ctx.t.breakingNews}>
      <p class="wrap">
        <strong class="breaking-label">{ctx.t.breakingNews}</strong> <a href={banner.url}>{banner.text}</a>
      </p>
    </aside>
  );
}
