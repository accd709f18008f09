import type { Role } from "./roles.ts";

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
}
