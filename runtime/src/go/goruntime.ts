/**
 * Go's `runtime` package, as far as programs about goroutines use it. Goroutines here take
 * turns on one thread (Go's order with GOMAXPROCS=1); GOMAXPROCS and NumCPU report the
 * machine's processors as Go does, but the setting changes nothing.
 */
import { liveTasks } from '../core/scheduler.js';
import { Goexit } from './panic.js';

export { gosched } from './goroutine.js';
export { PanicNilError } from './panic.js';

/** `runtime.Goexit()`: ends the calling goroutine after its deferred calls (goroutine.ts). */
export function goexit(): never {
  throw new Goexit();
}

/** The goroutines that exist now, main among them. */
export function numGoroutine(): number {
  return liveTasks().length;
}

export function numCPU(): number {
  return (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 1;
}

let maxProcs = numCPU();

/** `runtime.GOMAXPROCS(n)`: the previous setting; n < 1 only asks. */
export function gomaxprocs(n: number): number {
  const previous = maxProcs;
  if (n >= 1) maxProcs = n;
  return previous;
}

const host = (globalThis as { process?: { platform?: string; arch?: string; memoryUsage?: () => NodeMemory } }).process;

interface NodeMemory {
  heapUsed: number;
  heapTotal: number;
  rss: number;
}

const GO_ARCH: Record<string, string> = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' };

export const goos: string = host?.platform === 'win32' ? 'windows' : (host?.platform ?? 'js');
export const goarch: string = GO_ARCH[host?.arch ?? ''] ?? 'wasm';
export const compiler = 'gc';

export function version(): string {
  return 'go1.23-chan2ts';
}

/** `runtime.GC()`: JavaScript collects garbage by itself. */
export function gc(): void {}

/** `runtime.MemStats`, with the fields programs print, filled from the JavaScript heap. */
export class MemStats {
  alloc = 0;
  totalAlloc = 0;
  sys = 0;
  heapAlloc = 0;
  heapSys = 0;
  heapInuse = 0;
  mallocs = 0;
  frees = 0;
  /** Collections are JavaScript's, and not counted: 0. */
  numGC = 0;
}

export function readMemStats(m: MemStats): void {
  const usage = host?.memoryUsage?.();
  if (!usage) return;
  m.alloc = m.heapAlloc = m.heapInuse = usage.heapUsed;
  m.totalAlloc = Math.max(m.totalAlloc, usage.heapUsed);
  m.heapSys = usage.heapTotal;
  m.sys = usage.rss;
}
