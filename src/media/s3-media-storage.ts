import type { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import type { MediaS3Settings } from "../config/load.ts";
import { mimeOfMediaFile } from "./media.ts";
import type { MediaStorage } from "./media-storage.ts";

/** An object opened for an HTTP answer, or the news that the reader's copy is current. */
export type OpenedMedia =
  | { modified: true; body: Readable; etag: string; length: number; lastModified?: Date }
  | { modified: false; etag: string };

/**
 * Photos as objects in an S3 or S3-compatible bucket, keyed by their path under /media/. Objects
 * are written without an ACL, so they stay as private as the bucket: readers get them through the
 * app (media-files.ts), which serves only metadata-cleaned originals and their variants.
 */
export class S3MediaStorage implements MediaStorage {
  readonly kind = "s3";
  readonly #client: S3Client;
  readonly #bucket: string;

  constructor(settings: MediaS3Settings) {
    this.#bucket = settings.bucket;
    this.#client = new S3Client({
      region: settings.region,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      ...(settings.endpoint
        ? // S3-compatible servers name the bucket in the path: their host names carry no buckets.
          { endpoint: settings.endpoint, forcePathStyle: true }
        : {}),
      // Checksums only where S3 requires them: many S3-compatible servers refuse the newer
      // checksum headers and chunked uploads, and a PUT of a buffer is already signed whole.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  /** A PUT is atomic in S3: the object appears whole, or the old one stays. */
  async write(fileName: string, bytes: Buffer): Promise<void> {
    await this.#client.send(
      new PutObjectCommand({
        Bucket: this.#bucket,
        Key: fileName,
        Body: bytes,
        ContentType: mimeOfMediaFile(fileName),
      }),
    );
  }

  async read(fileName: string): Promise<Buffer | undefined> {
    const object = await this.#get(fileName);
    return object && Buffer.from(await object.body.transformToByteArray());
  }

  async hasAll(fileNames: readonly string[]): Promise<boolean> {
    const found = await Promise.all(fileNames.map((name) => this.#exists(name)));
    return found.every(Boolean);
  }

  /** One DELETE per object (deleting a missing key succeeds): DeleteObjects needs a Content-MD5 some stores refuse. */
  async remove(fileNames: readonly string[]): Promise<void> {
    await Promise.all(
      fileNames.map((name) =>
        this.#client.send(new DeleteObjectCommand({ Bucket: this.#bucket, Key: name })),
      ),
    );
  }

  /** Nothing to clear: an interrupted PUT leaves no object behind. */
  async clearAbandonedWrites(): Promise<void> {}

  /** The object for an HTTP answer; S3 itself answers "not modified" to the ETag the reader holds. */
  async open(fileName: string, ifNoneMatch?: string): Promise<OpenedMedia | undefined> {
    try {
      const object = await this.#get(fileName, ifNoneMatch);
      if (!object) return undefined;
      return {
        modified: true,
        body: object.body as Readable,
        etag: object.etag,
        length: object.length,
        ...(object.lastModified ? { lastModified: object.lastModified } : {}),
      };
    } catch (error) {
      if (ifNoneMatch && statusOf(error) === 304) return { modified: false, etag: ifNoneMatch };
      throw error;
    }
  }

  async close(): Promise<void> {
    this.#client.destroy();
  }

  async #get(fileName: string, ifNoneMatch?: string) {
    try {
      const answer = await this.#client.send(
        new GetObjectCommand({ Bucket: this.#bucket, Key: fileName, IfNoneMatch: ifNoneMatch }),
      );
      if (!answer.Body || answer.ETag === undefined || answer.ContentLength === undefined)
        throw new Error(`S3 answered GET ${fileName} without a body, ETag or length`);
      return {
        body: answer.Body,
        etag: answer.ETag,
        length: answer.ContentLength,
        lastModified: answer.LastModified,
      };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  async #exists(fileName: string): Promise<boolean> {
    try {
      await this.#client.send(new HeadObjectCommand({ Bucket: this.#bucket, Key: fileName }));
      return true;
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw error;
    }
  }
}

/** The HTTP status of a failed S3 call: 404 for a missing object, 304 for a current copy. */
function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}
