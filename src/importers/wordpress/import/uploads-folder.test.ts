import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { uploadedFile, uploadsPath } from "./uploads-folder.ts";

describe("the local copy of wp-content/uploads", () => {
  const root = mkdtempSync(join(tmpdir(), "dateline-uploads-"));
  mkdirSync(join(root, "uploads", "2024", "05"), { recursive: true });
  writeFileSync(join(root, "uploads", "2024", "05", "river.jpg"), "x");
  writeFileSync(join(root, "secret.txt"), "x");
  const uploads = join(root, "uploads");
  after(() => rmSync(root, { recursive: true, force: true }));

  it("finds a picture by its address, and a resized one's original", () => {
    const file = join(uploads, "2024", "05", "river.jpg");
    assert.equal(uploadedFile(uploads, "https://old.example.com/wp-content/uploads/2024/05/river.jpg"), file);
    assert.equal(
      uploadedFile(uploads, "https://old.example.com/wp-content/uploads/2024/05/river-300x200.jpg"),
      file,
    );
    assert.equal(uploadedFile(uploads, "https://example.files.wordpress.com/2024/05/river.jpg?w=604"), file);
    assert.equal(uploadedFile(uploads, "https://old.example.com/wp-content/uploads/2024/05/lake.jpg"), null);
  });

  it("never reaches outside the folder", () => {
    for (const address of [
      "https://old.example.com/wp-content/uploads/../secret.txt",
      "https://old.example.com/wp-content/uploads/2024/%2e%2e/%2e%2e/secret.txt",
      "https://old.example.com/wp-content/uploads/..%2fsecret.txt",
      "https://old.example.com/wp-content/uploads/2024%5c..%5c..%5csecret.txt",
      "https://old.example.com/wp-content/uploads/%00.jpg",
    ])
      assert.equal(uploadedFile(uploads, address), null, address);
    assert.equal(uploadsPath("https://old.example.com/images/river.jpg"), null);
  });
});
