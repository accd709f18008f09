import { hash, verify } from "@node-rs/argon2";

/** argon2id with the library's defaults (m=19456 KiB, t=2, p=1), the OWASP baseline. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the email is unknown, so both cases take the same time. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hash("not a real password, only spends the same time");
  return decoy;
}

export const PASSWORD_MIN_LENGTH = 10;
