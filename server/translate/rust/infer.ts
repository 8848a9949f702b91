import { field, kids, walk, type Node } from '../syntax.js';
import type { Items } from './items.js';
import { CHAR, FLOAT, named, STRING, tuple, UNKNOWN, type RustType } from './types.js';

/** Methods whose first argument is an element of the channel or collection they are called on. */
const ELEMENT_METHODS = new Set(['send', 'try_send', 'blocking_send', 'send_timeout', 'push', 'push_back', 'push_front', 'send_replace']);

/**
 * The element type Rust infers for `let (tx, rx) = mpsc::channel(8)` or `let v = Vec::new()`
 * from later uses in the same function: what is sent or pushed, or the declared type of the
 * parameter or field the value is handed to. Null when no use tells.
 */
export function inferElementType(
  declaration: Node,
  names: string[],
  items: Items,
  localType: (name: string) => RustType | null,
  /** The argument expressions of a macro (`println!(.., f(rx))`), parsed. */
  macroArguments: (macro: Node) => Node[],
): RustType | null {
  const body = enclosingBody(declaration);
  if (!body) return null;
  const declaredType = (name: string) => localType(name) ?? declarationType(body, name, items);
  const tracked = new Set(names);
  walk(body, (n) => {
    if (n.type === 'let_declaration') {
      const value = field(n, 'value');
      const pattern = field(n, 'pattern');
      if (value && pattern?.type === 'identifier' && isCloneOf(value, tracked)) tracked.add(pattern.text);
    }
  });
  let found: RustType | null = null;
  const cheap = (node: Node) => cheapType(node, items, declaredType);
  const visit = (n: Node): boolean => {
    if (found) return false;
    // Only uses after the declaration count (an earlier `let` of the same name is another binding).
    if (n.endIndex <= declaration.endIndex && n.tree === declaration.tree) return n.startIndex < declaration.startIndex && n.endIndex > declaration.startIndex;
    if (n.type === 'macro_invocation' && !/select$/.test(field(n, 'macro')?.text ?? '')) {
      for (const arg of macroArguments(n)) walk(arg, visit);
      return false;
    }
    if (n.type === 'call_expression') {
      const fn = field(n, 'function');
      const args = kids(field(n, 'arguments'));
      if (fn?.type === 'field_expression' && ELEMENT_METHODS.has(field(fn, 'field')?.text ?? '') && mentions(field(fn, 'value'), tracked) && args[0]) {
        const t = cheap(args[0]);
        if (t.kind !== 'unknown') found = t;
      } else if (fn) {
        const params = parameterTypes(fn, items);
        args.forEach((a, i) => {
          if (!found && params[i] && (isTracked(a, tracked) || isCloneOf(a, tracked))) found = elementOf(params[i]!);
        });
      }
    } else if (n.type === 'field_initializer' || n.type === 'shorthand_field_initializer') {
      const value = n.type === 'field_initializer' ? field(n, 'value') : n;
      const name = n.type === 'field_initializer' ? field(n, 'field')?.text : n.text;
      const structName = n.parent?.parent ? field(n.parent.parent, 'name')?.text.split('::') : undefined;
      if (value && name && structName && (isTracked(value, tracked) || isCloneOf(value, tracked) || n.type === 'shorthand_field_initializer' && tracked.has(n.text))) {
        const declared = fieldType(items, structName, name);
        if (declared) found = elementOf(declared);
      }
    }
    return !found;
  };
  walk(body, visit);
  return found;
}

/** The type of a name declared later in the body: a `for` over a range, or a `let` of a literal. */
function declarationType(body: Node, name: string, items: Items, depth = 0): RustType | null {
  let found: RustType | null = null;
  walk(body, (n) => {
    if (found || depth > 2) return false;
    const pattern = field(n, 'pattern');
    if (pattern?.type !== 'identifier' || pattern.text !== name) return true;
    const value = field(n, 'value');
    if (n.type === 'for_expression' && value?.type === 'range_expression') found = cheapType(kids(value)[0] ?? value, items, () => null);
    else if (n.type === 'for_expression' && value?.type === 'array_expression') found = cheapType(kids(value)[0] ?? value, items, () => null);
    else if (n.type === 'let_declaration' && value) found = cheapType(value, items, (other) => (other === name ? null : declarationType(body, other, items, depth + 1)));
    if (found?.kind === 'unknown') found = null;
    return !found;
  });
  return found;
}

function enclosingBody(node: Node): Node | null {
  for (let n: Node | null = node.parent; n; n = n.parent) {
    if (n.type === 'function_item') return field(n, 'body');
  }
  return null;
}

function isTracked(node: Node, names: Set<string>): boolean {
  const inner = node.type === 'reference_expression' ? (kids(node)[0] ?? node) : node;
  return inner.type === 'identifier' && names.has(inner.text);
}

function mentions(node: Node | null, names: Set<string>): boolean {
  if (!node) return false;
  if (isTracked(node, names)) return true;
  // `tx.clone().send(x)`, `log.lock().unwrap().push(x)`
  if (node.type === 'call_expression' || node.type === 'await_expression' || node.type === 'field_expression' || node.type === 'index_expression') {
    const inner = node.type === 'call_expression' ? field(node, 'function') : node.type === 'field_expression' ? field(node, 'value') : kids(node)[0];
    return mentions(inner ?? null, names);
  }
  return false;
}

/** `tx.clone()`, `Sender::clone(&tx)`, `Arc::clone(&x)`. */
function isCloneOf(node: Node, names: Set<string>): boolean {
  if (node.type !== 'call_expression') return false;
  const fn = field(node, 'function');
  if (fn?.type === 'field_expression' && field(fn, 'field')?.text === 'clone') return isTracked(field(fn, 'value')!, names);
  const args = kids(field(node, 'arguments'));
  return !!fn && /::clone$/.test(fn.text) && !!args[0] && isTracked(args[0], names);
}

function parameterTypes(fn: Node, items: Items): RustType[] {
  const path = fn.text.split('::');
  const last = path[path.length - 1]!;
  const owner = path[path.length - 2];
  const decl = owner ? items.methods.get(owner)?.get(last) : items.functions.get(last);
  return decl?.params.map((p) => p.type) ?? [];
}

function fieldType(items: Items, path: string[], name: string): RustType | null {
  const last = path[path.length - 1]!;
  const owner = path[path.length - 2];
  const fields = (owner ? items.enums.get(owner)?.variants.get(last)?.fields : undefined) ?? items.structs.get(last)?.fields ?? [];
  return fields.find((f) => f.name === name)?.type ?? null;
}

/** What a channel, Vec or Mutex of Vec holds. */
function elementOf(type: RustType): RustType | null {
  if (type.kind === 'named' && type.name === 'Arc') return type.args[0] ? elementOf(type.args[0]) : null;
  if (type.kind === 'vec') return type.elem;
  if (type.kind === 'named' && type.args[0]) return type.args[0].kind === 'vec' && type.name.endsWith('Mutex') ? type.args[0].elem : type.args[0];
  return null;
}

/** A type read off an expression without translating it: literals, struct literals, known calls. */
function cheapType(node: Node, items: Items, localType: (name: string) => RustType | null): RustType {
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
      return localType(node.text) ?? UNKNOWN;
    case 'reference_expression':
      return cheapType(kids(node)[0] ?? node, items, localType);
    case 'tuple_expression': {
      const parts = kids(node).map((k) => cheapType(k, items, localType));
      return parts.every((p) => p.kind !== 'unknown') ? tuple(parts) : UNKNOWN;
    }
    case 'struct_expression': {
      const path = (field(node, 'name')?.text ?? '').split('::');
      const owner = path[path.length - 2];
      return named(owner && items.enums.has(owner) ? owner : path[path.length - 1]!);
    }
    case 'macro_invocation':
      return /^format$/.test(field(node, 'macro')?.text ?? '') ? STRING : UNKNOWN;
    case 'call_expression': {
      const fn = field(node, 'function');
      if (!fn) return UNKNOWN;
      if (fn.type === 'field_expression' && /^(to_string|to_owned|to_uppercase|to_lowercase)$/.test(field(fn, 'field')?.text ?? '')) return STRING;
      const path = fn.text.split('::');
      const owner = path[path.length - 2];
      if (owner && items.enums.get(owner)?.variants.has(path[path.length - 1]!)) return named(owner);
      if (fn.text === 'String::from') return STRING;
      const decl = owner ? items.methods.get(owner)?.get(path[path.length - 1]!) : items.functions.get(fn.text);
      return decl && !decl.isAsync ? decl.result : UNKNOWN;
    }
    case 'binary_expression':
      return cheapType(field(node, 'left')!, items, localType);
    case 'scoped_identifier': {
      const path = node.text.split('::');
      const owner = path[path.length - 2];
      return owner && items.enums.get(owner)?.variants.has(path[path.length - 1]!) ? named(owner) : UNKNOWN;
    }
    default:
      return UNKNOWN;
  }
}
