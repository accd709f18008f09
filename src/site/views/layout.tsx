import type { ComponentChildren } from "preact";
import type { Banner } from "../../breaking/breaking.service.ts";
import { BreakingBanner } from "../../breaking/breaking-banner.view.tsx";
import type { Section, Translation } from "../../content/content.ts";
import { scriptJson } from "../../distribution/structured-data.ts";
import type { EditionContext } from "../edition-context.ts";
import { dayIn } from "../masthead-day.ts";

export interface HeadInfo {
  title: string;
  /** The whole `<title>` when the page has its own for search engines: no site name is added to it. */
  searchTitle?: string;
  description?: string;
  /** Path of this page, for `rel=canonical`; omitted on error pages. */
  canonicalPath?: string;
  /** Versions of this page in other editions, for `hreflang` and the language switch. */
  translations?: Translation[];
  robots?: string;
  /** schema.org objects, each written as a JSON-LD script. */
  jsonLd?: unknown[];
  /** Open Graph and Twitter card details beyond title and description. */
  social?: SocialInfo;
  /** Path under which this listing's feeds live (`…/feed.xml`, `atom.xml`, `feed.json`); the edition's by default. */
  feedBase?: string;
}

export interface SocialInfo {
  type: "article" | "website";
  /** Titles and descriptions written for shares; the page's title and description otherwise. */
  title?: string;
  description?: string;
  image?: { url: string; width: number; height: number; alt: string };
  publishedAt?: string;
  modifiedAt?: string;
  section?: string;
}

interface LayoutProps {
  ctx: EditionContext;
  head: HeadInfo;
  sections: Section[];
  now: Date;
  stylesheet: string;
  currentSectionKey?: string;
  /** The edition's breaking-news banner, shown above everything while it lasts. */
  breaking?: Banner;
  children: ComponentChildren;
}

export function Layout({
  ctx,
  head,
  sections,
  now,
  stylesheet,
  currentSectionKey,
  breaking,
  children,
}: LayoutProps) {
  const { edition, t } = ctx;
  const title = head.title === ctx.siteName ? head.title : `${head.title} | ${ctx.siteName}`;
  return (
    <html lang={edition.lang} dir={edition.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{head.searchTitle ?? title}</title>
        {head.description && <meta name="description" content={head.description} />}
        <meta name="robots" content={head.robots ?? "index, follow, max-image-preview:large"} />
        {head.canonicalPath && <link rel="canonical" href={ctx.siteUrl + head.canonicalPath} />}
        {head.canonicalPath && head.translations && head.translations.length > 0 && (
          <>
            <link rel="alternate" hrefLang={edition.lang} href={ctx.siteUrl + head.canonicalPath} />
            {head.translations.map((tr) => (
              <link rel="alternate" hrefLang={langOf(ctx, tr.edition)} href={ctx.siteUrl + tr.path} />
            ))}
          </>
        )}
        <SocialMeta ctx={ctx} head={head} />
        {(head.jsonLd ?? []).map((data) => (
          // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD must be raw JSON; scriptJson escapes < so nothing can close the element
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(data) }} />
        ))}
        <FeedLinks base={head.feedBase ?? `/${edition.code}/`} title={title} />
        <link rel="stylesheet" href={stylesheet} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t.skipToContent}
        </a>
        {breaking && <BreakingBanner ctx={ctx} banner={breaking} />}
        <header class="site-header">
          <MastheadStrip ctx={ctx} now={now} translations={head.translations ?? []} />
          <div class="wrap">
            <a class="site-name" href={`/${edition.code}/`}>
              {ctx.siteName}
            </a>
          </div>
          <nav class="site-nav" aria-label={t.mainNavigation}>
            <ul class="wrap">
              {sections.map((s) => (
                <li>
                  <a
                    href={`/${edition.code}/${encodeURIComponent(s.slug)}/`}
                    aria-current={s.key === currentSectionKey ? "page" : undefined}
                  >
                    {s.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" class="wrap">
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p class="footer-name">{ctx.siteName}</p>
            <p>{t.footerNote}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** Open Graph and Twitter card tags: how a story looks when it is shared. */
function SocialMeta({ ctx, head }: { ctx: EditionContext; head: HeadInfo }) {
  if (!head.canonicalPath) return null;
  const social: SocialInfo = head.social ?? { type: "website" };
  const title = social.title ?? head.title;
  const description = social.description ?? head.description;
  const alternates = (head.translations ?? []).map(
    (t) => ctx.editions.find((e) => e.code === t.edition)?.ogLocale,
  );
  return (
    <>
      <meta property="og:site_name" content={ctx.siteName} />
      <meta property="og:type" content={social.type} />
      <meta property="og:title" content={title} />
      {description && <meta property="og:description" content={description} />}
      <meta property="og:url" content={ctx.siteUrl + head.canonicalPath} />
      <meta property="og:locale" content={ctx.edition.ogLocale} />
      {alternates.map((locale) => locale && <meta property="og:locale:alternate" content={locale} />)}
      {social.image && (
        <>
          <meta property="og:image" content={social.image.url} />
          <meta property="og:image:width" content={String(social.image.width)} />
          <meta property="og:image:height" content={String(social.image.height)} />
          <meta property="og:image:alt" content={social.image.alt} />
        </>
      )}
      {social.publishedAt && <meta property="article:published_time" content={social.publishedAt} />}
      {social.modifiedAt && <meta property="article:modified_time" content={social.modifiedAt} />}
      {social.section && <meta property="article:section" content={social.section} />}
      <meta name="twitter:card" content={social.image ? "summary_large_image" : "summary"} />
      <meta name="twitter:title" content={title} />
      {description && <meta name="twitter:description" content={description} />}
      {social.image && <meta name="twitter:image" content={social.image.url} />}
    </>
  );
}

/** Feed readers find a page's feeds through these links. */
function FeedLinks({ base, title }: { base: string; title: string }) {
  return (
    <>
      <link rel="alternate" type="application/rss+xml" title={`${title} (RSS)`} href={`${base}feed.xml`} />
      <link rel="alternate" type="application/atom+xml" title={`${title} (Atom)`} href={`${base}atom.xml`} />
      <link
        rel="alternate"
        type="application/feed+json"
        title={`${title} (JSON Feed)`}
        href={`${base}feed.json`}
      />
    </>
  );
}

function langOf(ctx: EditionContext, code: string): string {
  return ctx.editions.find((e) => e.code === code)?.lang ?? code;
}

/** Today's date and the links to the other editions, each in its own script. */
function MastheadStrip({
  ctx,
  now,
  translations,
}: {
  ctx: EditionContext;
  now: Date;
  translations: Translation[];
}) {
  const others = ctx.editions.filter((e) => e.code !== ctx.edition.code);
  return (
    <div class="masthead-strip">
      <div class="wrap">
        <time class="edition-date" dateTime={dayIn(now, ctx.timeZone)}>
          {ctx.longDate(now)}
        </time>
        <div class="masthead-tools">
          <a class="search-link" href={`/${ctx.edition.code}/search`}>
            <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16">
              <circle cx="6.5" cy="6.5" r="4.5" fill="none" stroke="currentColor" stroke-width="2" />
              <path d="M10 10l4.5 4.5" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
            </svg>
            {ctx.t.search}
          </a>
          <ul class="edition-switch" aria-label={ctx.t.editionLanguage}>
            {others.map((other) => {
              const translation = translations.find((tr) => tr.edition === other.code);
              return (
                <li>
                  <a
                    href={translation?.path ?? `/${other.code}/`}
                    lang={other.lang}
                    hrefLang={other.lang}
                    rel={translation ? "alternate" : undefined}
                  >
                    {other.nativeName}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      </div>
    </div>
  );
}
