import { lookup as dnsLookup } from "node:dns/promises";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { AppError } from "./app-error.ts";
import { ipv6Groups } from "./ip-address.ts";

/** One address a host name resolved to. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export type HostLookup = (host: string) => Promise<ResolvedAddress[]>;

/** Every address of a host (A and AAAA), as the operating system's resolver sees it. */
export const lookupAll: HostLookup = async (host) =>
  (await dnsLookup(host, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }));

/** Networks the server may not call out to unless the host is allow-listed, with why. */
const FORBIDDEN: [network: string, prefix: number, family: "ipv4" | "ipv6", reason: string][] = [
  ["0.0.0.0", 8, "ipv4", "an unspecified (0.0.0.0/8) address"],
  ["10.0.0.0", 8, "ipv4", "a private address"],
  ["100.64.0.0", 10, "ipv4", "a shared (carrier-grade NAT) address"],
  ["127.0.0.0", 8, "ipv4", "a loopback address"],
  ["169.254.0.0", 16, "ipv4", "a link-local address"],
  ["172.16.0.0", 12, "ipv4", "a private address"],
  ["192.168.0.0", 16, "ipv4", "a private address"],
  ["224.0.0.0", 4, "ipv4", "a multicast address"],
  ["240.0.0.0", 4, "ipv4", "a reserved or broadcast address"],
  ["::", 128, "ipv6", "the unspecified address"],
  ["::1", 128, "ipv6", "a loopback address"],
  // IPv4 inside IPv6 could name any of the IPv4 networks above; no partner needs it.
  ["::ffff:0:0", 96, "ipv6", "an IPv4-mapped address"],
  ["::ffff:0:0:0", 96, "ipv6", "an IPv4-translated (SIIT) address"],
  // Local-use NAT64 (RFC 8215) translates into the operator's own networks.
  ["64:ff9b:1::", 48, "ipv6", "a local-use NAT64 (64:ff9b:1::/48) address"],
  ["fc00::", 7, "ipv6", "a unique-local address"],
  ["fe80::", 10, "ipv6", "a link-local address"],
  ["ff00::", 8, "ipv6", "a multicast address"],
];

const BLOCKS = FORBIDDEN.map(([network, prefix, family, reason]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { list, family, reason };
});

const dottedQuad = (high: number, low: number) => `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;

/**
 * The IPv4 address an IPv6 address carries, and the form that carries it: NAT64 (64:ff9b::/96),
 * 6to4 (2002::/16), Teredo (2001::/32, the client's address inverted in the last 32 bits) and
 * IPv4-compatible (::/96). IPv4-mapped addresses (::ffff:0:0/96) are refused whole in FORBIDDEN.
 */
function embeddedIpv4(address: string): { ipv4: string; form: string } | undefined {
  const g = ipv6Groups(address);
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0)
    return { ipv4: dottedQuad(g6, g7), form: "a NAT64 (64:ff9b::/96) address" };
  if (g0 === 0x2002) return { ipv4: dottedQuad(g1, g2), form: "a 6to4 (2002::/16) address" };
  if (g0 === 0x2001 && g1 === 0)
    return { ipv4: dottedQuad(g6 ^ 0xffff, g7 ^ 0xffff), form: "a Teredo (2001::/32) address" };
  if (g.slice(0, 6).every((group) => group === 0))
    return { ipv4: dottedQuad(g6, g7), form: "an IPv4-compatible (::/96) address" };
  return undefined;
}

/** Why the server may not connect to this IP address, or undefined when it may. */
export function forbiddenAddressReason(address: string): string | undefined {
  const version = isIP(address);
  if (version === 0) return "not an IP address";
  const family = version === 6 ? "ipv6" : "ipv4";
  const reason = BLOCKS.find((block) => block.family === family && block.list.check(address, family))?.reason;
  if (reason || family === "ipv4") return reason;
  const embedded = embeddedIpv4(address);
  const inner = embedded && forbiddenAddressReason(embedded.ipv4);
  return embedded && inner ? `${embedded.form} embedding ${embedded.ipv4}, ${inner}` : undefined;
}

/** An address the server calls out to, checked: where it connects and what it asked for. */
export interface OutboundTarget {
  url: URL;
  host: string;
  /** The addresses checked; the request connects to the first one, so DNS cannot change under it. */
  addresses: ResolvedAddress[];
}

/** Who calls out, as the refusals name it, and the hosts its operator lets reach private addresses. */
export interface OutboundPolicy {
  /** Singular and plural, for messages: "Webhook", "webhooks". */
  what: [string, string];
  allowedHosts: readonly string[];
  /** The setting that lists the allowed hosts. */
  allowListSetting: string;
}

export const webhookPolicy = (allowedHosts: readonly string[]): OutboundPolicy => ({
  what: ["Webhook", "webhooks"],
  allowedHosts,
  allowListSetting: "WEBHOOK_ALLOWED_HOSTS",
});

/**
 * Parses a URL the server will call and resolves its host, refusing anything but http(s) and,
 * unless the host is allow-listed, any host with an address that is loopback, private, link-local,
 * unique-local, unspecified or multicast. Runs when the URL is saved and again before each request.
 */
export async function resolveOutboundTarget(
  raw: string,
  policy: OutboundPolicy,
  lookup: HostLookup = lookupAll,
): Promise<OutboundTarget> {
  const [one, many] = policy.what;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refused(`"${raw}" is not a URL.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw refused(`${one} URLs must use http or https, not ${url.protocol.replace(":", "")}.`);
  if (url.username || url.password) throw refused(`${one} URLs may not carry a user name or password.`);
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  let addresses: ResolvedAddress[];
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) === 6 ? 6 : 4 }] : await lookup(host);
  } catch (error) {
    throw refused(`The host ${host} could not be resolved (${(error as Error).message}).`);
  }
  if (addresses.length === 0) throw refused(`The host ${host} has no addresses.`);
  if (!policy.allowedHosts.map((h) => h.toLowerCase()).includes(host)) {
    for (const { address } of addresses) {
      const reason = forbiddenAddressReason(address);
      if (reason) {
        throw refused(
          `The host ${host} resolves to ${address}, ${reason}; ${many} may only reach public addresses` +
            ` unless the host is listed in ${policy.allowListSetting}.`,
        );
      }
    }
  }
  return { url, host, addresses };
}

/** A DNS lookup that answers with the checked address only, for http.request's `lookup`. */
export function pinnedLookup(target: OutboundTarget): LookupFunction {
  const [pinned] = target.addresses;
  if (!pinned) throw new Error("no address to connect to");
  return (_host, options, callback) => {
    if (options.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
}

function refused(detail: string): AppError {
  return new AppError("UNPROCESSABLE", detail);
}
