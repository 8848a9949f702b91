/** The slice of Go's type system the translator needs: zero values, TS types, dispatch. */
import { propertyName, typeName } from './names.js';
import { elementSlot, keySlot, type NilSlots } from './nil-slots.js';
import { runtimeHasNamespace } from './runtime-members.js';

export type GoType =
  | { kind: 'basic'; name: string }
  | { kind: 'chan'; elem: GoType; dir: 'both' | 'send' | 'recv' }
  | { kind: 'slice'; elem: GoType }
  | { kind: 'array'; elem: GoType; length: string }
  | { kind: 'map'; key: GoType; value: GoType }
  | { kind: 'pointer'; elem: GoType }
  | { kind: 'named'; name: string; args?: GoType[] }
  | { kind: 'struct'; fields: Field[] }
  | { kind: 'func'; params: GoType[]; results: GoType[]; variadic: boolean }
  | { kind: 'interface'; name: string; methods?: string[]; union?: GoType[] }
  | { kind: 'tuple'; items: GoType[] }
  | { kind: 'untyped'; name: 'int' | 'float' | 'rune' | 'complex' | 'string' | 'bool' | 'nil' }
  | { kind: 'unknown' };

export interface Field {
  name: string;
  type: GoType;
  embedded: boolean;
}

export const UNKNOWN: GoType = { kind: 'unknown' };
export const INT: GoType = { kind: 'basic', name: 'int' };
export const FLOAT64: GoType = { kind: 'basic', name: 'float64' };
export const STRING: GoType = { kind: 'basic', name: 'string' };
export const BOOL: GoType = { kind: 'basic', name: 'bool' };
export const BYTE: GoType = { kind: 'basic', name: 'byte' };
export const RUNE: GoType = { kind: 'basic', name: 'rune' };
export const ERROR: GoType = { kind: 'interface', name: 'error' };
export const ANY: GoType = { kind: 'interface', name: 'any' };
export const INT64: GoType = { kind: 'basic', name: 'int64' };
export const UINT64: GoType = { kind: 'basic', name: 'uint64' };
export const COMPLEX128: GoType = { kind: 'basic', name: 'complex128' };
export const DURATION: GoType = { kind: 'named', name: 'time.Duration' };

const INTEGERS = new Set([
  'int',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'uintptr',
  'byte',
  'rune',
]);
const FLOATS = new Set(['float32', 'float64']);
/** The 64-bit integers whose values pass 2^53 (`^uint(0)`, a hash in an int64): a bigint each (big-integers.ts); int stays a number. */
const BIG_INTEGERS = new Set(['uint', 'uint64', 'uintptr', 'int64']);

/** Whether a type (resolved) is a 64-bit integer held in a bigint. */
export function isBigInteger(t: GoType): boolean {
  return t.kind === 'basic' && BIG_INTEGERS.has(t.name);
}
export const BASIC_NAMES = new Set([...INTEGERS, ...FLOATS, 'string', 'bool', 'complex64', 'complex128']);

/** Types the runtime provides, by their Go name, with the TypeScript that names them. */
export const PACKAGE_TYPES: Record<string, string> = {
  'sync.WaitGroup': 'sync.WaitGroup',
  'sync.Mutex': 'sync.Mutex',
  'sync.RWMutex': 'sync.RWMutex',
  'sync.Once': 'sync.Once',
  'sync.Cond': 'sync.Cond',
  // What the runtime's slices.All, slices.Backward and maps.All give: pairs to range over or call
  // as an iter.Seq2;
  // slices.Values, maps.Keys and maps.Values: values.
  'iter.Pairs': 'iter.Pairs<any, any>',
  'iter.Values': 'iter.Values<any>',
  'time.Duration': 'number',
  'time.Time': 'time.Time',
  'time.Month': 'number',
  'time.Weekday': 'number',
  'time.Location': 'time.Location',
  'time.Timer': 'time.Timer',
  'time.Ticker': 'time.Ticker',
  'context.Context': 'context.Context',
  'context.CancelFunc': 'context.CancelFunc',
  'strings.Builder': 'strings.Builder',
  'strings.Replacer': 'strings.Replacer',
  'fnv.Hash32': 'fnv.Hash32',
  'fnv.Hash64': 'fnv.Hash64',
  'adler32.Digest': 'adler32.Digest',
  'crc32.Digest': 'crc32.Digest',
  'crc32.Table': 'crc32.Table',
  'runtime.MemStats': 'runtime.MemStats',
  'log.Logger': 'log.Logger',
  'sort.Interface': 'sort.Interface',
  'sort.IntSlice': 'sort.IntSlice',
  'sort.StringSlice': 'sort.StringSlice',
  'sort.Float64Slice': 'sort.Float64Slice',
  'rand.Rand': 'rand.Rand',
  'rand.Source': 'rand.Source',
  'rand.PCG': 'rand.PCG',
  'sync.Map': 'sync.Map',
  'sync.Pool': 'sync.Pool',
  'bytes.Buffer': 'bytes.Buffer',
  'atomic.Int32': 'atomic.Int32',
  'atomic.Int64': 'atomic.Int64',
  'atomic.Uint32': 'atomic.Uint32',
  'atomic.Uint64': 'atomic.Uint64',
  'atomic.Bool': 'atomic.Bool',
  'atomic.Value': 'atomic.Value',
  'atomic.Pointer': 'atomic.Pointer',
  'os.File': 'os.File',
  'strings.Reader': 'strings.Reader',
  'bufio.Scanner': 'bufio.Scanner',
  'bufio.Reader': 'bufio.Reader',
  'bufio.Writer': 'bufio.Writer',
  'bufio.SplitFunc': 'bufio.SplitFunc',
  'list.List': 'list.List',
  'list.Element': 'list.Element',
  'ring.Ring': 'ring.Ring',
  'tabwriter.Writer': 'tabwriter.Writer',
  'regexp.Regexp': 'regexp.Regexp',
  'io.PipeReader': 'goio.PipeReader',
  'io.PipeWriter': 'goio.PipeWriter',
  'io.SectionReader': 'goio.SectionReader',
};

/** Package types whose zero value is a usable object (Go's "the zero value is ready to use"). */
const CONSTRUCTIBLE = new Set([
  'sync.WaitGroup',
  'sync.Mutex',
  'sync.RWMutex',
  'sync.Once',
  'strings.Builder',
  'time.Time',
  'sync.Map',
  'sync.Pool',
  'bytes.Buffer',
  'atomic.Int32',
  'atomic.Int64',
  'atomic.Uint32',
  'atomic.Uint64',
  'atomic.Bool',
  'atomic.Value',
  'atomic.Pointer',
  'runtime.MemStats',
  'list.List',
  'strings.Reader',
  'ring.Ring',
]);

/** byte, alias of uint8. */
export function isByte(t: GoType): boolean {
  return t.kind === 'basic' && (t.name === 'byte' || t.name === 'uint8');
}

export function isInteger(t: GoType): boolean {
  const u = t.kind === 'named' && t.name === 'time.Duration' ? INT : t;
  return (
    (u.kind === 'basic' && INTEGERS.has(u.name)) || (u.kind === 'untyped' && (u.name === 'int' || u.name === 'rune'))
  );
}

export function isFloat(t: GoType): boolean {
  return (t.kind === 'basic' && FLOATS.has(t.name)) || (t.kind === 'untyped' && t.name === 'float');
}

/** A float or a complex number, typed or untyped. */
export function isFloating(t: GoType): boolean {
  return isFloat(t) || isComplex(t);
}

/** complex64, complex128 or an untyped complex constant (`1 + 2i`): a runtime `cmplx.Complex`. */
export function isComplex(t: GoType): boolean {
  return (t.kind === 'basic' && t.name.startsWith('complex')) || (t.kind === 'untyped' && t.name === 'complex');
}

export function isString(t: GoType): boolean {
  return (t.kind === 'basic' && t.name === 'string') || (t.kind === 'untyped' && t.name === 'string');
}

export function isChan(t: GoType): t is Extract<GoType, { kind: 'chan' }> {
  return t.kind === 'chan';
}

/** The type an untyped constant takes by default (`x := 1` is an int). */
export function defaultType(t: GoType): GoType {
  if (t.kind !== 'untyped') return t;
  switch (t.name) {
    case 'int':
      return INT;
    case 'float':
      return FLOAT64;
    case 'rune':
      return RUNE;
    case 'complex':
      return COMPLEX128;
    case 'string':
      return STRING;
    case 'bool':
      return BOOL;
    default:
      return UNKNOWN;
  }
}

/** Go's own spelling of a type; `qualified` adds `main.` to the program's types, as %T does. */
export function describeType(t: GoType, qualified = false): string {
  const inner = (x: GoType) => describeType(x, qualified);
  switch (t.kind) {
    case 'basic':
      return t.name === 'byte' ? 'uint8' : t.name === 'rune' ? 'int32' : t.name;
    case 'named': {
      const args = t.args ? `[${t.args.map(inner).join(',')}]` : '';
      return `${qualified && !t.name.includes('.') ? `main.${t.name}` : t.name}${args}`;
    }
    case 'interface':
      return t.name === 'any' || t.name === 'interface' ? 'interface {}' : t.name;
    case 'chan':
      return `${t.dir === 'recv' ? '<-chan' : t.dir === 'send' ? 'chan<-' : 'chan'} ${inner(t.elem)}`;
    case 'slice':
      return `[]${inner(t.elem)}`;
    case 'array':
      return `[${t.length}]${inner(t.elem)}`;
    case 'map':
      return `map[${inner(t.key)}]${inner(t.value)}`;
    case 'pointer':
      return `*${inner(t.elem)}`;
    case 'struct':
      return t.fields.length === 0
        ? 'struct {}'
        : `struct { ${t.fields.map((f) => `${f.name} ${inner(f.type)}`).join('; ')} }`;
    case 'func':
      return 'func()';
    case 'tuple':
      return `(${t.items.map(inner).join(', ')})`;
    case 'untyped':
      return inner(defaultType(t));
    case 'unknown':
      return '?';
  }
}

/**
 * The TypeScript type for a Go type, where it holds no nil: a slot that may hold one takes
 * `tsTypeOrNull` (nil-slots.ts). Inside it, a channel's element admits null (a closed channel
 * gives the zero value), a slice's, array's or map's element where the program stores nil there.
 */
export function tsType(t: GoType, env: TypeEnv): string {
  switch (t.kind) {
    case 'basic':
      return t.name === 'string'
        ? 'string'
        : t.name === 'bool'
          ? 'boolean'
          : BIG_INTEGERS.has(t.name)
            ? 'bigint'
            : isComplex(t)
              ? 'cmplx.Complex'
              : 'number';
    case 'untyped':
      return tsType(defaultType(t), env);
    case 'chan':
      return `Chan<${tsTypeOrNull(t.elem, env)}>`;
    case 'slice':
    case 'array':
      return `${wrapUnion(elementTsType(t, env))}[]`;
    case 'map': {
      const key = env.nil?.holds(keySlotOf(t, env)) ? tsTypeOrNull(t.key, env) : tsType(t.key, env);
      return `Map<${key}, ${elementTsType(t, env)}>`;
    }
    case 'pointer':
      // The variable a Ptr points to may hold nil, as every variable of a nilable type may.
      return pointsToVariable(t.elem, env) ? `Ptr<${tsTypeOrNull(t.elem, env)}>` : tsType(t.elem, env);
    case 'named':
      if (t.args && (t.name === 'iter.Seq' || t.name === 'iter.Seq2')) return tsType(iteratorFunction(t.args), env);
      return (
        PACKAGE_TYPES[t.name] ??
        (t.name in PACKAGE_INTERFACES || isUnprovidedPackageType(t.name) ? 'any' : null) ??
        // A type argument that can hold nil admits null: a Box[*Node]'s values may be nil.
        `${typeName(t.name)}${t.args ? `<${t.args.map((a) => tsTypeOrNull(a, env)).join(', ')}>` : ''}`
      );
    case 'struct':
      return t.fields.length === 0
        ? 'object'
        : `{ ${t.fields.map((f) => `${fieldName(env, f.name)}: ${tsTypeOrNull(f.type, env)}`).join('; ')} }`;
    case 'func': {
      const params = t.params.map((p, i) => `a${i}: ${tsType(p, env)}`).join(', ');
      return `(${params}) => any`;
    }
    case 'interface':
      return t.name === 'error' ? 'GoError | null' : 'any';
    case 'tuple':
      return `[${t.items.map((item) => tsType(item, env)).join(', ')}]`;
    case 'unknown':
      return 'any';
  }
}

/** The TypeScript type of a slice's, array's or map's elements: with `| null` where the program stores nil in one of its type. */
export function elementTsType(container: Extract<GoType, { kind: 'slice' | 'array' | 'map' }>, env: TypeEnv): string {
  const elem = container.kind === 'map' ? container.value : container.elem;
  return holdsNil(container, env) ? tsTypeOrNull(elem, env) : tsType(elem, env);
}

/** Whether the program stores nil in an element of a slice, array or map of this type (nil-slots.ts). */
export function holdsNil(container: GoType, env: TypeEnv): boolean {
  return env.nil?.holds(elementSlotOf(container, env)) ?? false;
}

/** The slot of a map's keys: a nil pointer or channel may be a key (nil-slots.ts). */
export function keySlotOf(container: GoType, env: TypeEnv): string {
  return keySlot(describeType(resolve(container, env), true));
}

/** Whether the keys of a map of this type may be nil. */
export function keysHoldNil(container: GoType, env: TypeEnv): boolean {
  return env.nil?.holds(keySlotOf(container, env)) ?? false;
}

/** The slot of a slice's, array's or map's elements (of its underlying type: `type Shapes []Shape` is `[]main.Shape`). */
export function elementSlotOf(container: GoType, env: TypeEnv): string {
  return elementSlot(describeType(resolve(container, env), true));
}

function wrapUnion(s: string): string {
  return s.includes('|') || s.includes('=>') ? `(${s})` : s;
}

/** What the translator knows of the program's own named types. */
export interface TypeEnv {
  /** Where the program stores nil (nil-slots.ts); without it, nowhere but where Go's zero values put it. */
  nil?: NilSlots;
  /** The underlying type of a user-declared named type, or null if there is none. */
  underlying(name: string): GoType | null;
  /** The zero value of a type parameter, or null for another name. */
  typeParameterZero?(name: string): string | null;
  /** A type parameter's zero value as the declaration being translated has it from its instantiation (`zeroT()`), or null. */
  typeParameterZeroCode?(name: string): string | null;
  /** The type parameters of a generic type or function, in order. */
  typeParameterNames?(declaration: string): string[];
  /** Whether the generic type or function `key` takes the zero value of its type parameter (declarations.ts). */
  takesZero?(key: string, name: string): boolean;
  /** Whether the generic type's type parameter has no zero value of its own (`T any`, not `T ~int`). */
  unconstrainedZero?(typeName: string, name: string): boolean;
  /** Field names that a method of their type would share once camel-cased (`less` beside `Less`). */
  collidingFields?(): ReadonlySet<string>;
}

/**
 * A struct field as a property: `less_` where a method of its type is written `less` (the
 * runtime calls `less`, as sort.Interface's `Less`), so fields and methods never collide.
 */
export function fieldName(env: TypeEnv, name: string): string {
  const js = propertyName(name);
  return env.collidingFields?.().has(name) ? `${js}_` : js;
}

/**
 * A type of a package the runtime does not provide (`json.Decoder`): opaque, so the code
 * around the package's calls (reported unsupported, panicking when reached) type-checks.
 */
function isUnprovidedPackageType(name: string): boolean {
  const dot = name.indexOf('.');
  return dot > 0 && !runtimeHasNamespace(name.slice(0, dot));
}

/** An environment without declarations (a type written where no program's types are known). */
export const NO_DECLARATIONS: TypeEnv = { underlying: () => null };

/** Interfaces of Go's library that a program's types implement: a value in one keeps its methods. */
const PACKAGE_INTERFACES: Record<string, GoType> = {
  'fmt.Stringer': { kind: 'interface', name: 'fmt.Stringer', methods: ['String'] },
  'runtime.Error': { kind: 'interface', name: 'runtime.Error', methods: ['Error', 'RuntimeError'] },
  'sort.Interface': { kind: 'interface', name: 'sort.Interface', methods: ['Len', 'Less', 'Swap'] },
  'sync.Locker': { kind: 'interface', name: 'sync.Locker', methods: ['Lock', 'Unlock'] },
  'io.Reader': { kind: 'interface', name: 'io.Reader', methods: ['Read'] },
  'io.Writer': { kind: 'interface', name: 'io.Writer', methods: ['Write'] },
  'io.ReadWriter': { kind: 'interface', name: 'io.ReadWriter', methods: ['Read', 'Write'] },
  'io.Closer': { kind: 'interface', name: 'io.Closer', methods: ['Close'] },
  'io.ReadCloser': { kind: 'interface', name: 'io.ReadCloser', methods: ['Read', 'Close'] },
  'io.WriteCloser': { kind: 'interface', name: 'io.WriteCloser', methods: ['Write', 'Close'] },
  'io.ByteReader': { kind: 'interface', name: 'io.ByteReader', methods: ['ReadByte'] },
  'io.RuneReader': { kind: 'interface', name: 'io.RuneReader', methods: ['ReadRune'] },
  'io.StringWriter': { kind: 'interface', name: 'io.StringWriter', methods: ['WriteString'] },
  'heap.Interface': {
    kind: 'interface',
    name: 'heap.Interface',
    methods: ['Len', 'Less', 'Swap', 'Push', 'Pop'],
  },
};

/** Follows user-declared names to their underlying type (`type Celsius float64` is a float). */
export function resolve(t: GoType, env: TypeEnv): GoType {
  for (let i = 0; i < 16 && t.kind === 'named'; i++) {
    const u = env.underlying(t.name) ?? PACKAGE_INTERFACES[t.name] ?? null;
    if (u === null) break;
    // An instance of a generic type: `Set[string]` is a map[string]struct{}.
    const args = t.args;
    const names = args ? (env.typeParameterNames?.(t.name) ?? []) : [];
    t = names.length > 0 ? instantiate(u, new Map(names.map((n, k) => [n, args?.[k] ?? UNKNOWN]))) : u;
  }
  return t;
}

/** `t` with the bound type parameters replaced (`[]T` with T int: `[]int`). */
export function instantiate(t: GoType, bound: ReadonlyMap<string, GoType>): GoType {
  const inner = (x: GoType) => instantiate(x, bound);
  switch (t.kind) {
    case 'named':
      return bound.get(t.name) ?? (t.args ? { ...t, args: t.args.map(inner) } : t);
    case 'slice':
    case 'pointer':
    case 'array':
    case 'chan':
      return { ...t, elem: inner(t.elem) } as GoType;
    case 'map':
      return { ...t, key: inner(t.key), value: inner(t.value) };
    case 'func':
      return { ...t, params: t.params.map(inner), results: t.results.map(inner) };
    case 'struct':
      return { ...t, fields: t.fields.map((f) => ({ ...f, type: inner(f.type) })) };
    case 'tuple':
      return { ...t, items: t.items.map(inner) };
    default:
      return t;
  }
}

/** Go's zero value of a type, as TypeScript source. */
export function zeroValue(t: GoType, env: TypeEnv): string {
  switch (t.kind) {
    case 'basic':
      if (isComplex(t)) return 'cmplx.complex(0, 0)';
      return t.name === 'string' ? "''" : t.name === 'bool' ? 'false' : BIG_INTEGERS.has(t.name) ? '0n' : '0';
    case 'untyped':
      return zeroValue(defaultType(t), env);
    case 'slice':
      return '[]';
    case 'array': {
      const zero = zeroValue(t.elem, env);
      return `Array.from({ length: ${t.length} }, () => ${zero.startsWith('{') ? `(${zero})` : zero})`;
    }
    case 'named': {
      if (t.name === 'time.Duration') return '0';
      if (CONSTRUCTIBLE.has(t.name)) return `new ${PACKAGE_TYPES[t.name]}()`;
      const u = env.underlying(t.name);
      if (u === null) return env.typeParameterZeroCode?.(t.name) ?? env.typeParameterZero?.(t.name) ?? 'null';
      if (resolve(u, env).kind !== 'struct') return zeroValue(u, env);
      const required = requiredFields(t, env).map((f) => `${fieldName(env, f.name)}: ${zeroValue(f.type, env)}`);
      const args = `${classZeros(t, env)}${required.length ? `{ ${required.join(', ')} }` : ''}`;
      return `new ${typeName(t.name)}(${args.replace(/, $/, '')})`;
    }
    case 'struct': {
      const fields = t.fields.map((f) => `${fieldName(env, f.name)}: ${zeroValue(f.type, env)}`);
      return fields.length === 0 ? '{}' : `{ ${fields.join(', ')} }`;
    }
    default:
      return 'null';
  }
}

/**
 * The zero values a generic struct's class takes first, as factories, for the type parameters
 * its methods need the zero value of (`new Stack<string>(() => '')`); '' for another type.
 */
export function classZeros(t: GoType, env: TypeEnv): string {
  if (t.kind !== 'named' || !t.args) return '';
  const names = env.typeParameterNames?.(t.name) ?? [];
  return names
    .map((p, i) =>
      env.takesZero?.(t.name, p) ? `() => ${parenthesizedObject(zeroValue(t.args![i] ?? UNKNOWN, env))}, ` : '',
    )
    .join('');
}

/**
 * The fields of a generic struct whose type is one of its type parameters with no zero value of
 * its own (`val T`, T any): its class takes them always (the instance knows T), with their types
 * in the instance `t` (`Box[int]`'s val: int).
 */
export function requiredFields(t: GoType, env: TypeEnv): Field[] {
  if (t.kind !== 'named') return [];
  const names = env.typeParameterNames?.(t.name) ?? [];
  const u = env.underlying(t.name);
  if (names.length === 0 || u?.kind !== 'struct') return [];
  return u.fields.flatMap((f) => {
    const i = f.type.kind === 'named' && !f.type.args ? names.indexOf(f.type.name) : -1;
    if (i < 0 || !env.unconstrainedZero?.(t.name, names[i]!)) return [];
    return [{ ...f, type: t.args?.[i] ?? f.type }];
  });
}

function parenthesizedObject(code: string): string {
  return code.startsWith('{') ? `(${code})` : code;
}

/** Whether the type's TypeScript form should admit null (Go's nil). */
export function isNilable(t: GoType): boolean {
  return ['pointer', 'chan', 'map', 'func', 'interface', 'unknown'].includes(t.kind);
}

/** The TypeScript type of a slot that may hold nil: `Node | null` for a *Node (a type that holds no nil as tsType has it). */
export function tsTypeOrNull(t: GoType, env: TypeEnv): string {
  const s = tsType(t, env);
  if (!isNilable(resolve(t, env)) || s === 'any' || s.endsWith('| null')) return s;
  return `${wrapUnion(s)} | null`;
}

/**
 * Whether a pointer to `t` is a `Ptr` (`{ value }`, reading and writing the variable it points
 * to). A pointer to a struct or an array is the object itself, as is one to a runtime type.
 */
export function pointsToVariable(t: GoType, env?: TypeEnv): boolean {
  const r = env ? resolve(t, env) : t;
  return !['struct', 'array', 'named', 'unknown', 'tuple'].includes(r.kind);
}

/** The array type of an array or of a pointer to one (`*[3]int`), resolved; null for any other type. */
export function arrayBehindPointer(t: GoType, env: TypeEnv): Extract<GoType, { kind: 'array' }> | null {
  const r = resolve(derefType(resolve(t, env)), env);
  return r.kind === 'array' ? r : null;
}

/** The type a pointer points to; any other type as it is. */
export function derefType(t: GoType): GoType {
  return t.kind === 'pointer' ? t.elem : t;
}

/** The name of a named type or of a pointer to one. */
export function namedOf(t: GoType): string | null {
  const d = derefType(t);
  return d.kind === 'named' ? d.name : null;
}

/** A call's result type: nothing known, the one result, or a tuple of them. */
export function tupleOf(types: GoType[]): GoType {
  return types.length === 0 ? UNKNOWN : types.length === 1 ? types[0]! : { kind: 'tuple', items: types };
}

/** `func(yield func(V...) bool)`: an iterator function over these values, as `iter.Seq[V]` is. */
export function iteratorFunction(yielded: GoType[]): Extract<GoType, { kind: 'func' }> {
  const yieldType: GoType = { kind: 'func', params: yielded, results: [BOOL], variadic: false };
  return { kind: 'func', params: [yieldType], results: [], variadic: false };
}
