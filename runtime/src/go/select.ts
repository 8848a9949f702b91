import { completed, park, taskWaiter } from '../core/scheduler.js';
import { tracer } from '../core/tracer.js';
import { CaseWaiter, type Waiter } from '../core/waiter.js';
import { Chan, SelectResult, type SelectTarget } from './chan.js';

/** One case of a select: a receive from, or a send to, a channel (nil disables the case). */
export interface SelectCase {
  readonly ch: Chan<any> | null;
  readonly send: boolean;
  readonly value: unknown;
}

/** `case v, ok := <-ch:` */
export function recvCase<T>(ch: Chan<T> | null): SelectCase {
  return { ch, send: false, value: undefined };
}

/** `case ch <- v:` */
export function sendCase<T>(ch: Chan<T> | null, value: T): SelectCase {
  return { ch, send: true, value };
}

const DEFAULT = new SelectResult(-1, undefined, false);
/** The indices of the ready cases of the select being evaluated (one runs at a time). */
let readyCases = new Int32Array(8);

/**
 * Go's `select`: commits exactly one ready case, chosen uniformly at random among the ready
 * ones; with `hasDefault` and none ready, gives index -1 at once; otherwise waits for the
 * first case that becomes ready. A select with no usable case waits forever.
 */
export function select(cases: readonly SelectCase[], hasDefault = false): SelectResult | Promise<SelectResult> {
  if (readyCases.length < cases.length) readyCases = new Int32Array(cases.length * 2);
  let ready = 0;
  for (let i = 0; i < cases.length; i++) if (isReady(cases[i]!)) readyCases[ready++] = i;
  if (ready > 0) {
    const chosen = readyCases[randomBelow(ready)]!;
    tracer?.selected(cases.length, readyCases, ready, chosen);
    return completed(completeCase(cases, chosen));
  }
  if (hasDefault) {
    tracer?.selected(cases.length, readyCases, 0, -1);
    return completed(DEFAULT);
  }
  return parkSelect(cases);
}

/** Whether the case can complete now (a send on a closed channel can: it panics). */
function isReady({ ch, send }: SelectCase): boolean {
  return ch !== null && (send ? ch.sendReady() : ch.recvReady());
}

/** Completes the ready case `i`. */
function completeCase(cases: readonly SelectCase[], i: number): SelectResult {
  const { ch, send, value } = cases[i]!;
  if (send) {
    ch!.offer(value);
    return new SelectResult(i, undefined, true);
  }
  const received = ch!.take();
  return new SelectResult(i, received, Chan.lastTakeOk());
}

/**
 * A parked select: one case waiter per usable case (null for a nil channel), queued on its
 * channel. The first case a channel completes commits the select (see chan.ts).
 */
export class SelectWait implements SelectTarget {
  constructor(
    private readonly cases: readonly SelectCase[],
    private readonly waiters: readonly (Waiter | null)[],
  ) {}

  get caseCount(): number {
    return this.cases.length;
  }

  /** Takes every case out of its channel's queue: the select has committed. */
  withdraw(): void {
    for (let i = 0; i < this.cases.length; i++) {
      const w = this.waiters[i];
      const { ch, send } = this.cases[i]!;
      if (w !== null && ch !== null) ch.cancel(w, send);
    }
  }

  describe(): string {
    const channels = this.cases.flatMap(({ ch }) => (ch === null ? [] : [ch.describe()]));
    return channels.join(', ') || 'no channel';
  }
}

function parkSelect(cases: readonly SelectCase[]): Promise<SelectResult> {
  const owner = taskWaiter();
  const waiters = new Array<Waiter | null>(cases.length);
  for (let i = 0; i < cases.length; i++) {
    const { ch, send, value } = cases[i]!;
    waiters[i] = ch === null ? null : queueCase(owner, i, ch, send, value);
  }
  return park(owner, cases.length === 0 ? 'select (no cases)' : 'select', new SelectWait(cases, waiters));
}

function queueCase(owner: Waiter, index: number, ch: Chan<unknown>, send: boolean, value: unknown): Waiter {
  const w = new CaseWaiter(owner);
  w.kind = index;
  w.value = value;
  ch.enqueue(w, send);
  return w;
}

/** xorshift32, seeded once: select's choice needs speed and uniformity, not secrecy. */
let seed = (Math.random() * 0x100000000) >>> 0 || 1;

/** A uniform integer in [0, bound). */
function randomBelow(bound: number): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return Math.floor(((seed >>> 0) / 0x100000000) * bound);
}
