import { type OutboundPolicy, resolveOutboundTarget } from "../../http/address-guard.ts";
import { getPinned } from "../../http/pinned-get.ts";
import { MAX_WIRE_FILE_BYTES } from "../wire-ingest.ts";

const PULL_TIMEOUT_MS = 30_000;

export const wirePolicy = (allowedHosts: readonly string[]): OutboundPolicy => ({
  what: ["Wire source", "wire sources"],
  allowedHosts,
  allowListSetting: "WIRE_ALLOWED_HOSTS",
});

export interface PullRequest {
  url: string;
  /** The source's own request headers (an API key, say). */
  headers: Record<string, string>;
  etag: string | null;
  lastModified: string | null;
  allowedHosts: readonly string[];
  signal?: AbortSignal;
}

/** What a pull brought: nothing new (304), or a body with the validators for the next pull. */
export type PullResult =
  | { changed: false }
  | { changed: true; body: Uint8Array; etag: string | null; lastModified: string | null };

export class PullError extends Error {
  override name = "PullError";
}

/**
 * A conditional GET of a source's address, checked by the outbound address guard before each
 * pull (the host's addresses may have changed since the source was saved). Any answer but 200 and
 * 304 is an error the caller backs off from; a redirect names where it points, since following it
 * could carry the source's credentials to another host.
 */
export async function pullWireSource(request: PullRequest): Promise<PullResult> {
  const target = await resolveOutboundTarget(request.url, wirePolicy(request.allowedHosts));
  const conditions: Record<string, string> = {};
  if (request.etag) conditions["if-none-match"] = request.etag;
  if (request.lastModified) conditions["if-modified-since"] = request.lastModified;
  const answer = await getPinned({
    target,
    headers: {
      "user-agent": "Dateline-Wire/1",
      accept:
        "application/json, application/xml, text/xml, application/rss+xml, application/atom+xml, */*;q=0.5",
      ...request.headers,
      ...conditions,
    },
    timeoutMs: PULL_TIMEOUT_MS,
    maxBytes: MAX_WIRE_FILE_BYTES,
    ...(request.signal ? { signal: request.signal } : {}),
  });
  if (answer.status === 304) return { changed: false };
  if (answer.status >= 300 && answer.status < 400) {
    const location = answer.headers.location;
    throw new PullError(
      `the source answered HTTP ${answer.status}${location ? ` pointing to ${location}` : ""}; set its URL to the new address`,
    );
  }
  if (answer.status !== 200) throw new PullError(`the source answered HTTP ${answer.status}`);
  const header = (name: string) => {
    const value = answer.headers[name];
    return typeof value === "string" && value !== "" ? value : null;
  };
  return { changed: true, body: answer.body, etag: header("etag"), lastModified: header("last-modified") };
}
