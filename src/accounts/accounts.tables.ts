import type { Generated } from "kysely";
import type { IsoTime } from "../content/content.tables.ts";
import type { Role } from "./roles.ts";

export interface UserTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  created_at: IsoTime;
}

export interface SessionTable {
  /** SHA-256 of the cookie's token, so a copy of the table cannot be replayed as sessions. */
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: IsoTime;
  expires_at: IsoTime;
}

export interface AccountTables {
  users: UserTable;
  sessions: SessionTable;
}
