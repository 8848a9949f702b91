// The insights keys of a syntax node (server/insights/README.md, "Keys"), most specific
// first: the patterns the hover recognises, then node, operator, call, typed method, method,
// macro and type keys. Receiver types are read from the source alone (a declaration in scope).
import type { Node } from 'web-tree-sitter';
import type { NoteLanguage } from '../insights/index.js';
import { goTypeOf, rustTypeOf } from './receiver-types.js';

/** The keys of `node`, most specific first; [] for an anonymous token. */
export function keysOf(node: Node, language: NoteLanguage): string[] {
  if (!node.isNamed) return [];
  const keys: string[] = language === 'go' ? goPatterns(node) : rustPatterns(node);
  const operator = node.childForFieldName('operator');
  if (operator) keys.push(`${node.type}(${operator.type})`);
  if (node.parent) keys.push(`${node.parent.type}/${node.type}`);
  keys.push(node.type);
  if (node.type === 'call_expression') keys.push(...callKeys(node, language));
  if (node.type === 'macro_invocation') {
    const name = node.childForFieldName('macro');
    if (name) keys.push(`macro:${name.text}`);
  }
  if (/_type$|^type_identifier$/.test(node.type) && node.type !== 'channel_type') keys.push(`type:${node.text}`);
  return keys;
}

function callKeys(node: Node, language: NoteLanguage): string[] {
  const keys: string[] = [];
  const callee = node.childForFieldName('function');
  if (!callee) return keys;
  const name = callee.text.replace(/::<.*$/s, '').replace(/\[.*$/s, '');
  const argument = node
    .childForFieldName('arguments')
    ?.namedChildren.find((child) => child && child.type !== 'comment');
  if (argument) keys.push(`call:${name}(${argument.text})`);
  keys.push(`call:${name}`);
  // Go's `x.Name(...)` (selector_expression) and Rust's `x.name(...)` (field_expression).
  const isMember = callee.type === 'selector_expression' || callee.type === 'field_expression';
  const member = isMember ? callee.childForFieldName('field') : null;
  const receiver = isMember
    ? callee.childForFieldName(callee.type === 'selector_expression' ? 'operand' : 'value')
    : null;
  if (member && receiver) {
    const type = language === 'go' ? goTypeOf(receiver) : rustTypeOf(receiver);
    if (type) keys.push(`method:${type}.${member.text}`);
  }
  if (member) keys.push(`method:${member.text}`);
  return keys;
}

function goPatterns(node: Node): string[] {
  if (
    isReceiveOk(node) ||
    (isReceive(node) && isReceiveOk(node.parent?.type === 'expression_list' ? node.parent.parent : node.parent))
  )
    return ['pattern:receive-ok'];
  if (node.type === 'range_clause' || node.type === 'for_statement') {
    const clause =
      node.type === 'range_clause' ? node : node.namedChildren.find((child) => child?.type === 'range_clause');
    const ranged = clause?.childForFieldName('right');
    if (ranged && goTypeOf(ranged) === 'chan') return ['pattern:range-chan'];
  }
  const specs = node.type === 'var_declaration' ? node.namedChildren.filter((n) => n?.type === 'var_spec') : [node];
  if (
    specs.length === 1 &&
    specs[0]!.type === 'var_spec' &&
    specs[0]!.childForFieldName('type')?.type === 'channel_type' &&
    !specs[0]!.childForFieldName('value')
  ) {
    return ['pattern:nil-channel'];
  }
  if (node.type === 'assignment_statement') {
    const left = node.childForFieldName('left')?.namedChildren ?? [];
    const right = node.childForFieldName('right')?.namedChildren ?? [];
    if (left.length === 1 && right.length === 1 && right[0]?.type === 'nil' && left[0] && goTypeOf(left[0]) === 'chan')
      return ['pattern:nil-channel'];
  }
  return [];
}

function isReceive(node: Node | null): boolean {
  return node?.type === 'unary_expression' && node.childForFieldName('operator')?.type === '<-';
}

/** `v, ok := <-ch`, `v, ok = <-ch`, or such a select case. */
function isReceiveOk(node: Node | null): boolean {
  if (!node || !['short_var_declaration', 'assignment_statement', 'receive_statement'].includes(node.type))
    return false;
  const left = node.childForFieldName('left')?.namedChildren ?? [];
  const right = node.childForFieldName('right');
  const value = right?.type === 'expression_list' ? right.namedChildren : [right];
  return left.length === 2 && value.length === 1 && isReceive(value[0] ?? null);
}

function rustPatterns(node: Node): string[] {
  if (node.type === 'while_expression' || node.type === 'let_condition') {
    const condition = node.type === 'let_condition' ? node : node.childForFieldName('condition');
    if (
      condition?.type === 'let_condition' &&
      /^Some\s*\(/.test(condition.childForFieldName('pattern')?.text ?? '') &&
      isRecvAwait(condition.childForFieldName('value'))
    ) {
      return ['pattern:while-let-recv'];
    }
  }
  if (node.type === 'call_expression') {
    const callee = node.childForFieldName('function');
    if (callee?.type === 'field_expression' && callee.childForFieldName('field')?.text === 'clone') {
      const value = callee.childForFieldName('value');
      if (value && /Sender$/.test(rustTypeOf(value) ?? '')) return ['pattern:sender-clone'];
    }
    if (callee && /^(std::sync::)?Arc::new$/.test(callee.text)) {
      const inner = node.childForFieldName('arguments')?.namedChildren[0];
      const innerCallee = inner?.type === 'call_expression' ? inner.childForFieldName('function')?.text : undefined;
      const guarded = inner?.childForFieldName('arguments')?.namedChildren[0];
      if (
        innerCallee &&
        /(^|::)Mutex::new$/.test(innerCallee) &&
        guarded &&
        /Receiver$/.test(rustTypeOf(guarded) ?? '')
      )
        return ['pattern:shared-receiver'];
    }
  }
  return [];
}

/** `rx.recv().await` (or `rx.recv()` for a std receiver). */
function isRecvAwait(value: Node | null): boolean {
  const call = value?.type === 'await_expression' ? value.namedChildren[0] : value;
  const callee = call?.type === 'call_expression' ? call.childForFieldName('function') : null;
  return callee?.type === 'field_expression' && callee.childForFieldName('field')?.text === 'recv';
}
