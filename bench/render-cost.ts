import type { PageTarget } from "./page-renders.ts";
import { percentile } from "./stats.ts";

export interface RenderCost {
  renders: number;
  /** CPU time of this process per render (user + system), in ms. */
  cpu: { p50: number; p99: number };
  /** Wall time per render, in ms. */
  wall: { p50: number; p99: number };
  /** CPU p50 of keeping the encodings a later hit sends (gzip, brotli, ETag), when the target has them. */
  prepareCpuP50?: number;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/**
 * Builds the target `renders` times one after another, each from the database, and reports
 * the CPU and wall time of each build. Renders for `warmup` first (JIT, SQLite page cache).
 */
export async function measureRenders(target: PageTarget, renders: number, warmup = 50): Promise<RenderCost> {
  for (let i = 0; i < warmup; i++) await target.render();
  const cpu: number[] = [];
  const wall: number[] = [];
  const prepare: number[] = [];
  for (let i = 0; i < renders; i++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    const text = await target.render();
    cpu.push(cpuMs(usage));
    wall.push(performance.now() - started);
    if (target.prepare) {
      const before = process.cpuUsage();
      target.prepare(text);
      prepare.push(cpuMs(before));
    }
  }
  return {
    renders,
    cpu: { p50: percentile(cpu, 50), p99: percentile(cpu, 99) },
    wall: { p50: percentile(wall, 50), p99: percentile(wall, 99) },
    prepareCpuP50: prepare.length > 0 ? percentile(prepare, 50) : undefined,
  };
}
