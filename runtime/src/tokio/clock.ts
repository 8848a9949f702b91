import { RustPanic } from './panic.js';

/*
 * Tokio's clock (its `test-util` clock): real time, or paused time that moves only when told
 * (`time::advance`) or, when no task can run, on to the next timer (see clock-timers.ts).
 * Times are nanoseconds. Timers count whole milliseconds ("ticks") from the runtime's start,
 * as Tokio's timer wheel does: a deadline rounds up to the next tick, and a paused clock
 * moves on by whole ticks from the tick it is in.
 */

const NANOS_PER_TICK = 1e6;

const clock = {
  /** While paused, the time; while running, the time it was at `unfrozenAt`. */
  base: realNanos(),
  /** The real time when the clock last started running; null while paused. */
  unfrozenAt: realNanos() as number | null,
  /** The runtime's start: tick 0. */
  start: realNanos(),
  /** Tokio pauses only a current_thread runtime. */
  pausingEnabled: true,
};

/** Real time, whatever Tokio's clock does: std's clock. */
export function realNanos(): number {
  return Math.round(performance.now() * 1e6);
}

/** A new runtime's clock: running, or paused from the start (`start_paused = true`). */
export function startClock(paused: boolean, pausingEnabled: boolean): void {
  clock.start = clock.base = realNanos();
  clock.unfrozenAt = paused ? null : clock.base;
  clock.pausingEnabled = pausingEnabled;
}

export function clockNow(): number {
  return clock.unfrozenAt === null ? clock.base : clock.base + realNanos() - clock.unfrozenAt;
}

export function isPaused(): boolean {
  return clock.unfrozenAt === null;
}

/** `time::pause()` */
export function pauseClock(location?: string): void {
  if (!clock.pausingEnabled) {
    throw new RustPanic(
      '`time::pause()` requires the `current_thread` Tokio runtime. This is the default Runtime used by `#[tokio::test].',
      location,
    );
  }
  if (clock.unfrozenAt === null) throw new RustPanic('time is already frozen', location);
  clock.base = clockNow();
  clock.unfrozenAt = null;
}

/** `time::resume()` */
export function resumeClock(location?: string): void {
  if (clock.unfrozenAt !== null) throw new RustPanic('time is not frozen', location);
  clock.unfrozenAt = realNanos();
}

/** Moves a paused clock on (`time::advance`, or to the next timer). */
export function advanceClock(nanos: number, location?: string): void {
  if (clock.unfrozenAt !== null) throw new RustPanic('time is not frozen', location);
  clock.base += nanos;
}

/** The tick the clock is in. */
export function nowTick(): number {
  return ticksSinceStart(clockNow());
}

/** The tick a timer with this deadline fires at: the first one not before it. */
export function deadlineTick(deadline: number): number {
  return ticksSinceStart(deadline + NANOS_PER_TICK - 1);
}

/** How far a paused clock moves to reach `tick`: whole ticks from the tick it is in. */
export function nanosToTick(tick: number): number {
  return Math.max(0, tick - nowTick()) * NANOS_PER_TICK;
}

function ticksSinceStart(nanos: number): number {
  return Math.max(0, Math.floor((nanos - clock.start) / NANOS_PER_TICK));
}
