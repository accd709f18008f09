import { type IncomingMessage, type RequestListener, Server, type ServerOptions } from "node:http";
import type { Socket } from "node:net";

/**
 * An HTTP/1 server whose shutdown also drops connections that never sent a byte. Node counts a
 * connection as busy from the moment it opens, so `closeIdleConnections` (which `close` and
 * fastify's shutdown call) leaves one a client opened ahead of need (browsers and HTTP clients
 * preconnect) until the headers timeout has run out, a minute or more, with no request in it to
 * finish. Connections that are reading or answering a request are left to finish as before.
 */
export class DrainingServer extends Server {
  readonly #connections = new Set<Socket>();

  constructor(options: ServerOptions, listener: RequestListener<typeof IncomingMessage>) {
    super(options, listener);
    this.on("connection", (socket: Socket) => {
      this.#connections.add(socket);
      socket.once("close", () => this.#connections.delete(socket));
    });
  }

  override closeIdleConnections(): void {
    super.closeIdleConnections();
    for (const socket of this.#connections) if (socket.bytesRead === 0) socket.destroy();
  }
}
