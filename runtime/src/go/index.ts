export { Chan, RANGE_END, SelectResult } from './chan.js';
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
  hasMethods,
  interfacesEqual,
  isChanOf,
  pointerTo,
  pointerToField,
  type Ptr,
  unreachable,
  unsupported,
} from './builtins.js';
export { select, recvCase, sendCase, type SelectCase } from './select.js';
export { go, gosched, runMain } from './goroutine.js';
export { startTracing, type TraceEvent, type TraceOptions, type TraceRecorder } from './trace.js';
export { panic, GoPanic, RuntimeError, FatalError } from './panic.js';
export { assertMethods, assertType, TypeAssertionError } from './type-assertion.js';
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
export * as cmplx from './cmplx.js';
export * as sort from './sort.js';
export * as rand from './rand.js';
export * as atomic from './atomic.js';
export * as runtime from './goruntime.js';
export * as log from './log.js';
export * as utf8 from './utf8.js';
export * as unicode from './unicode.js';
export * as slices from './slices.js';
export * as maps from './maps.js';
export * as cmp from './cmp.js';
export * as bytes from './bytes.js';
export * as md5 from './md5.js';
export * as fnv from './fnv.js';
export * as adler32 from './adler32.js';
export * as crc32 from './crc32.js';
export * as iter from './iter.js';
export * as bits from './bits.js';
export * as bufio from './bufio.js';
export * as goio from './io-package.js';
export * as fs from './fs.js';
export * as heap from './heap.js';
export * as list from './list.js';
export * as ring from './ring.js';
export * as tabwriter from './tabwriter.js';
export * as regexp from './regexp.js';
export * from './builtins-data.js';
export { numeric } from './numeric.js';
export { withCapacity } from './slice-view.js';
export { spreadSlice, variadicSlice } from './variadic.js';
export { emptySlice, isNilSlice } from '../fmt/nil-slices.js';
export { appended, pushAll, pushAllBytes } from './slice-growth.js';
export { and64, or64, xor64, andNot64 } from './bits64.js';
export { DeferStack } from './defer.js';
export { ValueMap } from './value-map.js';
export { box, isBoxed, isContainerOf, isRef, Named, ref, unref, withType } from '../fmt/go.js';
