// The type of a hovered expression, read from the source alone: the declaration of the
// variable in scope (a parameter, `var x T`, `x := make(chan T)`, `let (tx, rx) =
// mpsc::channel(8)`...), or a struct field. No type checker: what the text does not settle is
// null, and the hover falls back to the untyped key. Shadowing in nested blocks is ignored.
import type { Node } from 'web-tree-sitter';

/** Declarations further than this many steps away (x := y, y := z...) are not followed. */
const MAX_DEPTH = 4;

// ---- Go: 'chan', or a type as written without `*`: sync.WaitGroup, context.Context, time.Ticker.

const GO_SCOPES = new Set(['function_declaration', 'method_declaration', 'func_literal']);
const GO_CONSTRUCTORS: Record<string, string> = {
  'time.NewTicker': 'time.Ticker',
  'time.NewTimer': 'time.Timer',
  'time.After': 'chan',
  'time.Tick': 'chan',
  'context.Background': 'context.Context',
  'context.TODO': 'context.Context',
  'context.WithCancel': 'context.Context',
  'context.WithTimeout': 'context.Context',
  'context.WithDeadline': 'context.Context',
  'context.WithValue': 'context.Context',
};

export function goTypeOf(expr: Node, depth = 0): string | null {
  if (depth > MAX_DEPTH) return null;
  switch (expr.type) {
    case 'parenthesized_expression':
      return expr.namedChildren[0] ? goTypeOf(expr.namedChildren[0], depth + 1) : null;
    case 'call_expression':
    case 'composite_literal':
      return goValueType(expr, 0, depth + 1);
    case 'selector_expression': {
      const member = expr.childForFieldName('field')?.text;
      const operand = expr.childForFieldName('operand');
      if (member === 'C' && operand && /^time\.(Ticker|Timer)$/.test(goTypeOf(operand, depth + 1) ?? '')) return 'chan';
      for (const declaration of rootOf(expr).descendantsOfType('field_declaration')) {
        if (declaration?.childrenForFieldName('name').some((n) => n?.text === member))
          return goTypeText(declaration.childForFieldName('type'));
      }
      return null;
    }
    case 'identifier':
      break;
    default:
      return null;
  }
  const name = expr.text;
  for (let scope = expr.parent; scope; scope = scope.parent) {
    if (scope.type === 'source_file')
      return (
        goDeclaredType(
          scope.namedChildren.filter((n) => n?.type === 'var_declaration'),
          name,
          depth,
          true,
        ) ?? null
      );
    if (!GO_SCOPES.has(scope.type)) continue;
    const parameters = [scope.childForFieldName('receiver'), scope.childForFieldName('parameters')].flatMap(
      (list) => list?.namedChildren ?? [],
    );
    const body = scope.childForFieldName('body');
    const local = body
      ? body.descendantsOfType(['short_var_declaration', 'var_spec'], body.startPosition, expr.startPosition)
      : [];
    const found = goDeclaredType([...parameters, ...local.reverse()], name, depth, false);
    if (found !== undefined) return found;
  }
  return null;
}

/**
 * The type `name` gets from the first of `declarations` that declares it (null: declared, type
 * unknown); undefined when none does. `nested`: the declarations are a file's var_declarations,
 * whose var_specs are looked into.
 */
function goDeclaredType(
  declarations: (Node | null)[],
  name: string,
  depth: number,
  nested: boolean,
): string | null | undefined {
  for (const declaration of declarations) {
    if (!declaration) continue;
    if (nested) {
      const found = goDeclaredType(declaration.descendantsOfType('var_spec'), name, depth, false);
      if (found !== undefined) return found;
      continue;
    }
    if (declaration.type === 'parameter_declaration' || declaration.type === 'variadic_parameter_declaration') {
      if (declaration.childrenForFieldName('name').some((n) => n?.text === name))
        return goTypeText(declaration.childForFieldName('type'));
      continue;
    }
    const names =
      declaration.type === 'var_spec'
        ? declaration.childrenForFieldName('name')
        : (declaration.childForFieldName('left')?.namedChildren ?? []);
    const index = names.findIndex((n) => n?.text === name);
    if (index < 0) continue;
    const type = declaration.childForFieldName('type');
    if (type) return goTypeText(type);
    const values =
      (declaration.type === 'var_spec'
        ? declaration.childForFieldName('value')
        : declaration.childForFieldName('right')
      )?.namedChildren ?? [];
    // `ctx, cancel := context.WithCancel(...)`: one call, several results.
    const value = values.length === names.length ? values[index] : values.length === 1 ? values[0] : null;
    return value ? goValueType(value, values.length === names.length ? 0 : index, depth + 1) : null;
  }
  return undefined;
}

/** The type of the `index`th result of `value`. */
function goValueType(value: Node, index: number, depth: number): string | null {
  switch (value.type) {
    case 'composite_literal':
      return index === 0 ? goTypeText(value.childForFieldName('type')) : null;
    case 'unary_expression':
      return value.childForFieldName('operator')?.type === '&' && value.childForFieldName('operand')
        ? goValueType(value.childForFieldName('operand')!, index, depth)
        : null;
    case 'identifier':
    case 'selector_expression':
      return index === 0 ? goTypeOf(value, depth) : null;
    case 'call_expression':
      break;
    default:
      return null;
  }
  const callee = value.childForFieldName('function');
  const first = value.childForFieldName('arguments')?.namedChildren[0];
  const name = callee?.text ?? '';
  if (name === 'make' || name === 'new') return index === 0 && first ? goTypeText(first) : null;
  const known = GO_CONSTRUCTORS[name];
  if (known) return index === 0 ? known : null;
  if (callee?.type !== 'identifier') return null;
  // A function of this file: its (first) result type.
  for (const fn of rootOf(value).namedChildren) {
    if (fn?.type !== 'function_declaration' || fn.childForFieldName('name')?.text !== name) continue;
    const result = fn.childForFieldName('result');
    const results =
      result?.type === 'parameter_list'
        ? result.namedChildren.map((p) => p?.childForFieldName('type') ?? null)
        : [result];
    return goTypeText(results[index] ?? null);
  }
  return null;
}

function goTypeText(type: Node | null): string | null {
  if (!type) return null;
  if (type.type === 'channel_type') return 'chan';
  if (type.type === 'pointer_type') return goTypeText(type.namedChildren[0] ?? null);
  return type.text.replace(/\s+/g, '');
}

// ---- Rust: mpsc::Sender, mpsc::UnboundedReceiver, oneshot::Sender, broadcast::Receiver,
// watch::Sender, std::mpsc::Sender, std::mpsc::SyncSender... (the path without generics).

const RUST_SCOPES = new Set(['function_item', 'closure_expression']);
const RUST_PAIRS: [RegExp, readonly [string, string]][] = [
  [/(^|::)unbounded_channel$/, ['mpsc::UnboundedSender', 'mpsc::UnboundedReceiver']],
  [/(^|::)sync_channel$/, ['std::mpsc::SyncSender', 'std::mpsc::Receiver']],
  [/(^|::)oneshot::channel$/, ['oneshot::Sender', 'oneshot::Receiver']],
  [/(^|::)broadcast::channel$/, ['broadcast::Sender', 'broadcast::Receiver']],
  [/(^|::)watch::channel$/, ['watch::Sender', 'watch::Receiver']],
  [/^std::sync::mpsc::channel$/, ['std::mpsc::Sender', 'std::mpsc::Receiver']],
];

export function rustTypeOf(expr: Node, depth = 0): string | null {
  if (depth > MAX_DEPTH) return null;
  if (expr.type === 'reference_expression' || expr.type === 'parenthesized_expression') {
    const inner = expr.namedChildren.find((n) => n?.type !== 'mutable_specifier');
    return inner ? rustTypeOf(inner, depth + 1) : null;
  }
  if (expr.type === 'field_expression') {
    const member = expr.childForFieldName('field')?.text;
    for (const declaration of rootOf(expr).descendantsOfType('field_declaration')) {
      if (declaration && declaration.childForFieldName('name')?.text === member)
        return rustTypeText(declaration.childForFieldName('type'));
    }
    return null;
  }
  if (expr.type !== 'identifier') return null;
  const name = expr.text;
  for (let scope = expr.parent; scope; scope = scope.parent) {
    if (!RUST_SCOPES.has(scope.type)) continue;
    const lets = scope.descendantsOfType('let_declaration', scope.startPosition, expr.startPosition).reverse();
    for (const declaration of lets) {
      if (!declaration || declaration.endIndex > expr.startIndex) continue;
      const found = rustLetType(declaration, name, depth);
      if (found !== undefined) return found;
    }
    for (const parameter of scope.childForFieldName('parameters')?.namedChildren ?? []) {
      if (parameter?.type === 'parameter' && bindingName(parameter.childForFieldName('pattern')) === name)
        return rustTypeText(parameter.childForFieldName('type'));
    }
  }
  return null;
}

/** The identifier a pattern binds (`rx`, `mut rx`), or null. */
function bindingName(pattern: Node | null): string | null {
  if (pattern?.type === 'identifier') return pattern.text;
  if (pattern?.type === 'mut_pattern') return pattern.namedChildren.find((n) => n?.type === 'identifier')?.text ?? null;
  return null;
}

function rustLetType(declaration: Node, name: string, depth: number): string | null | undefined {
  const pattern = declaration.childForFieldName('pattern');
  const value = declaration.childForFieldName('value');
  if (bindingName(pattern) === name) {
    const type = declaration.childForFieldName('type');
    if (type) return rustTypeText(type);
    return value ? rustValueType(value, -1, depth + 1) : null;
  }
  if (pattern?.type === 'tuple_pattern') {
    const index = pattern.namedChildren.findIndex((element) => bindingName(element) === name);
    if (index >= 0) return value ? rustValueType(value, index, depth + 1) : null;
  }
  return undefined;
}

/** The type of `value`, or of its `index`th tuple element (-1: the value itself). */
function rustValueType(value: Node, index: number, depth: number): string | null {
  if (value.type !== 'call_expression') return index < 0 ? rustTypeOf(value, depth) : null;
  const callee = value.childForFieldName('function');
  if (!callee) return null;
  if (callee.type === 'field_expression') {
    const method = callee.childForFieldName('field')?.text;
    const receiver = callee.childForFieldName('value');
    if (index >= 0 || !receiver) return null;
    if (method === 'clone') return rustTypeOf(receiver, depth);
    if (method === 'subscribe') return 'broadcast::Receiver';
    return null;
  }
  const name = (callee.type === 'generic_function' ? callee.childForFieldName('function')?.text : callee.text) ?? '';
  const pair =
    RUST_PAIRS.find(([pattern]) => pattern.test(name))?.[1] ??
    (/^(tokio::sync::)?(mpsc::)?channel$/.test(name) ? mpscPair(value) : undefined);
  return pair && (index === 0 || index === 1) ? pair[index] : null;
}

/** `mpsc::channel` is Tokio's unless the file uses std's mpsc. */
function mpscPair(node: Node): readonly [string, string] {
  return usesStdMpsc(node) ? ['std::mpsc::Sender', 'std::mpsc::Receiver'] : ['mpsc::Sender', 'mpsc::Receiver'];
}

function usesStdMpsc(node: Node): boolean {
  return rootOf(node).namedChildren.some((n) => n?.type === 'use_declaration' && /\bstd::sync::mpsc\b/.test(n.text));
}

function rustTypeText(type: Node | null): string | null {
  if (!type) return null;
  const path = type.text
    .replace(/\s+/g, '')
    .replace(/^&(mut)?/, '')
    .replace(/<.*$/s, '')
    .replace(/^tokio::sync::/, '')
    .replace(/^std::sync::mpsc::/, 'std::mpsc::');
  if (/^(mpsc::)?(Sender|Receiver)$/.test(path))
    return usesStdMpsc(type) ? `std::mpsc::${path.replace(/^mpsc::/, '')}` : `mpsc::${path.replace(/^mpsc::/, '')}`;
  if (/^Unbounded(Sender|Receiver)$/.test(path)) return `mpsc::${path}`;
  if (path === 'SyncSender') return 'std::mpsc::SyncSender';
  return path;
}

function rootOf(node: Node): Node {
  return node.tree.rootNode;
}
