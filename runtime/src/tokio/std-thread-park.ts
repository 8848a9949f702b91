// std::thread::Thread: a thread's name and its park token. `unpark()` makes the token
// available (at most one is kept); `park()` takes it, waiting until there is one.
import { sched } from '../core/scheduler.js';
import type { Waiter } from '../core/waiter.js';
import { debugStruct, RUST_DEBUG, type RustDebugValue } from '../fmt/rust.js';
import { awaitOp, PENDING, Subscribers, type Poll, type Selectable } from './op.js';
import type { Option } from './result.js';
import { RealSleep } from './std-time.js';
import { within, type Duration } from './time.js';

export class Thread implements Selectable<null> {
  private token = false;
  private readonly parked = new Subscribers();

  constructor(private readonly threadName: Option<string>) {}

  name(): Option<string> {
    return this.threadName;
  }

  unpark(): void {
    this.token = true;
    this.parked.notifyAll();
  }

  /** Takes the token: a park that completes. */
  poll(): Poll<null> {
    if (!this.token) return PENDING;
    this.token = false;
    return null;
  }

  subscribe(w: Waiter): void {
    this.parked.add(w);
  }

  unsubscribe(w: Waiter): void {
    this.parked.remove(w);
  }

  describe(): string {
    return 'a thread park';
  }

  [RUST_DEBUG](): RustDebugValue {
    return debugStruct('Thread', [['name', this.threadName]])[RUST_DEBUG]();
  }
}

const MAIN = new Thread('main');
/** The Thread of each task that stands for a thread, by the task's handle. */
const threads = new WeakMap<object, Thread>();

/** The handle of a task started for a thread: it is that thread. */
export function nameThread(handle: object, name: Option<string>): Thread {
  const thread = new Thread(name);
  threads.set(handle, thread);
  return thread;
}

/** `thread::current()`: main's thread, or the thread the running task stands for. */
export function current(): Thread {
  const task = sched.current;
  const handle = task === null || task.id === 0 ? null : task.handle;
  if (typeof handle !== 'object' || handle === null) return MAIN;
  return threads.get(handle) ?? nameThread(handle, undefined);
}

/** `thread::park()`: waits for the current thread's token (there are no spurious wake-ups here). */
export function park(): null | Promise<null> {
  return awaitOp(current(), 'thread park');
}

/** `thread::park_timeout(d)`: as `park`, but for at most `d` of real time. */
export async function parkTimeout(d: Duration): Promise<null> {
  await within(current(), () => new RealSleep(d));
  return null;
}
