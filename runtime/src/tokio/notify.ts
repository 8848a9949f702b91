import { RESOLVED, wake } from '../core/scheduler.js';
import { tracer } from '../core/tracer.js';
import type { Waiter } from '../core/waiter.js';
import { awaitOp, PENDING, type Poll, type Selectable } from './op.js';
import type { Unit } from './result.js';

/*
 * tokio::sync::Notify: `notify_one` wakes the longest-registered waiter or, with none, stores
 * one permit for the next `notified()`; `notify_waiters` completes every Notified future made
 * before the call (registered or not) and stores nothing. A Notified registers when first
 * polled or `enable`d; one that is dropped after `notify_one` chose it hands the notification on.
 */
export class Notify {
  private permit = false;
  /** How many times notify_waiters was called: a Notified made before the latest call is complete. */
  generation = 0;
  /** Registered Notified futures, in registration order. */
  private readonly waiting = new Set<Notified>();

  notified(): Notified {
    return new Notified(this, this.generation);
  }

  notifyOne(): void {
    tracer?.synced('notify-one', this);
    this.passOn();
  }

  /** Wakes the longest-registered waiter, or stores the permit: a notify_one's, or one a dropped Notified hands on. */
  passOn(): void {
    for (const notified of this.waiting) {
      this.waiting.delete(notified);
      notified.wakeUp();
      return;
    }
    this.permit = true;
  }

  notifyWaiters(): void {
    tracer?.synced('notify-waiters', this);
    this.generation++;
    const everyone = [...this.waiting];
    this.waiting.clear();
    for (const notified of everyone) notified.wakeUp(false);
  }

  describe(): string {
    return 'a Notify';
  }

  takePermit(): boolean {
    const had = this.permit;
    this.permit = false;
    return had;
  }

  register(notified: Notified): void {
    this.waiting.add(notified);
  }

  unregister(notified: Notified): void {
    this.waiting.delete(notified);
  }
}

/** `notify.notified()`: a future that completes once notified; awaitable and usable in select!. */
export class Notified implements Selectable<Unit>, PromiseLike<Unit> {
  /** Chosen by notify_one (true) or notify_waiters (false), not yet seen by a poll. */
  private chosen: boolean | null = null;
  private registered = false;
  private done = false;
  private enabled = false;
  private waiter: Waiter | null = null;

  constructor(
    private readonly notify: Notify,
    private readonly generation: number,
  ) {}

  /** Registers as a waiter without waiting: a later notify_one or notify_waiters counts. True if already notified. */
  enable(): boolean {
    this.enabled = true;
    if (this.isNotified()) return true;
    this.register();
    return false;
  }

  wakeUp(byNotifyOne = true): void {
    this.registered = false;
    this.chosen = byNotifyOne;
    if (this.waiter !== null) wake(this.waiter, undefined);
  }

  poll(): Poll<Unit> {
    if (this.done) return null;
    if (this.isNotified()) {
      this.done = true;
      tracer?.synced('notified', this.notify);
      return null;
    }
    return PENDING;
  }

  subscribe(w: Waiter): void {
    this.waiter = w;
    this.register();
  }

  /**
   * The waiter left: either it polls at once in the same step, or the future was dropped (a
   * lost select! branch, a cancelled task). A dropped future leaves the queue, and hands a
   * notify_one it was chosen for to the next waiter, as Tokio's Notified does on drop.
   */
  unsubscribe(): void {
    this.waiter = null;
    if (this.enabled) return;
    RESOLVED.then(() => {
      if (this.waiter === null) this.leave();
    });
  }

  /** `drop(notified)`: leaves the queue; a notify_one it was chosen for goes to the next waiter. */
  drop(): void {
    this.waiter = null;
    this.leave();
  }

  private leave(): void {
    if (this.done) return;
    if (this.chosen === true) this.notify.passOn();
    else this.notify.unregister(this);
    this.registered = false;
    this.chosen = null;
  }

  describe(): string {
    return 'a Notify';
  }

  then<R1 = Unit, R2 = never>(
    onFulfilled?: ((value: Unit) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): PromiseLike<R1 | R2> {
    return Promise.resolve(awaitOp(this, 'notified')).then(onFulfilled, onRejected);
  }

  private isNotified(): boolean {
    if (this.chosen !== null || this.notify.generation !== this.generation) return true;
    return !this.registered && this.notify.takePermit();
  }

  private register(): void {
    if (this.registered) return;
    this.registered = true;
    this.notify.register(this);
  }
}
