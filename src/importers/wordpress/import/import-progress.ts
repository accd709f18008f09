import { SingleBar } from "cli-progress";
import type { ImportProgress } from "./import-wordpress.ts";

export interface ProgressDisplay {
  update(progress: ImportProgress): void;
  stop(): void;
}

/** Plain lines at most this often when the output is a file or a pipe: a log, not an animation. */
const LINE_EVERY_MS = 2000;

/**
 * Where the import reports as it goes: a bar with items done, rate and time left on a terminal,
 * and a dated line every two seconds (and at each file's end) otherwise.
 */
export function progressDisplay(out: NodeJS.WriteStream, now: () => number = Date.now): ProgressDisplay {
  return out.isTTY ? terminalBar(out) : plainLines(out, now);
}

function terminalBar(out: NodeJS.WriteStream): ProgressDisplay {
  const bar = new SingleBar({
    stream: out,
    format: "{file} |{bar}| {value}/{total} items · {rate}/s · {eta_formatted} left",
    hideCursor: true,
    etaBuffer: 200,
  });
  let file = "";
  let started = 0;
  return {
    update(progress) {
      if (progress.file !== file) {
        if (file) bar.stop();
        file = progress.file;
        started = performance.now();
        bar.start(progress.total, 0, { file: shortName(file), rate: "0" });
      }
      const seconds = (performance.now() - started) / 1000;
      bar.update(progress.done, { rate: seconds > 0 ? Math.round(progress.done / seconds).toString() : "0" });
    },
    stop: () => bar.stop(),
  };
}

function plainLines(out: NodeJS.WriteStream, now: () => number): ProgressDisplay {
  let file = "";
  let started = 0;
  let lastLine = 0;
  return {
    update(progress) {
      const t = now();
      if (progress.file !== file) {
        file = progress.file;
        started = t;
        lastLine = 0;
      }
      if (t - lastLine < LINE_EVERY_MS && progress.done < progress.total) return;
      lastLine = t;
      out.write(`${progressLine(progress, (t - started) / 1000)}\n`);
    },
    stop() {},
  };
}

/** `file.xml: 1200/20000 items, 310/s, about 54 s left` */
export function progressLine(progress: ImportProgress, seconds: number): string {
  const rate = seconds > 0 ? progress.done / seconds : 0;
  const left = rate > 0 ? Math.max(0, Math.round((progress.total - progress.done) / rate)) : null;
  return `${shortName(progress.file)}: ${progress.done}/${progress.total} items, ${Math.round(rate)}/s${left === null ? "" : `, about ${left} s left`}`;
}

function shortName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}
