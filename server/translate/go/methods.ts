// Go methods: the name a method has in TypeScript, and the declaration a call reaches.
import { field, operatorOf, walk } from '../syntax.js';
import type { Declarations, MethodDecl } from './declarations.js';
import { safeName, typeName } from './names.js';
import { camelCase } from './stdlib.js';
import { fieldName, derefType, namedOf, resolve, tsType, tupleOf, UNKNOWN, type GoType } from './types.js';
import { join, ts, typeOnly, type Code } from '../emit/code.js';

/** `Format(f fmt.State, verb rune)`: fmt.Formatter's method, which fmt calls to print the value. */
export function isFormatterMethod(m: MethodDecl): boolean {
  const state = m.params[0]?.type;
  return m.name === 'Format' && m.params.length === 2 && state?.kind === 'named' && state.name === 'fmt.State';
}

/** A class's mark that its Format method is fmt.Formatter's (runtime/src/fmt/go-values.ts: formatMethod). */
export function formatterMark(methods: readonly MethodDecl[]): Code | null {
  return methods.some(isFormatterMethod) ? ts`static ${typeOnly('readonly ')}goFormatter = true;` : null;
}

/**
 * A pointer method that works on a nil receiver, as Go allows: it compares the receiver with
 * nil, or never reaches through it (`func (l *List) Push(v T) *List { return &List{next: l} }`).
 */
export function acceptsNilReceiver(m: MethodDecl): boolean {
  const r = m.receiverName;
  if (!m.pointerReceiver || r === '' || r === '_') return false;
  let comparesWithNil = false;
  let reachesThrough = false;
  walk(field(m.node, 'body') ?? m.node, (n) => {
    const sides = [field(n, 'left')?.text, field(n, 'right')?.text];
    if (n.type === 'binary_expression' && /^[!=]=$/.test(operatorOf(n)) && sides.includes(r) && sides.includes('nil'))
      comparesWithNil = true;
    if (n.type === 'selector_expression' && field(n, 'operand')?.text === r) reachesThrough = true;
    if (n.type === 'unary_expression' && operatorOf(n) === '*' && field(n, 'operand')?.text === r)
      reachesThrough = true;
    if (n.type === 'index_expression' && field(n, 'operand')?.text === r) reachesThrough = true;
  });
  return comparesWithNil || !reachesThrough;
}

/** Methods on non-struct types (`type State int`) become functions: `stateString` (`stateString_` if the program has a function of that name). */
export function methodFunctionName(decls: Declarations, typeName: string, method: string): string {
  const name = safeName(`${camelCase(typeName)}${method.slice(0, 1).toUpperCase()}${method.slice(1)}`);
  return decls.functions.has(name) ? `${name}_` : name;
}

/**
 * Where `x.Name` leads from x's type: a method the program declares, a method of a runtime
 * type (an embedded `sync.Mutex`), or a method of an embedded interface; `path` is the chain of
 * embedded fields to its receiver (`.Mutex`), empty for x's own method.
 */
export type MethodTarget =
  | { kind: 'declared'; method: MethodDecl; path: string }
  | { kind: 'runtime'; typeName: string; path: string }
  | { kind: 'interface'; path: string };

/** Methods of the runtime types a struct may embed, for promotion. */
const EMBEDDABLE_RUNTIME_METHODS: Record<string, readonly string[]> = {
  'sync.Mutex': ['Lock', 'Unlock', 'TryLock'],
  'sync.RWMutex': ['Lock', 'Unlock', 'RLock', 'RUnlock', 'TryLock', 'TryRLock'],
  'sync.WaitGroup': ['Add', 'Done', 'Wait'],
  'sync.Once': ['Do'],
};

const MAX_EMBEDDING_DEPTH = 5;

/** The method `name` of `type` or promoted to it, the shallowest first (Go's rule). */
export function findMethod(decls: Declarations, type: GoType, name: string): MethodTarget | null {
  let level = [{ type, path: '' }];
  for (let depth = 0; depth <= MAX_EMBEDDING_DEPTH && level.length > 0; depth++) {
    const next: { type: GoType; path: string }[] = [];
    for (const candidate of level) {
      const own = ownMethod(decls, candidate, name, depth > 0);
      if (own) return own;
      next.push(...embeddedFields(decls, candidate.type, candidate.path));
    }
    level = next;
  }
  return null;
}

/**
 * The embedded fields of a struct type (or a pointer to one), with the path to each; one that
 * may be nil (a *T, an interface) ends in `!`, which only the TypeScript writes (`pathCode`).
 */
export function embeddedFields(decls: Declarations, type: GoType, path = ''): { type: GoType; path: string }[] {
  const t = resolve(derefType(type), decls);
  if (t.kind !== 'struct') return [];
  return t.fields
    .filter((f) => f.embedded)
    .map((f) => {
      const kind = resolve(f.type, decls).kind;
      const nilable = kind === 'pointer' || (kind === 'interface' && tsType(f.type, decls) !== 'any');
      return { type: f.type, path: `${path}.${fieldName(decls, f.name)}${nilable ? '!' : ''}` };
    });
}

/** A path of embedded fields as code: `.Inner!.Base` (the `!` in the TypeScript only: Go panics reaching through a nil one). */
export function pathCode(path: string): Code {
  const parts = path.split('!');
  return join(
    parts.map((p, i) => (i < parts.length - 1 ? ts`${p}${typeOnly('!')}` : ts`${p}`)),
    '',
  );
}

/** A method of the type itself; a runtime type's or an interface's only where embedded (the caller handles them otherwise). */
function ownMethod(
  decls: Declarations,
  { type, path }: { type: GoType; path: string },
  name: string,
  embedded: boolean,
): MethodTarget | null {
  const typeName = namedOf(type);
  const declared = typeName ? decls.method(typeName, name) : null;
  if (declared) return { kind: 'declared', method: declared, path };
  if (!embedded) return null;
  if (typeName?.includes('.'))
    return (EMBEDDABLE_RUNTIME_METHODS[typeName]?.includes(name) ?? true) ? { kind: 'runtime', typeName, path } : null;
  return interfaceMethods(decls, type)?.includes(name) ? { kind: 'interface', path } : null;
}

/** The method names of an interface type, with those of the interfaces it embeds; null for another type. */
export function interfaceMethods(decls: Declarations, type: GoType, depth = 0): readonly string[] | null {
  const t = resolve(type, decls);
  if (t.kind !== 'interface') return null;
  if (t.name === 'error') return ['Error'];
  const embedded =
    depth < MAX_EMBEDDING_DEPTH ? (t.union ?? []).flatMap((u) => interfaceMethods(decls, u, depth + 1) ?? []) : [];
  return [...(t.methods ?? []), ...embedded];
}

/** The class that carries a named non-struct type's methods when its value is in an interface (`Celsius` -> `CelsiusValue`), or null when the type has no methods. */
export function valueClassName(decls: Declarations, type: GoType): string | null {
  if (type.kind !== 'named' || type.name.includes('.') || !decls.methods.has(type.name)) return null;
  const r = resolve(type, decls);
  return r.kind === 'struct' || r.kind === 'interface' || r.kind === 'named' ? null : `${typeName(type.name)}Value`;
}

/** Whether `type` is a pointer to a struct whose String or GoString method has a pointer receiver (and no Error method). */
export function hasPointerStringMethod(decls: Declarations, type: GoType): boolean {
  if (type.kind !== 'pointer' || type.elem.kind !== 'named' || !decls.isStruct(type.elem.name)) return false;
  const methods = decls.methods.get(type.elem.name);
  return !methods?.has('Error') && ['String', 'GoString'].some((m) => methods?.get(m)?.pointerReceiver === true);
}

/** The result type of the first method of that name on any type (the receiver's type is unknown). */
export function anyMethodResult(decls: Declarations, name: string): GoType {
  for (const methods of decls.methods.values()) {
    const m = methods.get(name);
    if (m) return tupleOf(m.results.map((r) => r.type));
  }
  return UNKNOWN;
}
