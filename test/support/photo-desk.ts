/**
 * What the photo workflow's end-to-end tests share: pictures made on the spot, upload forms, and
 * helpers bound to a running server and its logged-in roles.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import type { Role } from "../../src/accounts/roles.ts";
import type { ApiClient } from "./api-client.ts";
import type { TestServer } from "./test-server.ts";

export type MediaJson = Record<
  "url" | "fileName" | "caption" | "credit" | "alt" | "code" | "detail",
  string
> &
  Record<"id" | "width" | "height", number>;

export const picture = (width = 240, height = 160) =>
  sharp({ create: { width, height, channels: 3, background: `#${randomBytes(3).toString("hex")}` } })
    .jpeg()
    .toBuffer();

export function uploadForm(bytes: Buffer, fileName: string, fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  data.append("file", new Blob([new Uint8Array(bytes)]), fileName);
  return data;
}

/** Helpers over the server and clients the suite's `before` sets up (read when called). */
export function photoDesk(current: () => { server: TestServer; as: Record<Role, ApiClient> }) {
  const db = () => current().server.server.db.kysely;
  return {
    db,
    upload: (bytes: Buffer, name: string, fields?: Record<string, string>, client?: ApiClient) =>
      (client ?? current().as.contributor).request<MediaJson>("POST", "/media", undefined, {
        raw: uploadForm(bytes, name, fields),
      }),
    countMedia: async () => (await db().selectFrom("media").select("id").execute()).length,
    createStory: async (fields: Record<string, unknown>) => {
      const created = await current().as.editor.request<{ id: number; version: number }>(
        "POST",
        "/articles",
        {
          edition: "en",
          section: "national",
          headline: `A story ${randomBytes(3).toString("hex")}`,
          standfirst: "A standfirst.",
          body: "<p>First paragraph.</p>",
          ...fields,
        },
      );
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body;
    },
  };
}
