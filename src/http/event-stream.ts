import type { ServerResponse } from "node:http";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/** A comment line now and then keeps proxies and load balancers from cutting an idle stream. */
const HEARTBEAT_MS = 20_000;
/** How long a browser waits before reconnecting a dropped stream. */
const RETRY_MS = 3000;

/** One server-sent event, as written on the wire. `data` is sent as JSON on one line. */
export function sseMessage(event: string, data: unknown, id?: string | number): string {
  return `event: ${event}\n${id === undefined ? "" : `id: ${id}\n`}data: ${JSON.stringify(data)}\n\n`;
}

/**
 * The open streams of one route. Streams never end by themselves, so they are closed before the
 * server waits for its connections; `onFirst`/`onNone` let the route follow its feed only while
 * someone reads.
 */
export class EventStreams<Reader> {
  readonly #open = new Map<ServerResponse, Reader>();
  readonly #hooks: { onFirst: () => void; onNone: () => void };

  constructor(api: FastifyInstance, hooks: { onFirst: () => void; onNone: () => void }) {
    this.#hooks = hooks;
    api.addHook("preClose", async () => {
      for (const response of this.#open.keys()) response.end();
    });
  }

  /** Answers the request with an event stream held open for `reader` until the client leaves. */
  open(request: FastifyRequest, reply: FastifyReply, reader: Reader): void {
    reply.hijack();
    const response = reply.raw;
    response.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      // nginx and others buffer answers unless told not to; events must leave at once.
      "x-accel-buffering": "no",
    });
    response.write(`retry: ${RETRY_MS}\n: connected\n\n`);
    this.#open.set(response, reader);
    if (this.#open.size === 1) this.#hooks.onFirst();
    const heartbeat = setInterval(() => response.write(": keep-alive\n\n"), HEARTBEAT_MS);
    heartbeat.unref();
    request.raw.on("close", () => {
      clearInterval(heartbeat);
      this.#open.delete(response);
      if (this.#open.size === 0) this.#hooks.onNone();
    });
  }

  /** Writes to every open stream whose reader `message` answers text for. */
  send(message: (reader: Reader) => string | undefined): void {
    for (const [response, reader] of this.#open) {
      const text = message(reader);
      if (text) response.write(text);
    }
  }
}
