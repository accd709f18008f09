/**
 * A picture the post shows, which the importer swaps for a library photo (place-images.ts). The
 * converted body marks where it goes with `<figure data-wp-image="K">`, K its index in the list.
 */
export interface WordPressImage {
  /** The media library attachment's post id, when the content names it. */
  attachmentId: number | null;
  /** The picture's address as written in the post; null when only the id is known (`[gallery ids]`). */
  url: string | null;
  alt: string;
  /** The caption as HTML (WordPress allows links and emphasis in it); "" when none. */
  caption: string;
}

/** What a post's content held, for the import report. */
export interface ContentReport {
  /** Placeholder figures made, one per picture, those of galleries included. */
  figures: number;
  /** Galleries, each written as its figures in a row (see ContentSink.gallery for why). */
  galleries: number;
  /** oEmbeds, `[embed]`, embed blocks and iframes, all turned into links. */
  embeds: number;
  /** `[audio]`, `[video]`, `[playlist]` and media blocks turned into links. */
  mediaLinks: number;
  /** Attachment ids of media that could not be linked here (`[playlist ids]`): the importer may. */
  unlinkedAttachments: number[];
  /** Shortcodes kept as text, by name. */
  unknownShortcodes: Record<string, number>;
  /** What was left out, by kind: `more`, `nextpage`, `comment`, `script`, `block:latest-posts`… */
  dropped: Record<string, number>;
}

export function emptyReport(): ContentReport {
  return {
    figures: 0,
    galleries: 0,
    embeds: 0,
    mediaLinks: 0,
    unlinkedAttachments: [],
    unknownShortcodes: {},
    dropped: {},
  };
}

export function count(tally: Record<string, number>, key: string): void {
  tally[key] = (tally[key] ?? 0) + 1;
}
