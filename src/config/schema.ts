import { isIP } from "node:net";
import { z } from "zod";

/** A comma-separated list of host names, lower-cased. */
const HostList = z
  .string()
  .default("")
  .transform((hosts) =>
    hosts
      .split(",")
      .map((host) => host.trim().toLowerCase())
      .filter(Boolean),
  );

const EnvFields = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z
    .string()
    .default("sqlite:./data/dateline.db")
    .refine((url) => /^(sqlite:|postgres(ql)?:\/\/)/.test(url), {
      message: "must start with sqlite: or postgres://",
    }),
  MEDIA_DIR: z.string().min(1).default("./media"),
  /** `local`: photos in MEDIA_DIR (a volume every node shares); `s3`: in the MEDIA_S3_* bucket. */
  MEDIA_STORAGE: z.enum(["local", "s3"]).default("local"),
  MEDIA_S3_BUCKET: optionalSetting(),
  MEDIA_S3_REGION: optionalSetting(),
  /** An S3-compatible server's URL (MinIO, Ceph, R2…); unset, Amazon S3 of MEDIA_S3_REGION. */
  MEDIA_S3_ENDPOINT: z
    .url({ protocol: /^https?$/ })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MEDIA_S3_ACCESS_KEY_ID: optionalSetting(),
  MEDIA_S3_SECRET_ACCESS_KEY: optionalSetting(),
  SITE_URL: z
    .url({ protocol: /^https?$/ })
    .default("http://127.0.0.1:3000")
    .transform((url) => url.replace(/\/+$/, "")),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** `off` keeps an empty database empty, as production wants; `on` seeds the demo newspaper into it. */
  DATELINE_DEMO: z.enum(["on", "off"]).default("on"),
  /** Host names webhooks may reach even when they resolve to private or loopback addresses. */
  WEBHOOK_ALLOWED_HOSTS: HostList,
  /** Host names wire sources may be pulled from even when they resolve to private or loopback addresses. */
  WIRE_ALLOWED_HOSTS: HostList,
  /** Host names pictures pasted into a story may be fetched from even when they resolve to private or loopback addresses. */
  MEDIA_IMPORT_ALLOWED_HOSTS: HostList,
  /** The folder every wire source's drop folder must be inside, so no source can read the rest of the disk. */
  WIRE_DROP_ROOT: z.string().min(1).default("./wire-drop"),
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
  /** Where each change's cache keys are POSTed for the CDN to purge; unset, nothing is sent. */
  CDN_PURGE_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Signs each purge request (HMAC-SHA256, as webhooks are signed). */
  CDN_PURGE_SECRET: z
    .string()
    .default("")
    .refine((secret) => secret === "" || secret.length >= 16, { message: "must be at least 16 characters" }),
});

/** The settings MEDIA_STORAGE=s3 cannot work without, each named when missing. */
const S3_REQUIRED = [
  "MEDIA_S3_BUCKET",
  "MEDIA_S3_REGION",
  "MEDIA_S3_ACCESS_KEY_ID",
  "MEDIA_S3_SECRET_ACCESS_KEY",
] as const;

/** Environment variables Dateline reads; the only schema that sees `process.env`. */
export const EnvSchema = EnvFields.superRefine((env, ctx) => {
  if (env.CDN_PURGE_URL && !env.CDN_PURGE_SECRET)
    ctx.addIssue({
      code: "custom",
      path: ["CDN_PURGE_SECRET"],
      message: "is required when CDN_PURGE_URL is set",
    });
  if (env.MEDIA_STORAGE !== "s3") return;
  for (const name of S3_REQUIRED) {
    if (!env[name])
      ctx.addIssue({ code: "custom", path: [name], message: "is required when MEDIA_STORAGE=s3" });
  }
});

/** A setting that only some choices need; empty counts as unset. */
function optionalSetting() {
  return z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined);
}

function isProxyEntry(entry: string): boolean {
  if (["loopback", "linklocal", "uniquelocal"].includes(entry)) return true;
  const [address = "", bits, ...rest] = entry.split("/");
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
}

export type Env = z.infer<typeof EnvSchema>;
