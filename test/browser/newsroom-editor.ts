import type { Page } from "playwright-core";
import { createUser } from "../../src/accounts/user.service.ts";
import { type ApiClient, login, TEST_PASSWORD } from "../support/api-client.ts";
import type { TestServer } from "../support/test-server.ts";
import type { Browser } from "./chromium.ts";
import { signInToNewsroom } from "./newsroom-sign-in.ts";

/** A new editor account, signed in both to the API (for setting up stories) and in a browser page. */
export async function signedInEditor(
  chromium: Browser,
  server: TestServer,
  email: string,
): Promise<{ api: ApiClient; page: Page }> {
  const account = { email, name: "Desk Editor", role: "editor" as const, password: TEST_PASSWORD };
  await createUser(server.server.db.kysely, account, { userId: null }, server.clock());
  const api = await login(server.url, email);
  const page = await chromium.context.newPage();
  await signInToNewsroom(page, server.url, email);
  return { api, page };
}

/** The story's body as stored, for checking what the editor saved. */
export async function storedBody(server: TestServer, id: number): Promise<string> {
  const row = await server.server.db.kysely
    .selectFrom("articles")
    .where("id", "=", id)
    .select("body_html")
    .executeTakeFirstOrThrow();
  return row.body_html;
}
