// How translated Go values look in JavaScript, and what Go type and kind each one has.

export const GO_TYPE = Symbol.for('chan2ts.goType');
const CHAN_TAG = Symbol.for('chan2ts.chan');
const COMPLEX_TAG = Symbol.for('chan2ts.complex');

/** A float64 whose value happens to be integral: `float64(3)` prints "3", `float64(1e6)` "1e+06". */
export class Float64 {
  constructor(readonly value: number) {}
}

export function float64(x: number): Float64 {
  return new Float64(x);
}

/** A Go pointer as printed at top level: `&{1 2}` for a pointer to a struct. */
export class Pointer {
  constructor(readonly target: object | null) {}
}

/**
 * A value with its static Go type, for what the JavaScript value cannot tell: `%T`, and a
 * nil slice or map (null here) that Go prints as `[]` or `map[]`.
 */
export class Typed {
  constructor(
    readonly value: unknown,
    readonly goType: string,
  ) {}

  /** The value to print: nil slices and maps become empty ones, a slice knows its type (%#v), floats stay floats. */
  printable(): unknown {
    if (this.goType.startsWith('[]') && (this.value == null || Array.isArray(this.value)))
      return withType(this.value ?? [], this.goType);
    if (this.value === null || this.value === undefined) {
      if (this.goType.startsWith('map[')) return new Map();
      return null;
    }
    if (typeof this.value === 'number' && (this.goType === 'float64' || this.goType === 'float32'))
      return new Float64(this.value);
    return this.value;
  }
}

export function typed(value: unknown, goType: string): Typed {
  return new Typed(value, goType);
}

/**
 * Struct objects that are Go pointers (`&T{...}`) where a value's dynamic type matters: in
 * an interface, `*T` and `T` print and type-switch differently.
 */
const REFERENCES = new WeakSet<object>();

/**
 * A value of a named non-struct type (`type Celsius float64`) in an interface: the
 * translation's subclass carries the type's methods and its Go name; fmt prints the value.
 */
export abstract class Named<T = unknown> {
  abstract readonly goType: string;
  constructor(public value: T) {}

  get [GO_TYPE](): string {
    return this.goType;
  }

  /**
   * The value in an interface: one box per value (see `interned`), so that two interfaces
   * holding equal values of this type are `===`, as Go's `==`, map keys and context keys want
   * (for a type of integers, strings or booleans; a float's box is `new`).
   * Typed `any`, as the translation types every interface value.
   */
  static of<N extends Named>(this: new (value: N['value']) => N, value: N['value']): any {
    return interned(this, value, () => new this(value));
  }

  /**
   * A pointer to a variable (`&c`) in an interface: reads and writes of `value` go to the
   * variable, and it has the pointer methods (`isRef`).
   */
  static at<T, N extends Named<T>>(this: new (value: T) => N, pointer: { value: T }): N {
    const named = new this(pointer.value);
    REFERENCES.add(named);
    Object.defineProperty(named, 'value', {
      get: () => pointer.value,
      set: (v: T) => {
        pointer.value = v;
      },
    });
    return named;
  }
}

/**
 * A value in an interface whose Go type its JavaScript value does not tell, of a type without
 * methods: a rune (`int32`), a byte (`uint8`), a float64 (`2.0` would read as an int), a
 * `type userKey string`. `underlying` is the basic type below a named one (how it prints).
 */
class Boxed<T> extends Named<T> {
  constructor(
    value: T,
    readonly goType: string,
    readonly underlying: string,
  ) {
    super(value);
  }
}

/**
 * `any(r)` for a rune r: `box(r, 'int32')`; `any(k)` for a `type userKey string`:
 * `box(k, 'main.userKey', 'string')`. Typed `any`, as the translation types every interface value.
 */
export function box(value: unknown, goType: string, underlying = goType): any {
  // Floats are many and seldom compared through interfaces: their boxes are not looked up.
  if (underlying.startsWith('float') || underlying.startsWith('complex')) return new Boxed(value, goType, underlying);
  return interned(goType, value, () => new Boxed(value, goType, underlying));
}

/** `x.(int32)`, `case userKey:`: whether x holds a boxed value of that Go type (no type guard: `x.value` stays as typed as x). */
export function isBoxed(x: unknown, goType: string): boolean {
  return x instanceof Boxed && x.goType === goType;
}

/** The basic type whose value a box holds, as fmt prints it (a `type Celsius float64` prints as a float). */
export function boxedBasicType(named: Named): string {
  return named instanceof Boxed ? named.underlying : named.goType;
}

/**
 * Boxes of integers, strings and booleans by type, then by value, held weakly: while a box
 * lives, boxing the same value of the same type gives it again (a NaN is never equal, as in
 * Go; -0 keeps its own box, to print as -0). Looking one up costs a map lookup; making a new
 * one, a weak reference (microseconds): values like enums, keys and runes repeat.
 */
const BOXES = new Map<unknown, Map<unknown, WeakRef<Named>>>();
const FORGET_BOX = new FinalizationRegistry<{ type: unknown; value: unknown }>(({ type, value }) => {
  const byValue = BOXES.get(type);
  if (byValue?.get(value)?.deref() === undefined) byValue?.delete(value);
});

function interned<N extends Named>(type: unknown, value: unknown, make: () => N): N {
  if (typeof value === 'object' || typeof value === 'function' || value !== value || Object.is(value, -0))
    return make();
  let byValue = BOXES.get(type);
  if (byValue === undefined) BOXES.set(type, (byValue = new Map()));
  const known = byValue.get(value)?.deref();
  if (known !== undefined) return known as N;
  const made = make();
  byValue.set(value, new WeakRef(made));
  FORGET_BOX.register(made, { type, value });
  return made;
}

const NIL_POINTER = Symbol.for('chan2ts.nilPointer');

/**
 * Marks `target` as a pointer `&T{...}` for fmt and type switches; gives it back. A nil
 * `*T` (with its class) becomes a stand-in that, as in Go, is no nil interface and runs T's
 * methods with a nil receiver; reading a field through it fails as reading one of null does.
 */
export function ref<T extends object>(target: T | null, type?: { prototype: T }): T {
  const pointer = target === null && type ? (nilPointer(type) as T) : target;
  if (pointer !== null) REFERENCES.add(pointer);
  return pointer as T;
}

function nilPointer(type: { prototype: object }): object {
  const methods = type.prototype as Record<PropertyKey, unknown>;
  return new Proxy(Object.create(type.prototype, { [NIL_POINTER]: { value: true } }) as object, {
    get(standIn, key) {
      const member = methods[key];
      if (typeof key === 'symbol' || key === 'constructor') return Reflect.get(standIn, key);
      if (typeof member === 'function') return (...args: unknown[]) => member.apply(null, args);
      throw new TypeError(`Cannot read properties of null (reading '${key}')`);
    },
  });
}

/** A `*T` taken out of an interface (`p := x.(*T)`): null again for the stand-in of a nil one, so `p == nil` holds. */
export function unref<T>(value: T): T | null {
  return isNilPointer(value) ? null : value;
}

function isNilPointer(value: unknown): boolean {
  return typeof value === 'object' && value !== null && NIL_POINTER in value;
}

/**
 * Records the Go type of a slice, array or map that goes into an interface (`%T`, type
 * switches, empty containers); the latest conversion's (`[]int`, then `IntList`) holds.
 */
export function withType<T extends object>(value: T, goType: string): T {
  Object.defineProperty(value, GO_TYPE, { value: goType, enumerable: false, configurable: true });
  return value;
}

export function isRef(value: unknown): boolean {
  return typeof value === 'object' && value !== null && REFERENCES.has(value);
}

export function ptr(target: object | null): Pointer {
  return new Pointer(target);
}

/** A []byte or [N]byte held in a plain array, as fmt prints bytes (`%s` as text, `%x` as hex). */
export function bytes(b: ArrayLike<number> | null): Uint8Array {
  return b instanceof Uint8Array ? b : Uint8Array.from(b ?? []);
}

/** The reflect.Kind that decides how fmt prints a value. */
export type Kind =
  | 'nil'
  | 'bool'
  | 'int'
  | 'float'
  | 'complex'
  | 'string'
  | 'bytes'
  | 'slice'
  | 'map'
  | 'struct'
  | 'pointer'
  | 'chan'
  | 'func';

export type GoInt = number | bigint;

/** Go fmt can't see these addresses either; fixed values keep output stable. */
export const HEAP_ADDRESS = 0xc000010000;
const CHAN_ADDRESS = 0xc000020000;
const FUNC_ADDRESS = 0x47b8c0;

const UINT64_FROM = 1n << 63n;

/** A JS number is a Go int when it is integral and prints without an exponent in JS. */
export function isIntegral(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x) < 1e21;
}

/** Exact digits: beyond 2^53, Number#toString gives the shortest digits that read back, padded with zeros. */
export function integerDigits(x: GoInt, base: number): string {
  return typeof x === 'number' && !Number.isSafeInteger(x) ? BigInt(x).toString(base) : x.toString(base);
}

/** bigint holds int64 values, and uint64 values from 2^63 up. */
export function isUnsigned(x: GoInt): boolean {
  return typeof x === 'bigint' && x >= UINT64_FROM;
}

function isChan(value: unknown): boolean {
  return typeof value === 'object' && value !== null && CHAN_TAG in value;
}

/** A complex128 (the runtime's cmplx.Complex): its two float64 parts. */
export interface ComplexParts {
  readonly re: number;
  readonly im: number;
}

export function isComplex(value: unknown): value is ComplexParts {
  return typeof value === 'object' && value !== null && COMPLEX_TAG in value;
}

export function kindOf(value: unknown): Kind {
  switch (typeof value) {
    case 'undefined':
      return 'nil';
    case 'boolean':
      return 'bool';
    case 'number':
      return isIntegral(value) ? 'int' : 'float';
    case 'bigint':
      return 'int';
    case 'string':
      return 'string';
    case 'function':
      return 'func';
  }
  if (value === null || isNilPointer(value)) return 'nil';
  if (value instanceof Float64) return 'float';
  if (isComplex(value)) return 'complex';
  if (value instanceof Pointer) return 'pointer';
  if (value instanceof Uint8Array) return 'bytes';
  if (Array.isArray(value)) return 'slice';
  if (value instanceof Map) return 'map';
  if (isChan(value)) return 'chan';
  return 'struct';
}

function declaredType(value: object): string | undefined {
  const declared = (value as { [GO_TYPE]?: unknown })[GO_TYPE];
  return typeof declared === 'string' ? declared : undefined;
}

/** A struct whose Go type is a pointer (errors.New gives a *errors.errorString): prints as `&{...}`. */
export function isPointerTyped(value: object): boolean {
  return declaredType(value)?.startsWith('*') ?? false;
}

/** Where Go would print an address; undefined for kinds that have none (%p of an int is an error). */
export function addressOf(value: unknown, kind: Kind): number | undefined {
  switch (kind) {
    case 'pointer':
      return (value as Pointer).target === null || isNilPointer((value as Pointer).target) ? 0 : HEAP_ADDRESS;
    case 'chan':
      return CHAN_ADDRESS;
    case 'func':
      return FUNC_ADDRESS;
    case 'slice':
    case 'bytes':
    case 'map':
      return HEAP_ADDRESS;
    case 'struct':
      return isPointerTyped(value as object) ? HEAP_ADDRESS : undefined;
    default:
      return undefined;
  }
}

/**
 * A Go slice or map holds one element type: when any number in it is a float, all are
 * float64, so `[]float64{1e6, 0.5}` prints "[1e+06 0.5]" as in Go.
 */
export function asGoElements(values: readonly unknown[]): readonly unknown[] {
  let sawFloat = false;
  for (const v of values) {
    if (v instanceof Float64 || (typeof v === 'number' && !isIntegral(v))) sawFloat = true;
    else if (typeof v !== 'number') return values;
  }
  return sawFloat ? values.map((v) => (typeof v === 'number' ? new Float64(v) : v)) : values;
}

/** What a translated struct's class may say about its fields. */
interface StructClass {
  /** Fields that come in a Named class, whose String or Error method fmt calls. */
  goFields?: Record<string, new (value: unknown) => Named>;
  /** Fields renamed beside a method of the same name (`less_` beside `less`): their Go names. */
  goFieldNames?: Record<string, string>;
}

/** Own enumerable fields in declaration order, under their Go names: a translated struct's Go fields. */
export function structFields(value: object): [name: string, value: unknown][] {
  const { goFields: classes, goFieldNames: names } = value.constructor as StructClass;
  if (!classes && !names) return Object.entries(value);
  return Object.entries(value).map(([name, v]) => {
    const named = classes?.[name];
    return [names?.[name] ?? name, named ? new named(v) : v];
  });
}

/** Go prints through methods only values reached through exported (upper-case) fields. */
export function isExported(fieldName: string): boolean {
  return /^\p{Lu}/u.test(fieldName);
}

/** `x.([]int)`, `case map[string]int:`: whether x is a slice, array or map of that Go type. */
export function isContainerOf(x: unknown, goType: string): boolean {
  return (Array.isArray(x) || x instanceof Map || x instanceof Uint8Array) && typeName(x) === goType;
}

/** reflect.Type.String() of a value. */
export function typeName(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return '<nil>';
    case 'boolean':
      return 'bool';
    case 'number':
      return isIntegral(value) ? 'int' : 'float64';
    case 'bigint':
      return isUnsigned(value) ? 'uint64' : 'int64';
    case 'string':
      return 'string';
    case 'function':
      return 'func()';
  }
  if (value === null) return '<nil>';
  if (isRef(value)) return '*' + objectTypeName(value as object);
  return declaredType(value as object) ?? objectTypeName(value as object);
}

function objectTypeName(value: object): string {
  if (value instanceof Float64) return 'float64';
  if (isComplex(value)) return 'complex128';
  if (value instanceof Pointer) return '*' + (value.target === null ? 'interface {}' : typeName(value.target));
  if (value instanceof Uint8Array) return '[]uint8';
  if (Array.isArray(value)) return '[]' + elementTypeName(asGoElements(value));
  if (value instanceof Map) {
    const keys = elementTypeName(asGoElements([...value.keys()]));
    return `map[${keys}]${elementTypeName(asGoElements([...value.values()]))}`;
  }
  if (isChan(value)) return 'chan';
  if (value instanceof Error) return '*errors.errorString';
  const name = value.constructor?.name;
  return name && name !== 'Object' ? `main.${name}` : anonymousStructType(value);
}

/** The one type every element has, else interface {} (nil elements fit any type). */
function elementTypeName(values: readonly unknown[]): string {
  let common: string | undefined;
  for (const v of values) {
    if (v === null || v === undefined) continue;
    const name = typeName(v);
    if (common !== undefined && name !== common) return 'interface {}';
    common = name;
  }
  return common ?? 'interface {}';
}

function anonymousStructType(value: object): string {
  const fields = structFields(value).map(([name, v]) => `${name} ${v == null ? 'interface {}' : typeName(v)}`);
  return fields.length === 0 ? 'struct {}' : `struct { ${fields.join('; ')} }`;
}

export type Method = () => unknown;

/** A method bound to its receiver; a Pointer has its target's methods (Go's method set of *T includes T's). */
function boundMethod(value: object, name: string): Method | undefined {
  const receiver = value instanceof Pointer ? value.target : value;
  if (receiver === value && !isRef(value) && hasPointerReceiver(value, name)) return undefined;
  // `in` first: reading a missing member of a nil pointer's stand-in panics.
  const fn = receiver !== null && name in receiver ? (receiver as Record<string, unknown>)[name] : undefined;
  return typeof fn === 'function' ? () => fn.call(receiver) : undefined;
}

/** Whether a struct's class declares method `name` on its pointer type only (`goPointerMethods`). */
function hasPointerReceiver(value: object, name: string): boolean {
  return (value.constructor as { goPointerMethods?: string[] }).goPointerMethods?.includes(name) ?? false;
}

/** How a Go error value gives its message: Error() (or error()); a JS Error's message. */
export function errorMethod(value: object): Method | undefined {
  return (
    boundMethod(value, 'Error') ??
    boundMethod(value, 'error') ??
    (value instanceof Error ? () => value.message : undefined)
  );
}

/**
 * A Formatter's Format method, called with the printer as its fmt.State and the verb (a rune):
 * only a class that declares it one (`goFormatter`) has it, as a method named Format may be another's.
 */
export function formatMethod(value: object): ((state: object, verb: number) => void) | undefined {
  const receiver = value instanceof Pointer ? value.target : value;
  if (!(receiver?.constructor as { goFormatter?: boolean } | undefined)?.goFormatter) return undefined;
  if (receiver === value && !isRef(value) && hasPointerReceiver(value, 'format')) return undefined;
  const fn = (receiver as { format?: (state: object, verb: number) => void }).format;
  return fn && ((state, verb) => fn.call(receiver, state, verb));
}

export function stringMethod(value: object): Method | undefined {
  return boundMethod(value, 'String');
}

export function goStringMethod(value: object): Method | undefined {
  return boundMethod(value, 'GoString');
}
