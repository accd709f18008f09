// Writes the admin and Content API's OpenAPI document to a file (default openapi.json), without a
// server: `node --import tsx scripts/openapi.ts [path]`. `npm run gen:api` feeds it to openapi-typescript.
import { writeFile } from "node:fs/promises";
import { buildOpenApiDocument } from "../src/api/openapi-document.ts";

const target = process.argv[2] ?? "openapi.json";
await writeFile(target, `${JSON.stringify(await buildOpenApiDocument(), null, 2)}\n`);
