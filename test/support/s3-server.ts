import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import type { MediaS3Settings } from "../../src/config/load.ts";
import { S3MediaStorage } from "../../src/media/s3-media-storage.ts";
import { TEST_MEDIA_DIR } from "./test-server.ts";

/** s3rver's one account: it checks signatures against these keys. */
const KEYS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

export interface TestS3Server {
  /**
   * Creates a new bucket and answers the settings that reach it, as MEDIA_S3_* would. The bucket
   * holds the demo photos other tests already drew, so seeding the demo into it need not draw
   * them again (about 50 s on a busy machine); a photo not drawn yet is drawn into the bucket.
   */
  newBucket(): Promise<MediaS3Settings>;
  close(): Promise<void>;
}

/** A local S3-compatible server (s3rver) on a free port, keeping its objects in a temporary folder. */
export async function startS3Server(): Promise<TestS3Server> {
  const directory = await mkdtemp(join(tmpdir(), "dateline-s3-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new S3Client({ region: "us-east-1", endpoint, forcePathStyle: true, credentials: KEYS });
  return {
    async newBucket() {
      const bucket = `dateline-${randomBytes(4).toString("hex")}`;
      await client.send(new CreateBucketCommand({ Bucket: bucket }));
      const settings = { bucket, region: "us-east-1", endpoint, ...KEYS };
      await copyDrawnDemoPhotos(settings);
      return settings;
    },
    async close() {
      client.destroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

async function copyDrawnDemoPhotos(settings: MediaS3Settings): Promise<void> {
  const storage = new S3MediaStorage(settings);
  try {
    const entries = await readdir(TEST_MEDIA_DIR, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const name = relative(TEST_MEDIA_DIR, join(entry.parentPath, entry.name));
      // Finished demo files only: hidden names are writes still under way.
      if (entry.isFile() && name.startsWith("demo/") && !/(^|\/)\./.test(name)) {
        await storage.write(name, await readFile(join(TEST_MEDIA_DIR, name)));
      }
    }
  } finally {
    await storage.close();
  }
}
