import { completed, park, wake } from '../core/scheduler.js';
import { Timer as HostTimer } from '../core/timers.js';
import { Waiter } from '../core/waiter.js';
import { Chan } from './chan.js';
import { go } from './goroutine.js';

/** Go's time.Duration: a number of nanoseconds. */
export type Duration = number;

export const nanosecond: Duration = 1;
export const microsecond: Duration = 1e3;
export const millisecond: Duration = 1e6;
export const second: Duration = 1e9;
export const minute: Duration = 60e9;
export const hour: Duration = 3600e9;

const GO_TYPE = Symbol.for('chan2ts.goType');

/** An instant, in nanoseconds on a monotonic clock. */
export class Time {
  readonly [GO_TYPE] = 'time.Time';
  constructor(readonly nanos: number) {}

  sub(earlier: Time): Duration {
    return this.nanos - earlier.nanos;
  }

  add(d: Duration): Time {
    return new Time(this.nanos + d);
  }

  after(other: Time): boolean {
    return this.nanos > other.nanos;
  }

  before(other: Time): boolean {
    return this.nanos < other.nanos;
  }

  unixMilli(): number {
    return Math.floor(this.nanos / 1e6);
  }

  String(): string {
    return new Date(this.nanos / 1e6).toISOString();
  }
}

export function now(): Time {
  return new Time(Math.round((performance.timeOrigin + performance.now()) * 1e6));
}

export function since(t: Time): Duration {
  return now().nanos - t.nanos;
}

export function until(t: Time): Duration {
  return t.nanos - now().nanos;
}

/** `time.Sleep(d)`: pauses the calling goroutine; a pending sleep keeps deadlock detection off. */
export function sleep(d: Duration): void | Promise<void> {
  if (d <= 0) return completed(undefined);
  const w = new Waiter();
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
    super(1, null as unknown as Time, 'timer.C', 'chan time.Time');
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
export function tick(d: Duration): Chan<Time> {
  return d <= 0 ? (null as unknown as Chan<Time>) : new Ticker(d).c;
}

/** `time.AfterFunc(d, f)`: runs f in its own goroutine after d. */
export function afterFunc(d: Duration, f: () => unknown): { stop(): boolean; reset(d: Duration): boolean } {
  const timer = new HostTimer(() => go(f));
  timer.start(d / 1e6);
  return {
    stop: () => timer.stop(),
    reset(next: Duration) {
      const wasActive = timer.stop();
      timer.start(next / 1e6);
      return wasActive;
    },
  };
}

/** Go's Duration.String(): "1h2m3.5s", "1.5s", "150ms", "2µs", "0s". */
export function durationString(d: Duration): string {
  if (d === 0) return '0s';
  const sign = d < 0 ? '-' : '';
  const abs = Math.abs(d);
  if (abs < microsecond) return `${sign}${abs}ns`;
  if (abs < millisecond) return `${sign}${trimFraction(abs / microsecond)}µs`;
  if (abs < second) return `${sign}${trimFraction(abs / millisecond)}ms`;
  const hours = Math.floor(abs / hour);
  const minutes = Math.floor((abs % hour) / minute);
  const seconds = trimFraction((abs % minute) / second);
  if (hours > 0) return `${sign}${hours}h${minutes}m${seconds}s`;
  if (minutes > 0) return `${sign}${minutes}m${seconds}s`;
  return `${sign}${seconds}s`;
}

function trimFraction(x: number): string {
  return x.toFixed(9).replace(/\.?0+$/, '');
}
