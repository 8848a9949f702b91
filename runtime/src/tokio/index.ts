export { Ok, Err, OK, unwrap, expect, type Result, type Option, type Unit } from './result.js';
export { SendError, TrySendError, TryRecvError, Elapsed, JoinError, PanicPayload } from './errors.js';
export { RustPanic, panic, panicAny, unsupported } from './panic.js';
export { spawn, JoinHandle, runMain, STALL_EXIT_CODE, type Flavor } from './task.js';
export { startTracing, type TraceEvent, type TraceOptions, type TraceRecorder } from './trace.js';
export { TaskCancelled } from './cancel.js';
export { yieldNow } from '../core/scheduler.js';
export { select, Future, join, tryJoin, type Branch, type Selected, type SelectOptions } from './select.js';
export { PENDING, type Selectable } from './op.js';
export {
  Duration,
  Instant,
  Sleep,
  Interval,
  sleep,
  sleepUntil,
  timeout,
  timeoutAt,
  interval,
  intervalAt,
  MissedTickBehavior,
} from './time.js';
export * as time from './time-control.js';
export { captureHost, type Host } from '../core/host.js';
export { format, f64, char, tuple, some, Formatter } from '../fmt/rust.js';
export { println, print, eprintln, eprint } from './print.js';
export * as mpsc from './mpsc.js';
export * as oneshot from './oneshot.js';
export * as broadcast from './broadcast.js';
export * as watch from './watch.js';
export * as std from './std-sync.js';
export * as thread from './std-thread.js';
export * as io from './std-io.js';
export * as env from './std-env.js';
export { Mutex, MutexGuard, MutexValue } from './sync.js';
export { MappedMutexGuard } from './mapped-guard.js';
export { TryLockError } from './errors.js';
export { StdMutex } from './sync.js';
export { option } from '../fmt/rust.js';
export * as rs from './std-lib.js';
export type { ParseFloatError, ParseIntError, TryFromIntError } from './std-lib.js';
export type { DynError } from './std-error.js';
export { Notify, Notified } from './notify.js';
export { Semaphore, SemaphorePermit, AcquireError, TryAcquireError } from './semaphore.js';
export { RwLock, RwLockReadGuard, RwLockWriteGuard } from './rwlock.js';
export { Barrier, BarrierWaitResult } from './barrier.js';
export { OnceCell, SetError } from './once-cell.js';
export { LocalKey, AccessError } from './task-local.js';
export { JoinSet } from './join-set.js';
export { LocalSet } from './local-set.js';
export { Runtime, Builder, Handle, EnterGuard, TryCurrentError, spawnBlocking } from './runtime-builder.js';
