// Facts about Rust syntax nodes that several constructs ask: what a node is, what it binds,
// whether it leaves early. Plain reads of the tree; nothing here translates.
import { field, kids, walk, type Node } from '../syntax.js';

export function isComment(node: Node): boolean {
  return node.type === 'line_comment' || node.type === 'block_comment';
}

/** The values of a list (arguments, elements, fields, parameters): its named children but comments, which are never values. */
export function valuesOf(node: Node | null): Node[] {
  return kids(node).filter((k) => !isComment(k));
}

/**
 * Whether a node does not parse: it is an ERROR or a MISSING node, or the parser skipped tokens
 * right inside it or made up one of its parts; its parts are not what its text says.
 */
export function isBroken(node: Node): boolean {
  if (node.isError || node.isMissing) return true;
  // A path is read as text: an error anywhere in it breaks it.
  if (node.type === 'scoped_identifier') return node.hasError;
  return node.children.some((c) => c.isError || (c.isMissing && c.isNamed));
}

export interface RangeBounds {
  start: Node | null;
  end: Node | null;
  inclusive: boolean;
}

/**
 * The bounds of a range written `a..b`, `a..=b`, `..b` or `a..`; also of `&a..&b`, which
 * tree-sitter-rust reads as `(&a..) & b` (no program means that: a RangeFrom has no `&`).
 */
export function rangeBounds(node: Node): RangeBounds | null {
  if (node.type === 'binary_expression') {
    const [left, right] = [field(node, 'left'), field(node, 'right')];
    if (field(node, 'operator')?.text !== '&' || left?.type !== 'range_expression' || !right) return null;
    const misread = rangeBounds(left);
    return misread?.start && !misread.end ? { ...misread, end: right } : null;
  }
  if (node.type !== 'range_expression') return null;
  const op = node.children.find((k) => k.text === '..' || k.text === '..=');
  const values = valuesOf(node);
  return {
    start: values.find((k) => !!op && k.endIndex <= op.startIndex) ?? null,
    end: values.find((k) => !!op && k.startIndex >= op.endIndex) ?? null,
    inclusive: op?.text === '..=',
  };
}

/** The label of a loop, labelled block, `break` or `continue` (`'outer` is `outer`). */
export function labelOf(node: Node): string | null {
  return (
    kids(node)
      .find((k) => k.type === 'label')
      ?.text.slice(1) ?? null
  );
}

/** Nodes whose parts are operands (a match guard and a `let` chain are joined with `&&`). */
const OPERAND_PARENTS = new Set([
  'arguments',
  'binary_expression',
  'unary_expression',
  'field_expression',
  'index_expression',
  'type_cast_expression',
  'await_expression',
  'reference_expression',
  'match_pattern',
  'let_chain',
]);

/** Whether an expression's value goes into a larger expression (an operand, an argument) rather than being a statement's. */
export function isOperand(node: Node): boolean {
  return OPERAND_PARENTS.has(node.parent?.type ?? '');
}

export function macroName(node: Node): string {
  return (field(node, 'macro')?.text ?? '').split('::').pop() ?? '';
}

/** The type an `impl` block is for: `Counter` for `impl<T> fmt::Display for Counter<T>`. */
export function typeNameOfImpl(node: Node): string {
  const t = field(node, 'type');
  const base = t?.type === 'generic_type' ? field(t, 'type') : t;
  return (base?.text ?? '').split('::').pop() ?? '';
}

/** A statement written outside any function (the user selected part of a body). */
export function isLooseStatement(node: Node): boolean {
  return (
    node.type === 'let_declaration' ||
    node.type === 'expression_statement' ||
    (node.type.endsWith('_expression') && node.type !== 'macro_invocation') ||
    (node.type === 'macro_invocation' && !/^macro_rules/.test(node.text))
  );
}

export function isStatementNode(node: Node): boolean {
  return (
    node.type === 'let_declaration' ||
    node.type === 'expression_statement' ||
    node.type === 'empty_statement' ||
    node.type.endsWith('_item') ||
    node.type === 'use_declaration' ||
    node.type === 'attribute_item' ||
    node.type === 'ERROR'
  );
}

export function isValueBlock(node: Node): boolean {
  return (
    ['if_expression', 'match_expression', 'block', 'loop_expression', 'unsafe_block'].includes(node.type) ||
    (node.type === 'macro_invocation' && macroName(node) === 'select')
  );
}

/** An `if` whose branches are single expressions all the way down: a conditional expression. */
export function isSimpleIf(node: Node): boolean {
  if (node.type !== 'if_expression') return false;
  const consequence = field(node, 'consequence');
  const alternative = field(node, 'alternative');
  const elseBlock = alternative ? kids(alternative)[0] : null;
  const single = (b: Node | null | undefined) =>
    !!b && b.type === 'block' && kids(b).length === 1 && !isStatementNode(kids(b)[0]!) && !isValueBlock(kids(b)[0]!);
  return (
    field(node, 'condition')?.type !== 'let_condition' &&
    single(consequence) &&
    !!elseBlock &&
    (single(elseBlock) || isSimpleIf(elseBlock))
  );
}

/** Whether a block has a way out before its end: return, break, continue, `?` or a panic. */
export function leavesEarly(node: Node): boolean {
  let found = false;
  walk(node, (n) => {
    if (found) return false;
    if (n.type === 'closure_expression' || n.type === 'async_block' || n.type === 'function_item')
      return n.id === node.id;
    if (['return_expression', 'break_expression', 'continue_expression', 'try_expression'].includes(n.type))
      found = true;
    if (n.type === 'macro_invocation' && macroName(n) === 'select') found = true;
    return !found;
  });
  return found;
}

/**
 * Whether a `let` binding is assigned again after its declaration in the enclosing block: by
 * `x = ...`, `x += ...`, also inside macro bodies (their `x = ...` tokens), where a `const`
 * would throw.
 */
export function isReassigned(name: string, declaration: Node): boolean {
  const scope = declaration.parent;
  if (!scope) return true;
  let found = false;
  walk(scope, (n) => {
    if (found || n.endIndex <= declaration.endIndex) return !found && n.endIndex > declaration.endIndex;
    if (
      (n.type === 'assignment_expression' || n.type === 'compound_assignment_expr') &&
      assignedName(field(n, 'left')) === name
    )
      found = true;
    else if (n.type === 'token_tree') {
      const tokens = n.children;
      const memWrite = /^(take|replace|swap)$/.test(n.previousSibling?.text ?? '');
      found = tokens.some(
        (t, i) =>
          t?.type === 'identifier' &&
          t.text === name &&
          (/^([-+*/%&|^]|<<|>>)?=$/.test(tokens[i + 1]?.type ?? '') ||
            (memWrite && tokens[i - 1]?.text === 'mut' && tokens[i - 2]?.text === '&')),
      );
    } else if (n.type === 'reference_expression' && /^&\s*mut\b/.test(n.text)) {
      // `&mut x` handed to std::mem::{take, replace, swap}, which write `x` itself.
      const call = n.parent?.parent;
      const callee = call?.type === 'call_expression' ? (field(call, 'function')?.text ?? '') : '';
      found = field(n, 'value')?.text === name && /(^|::)(take|replace|swap)$/.test(callee);
    }
    return !found;
  });
  return found;
}

/** `x` for `x`, `*x`, `x.0`, `x[i]` on the left of an assignment (writes through a place are not reassignments, except `x`). */
function assignedName(left: Node | null): string | null {
  return left?.type === 'identifier' ? left.text : null;
}

/** Whether `name` is an operand of `+ - * / %` somewhere in `body` (a closure parameter that is a number). */
export function usedInArithmetic(body: Node, name: string): boolean {
  let found = false;
  walk(body, (n) => {
    if (found) return false;
    if (n.type === 'binary_expression' && /^[-+*/%]$/.test(field(n, 'operator')?.text ?? '')) {
      found = [field(n, 'left'), field(n, 'right')].some((side) => side?.type === 'identifier' && side.text === name);
    }
    return !found;
  });
  return found;
}

/** `write!(f, ..)` or `writeln!(f, ..)`. */
export function isWrite(node: Node | undefined): boolean {
  return node?.type === 'macro_invocation' && /^(write|writeln)$/.test(field(node, 'macro')?.text ?? '');
}

/** The names a binding pattern declares. */
export function identifiersOf(pattern: Node): Node[] {
  const out: Node[] = [];
  walk(pattern, (n) => {
    if (n.type === 'identifier') out.push(n);
  });
  return out;
}

/** The sub-patterns of a tuple pattern, `_` included (tree-sitter does not name it). */
export function patternParts(pattern: Node): Node[] {
  return pattern.children.filter((c): c is Node => c !== null && (c.isNamed || c.type === '_') && !isComment(c));
}

// Methods that change a String in place: a JavaScript string cannot be, so the variable is written.
const STRING_WRITERS = new Set(['push', 'push_str', 'insert', 'insert_str', 'clear', 'truncate', 'pop', 'retain']);

/**
 * Whether a binding of `pattern` writes through what it is bound to (`*ticks += 1`, and for a
 * String `name.push('!')`) in the arm, `if let`, `while let` or `for` it belongs to: then it
 * is the place it was bound from (`Some(n) = &mut count`, `State::Run { ticks } = &mut self.state`).
 */
export function writesThrough(name: string, pattern: Node, isString: boolean): boolean {
  let scope: Node | null = pattern.parent;
  while (scope && !['match_arm', 'if_expression', 'while_expression', 'for_expression', 'block'].includes(scope.type))
    scope = scope.parent;
  if (!scope) return false;
  let found = false;
  walk(scope, (n) => {
    if (found) return false;
    const left = field(n, 'left');
    if (
      (n.type === 'assignment_expression' || n.type === 'compound_assignment_expr') &&
      left?.type === 'unary_expression' &&
      left.text.startsWith('*') &&
      valuesOf(left)[0]?.text === name
    )
      found = true;
    const callee = n.type === 'call_expression' ? field(n, 'function') : null;
    if (
      isString &&
      callee?.type === 'field_expression' &&
      field(callee, 'value')?.text === name &&
      STRING_WRITERS.has(field(callee, 'field')?.text ?? '')
    )
      found = true;
    return !found;
  });
  return found;
}
