// Go lints: channel and WaitGroup mistakes that compile but hang or race, found in the walk
// that gathers the facts (index.ts), and only where the source alone settles it: a lint that
// is not sure stays quiet.
import type { Point } from 'web-tree-sitter';
import type { Diagnostic, Range } from '../diagnostics.js';
import { field, kids, type Node, type TreeVisitor } from '../syntax.js';

export const GO_LINT_CODES = ['send-without-receiver', 'close-by-receiver', 'waitgroup-add-in-goroutine'] as const;
export type GoLintCode = (typeof GO_LINT_CODES)[number];

/** An ancestor on the walk's path, with what its earlier children told about it. */
interface Entry {
  type: string;
  /** The field this node fills in its parent. */
  field: string | null;
  /** unary_expression: its operator token. */
  operator?: string;
  /** call_expression: its callee's text when it is an identifier or a selector. */
  callee?: string;
  /** call_expression of close: its argument's text. */
  closes?: string;
  /** for_statement: where it ends. */
  endIndex?: number;
  /** send_statement: its range. */
  range?: Range;
}

/** A use of a channel variable made in the frame, in source order. */
interface Mention {
  /** send: a plain send statement; blocker: anything that may let another goroutine (or this one) take a value. */
  kind: 'send' | 'blocker';
  start: number;
  /** send: where the outermost loop around it ends (a goroutine started later in the loop runs on the next turn). */
  limit: number;
  range?: Range;
}

interface ChannelOps {
  sends: number;
  receives: number;
  closes: Range[];
}

/** A function body (declaration, method or literal): the unit each lint reasons about. */
interface Frame {
  depth: number;
  name: string | null;
  /** A func literal started by a go statement: `go func() { ... }()`. */
  goroutine: boolean;
  /** Unbuffered channels made here (`ch := make(chan T)`), by name. */
  made: Set<string>;
  /** Every channel made here, buffered or not: this body owns it. */
  owned: Set<string>;
  /** Names used here other than as a channel operand (passed, stored, captured by a nested literal). */
  escaped: Set<string>;
  /** How often each name is declared here or in nested literals (shadowing makes a name ambiguous). */
  declared: Map<string, number>;
  mentions: Map<string, Mention[]>;
  /** Sends, receives and closes of this body itself, keyed by the channel expression's text. */
  ops: Map<string, ChannelOps>;
  adds: { receiver: string; range: Range }[];
  dones: Set<string>;
  /** Where this body's go statements start (an Add before one counts the goroutine it starts). */
  goStarts: Range[];
}

const FUNCTIONS = new Set(['function_declaration', 'method_declaration', 'func_literal']);
const NEUTRAL_CALLS = new Set(['len', 'cap']);
/** Parents whose children's field names the lints read (reading a field name costs a call into wasm). */
const FIELD_PARENTS = new Set([
  'send_statement',
  'unary_expression',
  'range_clause',
  'call_expression',
  'parameter_declaration',
  'var_spec',
  'const_spec',
  'short_var_declaration',
  'assignment_statement',
  'receive_statement',
  'function_declaration',
  'method_declaration',
]);
/** Subtrees that hold nothing the lints look at: types, literals, comments, imports. */
const OPAQUE = new Set([
  'comment',
  'interpreted_string_literal',
  'raw_string_literal',
  'rune_literal',
  'import_declaration',
  'package_clause',
  'type_identifier',
  'qualified_type',
  'pointer_type',
  'slice_type',
  'array_type',
  'map_type',
  'channel_type',
  'function_type',
  'struct_type',
  'interface_type',
  'generic_type',
  'type_declaration',
  'type_arguments',
]);

/** What a function's text must contain for any lint to find something in it. */
const LINTABLE = /\bmake\s*\(\s*chan\b|\bclose\s*\(|\.Add\s*\(|\bgo\b/;

function rangeOf(start: Point, end: Point): Range {
  return { start: { line: start.row, column: start.column }, end: { line: end.row, column: end.column } };
}

function warning(code: GoLintCode, range: Range, message: string): Diagnostic {
  return { code, severity: 'warning', range, message };
}

/** `make(chan T, ...)`. */
function isMake(value: Node | undefined): value is Node {
  return (
    value?.type === 'call_expression' &&
    field(value, 'function')?.text === 'make' &&
    kids(field(value, 'arguments'))[0]?.type === 'channel_type'
  );
}

/** `make(chan T)` or `make(chan T, 0)`. */
function isUnbufferedMake(value: Node | undefined): boolean {
  if (!isMake(value)) return false;
  const args = kids(field(value, 'arguments'));
  return args.length === 1 || (args.length === 2 && args[1]!.type === 'int_literal' && Number(args[1]!.text) === 0);
}

export interface GoLinter extends TreeVisitor {
  /** Once the walk is done: warnings with the range of the offending code. */
  finish(): Diagnostic[];
}

/** The Go lints of a parsed file or snippet, as a visitor of a walk over `root`. */
export function goLinter(root: Node): GoLinter {
  const out: Diagnostic[] = [];
  const stack: Entry[] = [];
  const frames: Frame[] = [];
  const finished: Frame[] = [];
  /** Functions started by a go statement by name (`go worker(...)`, `go w.run()`). */
  const startedByGo = new Set<string>();

  const top = () => frames[frames.length - 1];
  const opsOf = (frame: Frame, key: string): ChannelOps => {
    let ops = frame.ops.get(key);
    if (!ops) frame.ops.set(key, (ops = { sends: 0, receives: 0, closes: [] }));
    return ops;
  };
  /** `operation`: a receive, range or close (it is a blocker too, but not an escape). */
  const mention = (
    name: string,
    kind: Mention['kind'] | 'operation' | 'declaration' | 'neutral',
    start: number,
    extra: Partial<Mention> = {},
  ) => {
    for (const frame of frames) {
      if (frame !== top() || kind === 'blocker') frame.escaped.add(name);
      if (kind === 'declaration') frame.declared.set(name, (frame.declared.get(name) ?? 0) + 1);
      if (!frame.made.has(name) || kind === 'declaration' || kind === 'neutral') continue;
      // A nested literal that names the channel captures it: another goroutine may receive.
      const own = frame === top() && kind === 'send' ? 'send' : 'blocker';
      let list = frame.mentions.get(name);
      if (!list) frame.mentions.set(name, (list = []));
      list.push({ kind: own, start, limit: start, ...(own === 'send' ? extra : {}) });
    }
  };
  /** Where the outermost loop of the current frame around the walk's node ends, else `start`. */
  const loopLimit = (start: number): number => {
    const frame = top();
    for (let i = (frame?.depth ?? 0) + 1; i < stack.length; i++)
      if (stack[i]!.type === 'for_statement') return stack[i]!.endIndex!;
    return start;
  };

  /** A channel operation on the child the walk is on, if its place in the parent makes one. */
  const channelOperation = (
    parent: Entry | undefined,
    grand: Entry | undefined,
    fieldName: string | null,
  ): 'send' | 'select-send' | 'receive' | 'close' | null => {
    if (!parent) return null;
    if (parent.type === 'send_statement' && fieldName === 'channel')
      return grand?.type === 'communication_case' ? 'select-send' : 'send';
    if (parent.type === 'unary_expression' && fieldName === 'operand' && parent.operator === '<-') return 'receive';
    if (parent.type === 'range_clause' && fieldName === 'right') return 'receive';
    if (parent.type === 'argument_list' && grand?.type === 'call_expression' && grand.callee === 'close')
      return 'close';
    return null;
  };

  const identifier = (
    name: string,
    start: number,
    parent: Entry | undefined,
    grand: Entry | undefined,
    fieldName: string | null,
  ): void => {
    const op = channelOperation(parent, grand, fieldName);
    if (op === 'send') return mention(name, 'send', start, { limit: loopLimit(start), range: parent!.range! });
    if (op !== null) return mention(name, 'operation', start);
    if (parent?.type === 'argument_list' && grand?.type === 'call_expression' && NEUTRAL_CALLS.has(grand.callee ?? ''))
      return mention(name, 'neutral', start);
    if (parent && ['parameter_declaration', 'var_spec', 'const_spec'].includes(parent.type) && fieldName === 'name') {
      // A method of a channel type (`func (j Jobs) Drain()`): the type owns its channel.
      if (grand?.field === 'receiver') top()?.owned.add(name);
      return mention(name, 'declaration', start);
    }
    if (parent?.type === 'expression_list' && parent.field === 'left' && grand) {
      if (grand.type === 'assignment_statement') return mention(name, 'blocker', start);
      if (['short_var_declaration', 'range_clause', 'receive_statement'].includes(grand.type))
        return mention(name, 'declaration', start);
    }
    if (parent?.type === 'call_expression' && fieldName === 'function' && grand?.type === 'go_statement')
      startedByGo.add(name);
    if (parent?.type === 'function_declaration' && fieldName === 'name') {
      top()!.name = name;
      return;
    }
    mention(name, 'blocker', start);
  };

  /** Reads a named node as the walk enters it (it then has an entry on the stack); false: its subtree holds nothing to lint. */
  const enter = (node: Node): boolean => {
    const parent = stack[stack.length - 1];
    const type = node.type;
    const fieldName = parent && FIELD_PARENTS.has(parent.type) ? node.fieldName : null;
    const grand = stack[stack.length - 2];
    const entry: Entry = { type, field: fieldName };
    // A unary expression's first token is its operator.
    if (type === 'unary_expression') entry.operator = node.children.find((c) => !c.isNamed)?.type;
    const frame = top();
    switch (type) {
      case 'identifier':
        identifier(node.text, node.startIndex, parent, grand, fieldName);
        break;
      case 'field_identifier':
        if (parent?.type === 'method_declaration' && fieldName === 'name') top()!.name = node.text;
        // `go w.run()`: a method started as a goroutine.
        if (
          parent?.type === 'selector_expression' &&
          grand?.type === 'call_expression' &&
          stack[stack.length - 3]?.type === 'go_statement'
        )
          startedByGo.add(node.text);
        break;
      case 'for_statement':
        entry.endIndex = node.endIndex;
        break;
      case 'send_statement':
        entry.range = rangeOf(node.startPosition, node.endPosition);
        break;
      case 'go_statement':
        frame?.goStarts.push(rangeOf(node.startPosition, node.endPosition));
        break;
      case 'short_var_declaration':
      case 'var_spec': {
        if (!frame) break;
        const names =
          type === 'var_spec' ? kids(node).filter((n) => n.type === 'identifier') : kids(field(node, 'left'));
        const values = kids(field(node, type === 'var_spec' ? 'value' : 'right'));
        if (names.length !== values.length) break;
        names.forEach((n, i) => {
          if (isMake(values[i])) frame.owned.add(n.text);
          if (isUnbufferedMake(values[i])) frame.made.add(n.text);
        });
        break;
      }
    }
    if (
      parent?.type === 'call_expression' &&
      fieldName === 'function' &&
      (type === 'identifier' || type === 'selector_expression')
    )
      parent.callee = node.text;
    // The channel expression of a send, receive, range or close, as text: `ch`, `p.results`.
    if (frame && (type === 'identifier' || type === 'selector_expression')) {
      const op = channelOperation(parent, grand, fieldName);
      if (op === 'send' || op === 'select-send') opsOf(frame, node.text).sends++;
      else if (op === 'receive') opsOf(frame, node.text).receives++;
      else if (op === 'close') grand!.closes = node.text;
    }
    if (FUNCTIONS.has(type)) {
      const goroutine =
        type === 'func_literal' &&
        parent?.type === 'call_expression' &&
        fieldName === 'function' &&
        grand?.type === 'go_statement';
      frames.push({
        depth: stack.length,
        name: null,
        goroutine,
        made: new Set(),
        owned: new Set(),
        escaped: new Set(),
        declared: new Map(),
        mentions: new Map(),
        ops: new Map(),
        adds: [],
        dones: new Set(),
        goStarts: [],
      });
    }
    stack.push(entry);
    return !skipped(entry, node);
  };

  /** Leaves a named node. */
  const leave = (node: Node): void => {
    const entry = stack.pop()!;
    const frame = top();
    if (entry.type === 'call_expression' && frame) {
      if (entry.closes !== undefined)
        opsOf(frame, entry.closes).closes.push(rangeOf(node.startPosition, node.endPosition));
      const wg = entry.callee === undefined ? null : /^(.+)\.(Add|Done)$/s.exec(entry.callee);
      if (wg?.[2] === 'Add')
        frame.adds.push({ receiver: wg[1]!, range: rangeOf(node.startPosition, node.endPosition) });
      else if (wg?.[2] === 'Done') frame.dones.add(wg[1]!);
    }
    if (FUNCTIONS.has(entry.type) && frame && frame.depth === stack.length) {
      frames.pop();
      finished.push(frame);
      out.push(...sendsWithoutReceiver(frame), ...closesByReceiver(frame));
    }
  };

  /** A subtree with nothing to lint: an opaque node, or a top-level function that cannot make, close, Add or start anything. */
  const skipped = (entry: Entry, node: Node): boolean => {
    if (OPAQUE.has(entry.type)) return true;
    return stack.length === 2 && FUNCTIONS.has(entry.type) && !LINTABLE.test(node.text);
  };

  const finish = (): Diagnostic[] => {
    if (finished.some((f) => f.adds.length > 0) && /\bsync\.WaitGroup\b/.test(root.text))
      out.push(...addsInGoroutines(finished, startedByGo));
    return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  };

  return { enter, leave, finish };
}

/** The first plain send on an unbuffered channel made here, when nothing before it lets anyone else receive. */
function sendsWithoutReceiver(frame: Frame): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const name of frame.made) {
    if (frame.declared.get(name) !== 1) continue;
    const mentions = frame.mentions.get(name) ?? [];
    const send = mentions.find((m) => m.kind === 'send');
    if (!send?.range) continue;
    const limit = Math.max(send.start, send.limit);
    if (mentions.some((m) => m.kind === 'blocker' && m.start < limit)) continue;
    out.push(
      warning(
        'send-without-receiver',
        send.range,
        `this send on the unbuffered channel \`${name}\` blocks forever: no goroutine that could receive from \`${name}\` is started before it, ` +
          `so nobody can take the value (all goroutines asleep: deadlock). Start the receiver first, or give the channel a buffer.`,
      ),
    );
  }
  return out;
}

/**
 * `close(ch)` in a body that receives from `ch`, never sends on it and neither made it nor
 * handed it on: the owner that made the channel and passed it to its senders may close it
 * once they are done (after wg.Wait()), so only a pure receiver is reported.
 */
function closesByReceiver(frame: Frame): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [channel, ops] of frame.ops) {
    if (ops.closes.length === 0 || ops.receives === 0 || ops.sends > 0) continue;
    if (frame.owned.has(channel) || frame.escaped.has(channel)) continue;
    for (const range of ops.closes) {
      out.push(
        warning(
          'close-by-receiver',
          range,
          `\`${channel}\` is closed by code that only receives from it: closing is the sender's job. A sender still running panics ` +
            `with "send on closed channel"; let the (last) sender close it, or signal the senders to stop on a separate done channel.`,
        ),
      );
    }
  }
  return out;
}

function isBefore(a: Range, b: Range): boolean {
  return a.end.line < b.start.line || (a.end.line === b.start.line && a.end.column <= b.start.column);
}

/** `wg.Add` inside a goroutine that also calls `wg.Done`, and starts no goroutine after it: the Add it should have preceded. */
function addsInGoroutines(frames: readonly Frame[], startedByGo: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const frame of frames) {
    if (!frame.goroutine && !(frame.name !== null && startedByGo.has(frame.name))) continue;
    for (const { receiver, range } of frame.adds) {
      if (!frame.dones.has(receiver) || frame.goStarts.some((go) => isBefore(range, go))) continue;
      out.push(
        warning(
          'waitgroup-add-in-goroutine',
          range,
          `\`${receiver}.Add\` runs inside the goroutine it counts: \`${receiver}.Wait()\` may run before this goroutine starts and return too early. ` +
            `Call \`${receiver}.Add\` before the go statement.`,
        ),
      );
    }
  }
  return out;
}
