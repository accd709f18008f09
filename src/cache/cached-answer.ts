import { createHash } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { FastifyReply, FastifyRequest } from "fastify";

/** An answer as rendered: its status, media type and text, and when what it shows last changed. */
export interface Answer {
  status: number;
  type: string;
  body: string;
  lastModified?: string;
}

export type Encoding = "br" | "gzip";

/**
 * An answer as it is kept. Each encoding is made the first time a client asks for it and kept
 * with the answer, so a miss pays for the one its reader accepts, and a hit for none.
 */
export interface PreparedAnswer extends Answer {
  etag: string;
  /** `lastModified` as an HTTP date (RFC 9110), written once rather than on every hit. */
  httpLastModified?: string;
  identity: Buffer;
  encoded: Partial<Record<Encoding, Buffer>>;
}

export function prepareAnswer(answer: Answer): PreparedAnswer {
  const identity = Buffer.from(answer.body, "utf8");
  return {
    ...answer,
    etag: `"${createHash("sha1").update(identity).digest("base64url")}"`,
    httpLastModified: answer.lastModified && new Date(answer.lastModified).toUTCString(),
    identity,
    encoded: {},
  };
}

export function encodedBody(answer: PreparedAnswer, encoding: Encoding): Buffer {
  answer.encoded[encoding] ??=
    encoding === "br"
      ? brotliCompressSync(answer.identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
      : gzipSync(answer.identity, { level: 6 });
  return answer.encoded[encoding];
}

/**
 * How long browsers and shared caches keep an answer. Browsers cannot be purged, so they keep it
 * a minute; a CDN that Dateline purges on each change (CDN_PURGE_URL) may keep it a day, one that
 * it cannot purge as long as a browser. Either may serve a stale copy while it fetches a new one,
 * and keep serving one while this server is unreachable.
 */
export function sharedCacheControl(cdnPurged: boolean): string {
  const shared = cdnPurged ? 86_400 : 60;
  return `public, max-age=60, s-maxage=${shared}, stale-while-revalidate=30, stale-if-error=86400`;
}

export interface Delivery {
  /** The cache keys of what the answer shows, space-separated; empty for an answer not purged. */
  surrogateKey: string;
  cacheControl: string;
  /** Whether this node's cache answered, in `X-Cache`, for operators and tests; absent when not cached. */
  hit?: boolean;
}

/**
 * Sends an answer in the best encoding the client accepts. A 200 carries its ETag (and
 * Last-Modified when known), its cache headers and keys, and answers a matching conditional
 * request with 304; anything else is not to be stored.
 */
export function sendAnswer(
  request: FastifyRequest,
  reply: FastifyReply,
  answer: PreparedAnswer,
  delivery: Delivery,
) {
  const vary = reply.getHeader("vary");
  reply.code(answer.status).headers(answerHeaders(answer, delivery, vary === undefined ? "" : String(vary)));
  if (answer.status === 200 && isUnchanged(request, answer)) return reply.code(304).send();
  const encoding = encodingFor(request.headers["accept-encoding"]);
  if (!encoding) return reply.send(answer.identity);
  return reply.header("content-encoding", encoding).send(encodedBody(answer, encoding));
}

/**
 * The headers `sendAnswer` sets, but for the encoding's: what the answer is, how long caches may
 * keep it and what it shows. The cache's early hits (early-hits.ts) send the same.
 */
export function answerHeaders(answer: PreparedAnswer, delivery: Delivery, vary = ""): Record<string, string> {
  const headers: Record<string, string> = {
    "content-type": answer.type,
    vary: vary ? `${vary}, accept-encoding` : "accept-encoding",
  };
  if (answer.status !== 200) {
    headers["cache-control"] = "no-store";
    return headers;
  }
  headers["cache-control"] = delivery.cacheControl;
  headers.etag = answer.etag;
  if (delivery.surrogateKey) headers["surrogate-key"] = delivery.surrogateKey;
  if (delivery.hit !== undefined) headers["x-cache"] = delivery.hit ? "hit" : "miss";
  if (answer.httpLastModified) headers["last-modified"] = answer.httpLastModified;
  return headers;
}

/** The encoding to send for an Accept-Encoding header: brotli, else gzip, else none. */
export function encodingFor(accepted = ""): Encoding | undefined {
  return /\bbr\b/.test(accepted) ? "br" : /\bgzip\b/.test(accepted) ? "gzip" : undefined;
}

/** RFC 9110: If-None-Match decides when present; otherwise If-Modified-Since against Last-Modified. */
function isUnchanged(request: FastifyRequest, answer: PreparedAnswer): boolean {
  const match = request.headers["if-none-match"];
  if (match !== undefined) {
    return match.split(",").some((tag) => {
      const candidate = tag.trim().replace(/^W\//, "");
      return candidate === answer.etag || candidate === "*";
    });
  }
  const since = request.headers["if-modified-since"];
  if (since === undefined || !answer.lastModified) return false;
  const lastModified = Math.floor(new Date(answer.lastModified).getTime() / 1000) * 1000;
  return new Date(since).getTime() >= lastModified;
}
