import type { Socket } from "node:net";

const BODY =
  "<!doctype html><title>Bad request</title><h1>Bad request</h1><p>The request could not be read.</p>";

/**
 * Answers requests Node's HTTP parser refuses before any route runs (malformed request lines,
 * headers or URLs beyond the size limit) with a plain 400 instead of a JSON 431/400.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 400 Bad Request\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(BODY)}\r\nConnection: close\r\n\r\n${BODY}`,
    );
  }
  socket.destroy(error);
}
