import { mkdir, readdir, readFile, realpath, rename, stat } from "node:fs/promises";
import { extname, isAbsolute, join, relative, resolve } from "node:path";

/** Where a drop folder's files go once read, beside the files still to come. */
export const PROCESSED = "processed";
export const FAILED = "failed";
/** Files a poll reads at most; the rest wait for the next poll, so one backlog cannot hold a source for long. */
export const FILES_PER_POLL = 200;

export class DropFolderError extends Error {
  override name = "DropFolderError";
}

/**
 * A source's folder as stored: relative to the drop root, which it must lie inside (and not be), so
 * no source can read, or move, files from the rest of the disk.
 */
export function storedDropFolder(root: string, folder: string): string {
  const inside = relative(root, resolve(root, folder));
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside))
    throw new DropFolderError(
      `the drop folder must be a folder inside WIRE_DROP_ROOT (${root}), not ${folder}`,
    );
  return inside;
}

/**
 * The folder's real path, created if missing with its processed/ and failed/ folders. A link that
 * leads outside the drop root is refused.
 */
export async function openDropFolder(root: string, folder: string): Promise<string> {
  await mkdir(join(root, storedDropFolder(root, folder)), { recursive: true });
  const [realRoot, path] = await Promise.all([realpath(root), realpath(join(root, folder))]);
  storedDropFolder(realRoot, path);
  await mkdir(join(path, PROCESSED), { recursive: true });
  await mkdir(join(path, FAILED), { recursive: true });
  return path;
}

/**
 * The files waiting in a folder, oldest name first. Dotfiles and `.tmp`/`.part` files are skipped:
 * an agency writes a file under such a name and renames it when it is whole.
 */
export async function waitingFiles(path: string): Promise<{ name: string; size: number }[]> {
  const entries = await readdir(path, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isFile() && !e.name.startsWith(".") && ![".tmp", ".part"].includes(extname(e.name)))
    .map((e) => e.name)
    .sort()
    .slice(0, FILES_PER_POLL);
  const files = [];
  for (const name of names) {
    // A file taken away while the folder was read is simply not there any more.
    const info = await stat(join(path, name)).catch(() => undefined);
    if (info?.isFile()) files.push({ name, size: info.size });
  }
  return files;
}

export const readWaitingFile = (path: string, name: string) => readFile(join(path, name));

/** Moves a read file into processed/ or failed/, under a new name if one of that name is there already. */
export async function fileAway(path: string, name: string, to: typeof PROCESSED | typeof FAILED, now: Date) {
  const target = join(path, to, name);
  const taken = await stat(target).then(
    () => true,
    () => false,
  );
  const ext = extname(name);
  const stamped = `${name.slice(0, name.length - ext.length)}.${now.getTime()}${ext}`;
  await rename(join(path, name), taken ? join(path, to, stamped) : target);
}
