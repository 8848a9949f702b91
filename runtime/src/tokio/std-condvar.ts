import { wake } from '../core/scheduler.js';
import type { Waiter } from '../core/waiter.js';
import { awaitOp, PENDING, type Poll, type Selectable } from './op.js';
import { Ok } from './result.js';
import type { MutexGuard } from './sync.js';
import { RealSleep } from './std-time.js';
import { realNanos } from './clock.js';
import { Duration, within } from './time.js';

/*
 * std::sync::Condvar: `wait(guard)` unlocks the mutex and waits for a notification, then locks
 * it again and gives the guard back (Ok: poisoning is not modelled). Waiters are woken in the
 * order they began to wait; there are no spurious wake-ups.
 */

/** One wait: notified once chosen by notify_one or notify_all. */
class Ticket implements Selectable<true> {
  notified = false;
  waiter: Waiter | null = null;

  constructor(private readonly waiting: Set<Ticket>) {}

  poll(): Poll<true> {
    return this.notified ? true : PENDING;
  }

  subscribe(w: Waiter): void {
    this.waiter = w;
  }

  unsubscribe(): void {
    this.waiter = null;
    if (!this.notified) this.waiting.delete(this);
  }

  describe(): string {
    return 'a Condvar';
  }
}

export class WaitTimeoutResult {
  constructor(private readonly timedOutFlag: boolean) {}

  timedOut(): boolean {
    return this.timedOutFlag;
  }
}

export class Condvar {
  private readonly waiting = new Set<Ticket>();

  async wait<T>(guard: MutexGuard<T>): Promise<Ok<MutexGuard<T>>> {
    const ticket = this.enter(guard);
    await awaitOp(ticket, 'condvar wait');
    return new Ok(await guard.relock());
  }

  /** Waits while `condition(value)` holds (checked first, and after each wake-up). */
  async waitWhile<T>(guard: MutexGuard<T>, condition: (value: T) => boolean): Promise<Ok<MutexGuard<T>>> {
    let held = guard;
    while (condition(held.value)) held = (await this.wait(held)).value;
    return new Ok(held);
  }

  async waitTimeout<T>(guard: MutexGuard<T>, d: Duration): Promise<Ok<[MutexGuard<T>, WaitTimeoutResult]>> {
    const ticket = this.enter(guard);
    const waited = await within(ticket, () => new RealSleep(d));
    return new Ok([await guard.relock(), new WaitTimeoutResult(waited.isErr())]);
  }

  /**
   * Waits while `condition(value)` holds, for at most `d` of real time in all; timed out when
   * the condition still holds once the time is up.
   */
  async waitTimeoutWhile<T>(
    guard: MutexGuard<T>,
    d: Duration,
    condition: (value: T) => boolean,
  ): Promise<Ok<[MutexGuard<T>, WaitTimeoutResult]>> {
    const due = realNanos() + d.nanos;
    let held = guard;
    while (condition(held.value)) {
      const left = due - realNanos();
      if (left <= 0) return new Ok([held, new WaitTimeoutResult(true)]);
      held = (await this.waitTimeout(held, Duration.fromNanos(left))).value[0];
    }
    return new Ok([held, new WaitTimeoutResult(false)]);
  }

  notifyOne(): void {
    for (const ticket of this.waiting) {
      this.notify(ticket);
      return;
    }
  }

  notifyAll(): void {
    for (const ticket of [...this.waiting]) this.notify(ticket);
  }

  /** Unlocks and takes a place in the queue, in one step: no notification can come in between. */
  private enter<T>(guard: MutexGuard<T>): Ticket {
    const ticket = new Ticket(this.waiting);
    this.waiting.add(ticket);
    guard.drop();
    return ticket;
  }

  private notify(ticket: Ticket): void {
    this.waiting.delete(ticket);
    ticket.notified = true;
    if (ticket.waiter !== null) wake(ticket.waiter, undefined);
  }
}
