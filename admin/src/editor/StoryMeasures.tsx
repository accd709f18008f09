// The headline's length, the story's word count and its reading time, beside the headline.
import { useMemo } from "react";
import { characterCount } from "../../../src/content/article-seo.ts";
import { readingMinutes, wordCount } from "../../../src/content/reading-time.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { htmlToText } from "./fields.ts";

interface StoryMeasuresProps {
  headline: string;
  body: string;
  /** The story's language: words are found by its rules (a Bangla word is kept whole). */
  lang: string;
}

export function StoryMeasures({ headline, body, lang }: StoryMeasuresProps) {
  const { plural } = useI18n();
  const words = useMemo(() => wordCount(htmlToText(body), lang), [body, lang]);
  return (
    <p className="help story-measures" data-testid="story-measures">
      <span>{plural("story.headlineCount", characterCount(headline.trim()))}</span>
      <span>{plural("story.words", words)}</span>
      <span>{plural("story.readingTime", readingMinutes(words))}</span>
    </p>
  );
}
