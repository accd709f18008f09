/**
 * Checks of a rendered article page against DESIGN.md section 1, run in Node over the browser's
 * serialized DOM with cheerio. Doing it in Node (rather than in page.evaluate) keeps the checks
 * typechecked: tsx compiles with esbuild's keepNames, whose `__name` helper would break
 * functions sent to the browser.
 */
import * as cheerio from "cheerio";

type Doc = cheerio.CheerioAPI;
type Part = { name: string; selector: string };

/** The parts in the order a reader meets them, top to bottom. */
const ARTICLE_PARTS: Part[] = [
  { name: "masthead strip", selector: ".masthead-strip" },
  { name: "headline", selector: "h1.headline" },
  { name: "standfirst", selector: "p.standfirst" },
  { name: "credit line", selector: "p.credit-line" },
  { name: "Published time", selector: ".timestamps time[datetime]" },
  { name: "lead figure", selector: "figure.lead-figure" },
  { name: "body", selector: ".article-body" },
  { name: "related stories", selector: "section.related" },
  { name: "opinion rail", selector: "section.opinion-rail" },
];

export const MIN_RELATED = 4;

/** Problems found on the page, one line each; empty when the page matches the brief. */
export function articleProblems(html: string, ownPath: string): string[] {
  const $ = cheerio.load(html);
  return [
    ...partOrderProblems($),
    ...leadFigureProblems($),
    ...relatedProblems($, ownPath),
    ...opinionRailProblems($),
  ];
}

function partOrderProblems($: Doc): string[] {
  const problems: string[] = [];
  const h1Count = $("h1").length;
  if (h1Count !== 1) problems.push(`expected exactly one h1, found ${h1Count}`);
  // Document order is the index in a pre-order walk of every element.
  const order = $("*").toArray();
  let previous: { name: string; index: number } | undefined;
  for (const part of ARTICLE_PARTS) {
    const element = $(part.selector).first().get(0);
    if (!element) {
      problems.push(`missing ${part.name} (${part.selector})`);
      continue;
    }
    const index = order.indexOf(element);
    if (previous && index < previous.index) problems.push(`${part.name} comes before ${previous.name}`);
    previous = { name: part.name, index };
  }
  const published = $(".timestamps time[datetime]").first().attr("datetime") ?? "";
  if (published && Number.isNaN(Date.parse(published)))
    problems.push(`Published datetime "${published}" is not a date`);
  return problems;
}

function leadFigureProblems($: Doc): string[] {
  const figure = $("figure.lead-figure").first();
  if (figure.length === 0) return [];
  const problems: string[] = [];
  if (figure.find("figcaption").text().trim() === "") problems.push("lead figure has no figcaption text");
  if (figure.find("figcaption .photo-credit").text().trim() === "")
    problems.push("lead figure has no .photo-credit");
  return problems;
}

function relatedProblems($: Doc, ownPath: string): string[] {
  const items = $("section.related .related-item").toArray();
  const problems: string[] = [];
  if (items.length < MIN_RELATED)
    problems.push(`expected at least ${MIN_RELATED} related items, found ${items.length}`);
  items.forEach((item, i) => {
    const $item = $(item);
    const label = `related item ${i + 1}`;
    const img = $item.find("img");
    if (img.length === 0) problems.push(`${label} has no thumbnail`);
    else if ((img.attr("alt") ?? "").trim() === "") problems.push(`${label} has an empty img alt`);
    const href = $item.find(".related-headline a").attr("href");
    if (!href) problems.push(`${label} has no headline link`);
    else if (samePath(href, ownPath)) problems.push(`${label} links to the article itself (${href})`);
    if ($item.find(".related-standfirst").text().trim() === "") problems.push(`${label} has no standfirst`);
  });
  return problems;
}

function opinionRailProblems($: Doc): string[] {
  const columnists = $("section.opinion-rail li .opinion-columnist")
    .map((_, el) => $(el).text().trim())
    .get()
    .filter((name) => name !== "");
  return columnists.length === 0 ? ["opinion rail has no item with a columnist name"] : [];
}

/** Compares paths after decoding, since a Bangla slug may be linked encoded or not. */
function samePath(href: string, ownPath: string): boolean {
  const path = (p: string) => decodeURIComponent(new URL(p, "http://site").pathname).normalize("NFC");
  return path(href) === path(ownPath);
}

/** Text of every `<time>` that breaks the Bangla edition's digits: ASCII digits or no Bengali digits. */
export function nonBengaliTimes(html: string): string[] {
  const $ = cheerio.load(html);
  return $("time")
    .map((_, el) => $(el).text().trim())
    .get()
    .filter((text) => /[0-9]/.test(text) || !/[০-৯]/.test(text));
}
