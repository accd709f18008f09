import { parentPort } from "node:worker_threads";
import { AppError } from "../http/app-error.ts";
import type { SanitizeReply } from "./body-sanitizer.ts";
import { sanitizeStoryBody } from "./sanitize-body.ts";

// A thread of body-sanitizer.ts: one story body in, its clean HTML (or why it was refused) out.
parentPort?.on("message", (html: string) => parentPort?.postMessage(answer(html)));

function answer(html: string): SanitizeReply {
  try {
    return { html: sanitizeStoryBody(html) };
  } catch (error) {
    if (error instanceof AppError)
      return { refused: { code: error.code, detail: error.message, extra: error.extra } };
    return { failed: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
