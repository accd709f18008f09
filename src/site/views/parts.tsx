import type { ComponentChildren } from "preact";
import type { ArticleSummary, AuthorRef } from "../../content/content.ts";
import { summaryPath } from "../../content/content.ts";
import type { MediaImage } from "../../media/media.ts";
import { Picture } from "../../media/picture.tsx";
import type { EditionContext } from "../edition-context.ts";
import { pictureClass } from "./focus-class.ts";

export function TimeStamp({ ctx, label, iso }: { ctx: EditionContext; label: string; iso: string }) {
  return (
    <p class="timestamp">
      <span class="timestamp-label">{label} : </span>
      <time dateTime={iso}>{ctx.dateTime(iso)}</time>
    </p>
  );
}

/** Staff bylines link to author pages; agency copy shows the agency's credit. */
export function Credit({
  ctx,
  authors,
  creditLine,
}: {
  ctx: EditionContext;
  authors: AuthorRef[];
  creditLine: string | null;
}) {
  if (authors.length === 0) return creditLine ? <span class="credit-agency">{creditLine}</span> : null;
  return (
    <span class="credit-authors">
      {authors.map((a, i) => (
        <>
          {i > 0 && (i === authors.length - 1 ? ` ${ctx.t.and} ` : ", ")}
          <a href={`/${ctx.edition.code}/author/${encodeURIComponent(a.slug)}`} rel="author">
            {a.name}
          </a>
        </>
      ))}
    </span>
  );
}

interface CardProps {
  ctx: EditionContext;
  article: ArticleSummary;
  image: MediaImage | undefined;
  headingLevel: 2 | 3;
  variant?: "lead" | "standard" | "compact";
  /** The headline's text as it should appear, e.g. with search matches marked; the plain headline by default. */
  headline?: ComponentChildren;
  /** Shown under the standfirst, e.g. a search result's snippet. */
  children?: ComponentChildren;
}

/** One story in a listing: picture, section, headline link, standfirst and time. */
export function StoryCard({
  ctx,
  article,
  image,
  headingLevel,
  variant = "standard",
  headline,
  children,
}: CardProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const sizes = variant === "lead" ? "(min-width: 60em) 40rem, 100vw" : "(min-width: 40em) 18rem, 40vw";
  return (
    <article class={`story-card story-card--${variant}`}>
      {image && variant !== "compact" && (
        <Picture
          image={image}
          sizes={sizes}
          eager={variant === "lead"}
          className={pictureClass("story-card-picture", image.focalPoint)}
        />
      )}
      <div class="story-card-text">
        <Heading class="story-card-headline">
          <a href={summaryPath(article)}>{headline ?? article.headline}</a>
        </Heading>
        {variant !== "compact" && <p class="story-card-standfirst">{article.standfirst}</p>}
        {children}
        <p class="story-card-meta">
          <span class="story-card-section">{article.section.name}</span>{" "}
          {article.kind === "opinion" && article.authors.length > 0 && (
            <span class="story-card-byline">{article.authors.map((a) => a.name).join(", ")} </span>
          )}
          <time dateTime={article.publishedAt}>{ctx.dateTime(article.publishedAt)}</time>
        </p>
      </div>
    </article>
  );
}
