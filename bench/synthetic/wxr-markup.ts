/**
 * The small encodings a WordPress export is written in: XML text and attributes, CDATA sections,
 * WordPress's two date forms and PHP's `serialize()`, which WordPress uses for structured meta.
 */

/** Escapes text for an XML element or a double-quoted attribute (and so for HTML ones too). */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A CDATA section holding any text: a `]]>` inside is split across two sections, as WordPress writes it. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** `YYYY-MM-DD HH:MM:SS` of the instant's UTC fields (pass a shifted instant for the site's wall time). */
export function wpDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** The RSS `pubDate` WordPress writes: RFC 822 with a numeric zone. */
export function rssDate(ms: number): string {
  return new Date(ms).toUTCString().replace("GMT", "+0000");
}

/** A PHP value as `serialize()` writes it; an array is an ordered list of key–value pairs. */
export type PhpData = string | number | readonly (readonly [string, PhpData])[];

/** PHP counts string lengths in bytes, so a credit such as "Zoë" is `s:4:`. */
export function phpSerialize(value: PhpData): string {
  if (typeof value === "string") return `s:${Buffer.byteLength(value, "utf8")}:"${value}";`;
  if (typeof value === "number") return `i:${Math.trunc(value)};`;
  return `a:${value.length}:{${value.map(([key, item]) => phpSerialize(key) + phpSerialize(item)).join("")}}`;
}
