import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { hostname } from "node:os";

/**
 * Names this process among all processes that share the database or the media folder: the node
 * (one process table), the pid, and a nonce drawn at start, which tells this process apart from
 * an earlier one that had the same pid (a container's server is often pid 1 after every restart).
 */
export interface ProcessIdentity {
  node: string;
  pid: number;
  nonce: string;
}

/**
 * One process table: the host name and, on Linux, the kernel's boot id, since pids start over
 * after a reboot. Hashed to hex so the identity fits in file names and parses back unambiguously.
 */
function nodeId(): string {
  let boot = "";
  try {
    boot = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
  } catch {
    // Not Linux: the host name alone names the process table.
  }
  return createHash("sha256").update(`${hostname()}\n${boot}`).digest("hex").slice(0, 12);
}

export const thisProcess: ProcessIdentity = {
  node: nodeId(),
  pid: process.pid,
  nonce: randomBytes(4).toString("hex"),
};

const PATTERN = /([0-9a-f]{12})-(\d+)-([0-9a-f]{8})/;

export function formatProcess(p: ProcessIdentity): string {
  return `${p.node}-${p.pid}-${p.nonce}`;
}

/** The identity written by `formatProcess` at the end of `text`, if there is one. */
export function parseProcess(text: string): ProcessIdentity | undefined {
  const match = new RegExp(`${PATTERN.source}$`).exec(text);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  return { node: match[1], pid: Number(match[2]), nonce: match[3] };
}

/**
 * Whether `p` has certainly exited: it ran in this node's process table and its pid is either free
 * or ours (so it was an earlier incarnation). A process on another node, or a live pid that may
 * be it, is never declared dead; for those, only an expired lease tells.
 */
export function isProvablyDead(p: ProcessIdentity, self: ProcessIdentity = thisProcess): boolean {
  if (p.node !== self.node) return false;
  if (p.pid === self.pid) return p.nonce !== self.nonce;
  try {
    process.kill(p.pid, 0);
    return false;
  } catch (error) {
    // EPERM means the pid lives under another user: alive, perhaps it.
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}
