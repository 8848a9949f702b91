import { Ring } from './ring.js';
import { DETACHED, DONE, NO_ARGS, RUNNABLE, RUNNING, Task, WAITING, type TaskHooks } from './task.js';
import { Waiter, type Describable } from './waiter.js';

/**
 * The cooperative budget (Tokio's, Go's preemption): every BUDGET operations and task
 * switches the scheduler looks at the clock, and once a macrotask turn has lasted SLICE_MS
 * the next switch waits for setImmediate, so timers and I/O run even while tasks never block.
 * Counting first keeps the clock off the hot path; the clock keeps short bursts from paying
 * for a macrotask hop they do not need.
 */
export const BUDGET = 1024;
const SLICE_MS = 1;

/**
 * One task runs at a time, as with GOMAXPROCS=1: a woken task goes to the run queue and its
 * promise is settled only when the running task parks, ends or is preempted. This is what
 * lets every operation know which task issued it (deadlock reports, panics), at the cost of
 * one queue push per wake-up.
 */
export const sched = {
  current: null as Task | null,
  runq: new Ring<Task>(),
  tick: 0,
  /** When the current macrotask turn began (performance.now()). */
  turnStart: 0,
  generation: 0,
  macroPending: false,
  detachedCount: 0,
  /** The newest task of this generation that has started or will, until it ends (see liveTasks). */
  live: null as Task | null,
  /** Called at a macrotask boundary when nothing runs and nothing is runnable. */
  onIdle: null as (() => void) | null,
};

/** Schedules microtasks: cheaper than Node's queueMicrotask, which makes an AsyncResource per call. */
export const RESOLVED: Promise<void> = Promise.resolve();

const setImmediateLike: (fn: () => void) => void =
  (globalThis as { setImmediate?: (fn: () => void) => void }).setImmediate ?? ((fn) => setTimeout(fn, 0));

/** Starts `body(...args)` as a task of the current generation, later. */
export function spawnTask(
  id: number,
  name: string,
  body: (...args: any[]) => unknown,
  hooks: TaskHooks,
  args: readonly unknown[] = NO_ARGS,
): Task {
  const task = new Task(id, name, body, args, hooks, sched.current, sched.generation);
  linkLive(task);
  makeRunnable(task);
  return task;
}

/** Every task of this generation that has started or will, until it ends. */
export function liveTasks(): Task[] {
  const tasks: Task[] = [];
  for (let t = sched.live; t !== null; t = t.nextLive) tasks.push(t);
  return tasks;
}

/**
 * The waiter for a blocking operation of the running task: each task reuses one, since it
 * waits on one thing at a time and a waiter leaves every queue before it is settled. A new
 * one for a caller outside any task.
 */
export function taskWaiter(): Waiter {
  const task = sched.current;
  if (task === null) return new Waiter();
  return (task.waiter ??= new Waiter());
}

/** Parks the running task (or a caller outside any task) until `wake` or `fail` settles `w`. */
export function park<T>(w: Waiter, reason: string, target: Describable | null): Promise<T> {
  const task = sched.current;
  w.task = task;
  w.reason = reason;
  w.target = target;
  const promise = new Promise<T>((resolve) => {
    w.resolve = resolve as (value: unknown) => void;
  });
  if (task !== null) {
    task.state = WAITING;
    task.waiter = w;
    sched.current = null;
    runNext();
  }
  return promise;
}

export function wake(w: Waiter, value: unknown): void {
  if (!isParked(w)) return;
  w.value = value;
  w.failed = false;
  resume(w);
}

export function fail(w: Waiter, error: unknown): void {
  if (!isParked(w)) return;
  w.value = error;
  w.failed = true;
  resume(w);
}

/** Whether `w` still holds a parked caller: a second wake (or an abort's fail) changes nothing. */
function isParked(w: Waiter): boolean {
  const task = w.task;
  if (task === null) return w.resolve !== null;
  return task.generation === sched.generation && task.state === WAITING && task.waiter === w;
}

/**
 * Counts one operation that completed without waiting and gives back its result, or, once
 * the budget is spent, a promise of it that settles after timers and I/O have had a turn.
 */
export function completed<T>(value: T): T | Promise<T> {
  if (++sched.tick < BUDGET || !sliceUsedUp()) return value;
  return preempt(value);
}

/** Called when the count runs out: true once this macrotask turn has lasted a slice. */
function sliceUsedUp(): boolean {
  sched.tick = 0;
  return now() - sched.turnStart >= SLICE_MS;
}

const now: () => number = () => performance.now();

/** Lets every other runnable task run before the caller continues (Go's runtime.Gosched). */
export function yieldNow(): void | Promise<void> {
  if (sched.current === null || sched.runq.length === 0) return completed(undefined);
  return preempt(undefined, false);
}

export function isIdle(): boolean {
  return sched.current === null && sched.runq.length === 0;
}

/**
 * Starts a fresh generation: tasks and timers of earlier ones are never resumed. A program
 * starts one and leaves one when it ends, so the runtime works on as a plain library.
 */
export function resetScheduler(): void {
  sched.generation++;
  sched.current = null;
  sched.runq.clear();
  sched.tick = 0;
  sched.detachedCount = 0;
  sched.live = null;
  sched.onIdle = null;
}

/** Asks for a macrotask boundary: budget reset, detached tasks noticed, idle checks run. */
export function requestMacrotask(): void {
  if (sched.macroPending) return;
  sched.macroPending = true;
  setImmediateLike(onMacrotask);
}

/** A timer or I/O callback is a macrotask boundary of its own. */
export function enterMacrotask(): void {
  sched.tick = 0;
  sched.turnStart = now();
}

function resume(w: Waiter): void {
  const task = w.task;
  if (task === null) {
    settle(w);
    return;
  }
  if (task.generation !== sched.generation || task.state !== WAITING) return;
  task.waiter = w;
  makeRunnable(task);
}

function makeRunnable(task: Task): void {
  task.state = RUNNABLE;
  sched.runq.push(task);
  if (sched.current === null) runNext();
  else requestMacrotask();
}

/** Runs the next runnable task (the run queue holds tasks of this generation only). */
function runNext(): void {
  if (sched.runq.length === 0) {
    sched.current = null;
    if (sched.onIdle !== null) requestMacrotask();
    return;
  }
  if (++sched.tick >= BUDGET && sliceUsedUp()) {
    sched.current = null;
    requestMacrotask();
    return;
  }
  const task = sched.runq.shift();
  sched.current = task;
  task.state = RUNNING;
  if (task.body === null) settle(task.waiter!);
  else RESOLVED.then(() => start(task));
}

function settle(w: Waiter): void {
  const { resolve, value } = w;
  // The waiter may be reused (see taskWaiter): it keeps nothing of this operation.
  w.resolve = w.target = w.value = null;
  // A failure rejects through a rejected promise: the waiter keeps no reject function.
  resolve!(w.failed ? Promise.reject(value) : value);
}

function start(task: Task): void {
  const body = task.body!;
  const args = task.args!;
  task.body = task.args = null;
  let result: unknown;
  try {
    result = body(...args);
  } catch (error) {
    end(task, error, true);
    return;
  }
  if (result instanceof Promise) {
    // Bound functions, not closures: the smaller, as every blocked task keeps its pair alive.
    result.then(returnedFrom.bind(task), threwFrom.bind(task));
  } else {
    end(task, result, false);
  }
}

function returnedFrom(this: Task, value: unknown): void {
  end(this, value, false);
}

function threwFrom(this: Task, error: unknown): void {
  end(this, error, true);
}

function end(task: Task, outcome: unknown, threw: boolean): void {
  if (task.generation !== sched.generation) return;
  if (task.state === DETACHED) sched.detachedCount--;
  task.state = DONE;
  unlinkLive(task);
  if (threw) task.hooks.threw(task, outcome);
  else task.hooks.returned(task, outcome);
  if (sched.current === task) {
    sched.current = null;
    runNext();
  }
}

function linkLive(task: Task): void {
  const next = sched.live;
  task.nextLive = next;
  if (next !== null) next.prevLive = task;
  sched.live = task;
}

function unlinkLive(task: Task): void {
  const { prevLive, nextLive } = task;
  if (prevLive !== null) prevLive.nextLive = nextLive;
  else sched.live = nextLive;
  if (nextLive !== null) nextLive.prevLive = prevLive;
  task.prevLive = task.nextLive = null;
}

function preempt<T>(value: T, toMacrotask = true): Promise<T> {
  const w = taskWaiter();
  w.value = value;
  w.failed = false;
  const promise = new Promise<T>((resolve) => {
    w.resolve = resolve as (value: unknown) => void;
  });
  const task = sched.current;
  if (task !== null) {
    w.task = task;
    task.waiter = w;
    task.state = RUNNABLE;
    sched.runq.push(task);
    sched.current = null;
  } else {
    setImmediateLike(() => settle(w));
  }
  if (toMacrotask) requestMacrotask();
  else runNext();
  return promise;
}

function onMacrotask(): void {
  sched.macroPending = false;
  enterMacrotask();
  const stuck = sched.current;
  if (stuck !== null && stuck.state === RUNNING) {
    // Between macrotasks no task of ours is mid-step, so this one awaits a promise the
    // runtime does not know about: let the others run meanwhile.
    stuck.state = DETACHED;
    sched.detachedCount++;
    sched.current = null;
  }
  if (sched.current === null) runNext();
  if (isIdle()) sched.onIdle?.();
}
