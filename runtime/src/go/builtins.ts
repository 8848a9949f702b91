import { park } from '../core/scheduler.js';
import { PlainWaiter } from '../core/waiter.js';
import { isRef, Named } from '../fmt/go-values.js';
import { Chan } from './chan.js';
import { Complex } from './cmplx.js';
import { GoPanic, RuntimeError } from './panic.js';
import { capacityOf } from './slice-view.js';
import { arrayCapacity, type ElementLayout } from './slice-growth.js';
import { isEscapedByte } from './string-bytes.js';

/** `make(chan T, capacity)`; `zero` is T's zero value, given by a receive after close. */
export function makeChan<T>(capacity = 0, zero: T | null = null, name = '', goType = 'chan'): Chan<T> {
  return new Chan<T>(capacity, zero as T, name, goType);
}

/** `ch <- v`, also on a nil channel (which blocks forever). */
export function send<T>(ch: Chan<T> | null, value: T): void | Promise<void> {
  return ch === null ? blockForever('chan send (nil chan)') : ch.send(value);
}

/** `<-ch`, also on a nil channel (which blocks forever). */
export function recv<T>(ch: Chan<T> | null): T | Promise<T> {
  return ch === null ? blockForever('chan receive (nil chan)') : ch.recv();
}

/** `v, ok := <-ch`, also on a nil channel (which blocks forever). */
export function recvOk<T>(ch: Chan<T> | null): [T, boolean] | Promise<[T, boolean]> {
  return ch === null ? blockForever('chan receive (nil chan)') : ch.recvOk();
}

/** `close(ch)` */
export function close(ch: Chan<unknown> | null): void {
  if (ch === null) throw RuntimeError.plain('close of nil channel');
  ch.close();
}

type Sized =
  Chan<unknown> | readonly unknown[] | string | Map<unknown, unknown> | Uint8Array | Named<Sized> | null | undefined;

/** Go's `len`: a channel's buffered count, a string's UTF-8 byte length, 0 for nil. */
export function len(x: Sized): number {
  if (x === null || x === undefined) return 0;
  if (typeof x === 'string') return utf8Length(x);
  if (x instanceof Chan) return x.len();
  if (x instanceof Map) return x.size;
  // A named slice type the runtime gives methods (sort.IntSlice).
  if (x instanceof Named) return len(x.value);
  return x.length;
}

/** Go's `cap`: a channel's capacity; a slice's (a view's own, slice-view.ts; a plain array's as appends grew it, given its element's layout: slice-growth.ts). */
export function cap(x: Chan<unknown> | readonly unknown[] | null | undefined, element?: ElementLayout): number {
  if (x === null || x === undefined) return 0;
  if (x instanceof Chan) return x.cap();
  return element && Array.isArray(x) ? arrayCapacity(x, element) : capacityOf(x);
}

/** `select {}` and operations on nil channels: park with no way to be woken. */
export function blockForever(reason = 'select (no cases)'): Promise<never> {
  return park<never>(new PlainWaiter(), reason, null);
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += isEscapedByte(s, i) ? 1 : 3;
  }
  return n;
}

/** Go's `==` on struct values: field by field (nested struct values too). */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b) || Array.isArray(a) || a instanceof Map) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/**
 * Go's `==` on two interface values: the same dynamic type and value. Boxes of one named or
 * basic type (floats' boxes are not interned), complex numbers and struct values (a translated
 * struct's class, an unnamed struct's object) compare by value; anything else (a pointer, a
 * channel, a runtime object) by identity.
 */
export function interfacesEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Complex && b instanceof Complex) return a.re === b.re && a.im === b.im;
  if (a instanceof Named && b instanceof Named) return a.goType === b.goType && equal(a.value, b.value);
  return comparedByValue(a) && comparedByValue(b) && equal(a, b);
}

function comparedByValue(x: unknown): boolean {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || isRef(x)) return false;
  const proto = Object.getPrototypeOf(x) as { clone?: unknown } | null;
  if (proto === Object.prototype) return !isPointerObject(x);
  return typeof proto?.clone === 'function';
}

/** A `Ptr` (pointerTo, pointerToField): a plain object too, but with an accessor where a struct has fields. */
function isPointerObject(x: object): boolean {
  return Object.values(Object.getOwnPropertyDescriptors(x)).some((d) => d.get !== undefined);
}

/** `x.(Stringer)` and `case Stringer:`: whether x has each of the interface's methods. */
export function hasMethods(x: unknown, ...names: string[]): boolean {
  // `in` first: a nil *T stand-in (ref) throws on reading a member that T lacks.
  if (typeof x !== 'object' && typeof x !== 'function') return false;
  if (x === null) return false;
  // A struct value (no pointer to one) lacks its type's pointer methods (goPointerMethods).
  const pointerOnly = isRef(x) ? undefined : (x.constructor as { goPointerMethods?: string[] }).goPointerMethods;
  return names.every(
    (name) => name in x && typeof (x as Record<string, unknown>)[name] === 'function' && !pointerOnly?.includes(name),
  );
}

/** `x.(chan int)` and `case chan int:`: whether x is a channel of that Go type (element and direction). */
export function isChanOf(x: unknown, goType: string): boolean {
  return x instanceof Chan && x[Symbol.for('chan2ts.goType') as keyof Chan<unknown>] === goType;
}

/** A Go pointer to what is not a struct or an array (`*int`, `*[]string`): `value` reads and writes what it points to. */
export interface Ptr<T> {
  value: T;
}

/** `&x` for a variable that is not a struct or an array: reads and writes go to the variable itself. */
export function pointerTo<T>(get: () => T, set: (value: T) => void): Ptr<T> {
  return {
    get value() {
      return get();
    },
    set value(v: T) {
      set(v);
    },
  };
}

/** `&p.f` (`&p.a.b`): a pointer to that field of the object p points to now. */
export function pointerToField<O extends object, K extends keyof O>(object: O, key: K): Ptr<O[K]>;
export function pointerToField<O extends object, K extends keyof O, L extends keyof O[K]>(
  object: O,
  key: K,
  next: L,
): Ptr<O[K][L]>;
export function pointerToField(object: object, ...path: string[]): Ptr<unknown>;
export function pointerToField(object: object, ...path: string[]): Ptr<unknown> {
  const holder = (): Record<string, unknown> =>
    path.slice(0, -1).reduce((o, k) => o[k] as Record<string, unknown>, object as Record<string, unknown>);
  const key = path[path.length - 1]!;
  return pointerTo(
    () => holder()[key],
    (v) => (holder()[key] = v),
  );
}

/**
 * Code chan2ts could not translate, left in its place: reaching it panics as Go panics, naming
 * the construct and where it is in the source (`prog.go:12:9`). Its type is `never`, so it
 * stands for any expression.
 */
export function unsupported(what: string, where: string): never {
  throw new GoPanic(`chan2ts: ${what} is not supported (${where})`);
}

/** After a Go statement that never completes normally (a select whose every case returns). */
export function unreachable(): never {
  throw new Error('chan2ts: reached code that Go says cannot be reached');
}
