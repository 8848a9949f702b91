export { Chan, SelectResult } from './chan.js';
export {
  makeChan,
  send,
  recv,
  recvOk,
  close,
  len,
  cap,
  blockForever,
  equal,
  unreachable,
  unsupported,
} from './builtins.js';
export { select, recvCase, sendCase, type SelectCase } from './select.js';
export { go, gosched, runMain } from './goroutine.js';
export { panic, GoPanic, RuntimeError, FatalError } from './panic.js';
export { io } from '../core/program.js';
export { captureHost, type Host } from '../core/host.js';
export * as sync from './sync.js';
export * as time from './time.js';
export * as context from './context.js';
export * as errors from './errors.js';
export type { GoError } from './errors.js';
export * as fmt from './fmt.js';
export * as os from './os.js';
export * as strings from './strings.js';
export * as strconv from './strconv.js';
export * as math from './math.js';
export * as sort from './sort.js';
export * from './builtins-data.js';
export { DeferStack } from './defer.js';
export { isRef, ref, withType } from '../fmt/go.js';
