import { wakeTogether } from '../core/scheduler.js';
import { Timer } from '../core/timers.js';
import { advanceClock, clockNow, deadlineTick, isPaused, nanosToTick, nowTick, startClock } from './clock.js';

/*
 * Timers on Tokio's clock. While it runs, a timer is a host timer. While it is paused, a timer
 * waits here until the clock reaches its tick: `time::advance` fires what it passes, and when no
 * task can run (and no I/O is pending) the clock jumps to the next timer's tick and fires it,
 * as Tokio's paused clock auto-advances. Timers of one tick fire in the order they were set.
 */

/** Started timers that have not fired, whatever the clock's state. */
const armed = new Set<ClockTimer>();
let registrations = 0;
/** Blocking tasks still running: Tokio does not move a paused clock on by itself meanwhile. */
const blockingTasks = new Set<object>();

/** Calls `callback` once Tokio's clock reaches a deadline (nanoseconds on that clock). */
export class ClockTimer {
  private host: Timer | null = null;
  private deadline = 0;
  /** When it was set, among the timers of its tick. */
  private order = 0;

  constructor(private readonly callback: () => void) {}

  start(deadline: number): void {
    this.stop();
    this.deadline = deadline;
    this.order = ++registrations;
    if (isPaused() && this.tick <= nowTick()) {
      // Tokio fires a timer set for a tick already processed when it is set.
      this.callback();
      return;
    }
    armed.add(this);
    if (!isPaused()) this.startHost();
  }

  stop(): void {
    if (!armed.delete(this)) return;
    this.stopHost();
  }

  get tick(): number {
    return deadlineTick(this.deadline);
  }

  startHost(): void {
    const host = new Timer(() => this.fire());
    this.host = host;
    host.start(Math.max(0, (this.deadline - clockNow()) / 1e6));
  }

  stopHost(): void {
    this.host?.stop();
    this.host = null;
  }

  /** Fires, unless stopped meanwhile (by a timer fired before it in the same batch). */
  fire(): void {
    if (!armed.delete(this)) return;
    this.host = null;
    this.callback();
  }

  static inFiringOrder(a: ClockTimer, b: ClockTimer): number {
    return a.tick - b.tick || a.order - b.order;
  }
}

/** Whether a deadline has passed: on a paused clock, whether its tick has come. */
export function hasPassed(deadline: number): boolean {
  return isPaused() ? deadlineTick(deadline) <= nowTick() : clockNow() >= deadline;
}

/** A new runtime: its clock, running or paused, and no timers. */
export function resetClock(paused: boolean, pausingEnabled: boolean): void {
  for (const timer of armed) timer.stopHost();
  armed.clear();
  blockingTasks.clear();
  startClock(paused, pausingEnabled);
}

/** The clock was paused: its timers wait for it here. */
export function holdTimers(): void {
  for (const timer of armed) timer.stopHost();
}

/** The clock runs again: its timers become host timers. */
export function releaseTimers(): void {
  for (const timer of armed) timer.startHost();
}

/** Fires, in tick order, the timers a paused clock has reached; the tasks they wake run after. */
export function fireDueTimers(): void {
  const now = nowTick();
  const due = [...armed].filter((timer) => timer.tick <= now);
  if (due.length === 0) return;
  due.sort(ClockTimer.inFiringOrder);
  wakeTogether(() => {
    for (const timer of due) timer.fire();
  });
}

/** Nothing can run: a paused clock moves on to its next timer and fires it. False when there is none. */
export function advanceToNextTimer(): boolean {
  if (!isPaused() || armed.size === 0 || blockingTasks.size > 0) return false;
  let next = Infinity;
  for (const timer of armed) next = Math.min(next, timer.tick);
  advanceClock(nanosToTick(next));
  fireDueTimers();
  return true;
}

/** A `spawn_blocking` body: until it ends, a paused clock moves only when told. */
export function blockingBody<T>(f: () => T | Promise<T>): () => Promise<T> {
  const token = {};
  blockingTasks.add(token);
  return async () => {
    try {
      return await f();
    } finally {
      blockingTasks.delete(token);
    }
  };
}
