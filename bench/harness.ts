/** Timing, heap and run-count helpers shared by every benchmark. */

/** `global.gc` (node runs the bench with --expose-gc); a no-op if it is missing. */
export const gc: () => void = (globalThis as { gc?: () => void }).gc ?? (() => {});

export const hasGc = typeof (globalThis as { gc?: unknown }).gc === 'function';

export function now(): number {
  return performance.now();
}

/** Full collections until the heap stops shrinking (one is usually enough; weak refs need two). */
export function settleHeap(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export function macrotask(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Rejects with a clear message when `promise` has not settled after `ms` (a hung implementation). */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** 0 + 1 + ... + (n - 1): the checksum of every scenario that sends 0..n-1 once each. */
export function triangle(n: number): number {
  return (n * (n - 1)) / 2;
}
