import { randomBytes } from "node:crypto";
import { access, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { formatProcess, isProvablyDead, parseProcess, thisProcess } from "../jobs/process-identity.ts";
import type { MediaStorage } from "./media-storage.ts";

/** Photos as files under one folder (MEDIA_DIR); several nodes share it as a mounted volume. */
export class LocalMediaStorage implements MediaStorage {
  readonly kind = "local";
  /** Absolute, so the static file route and the writers agree whatever the working directory. */
  readonly folder: string;

  constructor(folder: string) {
    this.folder = resolve(folder);
  }

  /**
   * Writes through a temporary name in the same folder, then renames, so a reader (or a second
   * seeding process) never sees half a file. The temporary name starts with a dot, which the media
   * route never serves, and names its writer, so `clearAbandonedWrites` can tell a dead writer's
   * leftover from a file still being written.
   */
  async write(fileName: string, bytes: Buffer): Promise<void> {
    const path = join(this.folder, fileName);
    await mkdir(dirname(path), { recursive: true });
    // Random per write: two servers in one process (tests, seeding) may write the same file at once.
    const unique = `${randomBytes(4).toString("hex")}.${formatProcess(thisProcess)}`;
    const temporary = join(dirname(path), `.${basename(path)}.${unique}.tmp`);
    try {
      await writeFile(temporary, bytes);
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async read(fileName: string): Promise<Buffer | undefined> {
    return readFile(join(this.folder, fileName)).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    });
  }

  async hasAll(fileNames: readonly string[]): Promise<boolean> {
    try {
      await Promise.all(fileNames.map((f) => access(join(this.folder, f))));
      return true;
    } catch {
      return false;
    }
  }

  async remove(fileNames: readonly string[]): Promise<void> {
    await Promise.all(fileNames.map((name) => rm(join(this.folder, name), { force: true })));
  }

  /** Deletes the temporary files of `baseName`'s pictures whose writer died mid-write (a crash, `kill -9`). */
  async clearAbandonedWrites(baseName: string): Promise<void> {
    const path = join(this.folder, baseName);
    const prefix = `.${basename(path)}`;
    const names = await readdir(dirname(path)).catch(() => []);
    for (const name of names) {
      const writer =
        name.startsWith(prefix) && name.endsWith(".tmp") ? parseProcess(name.slice(0, -4)) : undefined;
      if (writer && isProvablyDead(writer)) await rm(join(dirname(path), name), { force: true });
    }
  }

  async close(): Promise<void> {}
}
