// Type declarations and their methods:
//   type Point struct { X, Y int }   -> class Point { X: number; Y: number;
//   func (p *Point) Move(dx int)          constructor(init: Partial<Point> = {}) { ... }
//                                         clone(): Point { ... }   (Go copies struct values)
//                                         move(dx: number): void { ... } }
//   type pixel point (a struct)      -> class pixel { ... }        (point's fields, not its methods)
//   type Box[T any] struct { ... }   -> class Box<T> { ... }
//   type Outer struct { Inner }      -> class Outer { Inner: Inner; ...
//                                         describe(): string { return this.Inner.describe(); } }
//                                       (a promoted method, for calls through an interface)
//   type Shape interface { Area() float64 }  -> interface Shape { area(): number | Promise<number>; }
//   type Number interface { ~int | ~float64 } -> type Number = number;   (a constraint)
//   type A = B (a struct)            -> type A = B; const A = B;
//   type State int; func (s State) String()  -> type State = number; function stateString(s: State): string { }
//                                               class StateValue extends Named<State> { String() { ... } }
//                                               (a State in an interface: it carries the methods)
//   func (c *Count) Inc() (Count an int)     -> function countInc(c: Ptr<Count>): void { }
//   type Item struct { Price Cents } (Cents has a String method)
//                                    -> class Item { ... static get goFields() { return { Price: CentsValue }; } }
//                                       (fmt prints the field through Cents's String)
//   func (t *Tag) String() (Tag a struct)    -> class Tag { static goPointerMethods = ['String']; ... }
//                                       (a Tag value has no String in Go: fmt prints its fields)
//   a second type T in one block (Go rejects it) -> a panic when reached
import { block, Code, ifAsync, join, mapped, ts, typeOnly } from '../emit/code.js';
import { field, kids, point, type Node } from '../syntax.js';
import type { GoContext } from './context.js';
import { methodName, parseType, signatureOf, typeParameters, unionOf, type MethodDecl } from './declarations.js';
import { functionParts, receiverSlot, resultType, resultTypeText } from './functions.js';
import {
  acceptsNilReceiver,
  embeddedFields,
  findMethod,
  formatterMark,
  hasPointerStringMethod,
  interfaceMethods,
  methodFunctionName,
  pathCode,
  valueClassName,
} from './methods.js';
import { quote } from './literals.js';
import { typeName } from './names.js';
import { Scope } from './scope.js';
import {
  fieldName,
  describeType,
  ERROR,
  namedOf,
  pointsToVariable,
  resolve,
  tsType,
  requiredFields,
  tsTypeOrNull,
  type Field,
  type GoType,
} from './types.js';
import { copyIfStruct, nilableType, zeroFor } from './values.js';

export function typeDeclaration(cx: GoContext, node: Node): Code[] {
  cx.decls.collectTypes(node);
  return kids(node).flatMap((spec) => {
    const name = field(spec, 'name')?.text ?? null;
    // A generic struct's methods have its type parameters' zero values from the instance (`this.#zeroT()`).
    const owner = name && cx.decls.isStruct(name) ? { key: name, access: (p: string) => `this.#zero${p}` } : null;
    return cx.decls.withTypeParameters(name, () => typeSpec(cx, spec), owner);
  });
}

/** One type of a declaration, with its methods. */
function typeSpec(cx: GoContext, spec: Node): Code[] {
  const name = field(spec, 'name')?.text ?? '';
  const typeNode = field(spec, 'type');
  if (!typeNode) return [];
  if (!cx.scope.reserve(typeName(name)))
    return [cx.unsupportedStatement(spec, `type ${name} declared again in this block`)];
  const type = parseType(typeNode);
  const underlying = resolve(type, cx.decls);
  if (spec.type === 'type_alias') return [typeAlias(cx, name, type, underlying)];
  const methods = [...(cx.decls.methods.get(name)?.values() ?? [])];
  const generics = typeParameters(field(spec, 'type_parameters'));
  if (underlying.kind === 'struct')
    return [mapped(point(spec), structClass(cx, name, generics, underlying.fields, methods))];
  if (type.kind === 'interface') return [interfaceType(cx, name, type, typeNode)];
  const out = [typeOnly(`type ${typeName(name)}${generics} = ${tsType(type, cx.decls)};`)];
  for (const m of methods) out.push(methodAsFunction(cx, name, type, m, generics));
  if (valueClassName(cx.decls, { kind: 'named', name })) out.push(valueClass(cx, name, methods, generics));
  return out;
}

/** `type A = B`: the same type under another name; a struct's class too (`const A = B`, for `new A()`). */
function typeAlias(cx: GoContext, name: string, type: GoType, underlying: GoType): Code {
  const alias = typeOnly(`type ${typeName(name)} = ${tsType(type, cx.decls)};`);
  return underlying.kind === 'struct' && type.kind === 'named'
    ? join([alias, ts`const ${typeName(name)} = ${typeName(type.name)};`], '\n')
    : alias;
}

/**
 * A method's result is `T | Promise<T>` where some implementation is async. Embedded
 * interfaces are extended; a constraint's union of types (`~int | ~float64`) is a type alias.
 */
function interfaceType(cx: GoContext, name: string, type: Extract<GoType, { kind: 'interface' }>, node: Node): Code {
  const union = type.union ?? [];
  const embedded = union.filter((t) => resolve(t, cx.decls).kind === 'interface');
  const types = union.filter((t) => !embedded.includes(t));
  if (type.methods?.length === 0 && unionOf(type, cx.decls) !== null) return constraintAlias(cx, name, node);
  if (types.length > 0 && type.methods?.length === 0)
    return typeOnly(`type ${typeName(name)} = ${[...new Set(types.map((t) => tsType(t, cx.decls)))].join(' | ')};`);
  const extended = embedded.map((t) => (t === ERROR ? 'GoError' : tsType(t, cx.decls))).filter((t) => t !== 'any');
  const heritage = extended.length ? ` extends ${extended.join(', ')}` : '';
  const members = kids(node)
    .filter((n) => n.type === 'method_elem')
    .map((m) => {
      const sig = signatureOf(m);
      const goName = field(m, 'name')?.text ?? '';
      const tsName = methodName(goName);
      const scope = new Scope();
      const params = sig.params
        .map(
          (p) => `${scope.declare(p.name === '_' ? 'arg' : p.name, p.type).tsName}: ${tsTypeOrNull(p.type, cx.decls)}`,
        )
        .join(', ');
      const result = resultTypeText(cx.decls, sig.results, false, null);
      // A Promise only where some implementation turns out async (calls await then, and only then).
      const implementations = [...cx.decls.methods].filter(([, ms]) => ms.has(goName)).map(([t]) => `${t}.${goName}`);
      return ts`${typeOnly(`${tsName}(${params}): ${result}`)}${ifAsync(implementations, ` | Promise<${result}>`, '', true)}${typeOnly(';')}`;
    });
  const body = new Code();
  for (const m of members) body.append(typeOnly(' '), m);
  body.append(typeOnly(' '));
  return ts`${typeOnly(`interface ${typeName(name)}${heritage} {`)}${body}${typeOnly('}')}`;
}

/**
 * A constraint of types alone: `type Number = Integer | Float;` (a line of terms is a union,
 * several lines intersect: `interface { Integer; Signed }` -> `Integer & Signed`).
 */
function constraintAlias(cx: GoContext, name: string, node: Node): Code {
  const lines = kids(node)
    .filter((n) => n.type === 'type_elem')
    .map((line) => {
      const terms = kids(line).map((t) => tsType(parseType(t.type === 'negated_type' ? kids(t)[0]! : t), cx.decls));
      return [...new Set(terms)].join(' | ');
    });
  const text = lines.length === 1 ? lines[0]! : lines.map((l) => (l.includes('|') ? `(${l})` : l)).join(' & ');
  return typeOnly(`type ${typeName(name)} = ${text};`);
}

function structClass(
  cx: GoContext,
  goName: string,
  generics: string,
  structFields: Field[],
  methods: MethodDecl[],
): Code {
  const name = typeName(goName);
  const self = `${name}${typeArguments(generics)}`;
  const fieldNames = structFields.map((f) => fieldName(cx.decls, f.name));
  // The zero values of the type parameters its methods need, from whoever makes the instance (`new Stack<string>(() => '')`).
  const zeros = cx.decls.typeParameterNames(goName).filter((p) => cx.decls.takesZero(goName, p));
  // A field of a type parameter's type has no zero value the class knows: whoever makes the instance gives it.
  const required = requiredFields({ kind: 'named', name: goName }, cx.decls).map((f) => fieldName(cx.decls, f.name));
  const members: Code[] = zeros.map((p) => ts`#zero${p}${typeOnly(`: () => ${p}`)};`);
  // A field starts as its zero value: nil for a pointer, channel, map, function or interface.
  members.push(...structFields.map((f, i) => ts`${fieldNames[i]!}${typeOnly(`: ${tsTypeOrNull(f.type, cx.decls)}`)};`));
  const init = [
    ...zeros.map((p) => ts`this.#zero${p} = zero${p};`),
    ...structFields.map((f, i) =>
      required.includes(fieldNames[i]!)
        ? ts`this.${fieldNames[i]!} = init.${fieldNames[i]!};`
        : ts`this.${fieldNames[i]!} = init.${fieldNames[i]!} ?? ${zeroFor(cx, f.type)};`,
    ),
  ];
  const initType = required.length
    ? `Partial<${self}> & Pick<${self}, ${required.map((f) => quote(f)).join(' | ')}>`
    : `Partial<${self}>`;
  const params = [
    ...zeros.map((p) => ts`zero${p}${typeOnly(`: () => ${p}`)}`),
    ts`init${typeOnly(`: ${initType}`)}${required.length ? '' : ' = {}'}`,
  ];
  members.push(ts`constructor(${join(params, ', ')}) ${block(init)}`);
  const copies = structFields.map((f, i) => copyIfStruct(cx, ts`this.${fieldNames[i]!}`, f.type));
  const cloneBody = join(
    fieldNames.map((f, i) => ts`${f}: ${copies[i]!}`),
    ', ',
  );
  const passed = zeros.map((p) => `this.#zero${p}, `).join('');
  members.push(ts`clone()${typeOnly(`: ${self}`)} ${block([ts`return new ${name}(${passed}{ ${cloneBody} });`])}`);
  const printed = printedThroughMethods(cx, structFields, fieldNames);
  if (printed) members.push(printed);
  const renamed = structFields.flatMap((f, i) =>
    cx.decls.collidingFields().has(f.name) ? [ts`${fieldNames[i]!}: ${quote(f.name)}`] : [],
  );
  // fmt prints a field under its Go name (`%+v`), not as the class had to rename it.
  if (renamed.length > 0) members.push(ts`static ${typeOnly('readonly ')}goFieldNames = { ${join(renamed, ', ')} };`);
  const pointerOnly = pointerMethodsMark(pointerOnlyMethods(cx, goName, methods));
  if (pointerOnly) members.push(pointerOnly);
  const formatter = formatterMark(methods);
  if (formatter) members.push(formatter);
  for (const m of methods) members.push(method(cx, m));
  members.push(...promotedMethods(cx, goName, structFields, methods));
  return ts`class ${name}${typeOnly(generics)} ${block(members)}`;
}

/**
 * The methods a struct value (not a pointer) lacks in Go, as the runtime names them: fmt
 * prints its fields instead of calling String or GoString, and where the program tests method
 * sets (type assertions and switches, errors.As) a value does not satisfy an interface through
 * them, nor through a pointer method promoted from an embedded value. (Not an error type's: an
 * error is a pointer nearly always, and the translation cannot always mark it one, as where
 * fmt.Errorf wraps it.)
 */
function pointerOnlyMethods(cx: GoContext, goName: string, own: MethodDecl[]): string[] {
  const printing = (name: string) => name === 'String' || name === 'GoString' || name === 'Format';
  const testsMethodSets = cx.facts.testsMethodSets && !findMethod(cx.decls, { kind: 'named', name: goName }, 'Error');
  const counted = (name: string) => name !== 'Error' && (printing(name) || testsMethodSets);
  const names = own.filter((m) => m.pointerReceiver && counted(m.name)).map((m) => methodName(m.name));
  if (!testsMethodSets) return names;
  const ownNames = new Set(own.map((m) => m.name));
  for (const name of reachableMethodNames(cx, { kind: 'named', name: goName })) {
    if (ownNames.has(name) || !counted(name)) continue;
    const found = findMethod(cx.decls, { kind: 'named', name: goName }, name);
    // Through an embedded pointer (`!` in the path) the value has the method too.
    if (found?.kind === 'declared' && found.method.pointerReceiver && !found.path.includes('!'))
      names.push(methodName(name));
  }
  return names;
}

/** A class's list of the methods its values lack (`pointerOnlyMethods`), or null for none. */
function pointerMethodsMark(names: string[]): Code | null {
  if (names.length === 0) return null;
  return ts`static ${typeOnly('readonly ')}goPointerMethods = [${join(
    names.map((m) => ts`${quote(m)}`),
    ', ',
  )}];`;
}

/** The methods fmt calls: what a value's method set (or a pointer's) decides. */
const PRINTING_METHODS = ['String', 'Error', 'GoString'];

/**
 * Fields of a named non-struct type with a String, Error or GoString method of its value:
 * fmt calls it when it prints the struct (a field's pointer methods it does not call), so the
 * class tells fmt which class carries each such field's methods (fmt wraps the value in it).
 */
function printedThroughMethods(cx: GoContext, structFields: Field[], fieldNames: string[]): Code | null {
  const entries = structFields.flatMap((f, i) => {
    // fmt calls no method through an unexported field.
    if (!/^\p{Lu}/u.test(f.name)) return [];
    if (f.type.kind === 'named' && f.type.name === 'time.Duration') {
      cx.use('time');
      return [ts`${fieldNames[i]!}: time.DurationValue`];
    }
    if (hasPointerStringMethod(cx.decls, f.type)) {
      cx.use('fmt');
      return [ts`${fieldNames[i]!}: fmt.Pointer`];
    }
    const valueClass = valueClassName(cx.decls, f.type);
    const methods = valueClass ? cx.decls.methods.get(namedOf(f.type)!) : undefined;
    const printing = PRINTING_METHODS.some((m) => methods?.get(m)?.pointerReceiver === false);
    return printing ? [ts`${fieldNames[i]!}: ${valueClass!}`] : [];
  });
  if (entries.length === 0) return null;
  return ts`static get goFields() ${block([ts`return { ${join(entries, ', ')} };`])}`;
}

/** `<K extends number, V>` -> `<K, V>`: the parameters as arguments. */
function typeArguments(generics: string): string {
  return generics.replace(/ extends [^,>]+(?:\s*\|\s*[^,>]+)*/g, '');
}

/**
 * Methods promoted from embedded fields (a struct's, or an interface's), each calling the
 * embedded value's: Go finds them on the outer value when it is in an interface, so the class has them.
 */
function promotedMethods(cx: GoContext, goName: string, structFields: Field[], own: MethodDecl[]): Code[] {
  const taken = new Set([...structFields.map((f) => f.name), ...own.map((m) => m.name)]);
  const out: Code[] = [];
  for (const name of reachableMethodNames(cx, { kind: 'named', name: goName })) {
    if (taken.has(name)) continue;
    taken.add(name);
    const found = findMethod(cx.decls, { kind: 'named', name: goName }, name);
    const receiver = ts`this${pathCode(found?.path ?? '')}`;
    const tsName = methodName(name);
    if (found?.kind === 'declared') {
      const m = found.method;
      const params = parameterList(cx, m);
      const args = params.names.join(', ');
      const call = cx.decls.isStruct(m.receiverType)
        ? ts`${receiver}.${tsName}(${args})`
        : ts`${methodFunctionName(cx.decls, m.receiverType, m.name)}(${join([receiver, ...params.names], ', ')})`;
      out.push(ts`${tsName}(${params.code}) ${block([ts`return ${call};`])}`);
    } else if (found?.kind === 'interface') {
      const iface = namedOf(fieldTypeAt(cx, goName, found.path) ?? { kind: 'unknown' });
      if (!iface) continue;
      const params = typeOnly(`: Parameters<${typeName(iface)}['${tsName}']>`);
      out.push(ts`${tsName}(...args${params}) ${block([ts`return ${receiver}.${tsName}(...args);`])}`);
    }
  }
  return out;
}

/** Names of the methods declared on the embedded fields' types, or of their interfaces, at any depth. */
function reachableMethodNames(cx: GoContext, type: GoType): Set<string> {
  const names = new Set<string>();
  let level = embeddedFields(cx.decls, type);
  for (let depth = 0; depth < 5 && level.length > 0; depth++) {
    for (const f of level) {
      const named = namedOf(f.type);
      for (const m of (named && cx.decls.methods.get(named)?.keys()) || []) names.add(m);
      for (const m of interfaceMethods(cx.decls, f.type) ?? []) names.add(m);
    }
    level = level.flatMap((f) => embeddedFields(cx.decls, f.type, f.path));
  }
  return names;
}

/** The type of the embedded field at `path` (`.Inner.Namer`) of a struct type. */
function fieldTypeAt(cx: GoContext, goName: string, path: string): GoType | null {
  let level = embeddedFields(cx.decls, { kind: 'named', name: goName });
  while (level.length > 0) {
    const found = level.find((f) => f.path === path);
    if (found) return found.type;
    level = level.flatMap((f) => embeddedFields(cx.decls, f.type, f.path));
  }
  return null;
}

/** A method's parameters with their types, and their names. */
function parameterList(cx: GoContext, m: MethodDecl): { code: Code; names: string[] } {
  const scope = new Scope();
  const names = m.params.map((p) => scope.declare(p.name === '_' ? 'arg' : p.name, p.type).tsName);
  const code = join(
    m.params.map((p, i) => ts`${p.variadic ? '...' : ''}${names[i]!}${typeOnly(`: ${tsType(p.type, cx.decls)}`)}`),
    ', ',
  );
  return { code, names: names.map((n, i) => (m.params[i]!.variadic ? `...${n}` : n)) };
}

/** The receiver's type as the method names it: `Stack[T]` for `func (s *Stack[T]) Push`. */
function receiverNamed(m: MethodDecl): GoType {
  const args: GoType[] = m.receiverTypeParameters.map((name) => ({ kind: 'named', name }));
  return args.length > 0 ? { kind: 'named', name: m.receiverType, args } : { kind: 'named', name: m.receiverType };
}

/**
 * A generic type's method as a function has the type's parameters (`function setAdd<T>(s: Set<T>, v: T)`),
 * constrained as the type declares them unless the receiver names them otherwise.
 */
function receiverGenerics(m: MethodDecl, generics: string): string {
  const names = m.receiverTypeParameters;
  if (names.length === 0) return '';
  return typeArguments(generics) === `<${names.join(', ')}>` ? generics : `<${names.join(', ')}>`;
}

function method(cx: GoContext, m: MethodDecl): Code {
  const named = receiverNamed(m);
  const receiverType: GoType = m.pointerReceiver ? { kind: 'pointer', elem: named } : named;
  const key = `${m.receiverType}.${m.name}`;
  // A method Go runs on a nil *T too is called so (`T.prototype.m.call(p)`): its `this` may be null.
  const nilable = m.pointerReceiver && acceptsNilReceiver(m);
  const { params, body } = functionParts(cx, key, m.node, m, {
    name: m.receiverName,
    type: receiverType,
    asThis: true,
    nilable,
  });
  const self = nilable ? typeOnly(`this: ${tsType(named, cx.decls)} | null${params.isEmpty ? '' : ', '}`) : '';
  return ts`${ifAsync([key], 'async ')}${methodName(m.name)}(${self}${params})${resultType(cx, m.results, key)} ${body}`;
}

/** Methods on non-struct types (`type State int`) become functions taking the value first, or a `Ptr` to it for a pointer method. */
function methodAsFunction(cx: GoContext, goTypeName: string, type: GoType, m: MethodDecl, generics: string): Code {
  const key = `${goTypeName}.${m.name}`;
  const named = receiverNamed(m);
  const receiverType: GoType = m.pointerReceiver ? { kind: 'pointer', elem: named } : named;
  const { params, body, receiverName } = functionParts(cx, key, m.node, m, {
    name: m.receiverName,
    type: receiverType,
    asThis: false,
  });
  const valueType = tsType(type, cx.decls) === 'number' ? typeName(goTypeName) : tsType(type, cx.decls);
  const nullable = !m.pointerReceiver && cx.decls.nil.holds(receiverSlot(key)) && nilableType(cx, type);
  const annotation =
    m.pointerReceiver && pointsToVariable(named, cx.decls)
      ? `Ptr<${valueType}>`
      : nullable
        ? `${valueType.includes('=>') ? `(${valueType})` : valueType} | null`
        : valueType;
  const receiver = ts`${receiverName}${typeOnly(`: ${annotation}`)}`;
  const all = params.isEmpty ? receiver : ts`${receiver}, ${params}`;
  const typeParameters = typeOnly(receiverGenerics(m, generics));
  return ts`${ifAsync([key], 'async ')}function ${methodFunctionName(cx.decls, goTypeName, m.name)}${typeParameters}(${all})${resultType(cx, m.results, key)} ${body}`;
}

/**
 * A named non-struct type's value in an interface: a `Named` (the runtime prints its value)
 * whose methods call the type's functions; it is itself a `Ptr` to its value, for pointer methods.
 */
function valueClass(cx: GoContext, goTypeName: string, methods: MethodDecl[], generics: string): Code {
  cx.use('Named');
  const named: GoType = { kind: 'named', name: goTypeName };
  const boxed = pointsToVariable(named, cx.decls);
  const members = methods.map((m) => {
    const params = parameterList(cx, m);
    const receiver = m.pointerReceiver && boxed ? 'this' : 'this.value';
    const call = `${methodFunctionName(cx.decls, goTypeName, m.name)}(${[receiver, ...params.names].join(', ')})`;
    return ts`${methodName(m.name)}(${params.code}) ${block([ts`return ${call};`])}`;
  });
  const goType = ts`${typeOnly('readonly ')}goType = ${quote(describeType(named, true))};`;
  const marks = [formatterMark(methods), pointerMethodsMark(pointerOnlyMethods(cx, goTypeName, methods))];
  const self = `${typeName(goTypeName)}${typeArguments(generics)}`;
  return ts`class ${valueClassName(cx.decls, named)!}${typeOnly(generics)} extends Named${typeOnly(`<${self}>`)} ${block([goType, ...marks.filter((m) => m !== null), ...members])}`;
}
