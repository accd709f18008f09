/**
 * Agency files for the wire bench, in the three formats the desk reads: a ninjs item, a
 * NewsML-G2 news item, and an RSS feed of several items. Text is drawn from common English words,
 * so parsing, sanitizing and storing do the work real copy makes them do.
 */
import { hashSeed, Rng } from "../../src/demo/prng.ts";
import type { WireFormat } from "../../src/wire/wire-item.ts";
import { ENGLISH_HEAD } from "./english-words.ts";

export const FEED_ITEMS = 20;

const words = (rng: Rng, n: number) =>
  Array.from({ length: n }, () => ENGLISH_HEAD[rng.int(0, ENGLISH_HEAD.length - 1)] ?? "news").join(" ");
const sentence = (rng: Rng) => {
  const text = words(rng, rng.int(8, 20));
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};
const paragraphs = (rng: Rng, n: number) =>
  Array.from({ length: n }, () => `<p>${Array.from({ length: 3 }, () => sentence(rng)).join(" ")}</p>`).join(
    "",
  );
const xmlEscape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export interface WireFileSpec {
  format: WireFormat;
  name: string;
  bytes: Uint8Array;
  /** How many items the file holds. */
  items: number;
}

/** The `index`th file of a mixed run: ninjs, NewsML-G2 and RSS in turn. */
export function wireFile(index: number, seed = "wire-bench"): WireFileSpec {
  const rng = new Rng(hashSeed(`${seed}/${index}`));
  const created = new Date(Date.UTC(2026, 11, 4, 6, 0, 0) + index * 1000).toISOString();
  const encode = (text: string) => new TextEncoder().encode(text);
  switch (index % 3) {
    case 0:
      return {
        format: "ninjs",
        name: `item-${index}.json`,
        items: 1,
        bytes: encode(
          JSON.stringify({
            uri: `urn:bench:ninjs:${index}`,
            version: "1",
            versioncreated: created,
            urgency: rng.int(1, 8),
            language: "en",
            headlines: [{ value: sentence(rng) }],
            descriptions: [{ role: "summary", value: sentence(rng) }],
            bodies: [{ contenttype: "text/html", value: paragraphs(rng, 6) }],
            subjects: [{ name: words(rng, 1), uri: `medtop:${rng.int(1, 17)}000000` }],
          }),
        ),
      };
    case 1:
      return {
        format: "newsml-g2",
        name: `item-${index}.xml`,
        items: 1,
        bytes: encode(`<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:bench:g2:${index}" version="1" standard="NewsML-G2" standardversion="2.35" xml:lang="en">
  <itemMeta><itemClass qcode="ninat:text"/><versionCreated>${created}</versionCreated><pubStatus qcode="stat:usable"/></itemMeta>
  <contentMeta><urgency>${rng.int(1, 8)}</urgency><headline>${xmlEscape(sentence(rng))}</headline><description role="drol:summary">${xmlEscape(sentence(rng))}</description></contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>${paragraphs(rng, 6)}</body></html></inlineXML></contentSet>
</newsItem>`),
      };
    default: {
      const items = Array.from(
        { length: FEED_ITEMS },
        (
          _,
          i,
        ) => `<item><guid isPermaLink="false">urn:bench:rss:${index}:${i}</guid><title>${xmlEscape(sentence(rng))}</title>
<pubDate>${new Date(Date.parse(created) + i).toUTCString()}</pubDate><description>${xmlEscape(paragraphs(rng, 2))}</description></item>`,
      ).join("\n");
      return {
        format: "feed",
        name: `feed-${index}.xml`,
        items: FEED_ITEMS,
        bytes: encode(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Bench wire</title><link>https://wire.example/</link><description>Generated</description>
${items}
</channel></rss>`),
      };
    }
  }
}
