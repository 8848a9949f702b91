import { yieldNow } from '../core/scheduler.js';
import { advanceClock, pauseClock, resumeClock } from './clock.js';
import { fireDueTimers, holdTimers, releaseTimers } from './clock-timers.js';
import type { Duration } from './time.js';

/*
 * tokio::time's test-util functions, as the `time` namespace: `time.pause()`,
 * `await time.advance(d)`, `time.resume()`. A panic names the caller's `location`.
 */

/** `time::pause()`: Instant::now() stands still; timers fire only as the clock is moved on. */
export function pause(location?: string): void {
  pauseClock(location);
  holdTimers();
}

/** `time::resume()`: the clock runs on from where it stood. */
export function resume(location?: string): void {
  resumeClock(location);
  releaseTimers();
}

/** `time::advance(d).await`: moves the paused clock on, fires the timers it passed, and yields. */
export function advance(d: Duration, location?: string): void | Promise<void> {
  advanceClock(d.nanos, location);
  fireDueTimers();
  return yieldNow();
}
