import { AppError } from "../http/app-error.ts";

export const MAX_TEXT_GRAPHEMES = 200;
/** A banner is for a story that is breaking now: one left up for days is one nobody remembered to clear. */
export const MAX_DURATION_MS = 48 * 3600 * 1000;

/** A banner as an editor asked for it, before it is checked. */
export interface BannerRequest {
  text: string;
  url: string;
  endsAt: string;
}

/** A banner ready to store: text in NFC, the link as a path on this site, the end as an ISO instant. */
export interface CheckedBanner {
  text: string;
  url: string;
  endsAt: string;
}

const graphemes = new Intl.Segmenter("und", { granularity: "grapheme" });

/** Checks and normalises a banner; each refusal is a 422 naming its field. */
export function checkBanner(request: BannerRequest, siteUrl: string, now: Date): CheckedBanner {
  return {
    text: checkText(request.text),
    url: sitePath(request.url, siteUrl),
    endsAt: checkEnd(request.endsAt, now),
  };
}

function checkText(raw: string): string {
  const text = raw.trim().normalize("NFC");
  // Control characters (a newline, a bidi-breaking NUL) have no place in a one-line banner.
  if (/\p{Cc}/u.test(text)) refuse("text", "The banner's text cannot hold control characters.");
  const length = [...graphemes.segment(text)].length;
  if (length === 0 || length > MAX_TEXT_GRAPHEMES)
    refuse("text", `The banner's text takes 1 to ${MAX_TEXT_GRAPHEMES} characters.`);
  return text;
}

/**
 * The link as a path on this site. A reader trusts the banner as the paper's own voice, so it may
 * only lead into the site: another host, `//host`, `javascript:` or `data:` are refused.
 */
function sitePath(raw: string, siteUrl: string): string {
  const value = raw.trim();
  const site = new URL(siteUrl);
  const absolute = /^https?:\/\//i.test(value);
  // `/\host` is `//host` to a browser, and URL parsing agrees: such a path resolves off the site.
  if (!absolute && !value.startsWith("/"))
    refuse("url", "The link must be a path on this site or its address.");
  if (/[\p{Cc}\s]/u.test(value)) refuse("url", "The link cannot hold spaces or control characters.");
  let parsed: URL;
  try {
    parsed = new URL(value, site);
  } catch {
    return refuse("url", "The link is not a valid address.");
  }
  if (parsed.origin !== site.origin) refuse("url", "The link must lead to a page of this site.");
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

function checkEnd(raw: string, now: Date): string {
  const end = new Date(raw);
  if (Number.isNaN(end.getTime())) refuse("endsAt", "The end time is not a valid instant.");
  if (end.getTime() <= now.getTime()) refuse("endsAt", "The end time has already passed.");
  if (end.getTime() - now.getTime() > MAX_DURATION_MS)
    refuse("endsAt", "A banner can stay up for 48 hours at most.");
  return end.toISOString();
}

function refuse(field: keyof BannerRequest, detail: string): never {
  throw new AppError("UNPROCESSABLE", detail, { extra: { field } });
}
