import http from "node:http";
import https from "node:https";
import type { Readable, Transform } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { type OutboundTarget, pinnedLookup } from "./address-guard.ts";
import { AppError } from "./app-error.ts";

export interface GetRequest {
  target: OutboundTarget;
  headers: Record<string, string>;
  timeoutMs: number;
  /** Bytes of body (after decompression) beyond which the answer is refused. */
  maxBytes: number;
  /** Cuts the exchange off, as when the server stops. */
  signal?: AbortSignal;
}

export interface GetAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Uint8Array;
}

const DECOMPRESSORS: Record<string, () => Transform> = {
  gzip: createGunzip,
  "x-gzip": createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/**
 * One GET to the checked address (never a fresh DNS answer), redirects not followed, compressed
 * bodies unpacked, the whole exchange cut off after `timeoutMs` and the body after `maxBytes`.
 */
export function getPinned(request: GetRequest): Promise<GetAnswer> {
  const lookup = pinnedLookup(request.target);
  const client = request.target.url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const outgoing = client.request(request.target.url, {
      method: "GET",
      agent: false,
      lookup,
      headers: { "accept-encoding": Object.keys(DECOMPRESSORS).join(", "), ...request.headers },
    });
    const timer = setTimeout(
      () => outgoing.destroy(new Error(`no complete answer within ${request.timeoutMs / 1000} s`)),
      request.timeoutMs,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      outgoing.destroy();
      reject(error);
    };
    outgoing.on("error", fail);
    request.signal?.addEventListener("abort", () => fail(new Error("the pull was cut off")), { once: true });
    outgoing.on("response", (response) => {
      // A size announced beyond the limit is refused before a byte of it is read.
      if (Number(response.headers["content-length"]) > request.maxBytes) {
        fail(tooLarge(request.maxBytes));
        return;
      }
      const encoding = String(response.headers["content-encoding"] ?? "identity").toLowerCase();
      const decompress = DECOMPRESSORS[encoding];
      if (encoding !== "identity" && !decompress) {
        fail(new Error(`the answer is encoded as "${encoding}", which Dateline cannot read`));
        return;
      }
      const body: Readable = decompress ? response.pipe(decompress()) : response;
      readCapped(body, request.maxBytes).then((bytes) => {
        clearTimeout(timer);
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: bytes });
      }, fail);
    });
    outgoing.end();
  });
}

async function readCapped(stream: Readable, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function tooLarge(maxBytes: number): AppError {
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `the answer is larger than the ${(maxBytes / 1024 / 1024).toFixed(0)} MB that may be fetched`,
  );
}
