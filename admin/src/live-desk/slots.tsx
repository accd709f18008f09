// Where other parts of the newsroom plug into the live desk. The desk renders each slot only when
// a component is given, so the desk works (and its tests run) before those parts exist.
import type { ComponentType } from "react";

export interface LiveDeskSlots {
  /** Beside each entry: sends it to the other edition's desk as a translation task. */
  SendToOtherEdition?: ComponentType<{ articleId: number; entryId: number }>;
  /** Beside the stream: the translation tasks of this live blog. */
  TranslationTasks?: ComponentType<{ articleId: number }>;
}

/** The components the desk mounts; fill these in to add them to every desk. */
export const LIVE_DESK_SLOTS: LiveDeskSlots = {};
