import { enterMacrotask, isIdle, requestMacrotask, sched } from './scheduler.js';

interface HostTimer {
  ref?(): unknown;
  unref?(): unknown;
}

/**
 * A one-shot host timer that the runtime accounts for. A timer that holds the program open
 * is "referenced": only those keep the deadlock detector quiet (as in Go, where a timer
 * channel nobody waits on does not count). Node's own ref/unref mirrors the flag.
 */
export class Timer {
  private handle: HostTimer | number | null = null;
  /** performance.now() at which the timer is due: the host may call back a little early. */
  private deadline = 0;
  private referenced: boolean;
  private readonly generation = sched.generation;

  constructor(
    private readonly callback: () => void,
    referenced = true,
  ) {
    this.referenced = referenced;
  }

  get active(): boolean {
    return this.handle !== null;
  }

  start(ms: number): void {
    this.stop();
    this.deadline = performance.now() + Math.max(0, ms);
    this.arm(Math.max(0, ms));
    active.add(this);
    if (this.referenced) timerCounts.referenced++;
  }

  private arm(ms: number): void {
    this.handle = setTimeout(() => this.fire(), ms) as unknown as HostTimer | number;
    if (!this.referenced) unrefHost(this.handle);
  }

  stop(): boolean {
    if (this.handle === null) return false;
    clearTimeout(this.handle as Parameters<typeof clearTimeout>[0]);
    this.forget();
    return true;
  }

  setReferenced(referenced: boolean): void {
    if (this.referenced === referenced) return;
    this.referenced = referenced;
    if (this.handle === null) return;
    timerCounts.referenced += referenced ? 1 : -1;
    const handle = this.handle;
    if (typeof handle === 'object') {
      if (referenced) handle.ref?.();
      else handle.unref?.();
    }
  }

  private fire(): void {
    // Node's timers run on a millisecond loop clock: one may fire before its deadline by the
    // clock programs read (time.Since, Instant::elapsed), so wait out the rest.
    const early = this.deadline - performance.now();
    if (early > 0) {
      this.arm(Math.ceil(early));
      return;
    }
    this.forget();
    if (this.generation !== sched.generation) return;
    enterMacrotask();
    this.callback();
    if (isIdle()) requestMacrotask();
  }

  private forget(): void {
    if (this.referenced) timerCounts.referenced--;
    active.delete(this);
    this.handle = null;
  }
}

const active = new Set<Timer>();

export const timerCounts = { referenced: 0 };

/** Cancels every pending timer (the program ended). */
export function stopAllTimers(): void {
  for (const timer of [...active]) timer.stop();
  timerCounts.referenced = 0;
}

function unrefHost(handle: HostTimer | number): void {
  if (typeof handle === 'object') handle.unref?.();
}
