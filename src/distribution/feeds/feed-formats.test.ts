import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { MediaImage } from "../../media/media.ts";
import type { FeedChannel } from "./feed-data.ts";
import { renderXmlFeed } from "./feed-formats.ts";

// Texts a newsroom may well type, and what an attacker would: entity look-alikes, markup, CDATA ends.
const HOSTILE = `Rain &colon; floods <b>"Dhaka"</b> &amp; 'Sylhet' ]]> &#x3C;`;

function picture(caption: string): MediaImage {
  const src = "/media/ab/cd-960.jpg";
  return {
    id: 7,
    width: 960,
    height: 640,
    caption,
    alt: "",
    credit: "",
    src,
    srcset: { avif: "", webp: "", jpeg: "" },
    thumbnail: src,
    largest: { src, width: 960, height: 640 },
    focalPoint: null,
  };
}

function channel(text: string): FeedChannel {
  const time = "2026-12-04T06:00:00.000Z";
  return {
    title: "Dateline",
    homeUrl: "https://news.example/en/",
    feedBase: "https://news.example/en/",
    lang: "en",
    updated: time,
    entries: [
      {
        id: 1,
        url: "https://news.example/en/national/rain",
        headline: text,
        standfirst: text,
        bodyHtml: `<p>${text.replaceAll("&", "&amp;").replaceAll("<", "&lt;")}</p>`,
        publishedAt: time,
        updatedAt: time,
        authors: [{ slug: "rina", name: text, url: "https://news.example/en/author/rina/" }],
        creditLine: null,
        section: text,
        image: picture(text),
        mediaIds: [7],
      },
    ],
  };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

describe("XML feeds", () => {
  for (const format of ["rss", "atom"] as const) {
    it(`${format}: hostile texts in elements and attributes stay well-formed and come back as typed`, () => {
      const xml = renderXmlFeed(channel(HOSTILE), format);
      assert.equal(XMLValidator.validate(xml), true);
      const doc = parser.parse(xml);
      if (format === "atom") {
        const entry = doc.feed.entry;
        assert.equal(entry.category["@label"] ?? entry.category["@term"], HOSTILE);
        const enclosure = [entry.link]
          .flat()
          .find((link: Record<string, string>) => link["@rel"] === "enclosure");
        assert.equal(enclosure["@title"], HOSTILE);
      } else {
        assert.equal(doc.rss.channel.item.category, HOSTILE);
      }
    });
  }
});
