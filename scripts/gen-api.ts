// Writes the newsroom app's API types (admin/src/api/openapi.d.ts) from the OpenAPI document the
// server builds, so the app and the server cannot drift apart: `npm run gen:api` writes the file,
// `--check` (part of `npm run check`) fails when the committed file is not what the server describes.
import { readFile, writeFile } from "node:fs/promises";
import openapiTS, { astToString, COMMENT_HEADER } from "openapi-typescript";
import { buildOpenApiDocument } from "../src/api/openapi-document.ts";

const TARGET = "admin/src/api/openapi.d.ts";

async function generate(): Promise<string> {
  const ast = await openapiTS((await buildOpenApiDocument()) as Parameters<typeof openapiTS>[0]);
  return COMMENT_HEADER + astToString(ast);
}

const fresh = await generate();
if (process.argv.includes("--check")) {
  const committed = await readFile(TARGET, "utf8").catch(() => "");
  if (committed !== fresh) {
    console.error(
      `${TARGET} does not match the server's OpenAPI document; run npm run gen:api and commit it.`,
    );
    process.exit(1);
  }
} else {
  await writeFile(TARGET, fresh);
}
