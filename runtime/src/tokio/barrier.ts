import { awaitOp, PENDING, Subscribers, type Poll, type Selectable } from './op.js';
import { tracer } from '../core/tracer.js';
import type { Waiter } from '../core/waiter.js';

/*
 * tokio::sync::Barrier and std::sync::Barrier: `wait` blocks until `n` waits have arrived,
 * then releases them all; the one that arrived last is the leader. The barrier is reusable:
 * the next `n` waits form the next generation. `Barrier::new(0)` behaves as `new(1)`.
 */

export class BarrierWaitResult {
  constructor(private readonly leader: boolean) {}

  isLeader(): boolean {
    return this.leader;
  }
}

class Generation {
  arrived = 0;
  done = false;
  readonly waiting = new Subscribers();
}

/** One wait of a generation that was not yet complete when it arrived. */
class WaitOp implements Selectable<BarrierWaitResult> {
  constructor(private readonly generation: Generation) {}

  poll(): Poll<BarrierWaitResult> {
    return this.generation.done ? new BarrierWaitResult(false) : PENDING;
  }

  subscribe(w: Waiter): void {
    this.generation.waiting.add(w);
  }

  unsubscribe(w: Waiter): void {
    this.generation.waiting.remove(w);
  }

  describe(): string {
    return 'a Barrier';
  }
}

export class Barrier {
  private readonly n: number;
  private current = new Generation();

  constructor(n: number) {
    this.n = Math.max(n, 1);
  }

  wait(): BarrierWaitResult | Promise<BarrierWaitResult> {
    const generation = this.current;
    generation.arrived++;
    tracer?.synced('arrive', this);
    if (generation.arrived < this.n) return awaitOp(new WaitOp(generation), 'barrier wait');
    generation.done = true;
    generation.waiting.notifyAll();
    this.current = new Generation();
    return new BarrierWaitResult(true);
  }

  describe(): string {
    return `a Barrier (${this.current.arrived} of ${this.n} arrived)`;
  }
}
