/**
 * Runs work over items a few at a time. Every item is tried; the failures are collected and
 * thrown together at the end, so one bad page does not hide the others or leave workers running.
 */
export async function forEachInParallel<T, W>(
  items: readonly T[],
  workers: readonly W[],
  work: (worker: W, item: T) => Promise<void>,
): Promise<void> {
  const failures: string[] = [];
  let next = 0;
  await Promise.all(
    workers.map(async (worker) => {
      for (let i = next++; i < items.length; i = next++) {
        try {
          await work(worker, items[i] as T);
        } catch (error) {
          failures.push(error instanceof Error ? error.message : String(error));
        }
      }
    }),
  );
  if (failures.length > 0) throw new Error(`${failures.length} failed:\n${failures.join("\n\n")}`);
}
