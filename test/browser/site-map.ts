/**
 * Finds one concrete URL of every public page type by following links from an edition's front
 * page, the way a reader would. Slugs are never hard-coded, so the tests keep working when the
 * demo newspaper's content changes. Shared by the browser and the HTML-validity tests.
 */
import * as cheerio from "cheerio";

export const EDITIONS = ["en", "bn"] as const;
export type EditionCode = (typeof EDITIONS)[number];

export const PAGE_TYPES = [
  "front",
  "section",
  "opinion",
  "article",
  "article-wire",
  "author",
  "tag",
  "section-page-2",
  "search",
  "not-found",
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** The opinion section is recognised by its navigation label in each edition. */
const OPINION_LABELS = new Set(["Opinion", "মতামত"]);
/** Enough stories to find a translated and a wire story without crawling the whole site. */
const MAX_ARTICLES_VISITED = 40;

export interface EditionPages {
  edition: EditionCode;
  /** Path (percent-encoded, as linked) per page type; absent when the site has no such page. */
  paths: Partial<Record<PageType, string>>;
}

export function expectedStatus(type: PageType): number {
  return type === "not-found" ? 404 : 200;
}

type Doc = cheerio.CheerioAPI;

async function load(baseUrl: string, path: string): Promise<Doc> {
  const response = await fetch(new URL(path, baseUrl), { redirect: "manual" });
  if (response.status !== 200)
    throw new Error(`GET ${path} answered ${response.status} while mapping the site`);
  return cheerio.load(await response.text());
}

/** Hrefs matched by a selector, resolved to paths and without duplicates, in document order. */
function hrefs($: Doc, selector: string, from: string): string[] {
  const found = $(selector)
    .map((_, a) => $(a).attr("href"))
    .get()
    .filter((href): href is string => typeof href === "string" && href.length > 0)
    .map((href) => resolvePath(href, from));
  return [...new Set(found)];
}

/** A link's target as a path on this site, keeping the percent-encoding the page used. */
function resolvePath(href: string, from: string): string {
  const url = new URL(href, `http://site${from}`);
  return url.pathname + url.search;
}

interface NavLink {
  text: string;
  path: string;
}

function navLinks($: Doc, from: string): NavLink[] {
  return $(".site-nav a")
    .map((_, a) => ({ text: $(a).text().trim(), href: $(a).attr("href") ?? "" }))
    .get()
    .filter((link) => link.href !== "")
    .map((link) => ({ text: link.text, path: resolvePath(link.href, from) }));
}

/** Articles are visited until both a translated story and an agency (wire) story are seen. */
async function findArticles(baseUrl: string, candidates: string[]) {
  let translated: { path: string; $: Doc } | undefined;
  let wire: string | undefined;
  let first: { path: string; $: Doc } | undefined;
  for (const path of candidates.slice(0, MAX_ARTICLES_VISITED)) {
    const $ = await load(baseUrl, path);
    first ??= { path, $ };
    if (!translated && $(".edition-switch a[rel=alternate]").length > 0) translated = { path, $ };
    if (!wire && $(".credit-line .credit-agency").length > 0 && $(".credit-line a[rel=author]").length === 0)
      wire = path;
    if (translated && wire) break;
  }
  return { article: translated ?? first, wire };
}

/** The first listing among `sections` that links to a second page. */
async function findSecondPage(baseUrl: string, sections: string[]): Promise<string | undefined> {
  for (const path of sections) {
    const next = hrefs(await load(baseUrl, path), "a[rel=next]", path)[0];
    if (next) return next;
  }
  return undefined;
}

export async function mapEdition(baseUrl: string, edition: EditionCode): Promise<EditionPages> {
  const front = `/${edition}/`;
  const $front = await load(baseUrl, front);
  const nav = navLinks($front, front);
  const opinion = nav.find((link) => OPINION_LABELS.has(link.text))?.path;
  const sections = nav.filter((link) => link.path !== opinion).map((link) => link.path);

  const frontStories = hrefs($front, ".story-card-headline a", front);
  let { article, wire } = await findArticles(baseUrl, frontStories);
  if (!wire) {
    // Agency copy may not reach the front page; the section listings carry more of it.
    for (const section of sections) {
      const more = hrefs(await load(baseUrl, section), ".story-card-headline a", section);
      wire = (
        await findArticles(
          baseUrl,
          more.filter((p) => !frontStories.includes(p)),
        )
      ).wire;
      if (wire) break;
    }
  }
  const paths: EditionPages["paths"] = {
    front,
    section: sections[0],
    opinion,
    article: article?.path,
    "article-wire": wire,
    author: article ? hrefs(article.$, "a[rel=author]", article.path)[0] : undefined,
    tag: article ? hrefs(article.$, ".tag-list a", article.path)[0] : undefined,
    "section-page-2": await findSecondPage(baseUrl, [...sections, ...(opinion ? [opinion] : [])]),
    search: searchFor($front, edition),
    "not-found": `/${edition}/no-such-section/no-such-story-${Date.now()}`,
  };
  // An author or tag only linked from other stories still has a page worth checking.
  if (!paths.author || !paths.tag) {
    for (const path of frontStories.slice(0, MAX_ARTICLES_VISITED)) {
      const $ = await load(baseUrl, path);
      paths.author ??= hrefs($, "a[rel=author]", path)[0];
      paths.tag ??= hrefs($, ".tag-list a", path)[0];
      if (paths.author && paths.tag) break;
    }
  }
  return { edition, paths };
}

/**
 * A search with results: the front page's first headline, which finds at least that story (with
 * its picture) and, through its common words, usually more.
 */
function searchFor($front: Doc, edition: EditionCode): string | undefined {
  const headline = $front(".story-card-headline a").first().text().trim();
  return headline ? `/${edition}/search?q=${encodeURIComponent(headline)}` : undefined;
}

/** Every (edition, page type, path) triple found, in a stable order. */
export function listPages(maps: EditionPages[]): { edition: EditionCode; type: PageType; path: string }[] {
  return maps.flatMap(({ edition, paths }) =>
    PAGE_TYPES.flatMap((type) => {
      const path = paths[type];
      return path ? [{ edition, type, path }] : [];
    }),
  );
}
