import type { ArticleSummary, Section } from "../../content/content.ts";
import type { MediaImage } from "../../media/media.ts";
import type { EditionContext } from "../edition-context.ts";
import { OpinionRail, PreviewBanner } from "./article.page.tsx";
import { StoryCard } from "./parts.tsx";

export interface FrontPageData {
  top: ArticleSummary[];
  bySection: { section: Section; stories: ArticleSummary[] }[];
  opinion: ArticleSummary[];
  images: Map<number, MediaImage>;
}

/** `preview`: the newsroom's look at an unsaved arrangement, which says so above the page. */
export function FrontPage({
  ctx,
  data,
  preview,
}: {
  ctx: EditionContext;
  data: FrontPageData;
  preview?: boolean;
}) {
  const image = (s: ArticleSummary) => (s.leadMediaId ? data.images.get(s.leadMediaId) : undefined);
  const [lead, ...rest] = data.top;
  return (
    <>
      {preview && <PreviewBanner ctx={ctx} preview={{ live: true, scheduledAt: null }} />}
      <h1 class="visually-hidden">{`${ctx.siteName}: ${ctx.t.topStories}`}</h1>
      {lead ? (
        <section class="front-top" aria-label={ctx.t.topStories}>
          <StoryCard ctx={ctx} article={lead} image={image(lead)} headingLevel={2} variant="lead" />
          <div class="front-top-rest">
            {rest.map((s) => (
              <StoryCard ctx={ctx} article={s} image={image(s)} headingLevel={3} />
            ))}
          </div>
        </section>
      ) : (
        <p>{ctx.t.noStories}</p>
      )}
      <OpinionRail ctx={ctx} opinion={data.opinion} wide />
      {data.bySection.map(({ section, stories }) => (
        <section class="front-section" aria-labelledby={`front-${section.key}`}>
          <h2 id={`front-${section.key}`} class="front-section-title">
            <a href={`/${ctx.edition.code}/${encodeURIComponent(section.slug)}/`}>{section.name}</a>
          </h2>
          <div class="card-grid">
            {stories.map((s, i) => (
              <StoryCard
                ctx={ctx}
                article={s}
                image={image(s)}
                headingLevel={3}
                variant={i < 2 ? "standard" : "compact"}
              />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
