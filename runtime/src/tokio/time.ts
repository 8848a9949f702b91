import { requireRuntime } from './context.js';
import { clockNow, realNanos } from './clock.js';
import { ClockTimer, hasPassed } from './clock-timers.js';
import type { Waiter } from '../core/waiter.js';
import { debugText, debugUnit, RUST_DEBUG, type RustDebugValue } from '../fmt/rust.js';
import { Elapsed } from './errors.js';
import { awaitOp, PENDING, Subscribers, type Poll, type Selectable } from './op.js';
import { Err, Ok, type Result } from './result.js';
import { select } from './select.js';
import { FutureTask } from './task.js';

/** std::time::Duration, in nanoseconds (exact to 2^53 ns, about 104 days). */
export class Duration {
  static readonly ZERO = new Duration(0);

  private constructor(readonly nanos: number) {}

  /** Orders by time where values are compared (`<`, std's `Ord`: sorting by key). */
  valueOf(): number {
    return this.nanos;
  }

  static fromNanos(n: number): Duration {
    return new Duration(n);
  }
  static fromMicros(n: number): Duration {
    return new Duration(n * 1e3);
  }
  static fromMillis(n: number): Duration {
    return new Duration(n * 1e6);
  }
  static fromSecs(n: number): Duration {
    return new Duration(n * 1e9);
  }
  static fromSecsF64(s: number): Duration {
    return new Duration(Math.round(s * 1e9));
  }

  asNanos(): number {
    return this.nanos;
  }
  asMicros(): number {
    return Math.floor(this.nanos / 1e3);
  }
  asMillis(): number {
    return Math.floor(this.nanos / 1e6);
  }
  asSecs(): number {
    return Math.floor(this.nanos / 1e9);
  }
  asSecsF64(): number {
    return this.nanos / 1e9;
  }
  subsecMillis(): number {
    return Math.floor((this.nanos % 1e9) / 1e6);
  }

  add(other: Duration): Duration {
    return new Duration(this.nanos + other.nanos);
  }
  /** Saturating at zero, as `saturating_sub`. */
  sub(other: Duration): Duration {
    return new Duration(Math.max(0, this.nanos - other.nanos));
  }
  saturatingSub(other: Duration): Duration {
    return this.sub(other);
  }
  /** None when `other` is longer. */
  checkedSub(other: Duration): Duration | undefined {
    return this.nanos >= other.nanos ? this.sub(other) : undefined;
  }
  checkedAdd(other: Duration): Duration | undefined {
    return this.add(other);
  }
  mul(n: number): Duration {
    return new Duration(this.nanos * n);
  }
  div(n: number): Duration {
    return new Duration(Math.floor(this.nanos / n));
  }

  /** Debug as Rust prints it: `1.5s`, `250ms`, `10µs`, `0ns`; `{:.2?}` rounds to 2 decimals. */
  [RUST_DEBUG](precision?: number): RustDebugValue {
    return debugText(durationText(this.nanos, precision))[RUST_DEBUG]();
  }
}

const UNITS: [size: number, digits: number, unit: string][] = [
  [1e9, 9, 's'],
  [1e6, 6, 'ms'],
  [1e3, 3, 'µs'],
];

/** Rust's Duration Debug: the largest unit that fits, a decimal fraction of it, rounded half up. */
function durationText(nanos: number, precision?: number): string {
  for (const [size, digits, unit] of UNITS) {
    if (nanos >= size) return decimal(Math.floor(nanos / size), nanos % size, digits, precision) + unit;
  }
  return `${nanos}ns`;
}

function decimal(whole: number, fraction: number, digits: number, precision?: number): string {
  let text = String(fraction).padStart(digits, '0');
  if (precision === undefined) {
    text = text.replace(/0+$/, '');
    return text ? `${whole}.${text}` : String(whole);
  }
  if (precision < digits) {
    const kept = text.slice(0, precision);
    const roundUp = Number(text[precision]) >= 5;
    const scaled = (BigInt(whole) * 10n ** BigInt(precision) + BigInt(kept || '0') + (roundUp ? 1n : 0n))
      .toString()
      .padStart(precision + 1, '0');
    return precision === 0 ? scaled : `${scaled.slice(0, -precision)}.${scaled.slice(-precision)}`;
  }
  return `${whole}.${text.padEnd(precision, '0')}`;
}

/**
 * A monotonic instant: tokio::time::Instant on Tokio's clock, which may be paused, or
 * std::time::Instant on real time (`stdNow`). Arithmetic keeps the instant's clock.
 */
export class Instant {
  private constructor(
    readonly nanos: number,
    private readonly clock: () => number = clockNow,
  ) {}

  /** Orders by time where values are compared (`<`, std's `Ord`: sorting by key). */
  valueOf(): number {
    return this.nanos;
  }

  static now(): Instant {
    return new Instant(clockNow());
  }

  /** `std::time::Instant::now()` */
  static stdNow(): Instant {
    return new Instant(realNanos(), realNanos);
  }

  elapsed(): Duration {
    return Duration.fromNanos(Math.max(0, this.clock() - this.nanos));
  }

  /** Zero when `earlier` is later, as `duration_since` and `saturating_duration_since` are. */
  durationSince(earlier: Instant): Duration {
    return Duration.fromNanos(Math.max(0, this.nanos - earlier.nanos));
  }

  saturatingDurationSince(earlier: Instant): Duration {
    return this.durationSince(earlier);
  }

  /** None when `earlier` is later. */
  checkedDurationSince(earlier: Instant): Duration | undefined {
    return this.nanos >= earlier.nanos ? this.durationSince(earlier) : undefined;
  }

  add(d: Duration): Instant {
    return new Instant(this.nanos + d.nanos, this.clock);
  }

  /** `instant - duration` */
  sub(d: Duration): Instant {
    return new Instant(this.nanos - d.nanos, this.clock);
  }

  [RUST_DEBUG](): RustDebugValue {
    return debugText(`Instant { t: ${this.nanos}ns }`)[RUST_DEBUG]();
  }
}

/** Waits for a deadline; a select! branch or awaited on its own (`sleep(d).await`). */
export class Sleep implements Selectable<null>, PromiseLike<null> {
  private readonly waiters = new Subscribers();
  private timer: ClockTimer | null = null;

  constructor(private due: Instant) {}

  /** `sleep.deadline()` */
  deadline(): Instant {
    return this.due;
  }

  isElapsed(): boolean {
    return hasPassed(this.due.nanos);
  }

  /** `sleep.reset(deadline)` */
  reset(deadline: Instant): void {
    this.due = deadline;
    this.timer?.stop();
    this.timer = null;
    if (this.waiters.size > 0) this.arm();
  }

  poll(): Poll<null> {
    return this.isElapsed() ? null : PENDING;
  }

  subscribe(w: Waiter): void {
    this.waiters.add(w);
    if (this.timer === null) this.arm();
  }

  unsubscribe(w: Waiter): void {
    this.waiters.remove(w);
    if (this.waiters.size === 0) {
      this.timer?.stop();
      this.timer = null;
    }
  }

  describe(): string {
    return 'a sleep';
  }

  then<R1 = null, R2 = never>(
    onFulfilled?: ((value: null) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): PromiseLike<R1 | R2> {
    return Promise.resolve(awaitOp(this, 'sleep')).then(onFulfilled, onRejected);
  }

  private arm(): void {
    const timer = new ClockTimer(() => {
      this.timer = null;
      this.waiters.notifyAll();
    });
    this.timer = timer;
    timer.start(this.due.nanos);
  }
}

/** `tokio::time::sleep(d)`; outside a runtime Tokio panics at the caller's `location`. */
export function sleep(d: Duration, location?: string): Sleep {
  requireRuntime(location);
  return new Sleep(Instant.now().add(d));
}

/** `tokio::time::sleep_until(deadline)` */
export function sleepUntil(deadline: Instant, location?: string): Sleep {
  requireRuntime(location);
  return new Sleep(deadline);
}

type Awaitable<T> = Selectable<T> | (() => T | Promise<T>);

/**
 * `tokio::time::timeout(d, future)`: Ok(value) if the future completes first (a future
 * that is ready at once wins, even with a zero duration), else Err(Elapsed). The future is
 * an operation (a receive, a JoinHandle...) or an async function, which then runs as a
 * hidden task of its own and is cancelled when time runs out, as Rust drops it.
 */
export function timeout<T>(d: Duration, future: Awaitable<T>): Promise<Result<T, Elapsed>> {
  requireRuntime();
  return within(future, () => new Sleep(Instant.now().add(d)));
}

/** `tokio::time::timeout_at(deadline, future)`: `timeout` with an instant for its limit. */
export function timeoutAt<T>(deadline: Instant, future: Awaitable<T>): Promise<Result<T, Elapsed>> {
  requireRuntime();
  return within(future, () => new Sleep(deadline));
}

/**
 * `future`, or Err(Elapsed) once `deadline` completes first; for `timeout`, and for std's
 * blocking calls with a limit (`recv_timeout`), which need no Tokio runtime.
 */
export async function within<T>(future: Awaitable<T>, deadline: () => Selectable<null>): Promise<Result<T, Elapsed>> {
  if (typeof future !== 'function') {
    const selected = await select([{ op: future }, { op: deadline() }], { biased: true });
    return selected.index === 0 ? new Ok(selected.value as T) : new Err(new Elapsed());
  }
  const task = new FutureTask(future);
  let selected;
  try {
    // Rust polls the future before the deadline (biased: the task first).
    selected = await select([{ op: task }, { op: deadline() }], { biased: true });
  } catch (error) {
    // The caller was aborted: the future it owned is dropped with it.
    task.cancel();
    throw error;
  }
  if (selected.index === 1) {
    task.cancel();
    return new Err(new Elapsed());
  }
  const outcome = selected.value as { ok: true; value: T } | { ok: false; error: unknown };
  if (!outcome.ok) throw outcome.error;
  return new Ok(outcome.value);
}

/**
 * `tokio::time::interval(period)`: the first tick completes at once; a late tick is
 * followed by the missed ones at once (Tokio's default MissedTickBehavior::Burst).
 */
const MISSED_TICK_TOLERANCE_NANOS = 5e6;

/** What an interval does after a late tick (Tokio's MissedTickBehavior; Burst is the default), printed as Rust prints it. */
export const MissedTickBehavior = {
  Burst: debugUnit('Burst'),
  Delay: debugUnit('Delay'),
  Skip: debugUnit('Skip'),
} as const;
export type MissedTickBehavior = (typeof MissedTickBehavior)[keyof typeof MissedTickBehavior];

export class Interval implements Selectable<Instant> {
  private next: Instant;
  private readonly sleep: Sleep;
  private missed: MissedTickBehavior = MissedTickBehavior.Burst;

  /** @param start when the first tick completes (now, for `interval`) */
  constructor(
    private readonly every: Duration,
    start = Instant.now(),
  ) {
    if (every.nanos <= 0) throw new RangeError('`period` must be non-zero.');
    this.next = start;
    this.sleep = new Sleep(this.next);
  }

  /** `interval.tick().await` */
  tick(): Instant | Promise<Instant> {
    return awaitOp(this, 'interval tick');
  }

  /** `set_missed_tick_behavior`: Burst catches up at once, Delay restarts the period from now, Skip waits for the next multiple. */
  setMissedTickBehavior(behavior: MissedTickBehavior): void {
    this.missed = behavior;
  }

  missedTickBehavior(): MissedTickBehavior {
    return this.missed;
  }

  /** `interval.period()` */
  period(): Duration {
    return this.every;
  }

  /** `reset()`: the next tick is one period from now. */
  reset(): void {
    this.next = Instant.now().add(this.every);
    this.sleep.reset(this.next);
  }

  poll(): Poll<Instant> {
    if (!this.sleep.isElapsed()) return PENDING;
    const now = Instant.now();
    const fired = this.next;
    // Tokio treats a tick as missed only past a 5 ms tolerance.
    const late = now.nanos > fired.nanos + MISSED_TICK_TOLERANCE_NANOS;
    if (late && this.missed === MissedTickBehavior.Delay) this.next = now.add(this.every);
    else if (late && this.missed === MissedTickBehavior.Skip) {
      this.next = now.add(Duration.fromNanos(this.every.nanos - ((now.nanos - fired.nanos) % this.every.nanos)));
    } else this.next = fired.add(this.every);
    this.sleep.reset(this.next);
    return fired;
  }

  subscribe(w: Waiter): void {
    this.sleep.subscribe(w);
  }

  unsubscribe(w: Waiter): void {
    this.sleep.unsubscribe(w);
  }

  describe(): string {
    return 'an interval';
  }
}

export function interval(period: Duration, location?: string): Interval {
  requireRuntime(location);
  return new Interval(period);
}

/** `tokio::time::interval_at(start, period)`: the first tick completes at `start`. */
export function intervalAt(start: Instant, period: Duration, location?: string): Interval {
  requireRuntime(location);
  return new Interval(period, start);
}
