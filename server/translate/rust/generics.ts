// Type parameters of functions, methods, structs and enums, kept in the TypeScript (their bounds are not).
//   fn largest<T: PartialOrd + Copy>(list: &[T]) -> T  -> function largest<T>(list: T[]): T
//   struct Stack<T> { items: Vec<T> }                  -> class Stack<T = any> { items: T[]; .. }
//   impl<T: Clone> Stack<T> { fn new() -> Self }       -> static new_<T = any>(): Stack<T>
//   impl Stack<i32> { fn sum(&self) -> i32 }           -> sum(this: Stack<number>): number
// A generic type's parameters default to `any`: a value whose arguments the translator does not
// know (`let s = Stack::new();`) is still a valid `Stack`.
import { Code, typeOnly } from '../emit/code.js';
import { field, walk, type Node } from '../syntax.js';
import { typeNameOfImpl, valuesOf } from './facts.js';
import { named, substitute, tsType, UNKNOWN, type RustType } from './types.js';

/** The names of an item's type parameters (`T`, `U`); lifetimes and const parameters are not types here. */
export function typeParameterNames(item: Node): string[] {
  return valuesOf(field(item, 'type_parameters'))
    .filter((p) => p.type === 'type_parameter')
    .map((p) => (field(p, 'name') ?? p).text);
}

/** The bounds of each type parameter, from `<T: A + B>` and from `where T: C`. */
function boundsOf(item: Node): Map<string, Node[]> {
  const bounds = new Map<string, Node[]>();
  const add = (name: string, list: Node | null) => {
    const all = bounds.get(name) ?? [];
    all.push(...valuesOf(list).filter((b) => b.type !== 'lifetime'));
    bounds.set(name, all);
  };
  for (const p of valuesOf(field(item, 'type_parameters')))
    if (p.type === 'type_parameter') add((field(p, 'name') ?? p).text, field(p, 'bounds'));
  const where = item.namedChildren.find((k) => k?.type === 'where_clause');
  for (const predicate of valuesOf(where ?? null))
    if (predicate.type === 'where_predicate' && field(predicate, 'left')?.type === 'type_identifier')
      add(field(predicate, 'left')!.text, field(predicate, 'bounds'));
  return bounds;
}

/** Type parameters bound by a function trait (`F: Fn(i32) -> i32`), as that function's type. */
export function functionBounds(item: Node, parse: (type: Node) => RustType): Map<string, RustType> {
  const out = new Map<string, RustType>();
  for (const [name, bounds] of boundsOf(item)) {
    const callable = bounds.find((b) => b.type === 'function_type');
    if (callable) out.set(name, parse(callable));
  }
  return out;
}

/** `<T, U>` after a function's name, or nothing; `items` are the item and what declares it (a generic impl). */
export function typeParameters(...items: Node[]): Code {
  const names = [...new Set(items.flatMap(typeParameterNames))];
  return names.length ? typeOnly(`<${names.map((n) => `${n}${constraint(items, n)}`).join(', ')}>`) : new Code();
}

/**
 * `<T = any>` after a generic struct's or enum's name, or a static method's of a generic impl
 * (`Stack::new()` with nothing to infer `T` from is a `Stack<any>`), or nothing.
 */
export function typeDefinitionParameters(...items: Node[]): string {
  const names = [...new Set(items.flatMap(typeParameterNames))];
  return names.length ? `<${names.map((n) => `${n}${constraint(items, n)} = any`).join(', ')}>` : '';
}

/**
 * ` extends Messenger` for `T: Messenger` (or `where T: Messenger`) where Messenger is a trait of
 * the program, whose interface says what `T`'s methods are; std's traits say nothing here.
 */
function constraint(items: Node[], name: string): string {
  const traits = items.flatMap((item) => boundsOf(item).get(name) ?? []).filter((b) => declaredTraits(b).has(b.text));
  const names = [...new Set(traits.map((t) => t.text))];
  return names.length ? ` extends ${names.join(' & ')}` : '';
}

const traitsByTree = new WeakMap<object, Set<string>>();

/**
 * The traits without type parameters that the file declares (their interfaces take no arguments),
 * less those it implements for a type it does not define (`impl Shout for str`, `impl<T> Shout
 * for T`): a string or number is no such interface.
 */
function declaredTraits(node: Node): Set<string> {
  let traits = traitsByTree.get(node.tree);
  if (!traits) {
    const root = node.tree.rootNode;
    const defined = new Set(
      root.descendantsOfType(['struct_item', 'enum_item']).map((d) => (d && field(d, 'name')?.text) ?? ''),
    );
    const foreign = new Set(
      root
        .descendantsOfType('impl_item')
        .filter((i) => i !== null && !defined.has(typeNameOfImpl(i)))
        .map((i) => (field(i!, 'trait')?.text ?? '').replace(/<.*$/s, '').split('::').pop()),
    );
    traits = new Set(
      root
        .descendantsOfType('trait_item')
        .filter((t) => t !== null && typeParameterNames(t).length === 0)
        .map((t) => field(t!, 'name')?.text ?? '')
        .filter((name) => !foreign.has(name)),
    );
    traitsByTree.set(node.tree, traits);
  }
  return traits;
}

/** A generic struct or enum as its own methods see it: `Stack<T>`. */
export function selfOfDefinition(item: Node, name: string): RustType {
  return named(name, ...typeParameterNames(item).map((n) => named(n)));
}

/** The type arguments an impl block gives its type (`type`): `impl<T> Stack<T>` -> [T], `impl Stack<i32>` -> [i32]. */
export function implTypeArguments(type: RustType): RustType[] {
  return type.kind === 'named' ? type.args : [];
}

/**
 * Whether the impl block is for the type with exactly its own parameters (`impl<T> Stack<T>`),
 * so that its methods see the class's `T`; otherwise (`impl Stack<i32>`) they say what `this` is.
 */
export function implCoversAll(definition: Node, args: RustType[]): boolean {
  const params = typeParameterNames(definition);
  return args.length === params.length && args.every((a, i) => a.kind === 'named' && a.name === params[i]);
}

/** `this: Stack<number>, ` for a method of an impl block for some of a generic type's values. */
export function thisParameter(self: RustType, hasParams: boolean): Code {
  return typeOnly(`this: ${tsType(self) ?? 'any'}${hasParams ? ', ' : ''}`);
}

/**
 * What a method of a generic impl sees its type parameters as, for a receiver of known type
 * arguments: `impl<K, V> Registry<K, V>`'s `V` is `u64` for a `Registry<u32, u64>`.
 */
export function receiverBindings(method: Node, receiverArgs: RustType[]): Map<string, RustType> {
  const bindings = new Map<string, RustType>();
  let impl: Node | null = method.parent;
  while (impl && impl.type !== 'impl_item') impl = impl.parent;
  const type = impl ? field(impl, 'type') : null;
  if (!impl || type?.type !== 'generic_type') return bindings;
  const declared = new Set(typeParameterNames(impl));
  // `impl<T> Deref for Guard<'_, T>`: a type's arguments say nothing of its lifetimes.
  const args = valuesOf(field(type, 'type_arguments')).filter((arg) => arg.type !== 'lifetime');
  args.forEach((arg, i) => {
    const given = receiverArgs[i];
    if (arg.type === 'type_identifier' && declared.has(arg.text) && given && given.kind !== 'unknown')
      bindings.set(arg.text, given);
  });
  return bindings;
}

/** Types with a generic impl's parameters replaced by what the receiver says they are. */
export function boundBy(bindings: Map<string, RustType>, type: RustType | undefined): RustType {
  return type === undefined ? UNKNOWN : bindings.size ? substitute(type, bindings) : type;
}

/**
 * The type parameters of a generic function whose associated functions it calls (`A::default()`,
 * `A::name()`): JavaScript erases types, so the caller passes each as a value, its class.
 *   fn replay<A: Aggregate>(..) { let agg = A::default(); }  -> function replay<A>(typeA: any, ..) { let agg = typeA.default_(); }
 */
export function passedTypes(fn: Node): string[] {
  const params = typeParameterNames(fn);
  const called = new Set<string>();
  walk(field(fn, 'body') ?? fn, (n) => {
    const callee = n.type === 'call_expression' ? field(n, 'function') : null;
    const owner = callee?.type === 'scoped_identifier' ? field(callee, 'path')?.text : undefined;
    if (owner && params.includes(owner)) called.add(owner);
  });
  return params.filter((p) => called.has(p));
}

/** The parameter a passed type arrives in. */
export function passedTypeName(parameter: string): string {
  return `type${parameter}`;
}
