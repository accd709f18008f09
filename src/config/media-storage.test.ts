import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadConfig } from "./load.ts";

const S3_ENV = {
  MEDIA_STORAGE: "s3",
  MEDIA_S3_BUCKET: "photos",
  MEDIA_S3_REGION: "eu-central-1",
  MEDIA_S3_ACCESS_KEY_ID: "AKIAEXAMPLE",
  MEDIA_S3_SECRET_ACCESS_KEY: "secret",
};

describe("MEDIA_STORAGE", () => {
  it("keeps photos in MEDIA_DIR unless told otherwise", () => {
    assert.equal(loadConfig({}).mediaS3, undefined);
    assert.equal(loadConfig({ MEDIA_STORAGE: "local", MEDIA_S3_BUCKET: "ignored" }).mediaS3, undefined);
  });

  it("reads the bucket's settings with s3, the endpoint only when given", () => {
    assert.deepEqual(loadConfig(S3_ENV).mediaS3, {
      bucket: "photos",
      region: "eu-central-1",
      accessKeyId: "AKIAEXAMPLE",
      secretAccessKey: "secret",
    });
    const local = loadConfig({ ...S3_ENV, MEDIA_S3_ENDPOINT: "http://127.0.0.1:9000" });
    assert.equal(local.mediaS3?.endpoint, "http://127.0.0.1:9000");
    assert.equal(loadConfig({ ...S3_ENV, MEDIA_S3_ENDPOINT: "" }).mediaS3?.endpoint, undefined);
  });

  it("names every missing or empty setting s3 needs, in one error", () => {
    assert.throws(
      () => loadConfig({ MEDIA_STORAGE: "s3", MEDIA_S3_BUCKET: "photos", MEDIA_S3_REGION: " " }),
      (error: Error) =>
        ["MEDIA_S3_REGION", "MEDIA_S3_ACCESS_KEY_ID", "MEDIA_S3_SECRET_ACCESS_KEY"].every((name) =>
          error.message.includes(`${name}: is required when MEDIA_STORAGE=s3`),
        ) && !error.message.includes("MEDIA_S3_BUCKET"),
    );
  });

  it("refuses an unknown storage and an endpoint that is not an http(s) URL", () => {
    assert.throws(() => loadConfig({ MEDIA_STORAGE: "ftp" }), /MEDIA_STORAGE/);
    assert.throws(() => loadConfig({ ...S3_ENV, MEDIA_S3_ENDPOINT: "s3.example" }), /MEDIA_S3_ENDPOINT/);
  });
});
