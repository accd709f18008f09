// Why a pasted picture could not be brought into the library, as a message key, so the writer
// reads the reason in the interface's language: the import route's problem `detail` is English,
// so its `reason` (src/media/media-import.ts) and status are what is translated. A reason this
// newsroom does not know yet (a newer server) or a failure with no answer falls back to a
// general one rather than showing English in the Bangla interface.
import { ApiError } from "../../api/client.ts";
import type { MessageKey } from "../../i18n/en.ts";

/** What became of a picture that was not brought in. */
export type Refusal = { kind: "computer" } | { kind: "tooLarge" } | { kind: "failed"; reason: MessageKey };

const REASONS: Record<string, MessageKey> = {
  "address-refused": "pastedImages.reason.addressRefused",
  unreachable: "pastedImages.reason.unreachable",
  "not-a-picture": "pastedImages.reason.notAPicture",
};

/** A pasted data: address that holds no picture: refused here, before any request. */
export const NOT_A_PICTURE: Refusal = { kind: "failed", reason: "pastedImages.reason.notAPicture" };

/** The refusal an upload or import failure stands for. */
export function refusalOf(error: unknown): Refusal {
  if (error instanceof ApiError && error.status === 413) return { kind: "tooLarge" };
  // An upload (a pasted data: picture) whose bytes are not a picture the library takes.
  if (error instanceof ApiError && error.status === 415) return NOT_A_PICTURE;
  const known = error instanceof ApiError ? REASONS[error.problem.reason ?? ""] : undefined;
  return { kind: "failed", reason: known ?? "pastedImages.reason.other" };
}
