import { createHmac } from "node:crypto";
import http from "node:http";
import https from "node:https";
import { type OutboundTarget, pinnedLookup } from "../../http/address-guard.ts";

export const DELIVERY_TIMEOUT_MS = 10_000;

/** `sha256=<hex HMAC-SHA256 of "${timestamp}.${body}">`, the value of x-dateline-signature. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

export interface WebhookRequest {
  target: OutboundTarget;
  secret: string;
  event: string;
  deliveryId: number;
  body: string;
  now: Date;
}

/**
 * POSTs one signed delivery and resolves with the HTTP status. The connection goes to the
 * address the guard checked (never a fresh DNS answer), redirects are not followed, and the
 * whole exchange is cut off after 10 s.
 */
export function postWebhook(request: WebhookRequest): Promise<number> {
  const timestamp = Math.floor(request.now.getTime() / 1000);
  let lookup: ReturnType<typeof pinnedLookup>;
  try {
    lookup = pinnedLookup(request.target);
  } catch (error) {
    return Promise.reject(error);
  }
  const client = request.target.url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const outgoing = client.request(
      request.target.url,
      {
        method: "POST",
        agent: false,
        lookup,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(request.body),
          "user-agent": "Dateline-Webhooks/1",
          "x-dateline-event": request.event,
          "x-dateline-delivery": String(request.deliveryId),
          "x-dateline-timestamp": String(timestamp),
          "x-dateline-signature": signWebhook(request.secret, timestamp, request.body),
        },
      },
      (response) => {
        clearTimeout(timer);
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    const timer = setTimeout(
      () => outgoing.destroy(new Error(`no answer within ${DELIVERY_TIMEOUT_MS / 1000} s`)),
      DELIVERY_TIMEOUT_MS,
    );
    outgoing.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    outgoing.end(request.body);
  });
}
