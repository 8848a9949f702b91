import { Ring } from './ring.js';
import {
  DETACHED,
  DONE,
  goTaskClass,
  NO_ARGS,
  PollableTask,
  RUNNABLE,
  RUNNING,
  STALE,
  WAITING,
  type Task,
  type TaskHooks,
} from './task.js';
import { tracer } from './tracer.js';
import { PlainWaiter, type Describable, type Waiter } from './waiter.js';

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
 * one queue push per wake-up. Goroutines queue as Go's do (see TaskHooks.goQueues); the next
 * task is the paused one, else runnext, else the run queue's first, else the global queue's.
 */
export const sched = {
  current: null as Task | null,
  /** A goroutine stopped by the budget alone: Go would not have stopped it, so it goes on first. */
  paused: null as Task | null,
  /** Go's runnext slot: the newest goroutine made or woken, which runs before the run queue. */
  runnext: null as Task | null,
  runq: new Ring<Task>(),
  /** Go's global run queue, where runtime.Gosched puts a goroutine: it runs after the run queue. */
  globalq: new Ring<Task>(),
  /** The goroutine the budget paused last and how often since it last parked (see hasRunTooLong). */
  spinner: null as Task | null,
  spins: 0,
  /** While true, a wake-up outside any task waits for the next macrotask instead of running now. */
  holdingWakes: false,
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

export const setImmediateLike: (fn: () => void) => void =
  (globalThis as { setImmediate?: (fn: () => void) => void }).setImmediate ?? ((fn) => setTimeout(fn, 0));

/** Starts `body(...args)` as a task of the current generation, later. */
export function spawnTask(
  id: number,
  name: string,
  body: (...args: any[]) => unknown,
  hooks: TaskHooks,
  args: readonly unknown[] = NO_ARGS,
): Task {
  const task = hooks.goQueues
    ? new (goTaskClass(hooks))(id, name, body, args, sched.current)
    : new PollableTask(id, name, body, args, sched.current, hooks);
  linkLive(task);
  tracer?.taskSpawned(task);
  makeRunnable(task);
  return task;
}

/** A task that runs only when stepped (see `stepPolled`): a future polled in place. */
export function spawnPolledTask(id: number, name: string, body: (...args: any[]) => unknown, hooks: TaskHooks): Task {
  const task = new PollableTask(id, name, body, NO_ARGS, sched.current, hooks);
  task.polled = true;
  linkLive(task);
  tracer?.taskSpawned(task);
  return task;
}

/**
 * Polls a polled task: when it has work (not started, woken, or yielded), it runs its next
 * step now, and the caller goes on right after it, before any other task.
 */
export function stepPolled(task: Task): void | Promise<void> {
  const caller = sched.current;
  if (!task.polled || task.state !== RUNNABLE || caller === null) return;
  const w = taskWaiter();
  task.stepper = w;
  sched.runq.unshift(task);
  return suspend(w, 'poll', null, false);
}

/** A polled task nobody will poll again (dropped): it runs to its end from the run queue. */
export function releasePolled(task: Task): void {
  if (!task.polled) return;
  task.polled = false;
  if (task.state === RUNNABLE && task.stepper === null) makeRunnable(task);
}

/** A polled task's step ended: its poller runs next. */
function handBack(task: Task): void {
  const w = task.stepper;
  if (w === null) return;
  task.stepper = null;
  const caller = w.task!;
  w.value = undefined;
  caller.waiter = w;
  caller.state = RUNNABLE;
  sched.runq.unshift(caller);
}

/** Every task of this generation that has started or will, until it ends. */
export function liveTasks(): Task[] {
  const tasks: Task[] = [];
  for (let t = sched.live; t !== null; t = t.nextLive) tasks.push(t);
  return tasks;
}

/**
 * The waiter for a blocking operation of the running task: the task itself, since it waits
 * on one thing at a time and a waiter leaves every queue before it is settled. A new one for
 * a caller outside any task.
 */
export function taskWaiter(): Waiter {
  return sched.current ?? new PlainWaiter();
}

/** Parks the running task (or a caller outside any task) until `wake` or `fail` settles `w`. */
export function park<T>(w: Waiter, reason: string, target: Describable | null): Promise<T> {
  return suspend(w, reason, target, true);
}

/** Parks as `park` does; a polled task that parks to step another one has not ended its own step. */
function suspend<T>(w: Waiter, reason: string, target: Describable | null, endsStep: boolean): Promise<T> {
  const task = sched.current;
  // A task parks as its own waiter (see taskWaiter), which needs no pointer to it.
  if (w !== task) w.task = task;
  w.reason = reason;
  w.target = target;
  const promise = new Promise<T>((resolve) => {
    w.resolve = resolve as (value: unknown) => void;
  });
  if (task !== null) {
    tracer?.blocked(task, reason, target);
    task.state = WAITING;
    task.waiter = w;
    sched.current = null;
    sched.spinner = null;
    if (endsStep) handBack(task);
    runNext();
  }
  return promise;
}

export function wake(w: Waiter, value: unknown): void {
  if (!isParked(w)) return;
  w.value = value;
  resume(w);
}

/** What a failed waiter resumes with: its parked caller throws `error`. */
class Failure {
  constructor(readonly error: unknown) {}
}

export function fail(w: Waiter, error: unknown): void {
  if (!isParked(w)) return;
  w.value = new Failure(error);
  resume(w);
}

/** Whether `w` still holds a parked caller: a second wake (or an abort's fail) changes nothing. */
function isParked(w: Waiter): boolean {
  const task = w.task;
  if (task === null) return w.resolve !== null;
  return task.state === WAITING && task.waiter === w;
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
  // A polled task's yield always ends its step: its poller decides what runs next.
  const task = sched.current;
  if (task === null || (!hasRunnable() && !task.polled)) return completed(undefined);
  return preempt(undefined, false);
}

export function isIdle(): boolean {
  return sched.current === null && !hasRunnable();
}

function hasRunnable(): boolean {
  return sched.paused !== null || sched.runnext !== null || sched.runq.length > 0 || sched.globalq.length > 0;
}

/**
 * Calls `fn` (the callbacks of timers due together), then runs what they woke: Go runs every
 * expired timer before it picks a goroutine, so each wake-up takes its place in the queues
 * first (with runnext, the last woken runs first).
 */
export function wakeTogether(fn: () => void): void {
  sched.holdingWakes = true;
  try {
    fn();
  } finally {
    sched.holdingWakes = false;
  }
  if (sched.current === null) runNext();
  else requestMacrotask();
}

/**
 * Starts a fresh generation: tasks and timers of earlier ones are never resumed. A program
 * starts one and leaves one when it ends, so the runtime works on as a plain library.
 */
export function resetScheduler(): void {
  sched.generation++;
  for (let t = sched.live; t !== null; t = t.nextLive) t.state = STALE;
  sched.current = sched.paused = sched.runnext = sched.spinner = null;
  sched.runq.clear();
  sched.globalq.clear();
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
  if (task.state !== WAITING) return;
  tracer?.woken(task);
  task.waiter = w;
  makeRunnable(task);
}

function makeRunnable(task: Task): void {
  task.state = RUNNABLE;
  if (task.polled) {
    task.hooks.ready?.(task);
    return;
  }
  if (task.hooks.goQueues) takeRunnext(task);
  else sched.runq.push(task);
  if (sched.current === null && !sched.holdingWakes) runNext();
  else requestMacrotask();
}

function takeRunnext(task: Task): void {
  const displaced = sched.runnext;
  sched.runnext = task;
  if (displaced !== null) sched.runq.push(displaced);
}

/** Runs the next runnable task (the queues hold tasks of this generation only). */
function runNext(): void {
  if (!hasRunnable()) {
    sched.current = null;
    if (sched.onIdle !== null) requestMacrotask();
    return;
  }
  if (++sched.tick >= BUDGET && sliceUsedUp()) {
    sched.current = null;
    requestMacrotask();
    return;
  }
  const task = takeRunnable();
  tracer?.running(task);
  sched.current = task;
  task.state = RUNNING;
  if (task.body === null) settle(task.waiter!);
  else RESOLVED.then(() => start(task));
}

function takeRunnable(): Task {
  const paused = sched.paused;
  if (paused !== null) {
    sched.paused = null;
    return paused;
  }
  const next = sched.runnext;
  if (next !== null) {
    sched.runnext = null;
    return next;
  }
  if (sched.runq.length === 0) {
    // Go moves the global queue into the empty run queue and goes on from there.
    const empty = sched.runq;
    sched.runq = sched.globalq;
    sched.globalq = empty;
  }
  return sched.runq.shift();
}

function settle(w: Waiter): void {
  const { resolve, value } = w;
  // The waiter may be reused (see taskWaiter): it keeps nothing of this operation.
  w.resolve = w.target = w.value = null;
  // A failure rejects through a rejected promise: the waiter keeps no reject function.
  resolve!(value instanceof Failure ? Promise.reject(value.error) : value);
}

function start(task: Task): void {
  const body = task.body!;
  const args = task.value as readonly unknown[];
  task.body = null;
  task.value = undefined;
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
  if (task.state === STALE) return;
  if (task.state === DETACHED) sched.detachedCount--;
  task.state = DONE;
  unlinkLive(task);
  tracer?.taskEnded(task, outcome, threw);
  if (threw) task.hooks.threw(task, outcome);
  else task.hooks.returned(task, outcome);
  if (sched.current === task) {
    sched.current = null;
    handBack(task);
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
  const promise = new Promise<T>((resolve) => {
    w.resolve = resolve as (value: unknown) => void;
  });
  const task = sched.current;
  if (task !== null) {
    if (w !== task) w.task = task;
    task.waiter = w;
    task.state = RUNNABLE;
    if (!task.polled) requeue(task, toMacrotask);
    sched.current = null;
    handBack(task);
  } else {
    setImmediateLike(() => settle(w));
  }
  if (toMacrotask) requestMacrotask();
  else runNext();
  return promise;
}

/** Puts back a task that stopped without waiting: for the budget (`forBudget`) or to yield. */
function requeue(task: Task, forBudget: boolean): void {
  if (!task.hooks.goQueues) sched.runq.push(task);
  else if (forBudget && !hasRunTooLong(task)) sched.paused = task;
  else sched.globalq.push(task);
}

/**
 * Go preempts a goroutine that has run 10ms without blocking (sysmon) and puts it on the
 * global queue; a budget slice is about SLICE_MS, so that is this many slices in a row.
 */
const SLICES_BEFORE_PREEMPTION = 10;

function hasRunTooLong(task: Task): boolean {
  if (sched.spinner !== task) {
    sched.spinner = task;
    sched.spins = 0;
  }
  if (++sched.spins < SLICES_BEFORE_PREEMPTION) return false;
  sched.spinner = null;
  return true;
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
