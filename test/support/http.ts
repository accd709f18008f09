import { request } from "node:http";
import * as cheerio from "cheerio";

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** GET with the path sent byte for byte, so malformed or huge URLs reach the server unchanged. */
export function rawGet(
  baseUrl: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

/** Fetches a page and parses it. */
export async function getPage(baseUrl: string, path: string) {
  const response = await fetch(new URL(path, baseUrl), { redirect: "manual" });
  const html = await response.text();
  return { response, html, $: cheerio.load(html) };
}
