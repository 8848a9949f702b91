export const RUNNABLE = 0;
export const RUNNING = 1;
export const WAITING = 2;
export const DONE = 3;
/** Found awaiting something outside the runtime at a macrotask boundary (see scheduler). */
export const DETACHED = 4;
/** Left unfinished by an earlier generation (see resetScheduler): never resumed or ended. */
export const STALE = 5;

/** What the flavour (Go or Tokio) does when a task's function returns or throws. */
export interface TaskHooks {
  returned(task: Task, value: unknown): void;
  threw(task: Task, error: unknown): void;
  /** A polled task has work to do (woken, or yielded): whoever polls it should step it. */
  ready?(task: Task): void;
  /**
   * Go's run queues with one P: a new or woken task takes the runnext slot (the one there goes
   * to the back of the run queue), a yield goes to the global queue, behind the whole run queue.
   * Otherwise (Tokio) every ready task goes to the back of the run queue, and is a PollableTask.
   */
  readonly goQueues?: boolean;
}

export const NO_ARGS: readonly unknown[] = [];

/**
 * One blocked operation. A waiter is both the parked caller's wake-up slot and, for plain
 * channel and sync operations, its entry in a wait queue. A select parks a waiter of its own
 * and queues one case waiter per channel, each pointing at the select's through `owner`.
 */
export abstract class Waiter {
  /** The parked caller's task (null outside any task). A task is a waiter, its own. */
  abstract task: Task | null;
  /** Settles the parked caller's promise. */
  resolve: ((value: unknown) => void) | null = null;
  /**
   * The value a parked sender offers; then what the parked caller resumes with (a value that
   * `fail` wrapped, what it throws). A task that has not started yet keeps its function's
   * arguments here (see `body`).
   */
  value: unknown = undefined;
  /** How the operation wants its result (see the channel's receive kinds); a select case's index. */
  kind = 0;
  /** For a select case (a CaseWaiter): the select's own waiter; null on the prototype for the others. */
  declare owner: Waiter | null;
  /** What a deadlock report says the parked caller does, e.g. "chan receive", and on what. */
  reason = '';
  target: Describable | null = null;
  /** Neighbours in a wait queue; null while not queued. */
  prev: Waiter | null = null;
  next: Waiter | null = null;
}

Waiter.prototype.owner = null;

/** A waiter apart from its task's own: a sleep's, a Tokio operation's, a caller's outside any task. */
export class PlainWaiter extends Waiter {
  task: Task | null = null;
}

/** A select's entry in one channel's wait queue: `kind` is the case's index. */
export class CaseWaiter extends PlainWaiter {
  constructor(override readonly owner: Waiter) {
    super();
  }
}

/**
 * A goroutine or a Tokio task: one logical thread of async code that the scheduler runs. It
 * is also the waiter of its own blocking operations (see `taskWaiter`): one object per task,
 * which is most of what a parked task costs besides its async frame.
 */
export abstract class Task extends Waiter {
  get task(): Task {
    return this;
  }

  state = RUNNABLE;
  /**
   * While waiting: what it waits on (the task itself, or a waiter of its own such as a
   * sleep's). While runnable after a wake-up: the slot to settle.
   */
  waiter: Waiter | null = null;
  /** The not yet started function (its arguments are in `value`); cleared when it starts. */
  body: ((...args: any[]) => unknown) | null;
  /**
   * What the flavour keeps with the task (Tokio: its JoinHandle). Only a PollableTask sets
   * it and the two below: a goroutine reads the defaults on the prototype and has no slots
   * for them.
   */
  declare handle: unknown;
  /**
   * A future polled in place (Tokio's select! and join!): it runs only when its poller steps
   * it, never from the run queue; `stepper` is the poller waiting for the current step to end.
   */
  declare polled: boolean;
  declare stepper: Waiter | null;
  /** Neighbours in the scheduler's list of live tasks. */
  prevLive: Task | null = null;
  nextLive: Task | null = null;
  /** A PollableTask's own; a goroutine's on the prototype of its class (see `goTaskClass`). */
  declare readonly hooks: TaskHooks;

  constructor(
    readonly id: number,
    /** The function the task runs; empty for a function literal, closure or async block. */
    readonly name: string,
    body: (...args: any[]) => unknown,
    args: readonly unknown[],
    readonly parent: Task | null,
  ) {
    super();
    this.body = body;
    this.value = args;
  }
}

Task.prototype.handle = null;
Task.prototype.polled = false;
Task.prototype.stepper = null;

/** What a deadlock report names as the object waited on, e.g. "results (chan int, unbuffered)". */
export interface Describable {
  describe(): string;
}

/** A Tokio task (its hooks without `goQueues`): it keeps a JoinHandle and may be polled in place. */
export class PollableTask extends Task {
  override handle: unknown = null;
  override polled = false;
  override stepper: Waiter | null = null;

  constructor(
    id: number,
    name: string,
    body: (...args: any[]) => unknown,
    args: readonly unknown[],
    parent: Task | null,
    override readonly hooks: TaskHooks,
  ) {
    super(id, name, body, args, parent);
  }
}

type GoTaskClass = new (
  id: number,
  name: string,
  body: (...args: any[]) => unknown,
  args: readonly unknown[],
  parent: Task | null,
) => Task;

const goTaskClasses = new WeakMap<TaskHooks, GoTaskClass>();

/**
 * The class of the tasks that `hooks` (with `goQueues`) serve: its prototype holds the hooks,
 * so a goroutine has no slot for them. Go has one such hooks object, so one class.
 */
export function goTaskClass(hooks: TaskHooks): GoTaskClass {
  let Kind = goTaskClasses.get(hooks);
  if (Kind === undefined) {
    Kind = class Goroutine extends Task {};
    Object.defineProperty(Kind.prototype, 'hooks', { value: hooks });
    goTaskClasses.set(hooks, Kind);
  }
  return Kind;
}
