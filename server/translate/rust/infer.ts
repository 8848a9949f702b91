import { field, walk, type Node } from '../syntax.js';
import { valuesOf } from './facts.js';
import type { FnDecl, Items } from './items.js';
import { typeParameterNames } from './generics.js';
import {
  CHAR,
  FLOAT,
  mentionsAny,
  named,
  option,
  STRING,
  substitute,
  tuple,
  UNKNOWN,
  USIZE,
  vec,
  type RustType,
} from './types.js';

/** Methods whose first argument is an element of the channel or collection they are called on. */
const ELEMENT_METHODS = new Set([
  'send',
  'try_send',
  'blocking_send',
  'send_timeout',
  'push',
  'push_back',
  'push_front',
  'send_replace',
]);

/** What the inference may ask the translator: types of names in scope, and macro arguments parsed. */
export interface InferenceContext {
  items: Items;
  localType(name: string): RustType | null;
  /** The argument expressions of a macro (`println!(.., f(rx))`, `vec![a, b]`), parsed. */
  macroArguments(macro: Node): Node[];
}

/**
 * The element type Rust infers for `let (tx, rx) = mpsc::channel(8)` or `let v = Vec::new()`
 * from later uses in the same function: what is sent or pushed, or the declared type of the
 * parameter or field the value is handed to. Null when no use tells.
 */
export function inferElementType(declaration: Node, names: string[], context: InferenceContext): RustType | null {
  const body = enclosingBody(declaration);
  if (!body) return null;
  return new ElementInference(body, context).infer(declaration, names);
}

class ElementInference {
  constructor(
    private readonly body: Node,
    private readonly context: InferenceContext,
  ) {}

  infer(declaration: Node, names: string[]): RustType | null {
    const { items } = this.context;
    const tracked = new Set(names);
    walk(this.body, (n) => {
      if (n.type === 'let_declaration') {
        const value = field(n, 'value');
        const pattern = field(n, 'pattern');
        if (value && pattern?.type === 'identifier' && (isCloneOf(value, tracked) || isGuardOf(value, tracked)))
          tracked.add(pattern.text);
      }
    });
    let found: RustType | null = null;
    const visit = (n: Node): boolean => {
      if (found) return false;
      // Only uses after the declaration count (an earlier `let` of the same name is another binding).
      if (n.endIndex <= declaration.endIndex && n.tree === declaration.tree)
        return n.startIndex < declaration.startIndex && n.endIndex > declaration.startIndex;
      if (n.type === 'macro_invocation' && !/select$/.test(field(n, 'macro')?.text ?? '')) {
        for (const arg of this.context.macroArguments(n)) walk(arg, visit);
        return false;
      }
      if (n.type === 'call_expression') {
        const fn = field(n, 'function');
        const args = valuesOf(field(n, 'arguments'));
        if (
          fn?.type === 'field_expression' &&
          ELEMENT_METHODS.has(field(fn, 'field')?.text ?? '') &&
          mentions(field(fn, 'value'), tracked) &&
          args[0]
        ) {
          const t = this.typeOf(args[0]);
          if (t.kind !== 'unknown') found = t;
        } else if (
          fn?.type === 'field_expression' &&
          ELEMENT_METHODS.has(field(fn, 'field')?.text ?? '') &&
          args[0]?.type === 'tuple_expression'
        ) {
          // `bank.send((name, op, reply))`: reply's type is the matching part of what bank carries.
          const at = valuesOf(args[0]).findIndex((part) => isTracked(part, tracked));
          const carrier = field(fn, 'value');
          const carried = at >= 0 && carrier?.type === 'identifier' ? this.context.localType(carrier.text) : null;
          const part =
            carried?.kind === 'named' && carried.args[0]?.kind === 'tuple' ? carried.args[0].items[at] : undefined;
          if (part) found = elementOf(part);
        } else if (fn) {
          const params = parameterTypes(fn, items);
          // `Worker::new(name, rx)` taking `mpsc::Receiver<T>` of its own `T` says nothing of the element.
          const generic = genericNames(functionDecl(fn, items));
          args.forEach((a, i) => {
            const element =
              !found && params[i] && (isTracked(a, tracked) || isCloneOf(a, tracked)) ? elementOf(params[i]!) : null;
            if (element && !mentionsAny(element, generic)) found = element;
          });
        }
      } else if (n.type === 'field_initializer' || n.type === 'shorthand_field_initializer') {
        const value = n.type === 'field_initializer' ? field(n, 'value') : n;
        const name = n.type === 'field_initializer' ? field(n, 'field')?.text : n.text;
        const structName = n.parent?.parent ? field(n.parent.parent, 'name')?.text.split('::') : undefined;
        if (
          value &&
          name &&
          structName &&
          (isTracked(value, tracked) ||
            isCloneOf(value, tracked) ||
            (n.type === 'shorthand_field_initializer' && tracked.has(n.text)))
        ) {
          const declared = fieldType(items, structName, name);
          if (declared) found = elementOf(declared);
        }
      }
      return !found;
    };
    walk(this.body, visit);
    return found;
  }

  /** The type of a name: in scope, else from its declaration later in the body. */
  private nameType(name: string, depth = 0): RustType | null {
    return this.context.localType(name) ?? this.declarationType(name, depth);
  }

  /**
   * The type of a name declared later in the body: a `for` over a range, an array or a Vec, a
   * `let` of something typeOf reads, or `while let Some(x) = rx.recv().await` on a typed receiver.
   */
  private declarationType(name: string, depth: number): RustType | null {
    if (depth > 6) return null;
    let found: RustType | null = null;
    walk(this.body, (n) => {
      if (found) return false;
      const pattern = field(n, 'pattern');
      const value = field(n, 'value');
      if (
        n.type === 'let_condition' &&
        pattern?.type === 'tuple_struct_pattern' &&
        field(pattern, 'type')?.text === 'Some' &&
        valuesOf(pattern)[1]?.text === name &&
        value
      ) {
        const option = this.receivedType(value) ? null : this.typeOf(value, depth + 1, name);
        found = this.receivedType(value) ?? (option?.kind === 'option' ? option.elem : null);
      }
      if (isEnumerateIndex(n, name)) found = USIZE;
      if (n.type === 'closure_expression') found = closureParameterType(n, name, this.context.items) ?? found;
      const range = n.type === 'closure_expression' ? rangeMappedBy(n, name) : null;
      if (range) found = this.rangeType(range, depth, name);
      if (found?.kind === 'unknown') found = null;
      if (pattern?.type !== 'identifier' || pattern.text !== name || !value) return !found;
      if (n.type === 'for_expression') {
        const range = rangeIterated(value);
        const iterated = range ? null : this.typeOf(value, depth + 1, name);
        found = range ? this.rangeType(range, depth, name) : iterated?.kind === 'vec' ? iterated.elem : null;
      } else if (n.type === 'let_declaration') {
        const written = field(n, 'type');
        found = written ? this.context.items.type(written) : this.typeOf(value, depth + 1, name);
      }
      if (found?.kind === 'unknown') found = null;
      return !found;
    });
    return found;
  }

  /** The numbers of a range: `1..=4u64` counts in u64, its unsuffixed bound follows the other. */
  private rangeType(range: Node, depth: number, self: string): RustType {
    const bounds = valuesOf(range);
    const unsuffixed = (b: Node) => b.type === 'integer_literal' && !/[iu](8|16|32|64|128|size)$/.test(b.text);
    return this.typeOf(bounds.find((b) => !unsuffixed(b)) ?? bounds[0] ?? range, depth + 1, self);
  }

  /** What `rx.recv().await` gives when rx's channel type is known. */
  private receivedType(value: Node): RustType | null {
    const call = value.type === 'await_expression' ? valuesOf(value)[0] : value;
    const fn = call?.type === 'call_expression' ? field(call, 'function') : null;
    const receiver = fn?.type === 'field_expression' && field(fn, 'field')?.text === 'recv' ? field(fn, 'value') : null;
    const type = receiver?.type === 'identifier' ? this.context.localType(receiver.text) : null;
    const isReceiver = type?.kind === 'named' && type.name.endsWith('Receiver');
    return isReceiver && type.args[0] && type.args[0].kind !== 'unknown' ? type.args[0] : null;
  }

  /**
   * `q.pop()` on a local of a type the program declares (`Queue<(u32, &str)>`): the method's
   * signature, with the type's parameters (`T`) as the local's type arguments.
   */
  private methodDecl(fn: Node): FnDecl | undefined {
    const receiver = fn.type === 'field_expression' ? field(fn, 'value') : null;
    const type = receiver?.type === 'identifier' ? this.context.localType(receiver.text) : null;
    if (type?.kind !== 'named') return undefined;
    const decl = this.context.items.methods.get(type.name)?.get(field(fn, 'field')?.text ?? '');
    const owner = this.context.items.structs.get(type.name)?.node ?? this.context.items.enums.get(type.name)?.node;
    if (!decl || !owner) return undefined;
    const bindings = new Map(typeParameterNames(owner).map((p, i) => [p, type.args[i] ?? UNKNOWN]));
    return { ...decl, result: substitute(decl.result, bindings) };
  }

  /** A type read off an expression without translating it: literals, struct literals, known calls. */
  private typeOf(node: Node, depth = 0, self = ''): RustType {
    const { items } = this.context;
    const recurse = (n: Node) => this.typeOf(n, depth, self);
    switch (node.type) {
      case 'integer_literal':
        return { kind: 'int', name: /(u8|u16|u32|u64|usize|i8|i16|i64|isize)$/.exec(node.text)?.[1] ?? 'i32' };
      case 'float_literal':
        return FLOAT;
      case 'string_literal':
        return STRING;
      case 'char_literal':
        return CHAR;
      case 'boolean_literal':
        return { kind: 'bool' };
      case 'identifier':
        return node.text === self ? UNKNOWN : (this.nameType(node.text, depth + 1) ?? UNKNOWN);
      case 'reference_expression':
      case 'parenthesized_expression':
        return recurse(valuesOf(node)[valuesOf(node).length - 1] ?? node);
      case 'tuple_expression': {
        const parts = valuesOf(node).map(recurse);
        return parts.every((p) => p.kind !== 'unknown') ? tuple(parts) : UNKNOWN;
      }
      case 'array_expression': {
        const first = valuesOf(node)[0];
        return first ? vec(recurse(first)) : UNKNOWN;
      }
      case 'struct_expression': {
        const path = (field(node, 'name')?.text ?? '').split('::');
        const owner = path[path.length - 2];
        return named(owner && items.enums.has(owner) ? owner : path[path.length - 1]!);
      }
      case 'scoped_identifier': {
        const path = node.text.split('::');
        const owner = path[path.length - 2];
        return owner && items.enums.get(owner)?.variants.has(path[path.length - 1]!) ? named(owner) : UNKNOWN;
      }
      case 'macro_invocation': {
        const macro = field(node, 'macro')?.text ?? '';
        if (macro === 'format') return STRING;
        if (macro === 'vec') {
          const first = this.context.macroArguments(node)[0];
          return first ? vec(recurse(first)) : UNKNOWN;
        }
        return UNKNOWN;
      }
      case 'await_expression': {
        const inner = valuesOf(node)[0];
        const fn = inner?.type === 'call_expression' ? field(inner, 'function') : null;
        const decl = fn ? functionDecl(fn, items) : undefined;
        if (decl?.isAsync) return decl.result;
        const elem = this.receivedType(node);
        return elem ? { kind: 'option', elem } : UNKNOWN;
      }
      case 'call_expression': {
        const fn = field(node, 'function');
        if (!fn) return UNKNOWN;
        const method = fn.type === 'field_expression' ? (field(fn, 'field')?.text ?? '') : '';
        if (/^(to_string|to_owned|to_uppercase|to_lowercase)$/.test(method)) return STRING;
        if (/^(len|count|capacity)$/.test(method)) return USIZE;
        if (method === 'clone') return recurse(field(fn, 'value')!);
        if (/^(unwrap|expect)$/.test(method)) {
          const inner = recurse(field(fn, 'value')!);
          return inner.kind === 'option' ? inner.elem : inner.kind === 'result' ? inner.ok : UNKNOWN;
        }
        const path = fn.text.split('::');
        const owner = path[path.length - 2];
        if (owner && items.enums.get(owner)?.variants.has(path[path.length - 1]!)) return named(owner);
        if (fn.text === 'String::from') return STRING;
        if (fn.text === 'Some') {
          const inner = recurse(valuesOf(field(node, 'arguments'))[0] ?? node);
          return inner.kind === 'unknown' ? UNKNOWN : option(inner);
        }
        const decl = functionDecl(fn, items) ?? this.methodDecl(fn);
        return decl && !decl.isAsync ? decl.result : UNKNOWN;
      }
      case 'binary_expression':
        return recurse(field(node, 'left')!);
      default:
        return UNKNOWN;
    }
  }
}

/** `visit_all(&xs, |i, o| ..)` where `visit_all` takes `impl Fn(usize, ..)`: the type of the closure's parameter `name`. */
function closureParameterType(closure: Node, name: string, items: Items): RustType | null {
  const index = valuesOf(field(closure, 'parameters')).findIndex(
    (p) => (p.type === 'parameter' ? field(p, 'pattern') : p)?.text === name,
  );
  const call = closure.parent?.parent;
  if (index < 0 || call?.type !== 'call_expression') return null;
  const callee = items.functions.get(field(call, 'function')?.text ?? '');
  const position = valuesOf(field(call, 'arguments')).findIndex((a) => a.id === closure.id);
  const taken = callee?.params[position]?.type;
  return taken?.kind === 'fn' ? (taken.params[index] ?? null) : null;
}

/** `(0..n).map(|id| ..)`: the range whose numbers the closure's one parameter `name` takes. */
function rangeMappedBy(closure: Node, name: string): Node | null {
  const params = valuesOf(field(closure, 'parameters'));
  if (params.length !== 1 || params[0]!.text !== name) return null;
  const call = closure.parent?.parent;
  const fn = call?.type === 'call_expression' ? field(call, 'function') : null;
  let receiver = fn?.type === 'field_expression' ? field(fn, 'value') : null;
  while (receiver?.type === 'parenthesized_expression') receiver = valuesOf(receiver)[0] ?? null;
  return receiver?.type === 'range_expression' ? receiver : null;
}

/** The range a `for` walks: `a..b`, `(a..b).rev()`, `(0..n).step_by(2)`; null for anything else. */
function rangeIterated(value: Node): Node | null {
  let n: Node | null = value;
  for (;;) {
    if (n?.type === 'parenthesized_expression') n = valuesOf(n)[0] ?? null;
    else if (n?.type === 'call_expression' && /^(rev|step_by)$/.test(field(field(n, 'function')!, 'field')?.text ?? ''))
      n = field(field(n, 'function')!, 'value');
    else return n?.type === 'range_expression' ? n : null;
  }
}

/** `for (i, x) in v.iter().enumerate()` or `.enumerate().map(|(i, x)| ..)`: `i` counts from 0. */
function isEnumerateIndex(n: Node, name: string): boolean {
  const pattern =
    n.type === 'for_expression'
      ? field(n, 'pattern')
      : valuesOf(field(n, 'parameters')).find((p) => p.type === 'tuple_pattern');
  if (pattern?.type !== 'tuple_pattern' || valuesOf(pattern)[0]?.text !== name) return false;
  const call = n.parent?.parent;
  const mapped = call?.type === 'call_expression' ? field(call, 'function') : null;
  const iterated =
    n.type === 'for_expression'
      ? field(n, 'value')
      : mapped?.type === 'field_expression'
        ? field(mapped, 'value')
        : null;
  const fn = iterated?.type === 'call_expression' ? field(iterated, 'function') : null;
  return fn?.type === 'field_expression' && field(fn, 'field')?.text === 'enumerate';
}

function enclosingBody(node: Node): Node | null {
  for (let n: Node | null = node.parent; n; n = n.parent) {
    if (n.type === 'function_item') return field(n, 'body');
  }
  return null;
}

function isTracked(node: Node, names: Set<string>): boolean {
  const inner = node.type === 'reference_expression' ? (valuesOf(node)[0] ?? node) : node;
  return inner.type === 'identifier' && names.has(inner.text);
}

function mentions(node: Node | null, names: Set<string>): boolean {
  if (!node) return false;
  if (isTracked(node, names)) return true;
  // `tx.clone().send(x)`, `log.lock().unwrap().push(x)`
  if (node.type === 'call_expression' || node.type === 'await_expression' || node.type === 'field_expression') {
    const inner =
      node.type === 'call_expression'
        ? field(node, 'function')
        : node.type === 'field_expression'
          ? field(node, 'value')
          : valuesOf(node)[0];
    return mentions(inner ?? null, names);
  }
  return false;
}

/** `tx.clone()`, `Sender::clone(&tx)`, `Arc::clone(&x)`. */
function isCloneOf(node: Node, names: Set<string>): boolean {
  if (node.type !== 'call_expression') return false;
  const fn = field(node, 'function');
  if (fn?.type === 'field_expression' && field(fn, 'field')?.text === 'clone')
    return isTracked(field(fn, 'value')!, names);
  const args = valuesOf(field(node, 'arguments'));
  return !!fn && /::clone$/.test(fn.text) && !!args[0] && isTracked(args[0], names);
}

/** `names.lock().unwrap()`, `names.lock().await`: a guard through which pushes reach the tracked value. */
function isGuardOf(node: Node, names: Set<string>): boolean {
  const inner = node.type === 'await_expression' ? valuesOf(node)[0] : node;
  const fn = inner?.type === 'call_expression' ? field(inner, 'function') : null;
  if (fn?.type !== 'field_expression') return false;
  const method = field(fn, 'field')?.text ?? '';
  const value = field(fn, 'value')!;
  if (/^(unwrap|expect)$/.test(method)) return isGuardOf(value, names);
  return /^(lock|write)$/.test(method) && isTracked(value, names);
}

/** The type parameters a function sees: its own and its impl block's (`impl<T> Worker<T> { fn new(rx: Receiver<T>) }`). */
function genericNames(decl: FnDecl | undefined): Set<string> {
  if (!decl) return new Set();
  const impl = decl.node.parent?.parent;
  return new Set([...typeParameterNames(decl.node), ...(impl?.type === 'impl_item' ? typeParameterNames(impl) : [])]);
}

/** What a function takes, or a tuple variant or tuple struct built by a call (`Op::Balance(name, reply)`). */
function parameterTypes(fn: Node, items: Items): RustType[] {
  const decl = functionDecl(fn, items);
  if (decl) return decl.params.map((p) => p.type);
  const path = fn.text.split('::');
  const fields = declaredFields(items, path);
  return fields.every((f) => /^\d+$/.test(f.name)) ? fields.map((f) => f.type) : [];
}

/** The fields of the enum variant or struct a path names. */
function declaredFields(items: Items, path: string[]): { name: string; type: RustType }[] {
  const last = path[path.length - 1]!;
  const owner = path[path.length - 2];
  return (
    (owner ? items.enums.get(owner)?.variants.get(last)?.fields : undefined) ?? items.structs.get(last)?.fields ?? []
  );
}

/** The function or associated function a callee path names, when the program declares it. */
function functionDecl(fn: Node, items: Items): FnDecl | undefined {
  const path = fn.text.split('::');
  const last = path[path.length - 1]!;
  const owner = path[path.length - 2];
  return owner ? items.methods.get(owner)?.get(last) : items.functions.get(last);
}

function fieldType(items: Items, path: string[], name: string): RustType | null {
  return declaredFields(items, path).find((f) => f.name === name)?.type ?? null;
}

/** What a channel, Vec or Mutex of Vec holds. */
function elementOf(type: RustType): RustType | null {
  if (type.kind === 'named' && type.name === 'Arc') return type.args[0] ? elementOf(type.args[0]) : null;
  if (type.kind === 'vec') return type.elem;
  if (type.kind === 'named' && type.args[0]) {
    const inner = type.args[0];
    if (!type.name.endsWith('Mutex')) return inner;
    // `Arc<Mutex<mpsc::Receiver<Job>>>`: what the locked channel carries.
    if (inner.kind === 'named' && /(Sender|Receiver)$/.test(inner.name)) return inner.args[0] ?? null;
    return inner.kind === 'vec' ? inner.elem : inner;
  }
  return null;
}
