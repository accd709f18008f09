import { isIP } from "node:net";
import { z } from "zod";

/** Environment variables Dateline reads; the only schema that sees `process.env`. */
export const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z
    .string()
    .default("sqlite:./data/dateline.db")
    .refine((url) => /^(sqlite:|postgres(ql)?:\/\/)/.test(url), {
      message: "must start with sqlite: or postgres://",
    }),
  MEDIA_DIR: z.string().min(1).default("./media"),
  SITE_URL: z
    .url({ protocol: /^https?$/ })
    .default("http://127.0.0.1:3000")
    .transform((url) => url.replace(/\/+$/, "")),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** `off` keeps an empty database empty, as production wants; `on` seeds the demo newspaper into it. */
  DATELINE_DEMO: z.enum(["on", "off"]).default("on"),
  /** Host names webhooks may reach even when they resolve to private or loopback addresses. */
  WEBHOOK_ALLOWED_HOSTS: z
    .string()
    .default("")
    .transform((hosts) =>
      hosts
        .split(",")
        .map((host) => host.trim().toLowerCase())
        .filter(Boolean),
    ),
  /**
   * The reverse proxies whose X-Forwarded-For is believed: addresses, CIDR ranges or `loopback`,
   * `linklocal`, `uniquelocal`. Empty: the client is the peer of the connection, and the header is
   * ignored, since anyone can send it.
   */
  TRUST_PROXY: z
    .string()
    .default("")
    .transform((entries) =>
      entries
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .refine((entries) => entries.every(isProxyEntry), {
      message: "must list IP addresses, CIDR ranges, loopback, linklocal or uniquelocal, comma-separated",
    }),
  /**
   * The bearer token that opens GET /metrics to a scraper that is not on this machine. Empty:
   * only loopback may read it. Long enough that it cannot be guessed.
   */
  METRICS_TOKEN: z
    .string()
    .default("")
    .refine((token) => token === "" || token.length >= 16, { message: "must be at least 16 characters" })
    .transform((token) => token || undefined),
});

function isProxyEntry(entry: string): boolean {
  if (["loopback", "linklocal", "uniquelocal"].includes(entry)) return true;
  const [address = "", bits, ...rest] = entry.split("/");
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
}

export type Env = z.infer<typeof EnvSchema>;
