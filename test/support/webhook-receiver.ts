import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedDelivery {
  headers: IncomingHttpHeaders;
  body: string;
  json: {
    id: number;
    event: string;
    occurredAt: string;
    article: { id: number; edition: string; headline: string; url: string | null };
  };
  /** Wall-clock milliseconds at arrival, comparable with the server's stored times. */
  at: number;
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

/** A local endpoint that records every request and answers with queued statuses (200 when none). */
export async function startWebhookReceiver() {
  const received: ReceivedDelivery[] = [];
  const statuses: number[] = [];
  const server: Server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      body += chunk;
    });
    request.on("end", () => {
      const json = JSON.parse(body) as ReceivedDelivery["json"];
      received.push({ headers: request.headers, body, json, at: Date.now() });
      response.writeHead(statuses.shift() ?? 200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    port,
    received,
    statuses,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
