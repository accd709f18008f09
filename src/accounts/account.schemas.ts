import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "./password.ts";
import { ROLES } from "./roles.ts";

export const UserJson = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
});

export const SessionJson = z.object({ user: UserJson, csrfToken: z.string() });

export const LoginBody = z.strictObject({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(1024),
});

export const Password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(1024);

export const NewUserBody = z.strictObject({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  password: Password,
});

export const RoleChangeBody = z.strictObject({ role: z.enum(ROLES) });
