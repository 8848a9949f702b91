// Blocks and statements: `let` (const unless reassigned, typed where TypeScript could not infer
// what Rust knew), expression statements, and the drops Rust does at a block's end.
//   let mut count = 0;           -> let count = 0;
//   let (tx, rx) = mpsc::channel(8);  (tx later sends u32s)
//   -> const [tx, rx] = mpsc.channel<number>(8);
//   { let guard = m.lock().await; .. }  -> { const guard = await m.lock(); ..; guard.drop(); }
import { block, Code, join, ts, typeOnly } from '../emit/code.js';
import { field, kids, walk, type Node } from '../syntax.js';
import { DISCARD, type RustContext, type Sink, type Typed } from './context.js';
import {
  isBroken,
  identifiersOf,
  isComment,
  isReassigned,
  isSimpleIf,
  isStatementNode,
  isValueBlock,
  leavesEarly,
  valuesOf,
} from './facts.js';
import { commentText } from './literals.js';
import { inferElementType } from './infer.js';
import { pendingAnnotation, pendingElement } from './later-types.js';
import { bindPattern, bindingDeclaration, dropsOf, refPlace } from './locals.js';
import { Scope, type Local, type PendingType } from './scope.js';
import { isScalar, named, tsType, UNKNOWN, vec, type RustType } from './types.js';
import {
  annotation,
  expressionStatement,
  isHandle,
  isRef,
  isTypeParameter,
  isWidened,
  refine,
  writtenType,
} from './values.js';

/** The statements of a block with its value delivered to `sink`, and the drops Rust does at its end. */
export function blockStatements(
  cx: RustContext,
  node: Node,
  sink: Sink,
  skipDrops = false,
  alwaysFinally = false,
): Code[] {
  const drops = skipDrops ? [] : cx.ownership.dropsAtEnd(node);
  const useFinally = drops.length > 0 && (alwaysFinally || sink.kind === 'return' || leavesEarly(node));
  // A `finally` cannot see what the `try` declares: the block's dropped bindings are declared before it.
  const hoisted = useFinally ? { ids: new Set(drops.map((d) => d.decl.id)), names: [], types: new Map() } : null;
  return cx.with({ scope: new Scope(cx.scope), hoisted }, () => {
    const children = kids(node).filter((k) => k.type !== 'label' && (k.type !== 'ERROR' || k.text.trim() !== ''));
    const out: Code[] = [];
    // The block's value is its last part but comments (`5 // the answer`).
    const lastValue = children.map((k) => !isComment(k)).lastIndexOf(true);
    children.forEach((child, i) => {
      const comment = isComment(child);
      const isLast = i === lastValue;
      // tree-sitter wraps a trailing `match`/`if` without `;` in an expression statement: still the block's value.
      const tailInStatement =
        isLast &&
        child.type === 'expression_statement' &&
        !child.text.trimEnd().endsWith(';') &&
        sink.kind !== 'discard';
      const isTail = isLast && !comment && (!isStatementNode(child) || tailInStatement);
      if (comment) {
        out.push(ts`${commentText(child.text)}`);
        return;
      }
      const value = tailInStatement ? valuesOf(child)[0]! : child;
      if (isTail) out.push(...cx.inStatement(value, () => cx.valueInto(value, sink)));
      else out.push(...statement(cx, child));
    });
    const dropped = dropsOf(cx, drops, useFinally);
    if (dropped.length === 0) return out;
    if (!useFinally) return [...out, ...dropped];
    const names = hoisted!.names.map((name) => {
      const type = hoisted!.types.get(name);
      // Assigned in the `try`, read in a closure there: TypeScript cannot see it is set, Rust can.
      return type ? ts`${name}${typeOnly(`!: ${type}`)}` : ts`${name}`;
    });
    const declared = names.length ? [ts`let ${join(names, ', ')};`] : [];
    return [...declared, ts`try ${block(out)} finally ${block(dropped)}`];
  });
}

export function statement(cx: RustContext, node: Node): Code[] {
  if (isBroken(node)) return [cx.syntaxErrorStatement(node)];
  return cx.inStatement(node, () => statementInner(cx, node));
}

function statementInner(cx: RustContext, node: Node): Code[] {
  switch (node.type) {
    case 'let_declaration':
      return letDeclaration(cx, node);
    case 'expression_statement': {
      const inner = valuesOf(node)[0];
      if (!inner) return [];
      if (cx.ownership.dropsImmediately(node)) return [dropValue(cx, cx.expr(inner))];
      return cx.valueInto(inner, DISCARD);
    }
    case 'empty_statement':
    case 'line_comment':
    case 'block_comment':
    case 'attribute_item':
    case 'use_declaration':
      return [];
    case 'function_item':
    case 'struct_item':
    case 'enum_item':
    case 'impl_item':
    case 'const_item':
    case 'type_item':
      return cx.item(node);
    default:
      return cx.valueInto(node, DISCARD);
  }
}

function dropValue(cx: RustContext, value: Typed): Code {
  cx.use('rs');
  return ts`rs.drop(${value.code});`;
}

function letDeclaration(cx: RustContext, node: Node): Code[] {
  const pattern = field(node, 'pattern')!;
  if (pattern.hasError) return [cx.syntaxErrorStatement(pattern)];
  const declared = field(node, 'type') ? cx.items.type(field(node, 'type')) : null;
  const valueNode = field(node, 'value');
  const alternative = field(node, 'alternative');
  if (alternative) return letElse(cx, pattern, valueNode!, alternative, declared);
  if (!valueNode) {
    const name = bindPattern(cx, pattern, declared ?? UNKNOWN);
    if (!name.startsWith('[')) return [ts`let ${name}${annotation(declared ?? UNKNOWN)};`];
    // `let (a, b);`: JavaScript declares a pattern only with a value, so the names alone.
    const names = identifiersOf(pattern).flatMap((id) => cx.declNames.get(id.id) ?? []);
    return names.length ? [ts`let ${names.join(', ')};`] : [];
  }
  if (cx.ownership.dropsImmediately(node) && pattern.text === '_') return [dropValue(cx, cx.expr(valueNode))];
  if (isValueBlock(valueNode) && !isSimpleIf(valueNode)) {
    const temp = pattern.type === 'identifier' || pattern.type === 'mut_pattern' ? null : cx.temp('value');
    const typeAnnotation = new Code();
    const target = temp ?? bindPattern(cx, pattern, declared ?? UNKNOWN);
    const out = [ts`let ${target}${typeAnnotation};`, ...cx.valueInto(valueNode, { kind: 'assign', target })];
    const type = declared ?? cx.assignedTypes.get(target) ?? UNKNOWN;
    typeAnnotation.append(annotation(type));
    const local = cx.scope.lookup(pattern.text.replace(/^mut\s+/, ''));
    if (!temp && local && local.tsName === target) local.type = type;
    if (temp) out.push(ts`const ${bindPattern(cx, pattern, type)} = ${temp};`);
    return out;
  }
  const hoistedBefore = cx.pre.length;
  const slot = pattern.type === 'identifier' || pattern.type === 'mut_pattern' ? cx.entryOrInsert(valueNode) : null;
  // A `&mut` to a map's number or string, or to a value of a type parameter (a number for some callers).
  if (slot?.setter && (isScalar(slot.type) || isTypeParameter(cx.items, slot.type))) {
    cx.scope.place(identifiersOf(pattern)[0]!.text, slot.type, {
      get: slot.code,
      set: slot.setter,
      mapSlot: slot.mapSlot,
    });
    return [];
  }
  cx.pre.length = hoistedBefore;
  const expectedElement = declared ? null : inferredElement(cx, node, pattern, valueNode);
  let value = cx.with({ expectedElement }, () => cx.exprWithExpected(valueNode, declared));
  const type = declared && declared.kind !== 'unknown' ? refine(declared, value.type) : value.type;
  // `let balance = map.get_mut(&k).ok_or(..)?;`: a `&mut` into the map, read and written through it.
  if (value.slot && isScalar(type) && (pattern.type === 'identifier' || pattern.type === 'mut_pattern')) {
    cx.scope.place(identifiersOf(pattern)[0]!.text, type, value.slot);
    return [];
  }
  const isMut =
    pattern.type === 'mut_pattern' ||
    kids(node).some((k) => k.type === 'mutable_specifier') ||
    /\bmut\b/.test(pattern.text);
  // `let mut rx` that is only used through methods stays `const`: JavaScript objects change in place.
  // Scalars and Options are values in JavaScript: their `&mut self` methods (push_str, take) assign.
  const valueLike = isScalar(type) || type.kind === 'option' || type.kind === 'unknown' || type.kind === 'tuple';
  const keyword =
    isMut && (valueLike || identifiersOf(pattern).some((id) => isReassigned(id.text, node))) ? 'let' : 'const';
  // `let mut it = v.iter();` then `it.next()`: the iterator walks a copy, so v stays whole.
  if (
    isMut &&
    value.type.kind === 'vec' &&
    valueNode.type === 'call_expression' &&
    /\.(iter|iter_mut|into_iter)$/.test(field(valueNode, 'function')?.text ?? '')
  ) {
    value = { ...value, code: ts`[...${value.code}]` };
  }
  if (pattern.text === '_') return [expressionStatement(value.code)];
  // Before the pattern binds: `let tx = tx.clone();` clones the outer `tx`.
  const cloned = clonedName(valueNode);
  const clonedPending = cloned ? cx.scope.lookup(cloned)?.pending : undefined;
  const name = bindPattern(cx, pattern, type);
  const single = pattern.type === 'identifier' || pattern.type === 'mut_pattern';
  if (cx.hoisted && identifiersOf(pattern).some((id) => cx.hoisted!.ids.has(id.id))) {
    for (const id of identifiersOf(pattern)) {
      const tsName = cx.declNames.get(id.id) ?? id.text;
      cx.hoisted.names.push(tsName);
      const shown = single ? writtenType(cx, type) : null;
      if (shown && capturedLater(node, id.text)) cx.hoisted.types.set(tsName, shown);
    }
    return [ts`${name} = ${value.code};`];
  }
  const shownType = single ? letAnnotation(cx, declared, value) : new Code();
  waitForType(cx, pattern, value, shownType, clonedPending);
  if (isRef(type)) refPlace(cx, identifiersOf(pattern)[0]?.text ?? '');
  return [ts`${keyword} ${name}${shownType} = ${value.code};`];
}

/** `tx.clone()`, `Sender::clone(&tx)`: the name cloned, else null. */
function clonedName(value: Node | null): string | null {
  if (value?.type !== 'call_expression') return null;
  const fn = field(value, 'function');
  if (fn?.type === 'field_expression' && field(fn, 'field')?.text === 'clone')
    return field(fn, 'value')?.type === 'identifier' ? field(fn, 'value')!.text : null;
  const arg = valuesOf(field(value, 'arguments'))[0];
  const inner = arg?.type === 'reference_expression' ? field(arg, 'value') : arg;
  return fn && /::clone$/.test(fn.text) && inner?.type === 'identifier' ? inner.text : null;
}

/**
 * A `let` whose value's type a later use tells (`Vec::new()`, `JoinSet::new()`, a channel made
 * without a type): the local waits for it, and the `let` says it (see later-types.ts).
 */
function waitForType(
  cx: RustContext,
  pattern: Node,
  value: Typed,
  shownType: Code,
  clonedPending: PendingType | undefined,
): void {
  const locals = identifiersOf(pattern).map((id) => cx.scope.lookup(id.text));
  if (value.pendingArgument) {
    const ends = locals.filter((l): l is Local => !!l && isHandle(l.type));
    if (ends.length) pendingElement(cx, ends, value.pendingArgument);
    return;
  }
  const single = pattern.type === 'identifier' || pattern.type === 'mut_pattern';
  const local = locals[0];
  if (!single || !local) return;
  if (clonedPending?.share) return clonedPending.share(local);
  if (!shownType.isEmpty) return;
  if (value.code.toString() === '[]' && value.type.kind === 'vec' && value.type.elem.kind === 'unknown')
    pendingAnnotation(cx, local, shownType, vec);
  // `vec![None; n]`: its Options' type from the first value stored or pushed.
  else if (value.type.kind === 'vec' && value.type.elem.kind === 'option' && value.type.elem.elem.kind === 'unknown')
    pendingAnnotation(cx, local, shownType, vec);
  else if (value.type.kind === 'named' && value.type.name === 'JoinSet' && value.type.args[0]?.kind === 'unknown')
    pendingAnnotation(cx, local, shownType, (part) => named('JoinSet', part));
}

/** Whether a closure or an async block after the `let` reads the name it binds. */
function capturedLater(declaration: Node, name: string): boolean {
  let found = false;
  for (let n = declaration.nextSibling; n && !found; n = n.nextSibling) {
    walk(n, (k) => {
      if (found) return false;
      if (k.type === 'closure_expression' || k.type === 'async_block')
        found = k.descendantsOfType('identifier').some((id) => id.text === name);
      return !found;
    });
  }
  return found;
}

/**
 * For a channel, an empty Vec or a OnceCell made without a type (`mpsc::channel(8)`,
 * `Vec::new()`, `Arc::new(OnceCell::new())`): the element type Rust infers from what is later
 * sent, pushed or handed on.
 */
function inferredElement(cx: RustContext, declaration: Node, pattern: Node, value: Node): RustType | null {
  if (
    !/(channel|unbounded_channel|sync_channel|Vec::new|Vec::with_capacity|VecDeque::new|OnceCell::new|OnceLock::new)\s*\(/.test(
      value.text.slice(0, 80),
    )
  )
    return null;
  if (/::<|^vec!/.test(value.text)) return null;
  const names = identifiersOf(pattern).map((n) => n.text);
  return inferElementType(declaration, names, {
    items: cx.items,
    localType: (name) => {
      const t = cx.scope.lookup(name)?.type;
      return t && t.kind !== 'unknown' && t.kind !== 'fn' ? t : null;
    },
    macroArguments: (macro) => {
      const tokens = kids(macro).find((k) => k.type === 'token_tree');
      return tokens && !tokens.text.startsWith('{') ? cx.macros.arguments(tokens) : [];
    },
  });
}

/** An annotation where TypeScript could not infer what Rust's declared type says. */
function letAnnotation(cx: RustContext, declared: RustType | null, value: Typed): Code {
  const emptyArrays = /^\[(\[\](, )?)*\]$/.test(value.code.toString());
  // An empty collection, or a value TypeScript widens: the type the translator worked out, where it can be written.
  const emptyValue = emptyArrays || /^new (rs\.(BTree|Hash)(Map|Set)|Map|Set)\(\)$/.test(value.code.toString());
  const inferred = !declared && (emptyValue || isWidened(value.type, cx.items)) ? writtenType(cx, value.type) : null;
  if (inferred && inferred !== 'void') return typeOnly(`: ${inferred}`);
  // Rust knew the element type from a use chan2ts could not read: say so rather than `never[]`.
  if (!declared && emptyArrays && value.code.toString() !== '[]') return typeOnly(': unknown[][]');
  // The Rust source wrote the type: so does the TypeScript.
  if (declared && declared.kind !== 'unknown' && tsType(declared)) return annotation(declared);
  return new Code();
}

/** `let Some(x) = opt else { return; };` */
function letElse(
  cx: RustContext,
  pattern: Node,
  valueNode: Node,
  alternative: Node,
  declared: RustType | null,
): Code[] {
  const value = cx.exprWithExpected(valueNode, declared);
  const subject = cx.temp('matched');
  const test = cx.patternTest(pattern, subject, value.type);
  const elseBlock = kids(alternative).find((k) => k.type === 'block') ?? alternative;
  const out = [
    ts`const ${subject} = ${value.code};`,
    ts`if (!(${test.condition})) ${block(blockStatements(cx, elseBlock, DISCARD))}`,
  ];
  for (const b of test.bindings) out.push(bindingDeclaration(cx, b));
  return out;
}
