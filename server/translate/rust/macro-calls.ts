// Macros: println!/format!/write! through the runtime's Rust-exact formatting, panic! and its
// kin with Rust's message and location, assert!/assert_eq!, vec!, matches!, join!, pin!.
//   println!("{} has {:?}", name, items);  -> println("{} has {:?}", [name, items]);
//   assert_eq!(a, b);
//   -> if (a !== b) panic(format('assertion `left == right` failed\n  left: {:?}\n right: {:?}', [a, b]), 'main.rs:4:5');
//   f(assert!(ok))                 -> if (!(ok)) panic(..); f(null);   (an assertion used as a value is `()`)
//   vec![0; n]                     -> Array.from({ length: n }, () => 0)
import { Code, join, ts } from '../emit/code.js';
import { field, kids, type Node } from '../syntax.js';
import type { RustContext, Sink, Typed } from './context.js';
import { unitInto } from './control.js';
import { formatDebugValue } from './debug.js';
import { macroName } from './facts.js';
import { formatArguments } from './format.js';
import { evaluatedOnce, subjectFor } from './locals.js';
import { Scope } from './scope.js';
import { selectStatement } from './select.js';
import { BOOL, NEVER, result, STRING, tuple, UNIT, UNKNOWN, vec } from './types.js';
import { givesUnit } from './functions.js';
import { equality, pinnedFuture } from './values.js';

const ASSERTIONS = new Set(['assert', 'assert_eq', 'assert_ne']);

/** A macro whose value goes to `sink` as statements: select! as its branches, an assertion as an `if`. */
export function macroInto(cx: RustContext, node: Node, sink: Sink): Code[] | null {
  const name = macroName(node);
  if (name === 'select') return selectStatement(cx, node, sink);
  if (!ASSERTIONS.has(name)) return null;
  const check = assertion(cx, node, name, macroArguments(cx, node));
  return [check, ...unitInto(cx, sink)];
}

function macroArguments(cx: RustContext, node: Node): Node[] {
  const tokens = kids(node).find((k) => k.type === 'token_tree');
  return tokens ? cx.macros.arguments(tokens) : [];
}

export function macro(cx: RustContext, node: Node): Typed {
  const name = macroName(node);
  const tokens = kids(node).find((k) => k.type === 'token_tree');
  const args = () => macroArguments(cx, node);
  switch (name) {
    case 'println':
    case 'print':
    case 'eprintln':
    case 'eprint': {
      cx.use(name);
      const formatted = formatArguments(cx, args(), node);
      return { code: ts`${name}(${formatted})`, type: UNIT };
    }
    case 'format': {
      cx.use('format');
      return { code: ts`format(${formatArguments(cx, args(), node)})`, type: STRING };
    }
    case 'write':
    case 'writeln': {
      cx.use('format');
      const all = args();
      const formatted = formatArguments(cx, all.slice(1), node, name === 'writeln' ? '\n' : '');
      // The last piece of a Display that writes in pieces: the text so far, and this.
      if (cx.displayBuffer) return { code: ts`${cx.displayBuffer} + format(${formatted})`, type: STRING };
      if (cx.displayMethod) return { code: ts`format(${formatted})`, type: STRING };
      return cx.unsupported(node, 'write! outside a Display impl');
    }
    case 'panic':
    case 'unreachable':
    case 'todo':
    case 'unimplemented': {
      cx.use('panic');
      const all = args();
      const fallback = {
        panic: 'explicit panic',
        unreachable: 'internal error: entered unreachable code',
        todo: 'not yet implemented',
        unimplemented: 'not implemented',
      }[name];
      const prefix =
        name === 'panic'
          ? ''
          : name === 'unreachable'
            ? 'internal error: entered unreachable code: '
            : name === 'todo'
              ? 'not yet implemented: '
              : 'not implemented: ';
      if (all.length) cx.use('format');
      const message = all.length
        ? ts`format(${formatArguments(cx, all, node, '', prefix)})`
        : ts`${JSON.stringify(fallback)}`;
      // A message with nothing to format is a `&'static str` payload; a formatted one a String.
      const literal = all.length === 0 || (all.length === 1 && !/\{(?!\{)/.test(all[0]!.text.replace(/\{\{/g, '')));
      return { code: ts`panic(${message}, '${cx.location(node)}'${literal ? ", '&str'" : ''})`, type: NEVER };
    }
    case 'assert':
    case 'assert_eq':
    case 'assert_ne':
      // An assertion is a statement; as a value it is `()`, after the check.
      cx.pre.push(assertion(cx, node, name, args()));
      return { code: ts`null`, type: UNIT };
    case 'vec': {
      const array = tokens ? cx.macros.array(tokens) : null;
      if (!array) return { code: ts`[]`, type: vec(UNKNOWN) };
      // The type asked of `vec![..]` is asked of the array it expands to.
      const wanted = cx.expectedType?.node === node.id ? cx.expectedType : null;
      return cx.with({ expectedType: wanted && { node: array.id, type: wanted.type } }, () =>
        cx.arrayExpression(array),
      );
    }
    case 'matches': {
      const all = args();
      if (all.length < 2) return cx.unsupported(node, 'matches!');
      const value = cx.expr(all[0]!);
      const subject = subjectFor(cx, value);
      const patternNode = cx.macros.pattern(all[1]!, tokens!.child(tokens!.childCount - 1)!.startIndex);
      if (!patternNode) return cx.unsupported(node, 'matches! pattern');
      const test = cx.patternTest(patternNode, subject.name, value.type);
      const guard = patternNode.parent ? field(patternNode.parent, 'condition') : null;
      if (!guard) return { code: ts`(${test.condition})`, type: BOOL };
      // `matches!(ev, Resize(w, h) if w * h > 0)`: the guard reads the bindings where they are.
      const checked = cx.with({ scope: new Scope(cx.scope) }, () => {
        for (const b of test.bindings)
          cx.scope.place(b.name, b.type, { get: ts`${b.accessor}`, set: (v) => ts`${b.accessor} = ${v}` });
        return cx.expr(guard).code;
      });
      return { code: ts`(${test.condition} && ${checked})`, type: BOOL };
    }
    case 'select':
      return cx.hoistValue(node);
    case 'pin':
      for (const pinned of args()) pinFuture(cx, pinned);
      return { code: node.parent?.type === 'expression_statement' ? new Code() : ts`null`, type: UNIT };
    case 'join': {
      // tokio::join!: the futures run at once, each as a hidden task; the values come as a tuple.
      cx.use('join');
      cx.awaits();
      const futures = args().map((a) => cx.futureArgument(a));
      // `join!(.., async {})`: the empty block's value is `()` (undefined from its function), which prints as `()`.
      const outputs = args().map((a, i) =>
        futures[i]!.type.kind === 'unknown' && givesUnit(a) ? UNIT : futures[i]!.type,
      );
      return {
        code: ts`await join(${join(
          futures.map((f) => f.code),
          ', ',
        )})`,
        type: tuple(outputs),
      };
    }
    case 'try_join': {
      // tokio::try_join!: as join!, but the first Err is the value, and the futures still running are dropped.
      cx.use('tryJoin');
      cx.awaits();
      const futures = args().map((a) => cx.futureArgument(a));
      const oks = futures.map((f) => (f.type.kind === 'result' ? f.type.ok : UNKNOWN));
      const error = futures.map((f) => f.type).find((t) => t.kind === 'result' && t.err.kind !== 'unknown');
      return {
        code: ts`await tryJoin(${join(
          futures.map((f) => f.code),
          ', ',
        )})`,
        type: result(tuple(oks), error?.kind === 'result' ? error.err : UNKNOWN),
      };
    }
    default:
      return cx.unsupported(node, `${name}! macro`);
  }
}

function assertion(cx: RustContext, node: Node, name: string, args: Node[]): Code {
  cx.use('panic');
  const location = cx.location(node);
  if (name === 'assert') {
    const cond = cx.expr(args[0]!);
    const message =
      args.length > 1
        ? (cx.use('format'), ts`format(${formatArguments(cx, args.slice(1), node)})`)
        : ts`${JSON.stringify(`assertion failed: ${args[0]!.text}`)}`;
    return ts`if (!(${cond.code})) panic(${message}, '${location}');`;
  }
  cx.use('format');
  // Each operand is evaluated once, before the comparison (a second `try_recv()` would take another value).
  const left = evaluatedOnce(cx, cx.expr(args[0]!), 'left');
  const right = evaluatedOnce(cx, cx.expr(args[1]!), 'right');
  const op = name === 'assert_eq' ? '==' : '!=';
  const test = equality(cx, left, right, name === 'assert_eq');
  const detail = args.length > 2 ? ts`format(${formatArguments(cx, args.slice(2), node)})` : null;
  const debugLeft = formatDebugValue(cx, left);
  const debugRight = formatDebugValue(cx, right);
  const message = detail
    ? ts`format('assertion \`left ${op} right\` failed: {}\\n  left: {:?}\\n right: {:?}', [${detail}, ${debugLeft}, ${debugRight}])`
    : ts`format('assertion \`left ${op} right\` failed\\n  left: {:?}\\n right: {:?}', [${debugLeft}, ${debugRight}])`;
  return ts`if (${test}) panic(${message}, '${location}');`;
}

/**
 * `tokio::pin!(fut)`: JavaScript values never move, so pinning itself is nothing to do; but a
 * pinned future is polled where it is (`&mut fut` in a select! loop), so it becomes one
 * hidden task from here on, which each select! waits on and none cancels.
 *   let fut = async { .. }; tokio::pin!(fut);  -> const fut = async () => { .. }; const fut2 = new Future(fut);
 */
function pinFuture(cx: RustContext, node: Node): void {
  if (node.type !== 'identifier') return;
  const local = cx.scope.lookup(node.text);
  const future = local ? pinnedFuture(cx, { code: ts`${local.tsName}`, type: local.type }) : null;
  if (!future) return;
  const pinned = cx.scope.declare(node.text, future.type);
  cx.hoist(ts`const ${pinned.tsName} = ${future.code};`);
}
