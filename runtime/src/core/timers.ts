import { enterMacrotask, sched, setImmediateLike, wakeTogether } from './scheduler.js';
import { tracer } from './tracer.js';

interface HostTimer {
  ref?(): unknown;
  unref?(): unknown;
}

/**
 * Timers due within this many milliseconds of each other fire in one batch, as Go's timer pass
 * finds all of them expired when its P wakes for the first (and Node's clock counts whole ms).
 */
const BATCH_WINDOW_MS = 1;

/**
 * A one-shot host timer that the runtime accounts for. A timer that holds the program open
 * is "referenced": only those keep the deadlock detector quiet (as in Go, where a timer
 * channel nobody waits on does not count). Node's own ref/unref mirrors the flag.
 * A due timer waits for its batch (see `runDueTimers`) and counts as pending until it runs.
 */
export class Timer {
  private handle: HostTimer | number | null = null;
  /** Fired, waiting in `due` for its batch to run. */
  private queued = false;
  /** performance.now() at which the timer is due: the host may call back a little early. */
  deadline = 0;
  private referenced: boolean;
  private readonly generation = sched.generation;

  constructor(
    private readonly callback: () => void,
    referenced = true,
  ) {
    this.referenced = referenced;
  }

  get active(): boolean {
    return this.handle !== null || this.queued;
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
    if (this.handle !== null) {
      clearTimeout(this.handle as Parameters<typeof clearTimeout>[0]);
      this.handle = null;
      active.delete(this);
      // A batch may have been waiting for this timer.
      if (due.length > 0) scheduleDueTimers();
    } else if (this.queued) {
      // Out of `due`, or out of the batch being run (see `run`).
      this.queued = false;
      const at = due.indexOf(this);
      if (at >= 0) due.splice(at, 1);
    } else {
      return false;
    }
    if (this.referenced) timerCounts.referenced--;
    return true;
  }

  setReferenced(referenced: boolean): void {
    if (this.referenced === referenced) return;
    this.referenced = referenced;
    if (!this.active) return;
    timerCounts.referenced += referenced ? 1 : -1;
    const handle = this.handle;
    if (handle !== null && typeof handle === 'object') {
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
    this.handle = null;
    active.delete(this);
    if (this.generation !== sched.generation) return;
    this.queued = true;
    due.push(this);
    scheduleDueTimers();
  }

  /** Runs the callback of a timer of the batch, unless an earlier one of it stopped this one. */
  run(): void {
    if (!this.queued) return;
    this.queued = false;
    if (this.referenced) timerCounts.referenced--;
    tracer?.timerFired();
    this.callback();
  }
}

/** Started timers that have not fired. */
const active = new Set<Timer>();
/** Fired timers whose callbacks wait for the rest of their batch. */
let due: Timer[] = [];
let dueScheduled = false;

export const timerCounts = { referenced: 0 };

function scheduleDueTimers(): void {
  if (dueScheduled) return;
  dueScheduled = true;
  setImmediateLike(runDueTimers);
}

/**
 * Runs the due timers' callbacks in deadline order, together (see `wakeTogether`), unless a
 * timer not yet fired belongs to the batch: its own firing runs the batch then.
 */
function runDueTimers(): void {
  dueScheduled = false;
  if (due.length === 0) return;
  let latest = -Infinity;
  for (const timer of due) latest = Math.max(latest, timer.deadline);
  for (const timer of active) if (timer.deadline <= latest + BATCH_WINDOW_MS) return;
  const batch = due.sort((a, b) => a.deadline - b.deadline);
  due = [];
  enterMacrotask();
  wakeTogether(() => {
    for (const timer of batch) timer.run();
  });
}

/** Cancels every pending timer (the program ended). */
export function stopAllTimers(): void {
  for (const timer of [...active, ...due]) timer.stop();
  timerCounts.referenced = 0;
}

function unrefHost(handle: HostTimer | number): void {
  if (typeof handle === 'object') handle.unref?.();
}
