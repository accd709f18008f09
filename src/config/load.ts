import { resolve } from "node:path";
import { type Env, EnvSchema } from "./schema.ts";
import { DEFAULT_SITE, type SiteSettings } from "./site.ts";

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  mediaDir: string;
  /** Where photos are kept when not in `mediaDir`: an S3 bucket (MEDIA_STORAGE=s3). */
  mediaS3?: MediaS3Settings;
  siteUrl: string;
  logLevel: string;
  /** Whether `serve` seeds the demo newspaper into an empty database (DATELINE_DEMO). */
  demo: boolean;
  site: SiteSettings;
  /** Webhook hosts exempt from the private-address guard (WEBHOOK_ALLOWED_HOSTS). */
  webhookAllowedHosts: string[];
  /** Where wire sources' drop folders live (WIRE_DROP_ROOT) and the hosts exempt from the address guard (WIRE_ALLOWED_HOSTS). */
  wire: { dropRoot: string; allowedHosts: string[] };
  /** Hosts that pasted pictures may be imported from although they are private (MEDIA_IMPORT_ALLOWED_HOSTS); unset, none. */
  mediaImportAllowedHosts?: string[];
  /** Reverse proxies whose X-Forwarded-For names the client (TRUST_PROXY); empty trusts none. */
  trustProxy: string[];
  /** Bearer token that lets a remote scraper read /metrics (METRICS_TOKEN); without it, loopback only. */
  metricsToken?: string;
  /** Where changed cache keys are POSTed, signed with `secret` (CDN_PURGE_URL, CDN_PURGE_SECRET). */
  cdnPurge?: { url: string; secret: string };
}

/** An S3 or S3-compatible bucket; its objects stay private (the app serves them). */
export interface MediaS3Settings {
  bucket: string;
  region: string;
  /** Unset: Amazon S3 itself. */
  endpoint?: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses the environment once; every problem is reported in one message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  }
  const e = result.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    mediaDir: e.MEDIA_DIR,
    siteUrl: e.SITE_URL,
    logLevel: e.LOG_LEVEL,
    demo: e.DATELINE_DEMO === "on",
    site: DEFAULT_SITE,
    webhookAllowedHosts: e.WEBHOOK_ALLOWED_HOSTS,
    wire: { dropRoot: resolve(e.WIRE_DROP_ROOT), allowedHosts: e.WIRE_ALLOWED_HOSTS },
    mediaImportAllowedHosts: e.MEDIA_IMPORT_ALLOWED_HOSTS,
    trustProxy: e.TRUST_PROXY,
    metricsToken: e.METRICS_TOKEN,
    ...(e.CDN_PURGE_URL ? { cdnPurge: { url: e.CDN_PURGE_URL, secret: e.CDN_PURGE_SECRET } } : {}),
    mediaS3: mediaS3Settings(e),
  });
}

function mediaS3Settings(e: Env): MediaS3Settings | undefined {
  const { MEDIA_S3_BUCKET: bucket, MEDIA_S3_REGION: region } = e;
  const { MEDIA_S3_ACCESS_KEY_ID: accessKeyId, MEDIA_S3_SECRET_ACCESS_KEY: secretAccessKey } = e;
  // The schema has refused MEDIA_STORAGE=s3 without these; the check narrows their types.
  if (e.MEDIA_STORAGE !== "s3" || !bucket || !region || !accessKeyId || !secretAccessKey) return undefined;
  const endpoint = e.MEDIA_S3_ENDPOINT;
  return { bucket, region, accessKeyId, secretAccessKey, ...(endpoint ? { endpoint } : {}) };
}
