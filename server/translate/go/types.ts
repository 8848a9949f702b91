/** The slice of Go's type system the translator needs: zero values, TS types, dispatch. */
import { propertyName, typeName } from './names.js';

export type GoType =
  | { kind: 'basic'; name: string }
  | { kind: 'chan'; elem: GoType; dir: 'both' | 'send' | 'recv' }
  | { kind: 'slice'; elem: GoType }
  | { kind: 'array'; elem: GoType; length: string }
  | { kind: 'map'; key: GoType; value: GoType }
  | { kind: 'pointer'; elem: GoType }
  | { kind: 'named'; name: string }
  | { kind: 'struct'; fields: Field[] }
  | { kind: 'func'; params: GoType[]; results: GoType[]; variadic: boolean }
  | { kind: 'interface'; name: string; methods?: string[] }
  | { kind: 'tuple'; items: GoType[] }
  | { kind: 'untyped'; name: 'int' | 'float' | 'rune' | 'string' | 'bool' | 'nil' }
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
export const BASIC_NAMES = new Set([...INTEGERS, ...FLOATS, 'string', 'bool', 'complex64', 'complex128']);

/** Types the runtime provides, by their Go name, with the TypeScript that names them. */
export const PACKAGE_TYPES: Record<string, string> = {
  'sync.WaitGroup': 'sync.WaitGroup',
  'sync.Mutex': 'sync.Mutex',
  'sync.RWMutex': 'sync.RWMutex',
  'sync.Once': 'sync.Once',
  'sync.Cond': 'sync.Cond',
  'time.Duration': 'number',
  'time.Time': 'time.Time',
  'time.Timer': 'time.Timer',
  'time.Ticker': 'time.Ticker',
  'context.Context': 'context.Context',
  'context.CancelFunc': 'context.CancelFunc',
  'strings.Builder': 'strings.Builder',
};

/** Package types whose zero value is a usable object (Go's "the zero value is ready to use"). */
const CONSTRUCTIBLE = new Set(['sync.WaitGroup', 'sync.Mutex', 'sync.RWMutex', 'sync.Once', 'strings.Builder']);

export function isInteger(t: GoType): boolean {
  const u = t.kind === 'named' && t.name === 'time.Duration' ? INT : t;
  return (
    (u.kind === 'basic' && INTEGERS.has(u.name)) || (u.kind === 'untyped' && (u.name === 'int' || u.name === 'rune'))
  );
}

export function isFloat(t: GoType): boolean {
  return (t.kind === 'basic' && FLOATS.has(t.name)) || (t.kind === 'untyped' && t.name === 'float');
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
    case 'named':
      return qualified && !t.name.includes('.') ? `main.${t.name}` : t.name;
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

/** The TypeScript type for a Go type. */
export function tsType(t: GoType): string {
  switch (t.kind) {
    case 'basic':
      return t.name === 'string' ? 'string' : t.name === 'bool' ? 'boolean' : 'number';
    case 'untyped':
      return tsType(defaultType(t));
    case 'chan':
      return `Chan<${tsType(t.elem)}>`;
    case 'slice':
    case 'array':
      return `${wrapUnion(tsType(t.elem))}[]`;
    case 'map':
      return `Map<${tsType(t.key)}, ${tsType(t.value)}>`;
    case 'pointer':
      return tsType(t.elem);
    case 'named':
      return PACKAGE_TYPES[t.name] ?? typeName(t.name);
    case 'struct':
      return t.fields.length === 0
        ? 'object'
        : `{ ${t.fields.map((f) => `${propertyName(f.name)}: ${tsType(f.type)}`).join('; ')} }`;
    case 'func': {
      const params = t.params.map((p, i) => `a${i}: ${tsType(p)}`).join(', ');
      return `(${params}) => any`;
    }
    case 'interface':
      return t.name === 'error' ? 'GoError | null' : 'any';
    case 'tuple':
      return `[${t.items.map(tsType).join(', ')}]`;
    case 'unknown':
      return 'any';
  }
}

function wrapUnion(s: string): string {
  return s.includes('|') || s.includes('=>') ? `(${s})` : s;
}

/** What the translator knows of the program's own named types. */
export interface TypeEnv {
  /** The underlying type of a user-declared named type, or null if there is none. */
  underlying(name: string): GoType | null;
}

/** Follows user-declared names to their underlying type (`type Celsius float64` is a float). */
export function resolve(t: GoType, env: TypeEnv): GoType {
  for (let i = 0; i < 16 && t.kind === 'named'; i++) {
    const u = env.underlying(t.name);
    if (u === null) break;
    t = u;
  }
  return t;
}

/** Go's zero value of a type, as TypeScript source. */
export function zeroValue(t: GoType, env: TypeEnv): string {
  switch (t.kind) {
    case 'basic':
      return t.name === 'string' ? "''" : t.name === 'bool' ? 'false' : '0';
    case 'untyped':
      return zeroValue(defaultType(t), env);
    case 'slice':
      return '[]';
    case 'array':
      return `Array.from({ length: ${t.length} }, () => ${zeroValue(t.elem, env)})`;
    case 'named': {
      if (t.name === 'time.Duration') return '0';
      if (CONSTRUCTIBLE.has(t.name)) return `new ${PACKAGE_TYPES[t.name]}()`;
      const u = env.underlying(t.name);
      if (u?.kind === 'struct') return `new ${typeName(t.name)}()`;
      return u === null ? 'null' : zeroValue(u, env);
    }
    case 'struct':
      return '{}';
    default:
      return 'null';
  }
}

/** Whether the type's TypeScript form should admit null (Go's nil). */
export function isNilable(t: GoType): boolean {
  return ['pointer', 'chan', 'map', 'func', 'interface', 'unknown'].includes(t.kind);
}

export function tsTypeOrNull(t: GoType): string {
  const s = tsType(t);
  if (!isNilable(t) || s === 'any' || s.endsWith('| null')) return s;
  return `${wrapUnion(s)} | null`;
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
