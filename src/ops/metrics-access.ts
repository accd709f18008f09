import { createHash, timingSafeEqual } from "node:crypto";
import { BlockList, isIP } from "node:net";
import type { FastifyRequest } from "fastify";

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");

function isLoopback(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const plain = mapped ?? address.trim();
  const version = isIP(plain);
  return version !== 0 && LOOPBACK.check(plain, version === 4 ? "ipv4" : "ipv6");
}

/**
 * Whether the request comes from this machine. `request.ip` already follows TRUST_PROXY; every
 * address a proxy forwarded must be loopback too, so a proxy on this machine that TRUST_PROXY
 * does not name cannot pass an outside reader off as local.
 */
function fromLoopback(request: FastifyRequest): boolean {
  const forwarded = request.headers["x-forwarded-for"];
  const hops = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? ""))
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return isLoopback(request.ip) && hops.every(isLoopback) && request.headers.forwarded === undefined;
}

/** Compares digests, which have one length, so the time taken says nothing about the token. */
function sameToken(given: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** /metrics is for this machine, or for a scraper holding METRICS_TOKEN. */
export function mayReadMetrics(request: FastifyRequest, token: string | undefined): boolean {
  const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1];
  if (token !== undefined && bearer !== undefined && sameToken(bearer, token)) return true;
  return fromLoopback(request);
}
