import { completed, park, wake } from '../core/scheduler.js';
import { Timer as HostTimer } from '../core/timers.js';
import { PlainWaiter } from '../core/waiter.js';
import { Chan } from './chan.js';
import { go } from './goroutine.js';
import type { Duration } from './time-duration.js';
import { now, Time } from './time-instant.js';

export { Time, Location, utc, local, fixedZone, date, unix, unixMilli, now } from './time-instant.js';
export { monthString, weekdayString } from './time-calendar.js';
export * from './time-constants.js';
export * from './time-duration.js';
export { parse, parseInLocation } from './time-parse.js';

export function since(t: Time): Duration {
  return now().sub(t);
}

export function until(t: Time): Duration {
  return t.sub(now());
}

/** `time.Sleep(d)`: pauses the calling goroutine; a pending sleep keeps deadlock detection off. */
export function sleep(d: Duration): void | Promise<void> {
  if (d <= 0) return completed(undefined);
  const w = new PlainWaiter();
  new HostTimer(() => wake(w, undefined)).start(d / 1e6);
  return park(w, 'sleep', null);
}

/**
 * A channel fed by a host timer. As since Go 1.23, the timer holds the program open only
 * while a goroutine waits on its channel, and Stop/Reset leave no stale value behind.
 */
/** As since Go 1.23, a timer's channel reports len and cap 0 whatever it holds. */
class TimerChan extends Chan<Time> {
  constructor() {
    super(1, new Time(), 'timer.C', 'chan time.Time');
  }

  override len(): number {
    return 0;
  }

  override cap(): number {
    return 0;
  }
}

class TimerChannel {
  readonly c: Chan<Time> = new TimerChan();
  protected readonly timer = new HostTimer(() => this.fire(), false);

  constructor() {
    this.c.watchReceivers((waiting) => this.timer.setReferenced(waiting));
  }

  protected fire(): void {
    if (this.c.buffered() === 0) this.c.offer(now());
  }

  /** Stops the host timer and drops an undelivered value: true if either was pending. */
  protected halt(): boolean {
    const wasActive = this.timer.stop();
    const dropped = this.c.drain();
    return wasActive || dropped;
  }

  protected restart(d: Duration): boolean {
    const wasPending = this.halt();
    this.timer.start(d / 1e6);
    return wasPending;
  }
}

/** `time.NewTimer(d)`: one value on `c` after d. */
export class Timer extends TimerChannel {
  constructor(d: Duration) {
    super();
    this.timer.start(d / 1e6);
  }

  /** Prevents the timer from firing; false if its value was already received or it was stopped. */
  stop(): boolean {
    return this.halt();
  }

  reset(d: Duration): boolean {
    return this.restart(d);
  }
}

/** `time.NewTicker(d)`: a value on `c` every d; ticks a slow reader misses are dropped. */
export class Ticker extends TimerChannel {
  private period: Duration;

  constructor(d: Duration) {
    super();
    if (d <= 0) throw new Error('non-positive interval for NewTicker');
    this.period = d;
    this.timer.start(d / 1e6);
  }

  stop(): void {
    this.halt();
  }

  reset(d: Duration): void {
    this.period = d;
    this.restart(d);
  }

  protected override fire(): void {
    super.fire();
    this.timer.start(this.period / 1e6);
  }
}

export function newTimer(d: Duration): Timer {
  return new Timer(d);
}

export function newTicker(d: Duration): Ticker {
  return new Ticker(d);
}

/** `time.After(d)`: the channel of a new timer. */
export function after(d: Duration): Chan<Time> {
  return new Timer(d).c;
}

/** `time.Tick(d)`: the channel of a new ticker; nil (null) for d <= 0, as in Go. */
export function tick(d: Duration): Chan<Time> | null {
  return d <= 0 ? null : new Ticker(d).c;
}

/**
 * A timer made by `time.AfterFunc`: when it fires it runs its function in a goroutine of its
 * own instead of sending on `c` (Go's C is nil there: nothing ever arrives on it). While
 * pending it holds the program open, as a goroutine that will run does.
 */
class FuncTimer extends Timer {
  constructor(
    d: Duration,
    private readonly f: () => unknown,
  ) {
    super(d);
    this.timer.setReferenced(true);
  }

  protected override fire(): void {
    go(this.f);
  }
}

/** `time.AfterFunc(d, f)`: runs f in its own goroutine after d; the *Timer stops or resets that. */
export function afterFunc(d: Duration, f: () => unknown): Timer {
  return new FuncTimer(d, f);
}
