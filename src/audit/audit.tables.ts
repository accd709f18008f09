import type { Generated } from "kysely";
import type { IsoTime } from "../content/content.tables.ts";

export interface AuditLogTable {
  id: Generated<number>;
  at: IsoTime;
  actor_user_id: number | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  /** JSON object with the action's particulars. */
  details: string;
  ip: string | null;
}

export interface AuditTables {
  audit_log: AuditLogTable;
}
