import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";

/** Server on CPU 0, load on CPU 1, when the machine has two cores and taskset. */
export function canPin(): boolean {
  return availableParallelism() >= 2 && spawnSync("taskset", ["-V"]).status === 0;
}

/** Runs `node [nodeFlags] --import tsx script args` as a child with an IPC channel, on CPU 0 when pinned. */
export function startPinnedChild(
  script: string,
  args: readonly string[],
  options: { pin: boolean; nodeFlags?: readonly string[] },
): ChildProcess {
  const node = [process.execPath, ...(options.nodeFlags ?? []), "--import", "tsx", script, ...args];
  const [command, ...rest] = options.pin ? ["taskset", "-c", "0", ...node] : node;
  return spawn(command ?? process.execPath, rest, { stdio: ["ignore", "inherit", "inherit", "ipc"] });
}

/** The child's next message that holds `key`; fails if the child exits first. */
export function nextMessage<T extends object>(child: ChildProcess, key: keyof T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onMessage = (message: object) => {
      if (!(key in message)) return;
      child.off("exit", onExit);
      child.off("message", onMessage);
      resolve(message as T);
    };
    const onExit = (code: number | null) => reject(new Error(`server process exited early (code ${code})`));
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}
