// Go's fmt printing, byte for byte as Go 1.23 prints. How Go values look in JavaScript:
// ints and float64s are numbers (an integral number prints as an int unless wrapped in
// Float64 or printed with a float verb), int64/uint64 may be bigints, strings are strings,
// slices are arrays (Uint8Array is []byte), maps are Maps, structs are objects (own fields in
// order; the class name is the Go type name), pointers printed at top level are Pointer,
// nil is null or undefined. An object's Error(), String() and GoString() methods are used as
// Go uses them, and its [Symbol.for('chan2ts.goType')] string, if any, is its Go type.

import { formatRuntimeFloat } from './go-float.js';
import { Printer } from './go-printer.js';

export type { State } from './go-printer.js';
import {
  addressOf,
  boxedBasicType,
  errorMethod,
  Float64,
  HEAP_ADDRESS,
  integerDigits,
  isComplex,
  isIntegral,
  kindOf,
  Named,
  stringMethod,
  typeName,
} from './go-values.js';

export {
  box,
  bytes,
  Float64,
  float64,
  isRef,
  isBoxed,
  isContainerOf,
  Named,
  Pointer,
  ptr,
  ref,
  Typed,
  typed,
  unref,
  withType,
} from './go-values.js';

/** fmt.Sprint: operands in their default format, a space between two that are not strings. */
export function sprint(...args: unknown[]): string {
  const printer = new Printer();
  printer.doPrint(args);
  return printer.output;
}

/** fmt.Sprintln: operands separated by spaces, then a newline. */
export function sprintln(...args: unknown[]): string {
  const printer = new Printer();
  printer.doPrintln(args);
  return printer.output;
}

/** fmt.Sprintf */
export function sprintf(format: string, ...args: unknown[]): string {
  const printer = new Printer();
  printer.doPrintf(format, args);
  return printer.output;
}

/**
 * What fmt.Errorf computes: the message (%w prints its error operand like %v), and the
 * operands of the %w verbs, each once, in argument order. Go's Errorf makes an
 * errors.New(message) when `wrapped` is empty, else an error that wraps those of them
 * that are errors.
 */
export function formatErrorf(format: string, ...args: unknown[]): { message: string; wrapped: unknown[] } {
  const printer = new Printer(true);
  printer.doPrintf(format, args);
  const indexes = [...new Set(printer.wrappedArgs)].sort((a, b) => a - b);
  return { message: printer.output, wrapped: indexes.map((i) => args[i]) };
}

/**
 * What Go prints after "panic: " for a panic value: an error's Error() or a Stringer's
 * String(), strings as they are (continuation lines indented by a tab), numbers as the
 * runtime's print does (a float64 as "+1.500000e+000"), other values as "(main.T) 0xc000010000".
 */
export function formatPanicValue(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'panic called with nil argument';
    case 'string':
      return indentLines(value);
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'number':
      return isIntegral(value) ? integerDigits(value, 10) : formatRuntimeFloat(value);
  }
  if (value === null) return 'panic called with nil argument';
  if (value instanceof Float64) return formatRuntimeFloat(value.value);
  const method = errorMethod(value as object) ?? stringMethod(value as object);
  if (method) return indentLines(String(method()));
  if (isComplex(value)) return `(${formatRuntimeFloat(value.re)}${formatRuntimeFloat(value.im)}i)`;
  if (value instanceof Named) return boxedPanicValue(value);
  const address = addressOf(value, kindOf(value)) ?? HEAP_ADDRESS;
  return `(${typeName(value)}) 0x${address.toString(16)}`;
}

/** A basic value as the runtime prints it (`120`, `+1.500000e+000`); a named type's as `main.userKey("id")`. */
function boxedPanicValue(named: Named): string {
  const basic = boxedBasicType(named);
  const inner = named.value;
  const printed =
    typeof inner === 'number' && basic.startsWith('float')
      ? formatRuntimeFloat(inner)
      : typeof inner === 'string' && named.goType !== basic
        ? `"${inner}"`
        : formatPanicValue(inner);
  return named.goType === basic ? printed : `${named.goType}(${printed})`;
}

function indentLines(s: string): string {
  return s.replaceAll('\n', '\n\t');
}
