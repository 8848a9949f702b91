// std::future::poll_fn, std::task::{Poll, Context} and std::future::pending: futures polled by
// hand, as Tokio's tests poll a future once to see whether it is ready yet.
//   std::future::poll_fn(|cx| Poll::Ready(Pin::new(&mut *f).poll(cx).is_ready())).await
//   -> await pollFn(async (cx) => StdPoll.ready((await pollFuture(f, cx)).isReady()))
// A future polled once runs until it would park (a hidden task, stepped in place) and stays
// where it parked: the next poll goes on from there, and nothing is cancelled by asking.
import { park, wake, yieldNow } from '../core/scheduler.js';
import { PlainWaiter } from '../core/waiter.js';
import type { RustDebugValue } from '../fmt/rust.js';
import { RUST_DEBUG } from '../fmt/rust.js';
import { checkAborted } from './cancel.js';
import { awaitOp, PENDING, type Selectable } from './op.js';
import { Future } from './select.js';

/** `std::task::Poll<T>`: `Poll::Ready(value)` or `Poll::Pending`. */
export class StdPoll<T> {
  private constructor(
    readonly kind: 'Ready' | 'Pending',
    readonly value: T,
  ) {}

  static ready<T>(value: T): StdPoll<T> {
    return new StdPoll('Ready', value);
  }

  static readonly pending: StdPoll<never> = new StdPoll<never>('Pending', undefined as never);

  isReady(): boolean {
    return this.kind === 'Ready';
  }

  isPending(): boolean {
    return this.kind === 'Pending';
  }

  /** `poll.map(f)`: Ready(f(value)), or Pending. */
  map<U>(f: (value: T) => U): StdPoll<U> {
    return this.kind === 'Ready' ? StdPoll.ready(f(this.value)) : StdPoll.pending;
  }

  [RUST_DEBUG](): RustDebugValue {
    return this.kind === 'Ready'
      ? { kind: 'tuple-struct', name: 'Ready', fields: [this.value] }
      : { kind: 'unit', name: 'Pending' };
  }
}

/** `std::task::Context`: whose waker a polled future wakes; `poll_fn` parks on it while Pending. */
export class Context {
  readonly waiter = new PlainWaiter();
  /** Woken since the last poll began: the poller polls again instead of parking. */
  woken = false;
  private readonly watched = new Set<Selectable<unknown>>();

  /** `cx.waker()`: wakes the poller (`wake`, `wake_by_ref`); a clone wakes the same one. */
  waker(): Waker {
    return new Waker(this);
  }

  /** A future polled with this context that is Pending: it wakes the poller when it can go on. */
  watch(future: Selectable<unknown>): void {
    future.subscribe(this.waiter);
    this.watched.add(future);
  }

  /** The poll ended: what was polled wakes nobody here any more. */
  forget(): void {
    for (const future of this.watched) future.unsubscribe(this.waiter);
    this.watched.clear();
  }
}

/** `std::task::Waker`: wakes the task that polled with its context (a second wake before it runs is harmless). */
export class Waker {
  constructor(private readonly cx: Context) {}

  wakeByRef(): void {
    this.cx.woken = true;
    wake(this.cx.waiter, undefined);
  }

  wake(): void {
    this.wakeByRef();
  }

  clone(): Waker {
    return this;
  }
}

/**
 * `std::future::poll_fn(f).await`: calls `f` with a context until it gives Ready, parking in
 * between until something it polled (or its waker) wakes it.
 */
export async function pollFn<T>(f: (cx: Context) => StdPoll<T> | Promise<StdPoll<T>>): Promise<T> {
  const cx = new Context();
  for (;;) {
    cx.woken = false;
    const polled = await f(cx);
    if (polled.kind === 'Ready') {
      cx.forget();
      return polled.value;
    }
    try {
      // Woken while it polled (`cx.waker().wake_by_ref()`): it is polled again after the others run.
      if (cx.woken) await yieldNow();
      else await park(cx.waiter, 'poll_fn', { describe: () => 'a future polled by hand' });
    } finally {
      cx.forget();
    }
    checkAborted();
  }
}

/** `F::Output` of a future type F: what awaiting it gives. */
export type FutureOutput<F> = F extends PromiseLike<infer T> ? T : F extends Selectable<infer T> ? T : unknown;

/** The hidden task a pinned operation (a Sleep, a Notified) runs in once it is polled by hand. */
const pollTasks = new WeakMap<object, Future<unknown>>();

/**
 * `Pin::new(&mut fut).poll(cx)`: runs the future until it would park and gives Ready(value) or
 * Pending; while Pending, it wakes `cx`'s poller when it can go on.
 */
export async function pollFuture<F>(future: F, cx: Context): Promise<StdPoll<FutureOutput<F>>> {
  type T = FutureOutput<F>;
  const polled =
    future instanceof Future ? (future as Future<T>) : polledInTask(future as PromiseLike<T> | Selectable<T>);
  await polled.step();
  const value = polled.poll();
  if (value === PENDING) {
    cx.watch(polled);
    return StdPoll.pending;
  }
  return StdPoll.ready(value);
}

function polledInTask<T>(future: PromiseLike<T> | Selectable<T>): Future<T> {
  let task = pollTasks.get(future) as Future<T> | undefined;
  if (!task) {
    task = new Future(async () => (isSelectable(future) ? awaitOp(future, 'future') : await future));
    pollTasks.set(future, task);
  }
  return task;
}

function isSelectable<T>(future: PromiseLike<T> | Selectable<T>): future is Selectable<T> {
  return (
    typeof (future as Selectable<T>).poll === 'function' && typeof (future as Selectable<T>).subscribe === 'function'
  );
}

/** `std::future::pending()`: a future that never completes (it waits until it is dropped). */
export function pending<T>(): Future<T> {
  return new Future<T>(() => park<T>(new PlainWaiter(), 'pending', { describe: () => 'std::future::pending()' }));
}
