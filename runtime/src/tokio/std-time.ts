import { Timer } from '../core/timers.js';
import type { Waiter } from '../core/waiter.js';
import { realNanos } from './clock.js';
import { awaitOp, PENDING, Subscribers, type Poll, type Selectable } from './op.js';
import type { Duration } from './time.js';

/*
 * std's waits on real time: `thread::sleep`, and the limits of `recv_timeout` and
 * `wait_timeout`. Tokio's paused clock does not move them, nor do they hold it back.
 */

/** Completes once `d` of real time has passed since it was made. */
export class RealSleep implements Selectable<null> {
  private readonly due: number;
  private readonly waiters = new Subscribers();
  private readonly timer = new Timer(() => this.waiters.notifyAll());

  constructor(d: Duration) {
    this.due = realNanos() + d.nanos;
  }

  poll(): Poll<null> {
    return realNanos() >= this.due ? null : PENDING;
  }

  subscribe(w: Waiter): void {
    this.waiters.add(w);
    if (!this.timer.active) this.timer.start((this.due - realNanos()) / 1e6);
  }

  unsubscribe(w: Waiter): void {
    this.waiters.remove(w);
    if (this.waiters.size === 0) this.timer.stop();
  }

  describe(): string {
    return 'a thread sleep';
  }
}

/** `std::thread::sleep(d)`: the thread waits for real time; no runtime needed. */
export function sleep(d: Duration): null | Promise<null> {
  return awaitOp(new RealSleep(d), 'thread sleep');
}
