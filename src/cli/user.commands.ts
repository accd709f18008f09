import type { Command } from "commander";
import { z } from "zod";
import { NewUserBody, Password } from "../accounts/account.schemas.ts";
import { ROLES } from "../accounts/roles.ts";
import { createUser, resetPassword, setUserRole } from "../accounts/user.service.ts";
import { findUserWithHash, listUsers } from "../accounts/users.queries.ts";
import { loadConfig } from "../config/load.ts";
import type { Db } from "../db/create-db.ts";
import { readPassword } from "./read-password.ts";
import { withMigratedDb } from "./with-db.ts";

const CLI_ACTOR = { userId: null, ip: null };

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new Error(
      result.error.issues.map((i) => `${i.path.join(".") || "value"}: ${i.message}`).join("; "),
    );
  return result.data;
}

async function userIdByEmail(db: Db, email: string): Promise<number> {
  const user = await findUserWithHash(db.kysely, email);
  if (!user) throw new Error(`no user with email ${email}`);
  return user.id;
}

/** `dateline user …`: accounts from the command line, e.g. the first admin of a new install. */
export function addUserCommands(program: Command): void {
  const user = program.command("user").description("manage newsroom accounts");
  const roles = ROLES.join(", ");

  user
    .command("create")
    .description("create an account; the password comes from --password, DATELINE_PASSWORD or a prompt")
    .requiredOption("--email <email>", "login email")
    .requiredOption("--role <role>", `one of ${roles}`)
    .option("--name <name>", "display name (defaults to the part of the email before @)")
    .option("--password <password>", "password (at least 10 characters)")
    .action(async (options: { email: string; role: string; name?: string; password?: string }) => {
      const password = await readPassword(options.password, process.env);
      const input = parse(NewUserBody, {
        email: options.email,
        role: options.role,
        name: options.name ?? options.email.split("@")[0],
        password,
      });
      const created = await withMigratedDb(loadConfig(), (db) =>
        createUser(db.kysely, input, CLI_ACTOR, new Date()),
      );
      process.stdout.write(`Created ${created.role} ${created.email} (id ${created.id}).\n`);
    });

  user
    .command("list")
    .description("list accounts")
    .action(async () => {
      const users = await withMigratedDb(loadConfig(), (db) => listUsers(db.kysely));
      if (users.length === 0) process.stdout.write("No accounts yet.\n");
      for (const u of users) process.stdout.write(`${u.id}\t${u.role}\t${u.email}\t${u.name}\n`);
    });

  user
    .command("set-role")
    .description("change an account's role (ends its sessions)")
    .requiredOption("--email <email>", "login email")
    .requiredOption("--role <role>", `one of ${roles}`)
    .action(async (options: { email: string; role: string }) => {
      const role = parse(z.enum(ROLES), options.role);
      await withMigratedDb(loadConfig(), async (db) =>
        setUserRole(db.kysely, await userIdByEmail(db, options.email), role, CLI_ACTOR, new Date()),
      );
      process.stdout.write(`${options.email} is now ${role}.\n`);
    });

  user
    .command("reset-password")
    .description("set a new password (ends the account's sessions)")
    .requiredOption("--email <email>", "login email")
    .option("--password <password>", "new password (at least 10 characters)")
    .action(async (options: { email: string; password?: string }) => {
      const password = parse(Password, await readPassword(options.password, process.env));
      await withMigratedDb(loadConfig(), async (db) => {
        await resetPassword(
          db.kysely,
          await userIdByEmail(db, options.email),
          password,
          CLI_ACTOR,
          new Date(),
        );
      });
      process.stdout.write(`Password of ${options.email} changed.\n`);
    });
}
