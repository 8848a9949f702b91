import { completed, park } from '../core/scheduler.js';
import { Waiter } from '../core/waiter.js';
import { Chan, NOT_READY, SelectResult } from './chan.js';

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
let order = new Int32Array(8);

/**
 * Go's `select`: commits exactly one ready case, chosen uniformly at random among the ready
 * ones; with `hasDefault` and none ready, gives index -1 at once; otherwise waits for the
 * first case that becomes ready. A select with no usable case waits forever.
 */
export function select(cases: readonly SelectCase[], hasDefault = false): SelectResult | Promise<SelectResult> {
  const n = cases.length;
  shuffleOrder(n);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const { ch, send, value } = cases[i]!;
    if (ch === null) continue;
    if (send) {
      if (ch.offer(value)) return completed(new SelectResult(i, undefined, true));
    } else {
      const received = ch.take();
      if (received !== NOT_READY) return completed(new SelectResult(i, received, Chan.lastTakeOk()));
    }
  }
  if (hasDefault) return completed(DEFAULT);
  return parkSelect(cases);
}

function parkSelect(cases: readonly SelectCase[]): Promise<SelectResult> {
  const owner = new Waiter();
  owner.cases = [];
  const channels: Chan<unknown>[] = [];
  cases.forEach(({ ch, send, value }, i) => {
    if (ch === null) return;
    const w = new Waiter();
    w.owner = owner;
    w.caseIndex = i;
    w.value = value;
    ch.enqueue(w, send);
    owner.cases!.push(w);
    channels.push(ch);
  });
  const target = { describe: () => channels.map((ch) => ch.describe()).join(', ') || 'no channel' };
  return park(owner, cases.length === 0 ? 'select (no cases)' : 'select', target);
}

function shuffleOrder(n: number): void {
  if (order.length < n) order = new Int32Array(n * 2);
  for (let i = 0; i < n; i++) {
    const j = Math.floor(Math.random() * (i + 1));
    order[i] = order[j]!;
    order[j] = i;
  }
}
