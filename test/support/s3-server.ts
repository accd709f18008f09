import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import type { MediaS3Settings } from "../../src/config/load.ts";

/** s3rver's one account: it checks signatures against these keys. */
const KEYS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

export interface TestS3Server {
  /** Creates a new empty bucket and answers the settings that reach it, as MEDIA_S3_* would. */
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
      return { bucket, region: "us-east-1", endpoint, ...KEYS };
    },
    async close() {
      client.destroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
