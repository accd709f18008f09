import { API, type ApiClient } from "./api-client.ts";

export interface StreamEvent {
  event: string;
  id: string | undefined;
  data: string;
}

/** Opens an admin API event stream as the client's user (see `followEventStream`). */
export function openEventStream(client: ApiClient, path: string) {
  return followEventStream(
    new URL(API + path, client.baseUrl),
    client.cookie ? { cookie: client.cookie } : {},
  );
}

/**
 * Opens a server-sent event stream and collects its events as they come (comment lines are left
 * out, `comments` counts them). `next` waits for the first event after those already taken that
 * `wanted` accepts.
 */
export async function followEventStream(url: URL | string, headers: Record<string, string> = {}) {
  const path = String(url);
  const controller = new AbortController();
  const response = await fetch(url, {
    headers: { accept: "text/event-stream", ...headers },
    signal: controller.signal,
  });
  if (!response.body) throw new Error(`${path} answered ${response.status} without a body`);
  const events: StreamEvent[] = [];
  let comments = 0;
  let waiting: (() => void) | undefined;
  const reading = (async () => {
    const decoder = new TextDecoder();
    let buffer = "";
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end = buffer.indexOf("\n\n");
      while (end !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = new Map<string, string>();
        for (const line of block.split("\n")) {
          if (line.startsWith(":")) {
            comments++;
            continue;
          }
          const colon = line.indexOf(":");
          if (colon > 0) fields.set(line.slice(0, colon), line.slice(colon + 1).replace(/^ /, ""));
        }
        if (fields.has("data"))
          events.push({
            event: fields.get("event") ?? "message",
            id: fields.get("id"),
            data: fields.get("data") ?? "",
          });
        waiting?.();
        end = buffer.indexOf("\n\n");
      }
    }
  })().catch(() => undefined);
  let taken = 0;
  return {
    status: response.status,
    headers: response.headers,
    events,
    get comments() {
      return comments;
    },
    async next(wanted: (e: StreamEvent) => boolean, ms: number): Promise<StreamEvent> {
      const until = Date.now() + ms;
      for (;;) {
        const index = events.findIndex((e, i) => i >= taken && wanted(e));
        if (index !== -1) {
          taken = index + 1;
          return events[index] as StreamEvent;
        }
        const left = until - Date.now();
        if (left <= 0) throw new Error(`no matching event on ${path} within ${ms} ms`);
        await new Promise<void>((resolve) => {
          waiting = resolve;
          setTimeout(resolve, left);
        });
      }
    },
    async close() {
      controller.abort();
      await reading;
    },
  };
}
