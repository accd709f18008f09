/**
 * A picture website on 127.0.0.1 for tests that import pictures from the web. Loopback is refused
 * by the outbound address guard, so the test server must list 127.0.0.1 in its allowed hosts
 * (as an operator would an intranet host); a request by any other name still meets the guard.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface HostedFile {
  type: string;
  body: Buffer;
  status?: number;
}

export interface PictureHost {
  /** The address of a path on this host. */
  url(path: string): string;
  /** How many requests each path has had. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/** Serves `files` by path; `anyOtherPath`, when given, answers every path `files` does not name. */
export async function startPictureHost(
  files: Record<string, HostedFile>,
  anyOtherPath?: HostedFile,
): Promise<PictureHost> {
  const hits = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://host").pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const file = files[path] ?? anyOtherPath;
    if (!file) {
      response.writeHead(404, { "content-type": "text/plain" }).end("no such picture");
      return;
    }
    response.writeHead(file.status ?? 200, { "content-type": file.type, "content-length": file.body.length });
    response.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
