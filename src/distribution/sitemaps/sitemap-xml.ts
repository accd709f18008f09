/** XML text and attribute escaping for the five characters XML reserves. */
export function xml(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c] ?? c,
  );
}

export const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
export const IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1";
export const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
export const XHTML_NS = "http://www.w3.org/1999/xhtml";

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

export interface UrlEntry {
  loc: string;
  lastmod?: string;
  alternates?: { hreflang: string; href: string }[];
  images?: { loc: string; caption?: string }[];
  news?: { publication: string; language: string; publishedAt: string; title: string };
}

/** One `<url>` element with its optional hreflang alternates, images and Google News block. */
export function urlElement(entry: UrlEntry): string {
  const parts = [`<url><loc>${xml(entry.loc)}</loc>`];
  if (entry.lastmod) parts.push(`<lastmod>${xml(entry.lastmod)}</lastmod>`);
  for (const a of entry.alternates ?? []) {
    parts.push(`<xhtml:link rel="alternate" hreflang="${xml(a.hreflang)}" href="${xml(a.href)}"/>`);
  }
  if (entry.news) {
    const n = entry.news;
    parts.push(
      `<news:news><news:publication><news:name>${xml(n.publication)}</news:name><news:language>${xml(n.language)}</news:language></news:publication>` +
        `<news:publication_date>${xml(n.publishedAt)}</news:publication_date><news:title>${xml(n.title)}</news:title></news:news>`,
    );
  }
  for (const image of entry.images ?? []) {
    const caption = image.caption ? `<image:caption>${xml(image.caption)}</image:caption>` : "";
    parts.push(`<image:image><image:loc>${xml(image.loc)}</image:loc>${caption}</image:image>`);
  }
  parts.push("</url>");
  return parts.join("");
}

export function urlsetOpen(options: { news?: boolean } = {}): string {
  const news = options.news ? ` xmlns:news="${NEWS_NS}"` : "";
  return `${XML_DECLARATION}<urlset xmlns="${SITEMAP_NS}" xmlns:image="${IMAGE_NS}" xmlns:xhtml="${XHTML_NS}"${news}>\n`;
}

export const URLSET_CLOSE = "</urlset>\n";

export function sitemapIndex(sitemaps: { loc: string; lastmod?: string }[]): string {
  const items = sitemaps.map(
    (s) =>
      `<sitemap><loc>${xml(s.loc)}</loc>${s.lastmod ? `<lastmod>${xml(s.lastmod)}</lastmod>` : ""}</sitemap>`,
  );
  return `${XML_DECLARATION}<sitemapindex xmlns="${SITEMAP_NS}">\n${items.join("\n")}\n</sitemapindex>\n`;
}
