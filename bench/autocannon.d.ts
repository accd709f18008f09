// autocannon ships no types and @types/autocannon is not a dependency; this declares the slice of
// its programmatic API that bench/site.bench.ts uses.
declare module "autocannon" {
  namespace autocannon {
    interface Options {
      url: string;
      connections?: number;
      /** Seconds. */
      duration?: number;
      pipelining?: number;
      headers?: Record<string, string>;
    }
    interface Stats {
      average: number;
      mean: number;
      stddev: number;
      min: number;
      max: number;
      p50: number;
      p99: number;
    }
    interface Result {
      requests: Stats;
      /** Milliseconds. */
      latency: Stats;
      /** Bytes per second. */
      throughput: Stats;
      errors: number;
      timeouts: number;
      non2xx: number;
    }
  }
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
  export = autocannon;
}
