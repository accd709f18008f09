import type { Generated } from "kysely";
import type { IsoTime } from "../content/content.tables.ts";

export interface ApiKeyTable {
  id: Generated<number>;
  name: string;
  /** SHA-256 of the key; the key itself is shown once, at creation. */
  key_hash: string;
  /** The key's first characters, so people can tell their keys apart. */
  prefix: string;
  created_at: IsoTime;
  revoked_at: IsoTime | null;
  last_used_at: IsoTime | null;
}

export interface WebhookTable {
  id: Generated<number>;
  url: string;
  /** JSON array of event names, e.g. ["article.published"]. */
  events: string;
  /** HMAC-SHA256 signing secret. */
  secret: string;
  /** 1 while deliveries are sent (an integer on both engines). */
  active: number;
  created_at: IsoTime;
}

export interface WebhookDeliveryTable {
  id: Generated<number>;
  webhook_id: number;
  event: string;
  payload: string;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  created_at: IsoTime;
  delivered_at: IsoTime | null;
}

/** Requests counted per API key in one rate-limit window, shared by every node. */
export interface ApiRateWindowTable {
  key_id: number;
  /** The window's first instant; windows are aligned to multiples of their length. */
  window_start: IsoTime;
  requests: number;
}

export interface DistributionTables {
  api_keys: ApiKeyTable;
  api_rate_windows: ApiRateWindowTable;
  webhooks: WebhookTable;
  webhook_deliveries: WebhookDeliveryTable;
}
