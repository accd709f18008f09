// The pre-publish checklist: what a story should carry before readers see it. Pure, so the rules
// are tested without a browser; the dialog only shows them. Most items warn and let the editor go
// ahead; an item the server would refuse anyway (a lead photo without its texts) blocks.

/** A headline shorter than this says too little; longer ones are cut in search results and lists. */
export const HEADLINE_LENGTH = { min: 20, max: 110 } as const;

export interface ChecklistPhoto {
  caption: string;
  credit: string;
  alt: string;
}

export interface ChecklistStory {
  headline: string;
  standfirst: string;
  section: string;
  authors: readonly string[];
  creditLine: string | null;
  seoDescription: string | null;
  leadMediaId: number | null;
  /** The lead photo's texts; null while they load or when the photo cannot be found. */
  leadPhoto: ChecklistPhoto | null;
}

export type CheckId = "headline" | "standfirst" | "leadPhoto" | "section" | "byline" | "seoDescription";
export type PhotoText = keyof ChecklistPhoto;

export type Check =
  | { id: "headline"; met: boolean; blocking: false; length: number }
  | { id: "leadPhoto"; met: boolean; blocking: boolean; chosen: boolean; missing: PhotoText[] }
  | { id: Exclude<CheckId, "headline" | "leadPhoto">; met: boolean; blocking: false };

const filled = (text: string | null | undefined) => (text ?? "").trim() !== "";

/** Characters as readers count them: a Bangla letter with its vowel sign is one. */
export function characterCount(text: string): number {
  const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
  let count = 0;
  for (const _ of segmenter.segment(text.trim())) count++;
  return count;
}

export function prePublishChecklist(story: ChecklistStory): Check[] {
  const length = characterCount(story.headline);
  const chosen = story.leadMediaId !== null;
  const texts: PhotoText[] = ["caption", "credit", "alt"];
  const missing = chosen ? texts.filter((f) => !filled(story.leadPhoto?.[f])) : texts;
  return [
    {
      id: "headline",
      met: length >= HEADLINE_LENGTH.min && length <= HEADLINE_LENGTH.max,
      blocking: false,
      length,
    },
    { id: "standfirst", met: filled(story.standfirst), blocking: false },
    // No photo is a warning; a chosen photo without its texts is refused by the server at publication.
    {
      id: "leadPhoto",
      met: chosen && missing.length === 0,
      blocking: chosen && missing.length > 0,
      chosen,
      missing,
    },
    { id: "section", met: filled(story.section), blocking: false },
    { id: "byline", met: story.authors.length > 0 || filled(story.creditLine), blocking: false },
    { id: "seoDescription", met: filled(story.seoDescription), blocking: false },
  ];
}
