import type { Config } from "../config/load.ts";
import { LocalMediaStorage } from "./local-media-storage.ts";
import { S3MediaStorage } from "./s3-media-storage.ts";

/**
 * Where photo files live, named by their path under /media/ (`ab/abc123.jpg`, `ab/abc123-640.webp`).
 * Every node of a newspaper must see the same files, so one node can serve or resize what another
 * stored: a folder every node shares (the default) or an S3-compatible bucket.
 */
export interface MediaStorage {
  /** How /media/ answers from it (see media-files.ts). */
  readonly kind: "local" | "s3";
  /** Stores a file whole: a reader, on this node or another, gets all of its bytes or none of them. */
  write(fileName: string, bytes: Buffer): Promise<void>;
  /** The file's bytes, or undefined when it is not stored. */
  read(fileName: string): Promise<Buffer | undefined>;
  /** Whether every one of these files is stored. */
  hasAll(fileNames: readonly string[]): Promise<boolean>;
  /** Deletes these files; one already gone is not an error. */
  remove(fileNames: readonly string[]): Promise<void>;
  /** Removes what writers of `baseName`'s files that died mid-write left behind. */
  clearAbandonedWrites(baseName: string): Promise<void>;
  /** Releases connections; the storage is not used afterwards. */
  close(): Promise<void>;
}

/** The storage MEDIA_STORAGE chose; /media/ answers from either (media-files.ts). */
export type ChosenMediaStorage = LocalMediaStorage | S3MediaStorage;

/** Chosen once at start-up: the bucket when MEDIA_STORAGE=s3, otherwise MEDIA_DIR. */
export function createMediaStorage(config: Pick<Config, "mediaDir" | "mediaS3">): ChosenMediaStorage {
  return config.mediaS3 ? new S3MediaStorage(config.mediaS3) : new LocalMediaStorage(config.mediaDir);
}
