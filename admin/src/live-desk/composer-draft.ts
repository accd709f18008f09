// The composer's unsent entry in localStorage, per live blog, so a reload or a closed tab loses
// nothing; cleared once the entry is posted.

export interface ComposerDraft {
  headline: string;
  bodyHtml: string;
  keyEvent: boolean;
  pinned: boolean;
}

export const EMPTY_DRAFT: ComposerDraft = { headline: "", bodyHtml: "", keyEvent: false, pinned: false };

const key = (articleId: number) => `dateline.newsroom.live-entry.${articleId}`;

/** Whether the body holds anything a reader would see: text or a photo (TipTap's empty body is "<p></p>"). */
export function hasBody(html: string): boolean {
  const doc = new DOMParser().parseFromString(html, "text/html");
  return (doc.body.textContent ?? "").trim() !== "" || doc.body.querySelector("img") !== null;
}

function isEmpty(draft: ComposerDraft): boolean {
  return draft.headline.trim() === "" && !hasBody(draft.bodyHtml);
}

export function readComposerDraft(articleId: number): ComposerDraft | null {
  try {
    const raw = localStorage.getItem(key(articleId));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== "object") return null;
    const { headline, bodyHtml, keyEvent, pinned } = parsed as Record<string, unknown>;
    if (typeof headline !== "string" || typeof bodyHtml !== "string") return null;
    return { headline, bodyHtml, keyEvent: keyEvent === true, pinned: pinned === true };
  } catch {
    // Corrupt or blocked storage: start empty.
    return null;
  }
}

/** Keeps the draft, or forgets it once there is nothing in it. */
export function writeComposerDraft(articleId: number, draft: ComposerDraft): void {
  try {
    if (isEmpty(draft)) localStorage.removeItem(key(articleId));
    else localStorage.setItem(key(articleId), JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the composer still holds the text.
  }
}
