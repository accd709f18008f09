import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { AppError, type ErrorCode } from "../http/app-error.ts";

/** Cleans a story body off the event loop: what a request handler awaits instead of sanitizeBody. */
export type CleanBody = (html: string) => Promise<string>;

export interface BodySanitizer {
  /** sanitizeBody run in a worker thread; rejects with its AppError when the body is refused. */
  clean: CleanBody;
  /** Ends the threads. Bodies still waiting or being cleaned are rejected. */
  close(): Promise<void>;
}

/** What a worker answers for one body. */
export type SanitizeReply =
  | { html: string }
  | { refused: { code: ErrorCode; detail: string; extra: Record<string, unknown> } }
  | { failed: string };

interface Task {
  html: string;
  resolve: (html: string) => void;
  reject: (error: Error) => void;
}

// Compiled (dist/), the thread's entry is the JavaScript beside this file. Run from source (tests,
// benches), threads do not inherit the parent's tsx loader, so each registers it before loading
// its TypeScript entry; tsx is a development dependency, only looked up then.
const FROM_SOURCE = import.meta.url.endsWith(".ts");
const ENTRY = new URL(`./sanitize-body.worker.${FROM_SOURCE ? "ts" : "js"}`, import.meta.url).href;
const BOOT = FROM_SOURCE
  ? `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY)}); });`
  : `import(${JSON.stringify(ENTRY)});`;

/**
 * A small pool of threads for sanitizing bodies, so a large or hostile body never holds up the
 * pages other readers are waiting for. Threads start on first use, one body at a time each, and
 * keep the process alive only while they hold a body (a CLI command that never saves exits at once).
 */
export function createBodySanitizer(threads = Math.max(1, availableParallelism() - 1)): BodySanitizer {
  const queue: Task[] = [];
  const idle: Worker[] = [];
  const working = new Map<Worker, Task>();
  let closed = false;

  const settle = (worker: Worker, reply: SanitizeReply) => {
    const task = working.get(worker);
    working.delete(worker);
    worker.unref();
    idle.push(worker);
    if (task) {
      if ("html" in reply) task.resolve(reply.html);
      else if ("refused" in reply)
        task.reject(new AppError(reply.refused.code, reply.refused.detail, { extra: reply.refused.extra }));
      else task.reject(new Error(`Sanitizing a body failed: ${reply.failed}`));
    }
    pump();
  };

  const lose = (worker: Worker, error: Error) => {
    working.get(worker)?.reject(error);
    working.delete(worker);
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    if (!closed) pump();
  };

  const spawn = () => {
    const worker = new Worker(BOOT, { eval: true, execArgv: [] });
    worker.on("message", (reply: SanitizeReply) => settle(worker, reply));
    worker.on("error", (error) => lose(worker, error));
    worker.on("exit", () => lose(worker, new Error("The body sanitizer's thread stopped.")));
    return worker;
  };

  const pump = () => {
    while (queue.length > 0) {
      const worker = idle.pop() ?? (working.size + idle.length < threads ? spawn() : undefined);
      if (!worker) return;
      const task = queue.shift() as Task;
      working.set(worker, task);
      worker.ref();
      worker.postMessage(task.html);
    }
  };

  return {
    clean: (html) =>
      new Promise((resolve, reject) => {
        if (closed) return reject(new Error("The body sanitizer is closed."));
        queue.push({ html, resolve, reject });
        pump();
      }),
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.reject(new Error("The body sanitizer is closed."));
      await Promise.all([...idle, ...working.keys()].map((worker) => worker.terminate()));
    },
  };
}
