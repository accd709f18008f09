import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { MEDIA_URL_PREFIX, mimeOfMediaFile } from "./media.ts";
import type { ChosenMediaStorage } from "./media-storage.ts";
import type { S3MediaStorage } from "./s3-media-storage.ts";

/** Media files are named by their content hash, so they never change under the same URL. */
const MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/**
 * Path segments of stored files: no empty segment and none starting with a dot, so `..` and the
 * hidden names of files still being written (local-media-storage.ts) are never looked up.
 */
const FILE_NAME = /^(?:[\w-][\w.-]*\/)*[\w-][\w.-]*$/;

/** Answers GET /media/… with stored pictures: cleaned originals and their variants. */
export async function registerMediaFiles(app: FastifyInstance, storage: ChosenMediaStorage): Promise<void> {
  if (storage.kind === "local") await serveFolder(app, storage.folder);
  else serveBucket(app, storage);
}

async function serveFolder(app: FastifyInstance, folder: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: folder,
    prefix: MEDIA_URL_PREFIX,
    immutable: true,
    maxAge: MAX_AGE_SECONDS * 1000,
    index: false,
    list: false,
    // Files still being written have hidden names; a reader never gets half a picture.
    dotfiles: "ignore",
  });
}

/** Streams objects from the private bucket, with the bucket's ETag so browsers revalidate with a 304. */
function serveBucket(app: FastifyInstance, storage: S3MediaStorage): void {
  app.get(`${MEDIA_URL_PREFIX}*`, async (request, reply) => {
    const fileName = (request.params as { "*": string })["*"];
    if (!FILE_NAME.test(fileName)) return reply.callNotFound();
    const opened = await storage.open(fileName, request.headers["if-none-match"]);
    if (!opened) return reply.callNotFound();
    reply
      .header("cache-control", `public, max-age=${MAX_AGE_SECONDS}, immutable`)
      .header("etag", opened.etag);
    if (!opened.modified) return reply.code(304).send();
    reply.type(mimeOfMediaFile(fileName)).header("content-length", opened.length);
    if (opened.lastModified) reply.header("last-modified", opened.lastModified.toUTCString());
    return reply.send(opened.body);
  });
}
