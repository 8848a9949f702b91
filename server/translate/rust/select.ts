// tokio::select! { v = rx.recv() => { .. }, _ = sleep(d) => { .. } }
//   -> const selected1 = await select([{ op: rx.recvOp() }, { op: sleep(d) }]);
//      if (selected1.index === 0) { const v = selected1.value; .. } else { .. }
import { block, Code, join, ts } from '../emit/code.js';
import { field, kids, type Node } from '../syntax.js';
import type { Operation, RustContext, Sink } from './context.js';
import { isComment, macroName, valuesOf } from './facts.js';
import { bindingDeclaration } from './locals.js';
import { camelCase } from './names.js';
import { named, option, result, UNIT, UNKNOWN, type RustType } from './types.js';
import { autoDeref, deferred } from './values.js';

interface Branch {
  pattern: Node | null;
  future: Node | null;
  condition: Node | null;
  handler: Node | null;
  handlerIsBlock: boolean;
}

/** Methods whose select! form is the runtime's `...Op()` (it takes nothing unless it wins). */
const OP_METHODS: Record<string, string> = {
  recv: 'recvOp',
  send: 'sendOp',
  reserve: 'reserveOp',
  closed: 'closedOp',
  changed: 'changedOp',
  lock: 'lockOp',
  notified: 'notified',
  acquire: 'acquireOp',
};

/** A `select!` in statement position (other macros are expressions). */
export function selectStatement(cx: RustContext, node: Node, sink: Sink): Code[] | null {
  return macroName(node) === 'select' ? selectBranches(cx, node, sink) : null;
}

/**
 * `tokio::select! { biased; PAT = FUT, if COND => HANDLER, ..., else => HANDLER }` as one
 * `await select([...])` and an if-chain on the branch that won. The macro body is a token
 * tree: its branches are split on the top-level `=`, `, if`, `=>` and `,` tokens, and each
 * part is parsed again as Rust.
 */
function selectBranches(cx: RustContext, node: Node, sink: Sink): Code[] {
  const tree = kids(node).find((k) => k.type === 'token_tree');
  if (!tree) return [cx.unsupportedStatement(node, 'select!')];
  const parsed = splitBranches(cx, tree);
  if (!parsed) return [cx.unsupportedStatement(node, 'select! branch')];
  cx.use('select');
  cx.awaits();
  const selected = cx.temp('selected');
  const entries: Code[] = [];
  const before: Code[] = [];
  const futures: string[] = [];
  const moved: Code[] = [];
  const arms: { index: number; body: Code[] }[] = [];
  let elseBody: Code[] | null = null;
  parsed.branches.forEach((b) => {
    if (!b.future) {
      elseBody = handlerBody(cx, b, sink, []);
      return;
    }
    const op = operation(cx, b.future);
    if (movesReceiver(cx, b.future)) moved.push(op.code);
    if (op.isFuture) {
      const name = cx.temp('future');
      before.push(ts`const ${name} = ${op.code};`);
      futures.push(name);
      op.code = ts`${name}`;
    }
    const test = b.pattern ? cx.patternTest(b.pattern, 'v', op.type) : null;
    const refutable = test && test.condition.toString() !== 'true';
    const guarded = b.condition ? ts`${cx.expr(b.condition).code} ? ${op.code} : null` : op.code;
    entries.push(refutable ? ts`{ op: ${guarded}, matches: (v) => ${test.condition} }` : ts`{ op: ${guarded} }`);
    const bound = b.pattern ? cx.patternTest(b.pattern, `${selected}.value`, op.type) : null;
    arms.push({ index: entries.length - 1, body: handlerBody(cx, b, sink, bound?.bindings ?? []) });
  });
  const options: string[] = [];
  if (parsed.biased) options.push('biased: true');
  if (elseBody) options.push('hasElse: true');
  const optionsText = options.length ? `, { ${options.join(', ')} }` : '';
  const out: Code[] = [...before, ts`const ${selected} = await select([${join(entries, ', ')}]${optionsText});`];
  for (const f of futures) out.push(ts`${f}.cancel();`);
  for (const receiver of moved) out.push(ts`${receiver}.drop();`);
  // Without `else`, one of the branches always wins (or select! panics): the last needs no test.
  let chain: Code | null = elseBody ? block(elseBody) : arms.length ? block(arms[arms.length - 1]!.body) : null;
  for (let i = arms.length - (elseBody ? 1 : 2); i >= 0; i--) {
    const arm = arms[i]!;
    const test = ts`${selected}.index === ${String(arm.index)}`;
    chain = chain ? ts`if (${test}) ${block(arm.body)} else ${chain}` : ts`if (${test}) ${block(arm.body)}`;
  }
  if (chain) out.push(chain);
  return out;
}

/** `v = rx =>` takes the oneshot receiver itself, not a borrow: select! drops it when it ends, which closes the channel. */
function movesReceiver(cx: RustContext, future: Node): boolean {
  const type = future.type === 'identifier' ? cx.scope.lookup(future.text)?.type : undefined;
  return type?.kind === 'named' && type.name === 'oneshot.Receiver';
}

function handlerBody(
  cx: RustContext,
  b: Branch,
  sink: Sink,
  bindings: { name: string; node: Node; accessor: string; type: RustType }[],
): Code[] {
  return cx.withScope(() => {
    const declared = bindings.map((binding) => bindingDeclaration(cx, binding));
    const handler = b.handler;
    if (!handler) return declared;
    const body = b.handlerIsBlock
      ? cx.blockStatements(handler, sink)
      : cx.inStatement(handler, () => cx.valueInto(handler, sink));
    return [...declared, ...body];
  });
}

/**
 * What a future becomes where the runtime takes a Selectable: `rx.recv()` is `rx.recvOp()`, a
 * oneshot receiver, JoinHandle, Sleep or Interval is itself; anything else runs as a hidden
 * task: `new Future(...)` for select!, or an async function (`wrap: 'function'`) for timeout.
 */
export function operation(cx: RustContext, future: Node, wrap: 'future' | 'function' = 'future'): Operation {
  let expr = future;
  while (expr.type === 'reference_expression' || expr.type === 'parenthesized_expression')
    expr = valuesOf(expr)[valuesOf(expr).length - 1]!;
  if (expr.type === 'call_expression' && field(expr, 'function')?.type === 'field_expression') {
    const fn = field(expr, 'function')!;
    const method = field(fn, 'field')!.text;
    const receiver = autoDeref(cx.expr(field(fn, 'value')!));
    const args = valuesOf(field(expr, 'arguments')).map((a) => cx.expr(a).code);
    const rt = receiver.type;
    const elem = rt.kind === 'named' ? (rt.args[0] ?? UNKNOWN) : UNKNOWN;
    const typeName = rt.kind === 'named' ? rt.name : '';
    if (method === 'tick') return { code: receiver.code, type: named('Instant'), isFuture: false };
    if (OP_METHODS[method] && (typeName.includes('.') || ['Mutex', 'Notify', 'Semaphore'].includes(typeName))) {
      return {
        code: ts`${receiver.code}.${OP_METHODS[method]!}(${join(args, ', ')})`,
        type: opType(typeName, method, elem),
        isFuture: false,
      };
    }
  }
  if (wrap === 'function' && expr.type !== 'identifier' && expr.type !== 'field_expression') {
    const f = cx.futureArgument(expr);
    return { code: f.code, type: f.type, isFuture: false };
  }
  const value = cx.expr(expr);
  const vt = value.type;
  if (vt.kind === 'named' && ['Sleep', 'oneshot.Receiver', 'JoinHandle', 'Interval', 'Notified'].includes(vt.name)) {
    const inner =
      vt.name === 'JoinHandle'
        ? result(vt.args[0] ?? UNKNOWN, named('JoinError'))
        : vt.name === 'oneshot.Receiver'
          ? result(vt.args[0] ?? UNKNOWN, named('RecvError'))
          : UNIT;
    return { code: value.code, type: inner, isFuture: false };
  }
  // A pinned future is one hidden task already, polled in place: no select! cancels it.
  if (vt.kind === 'named' && vt.name === 'Pinned')
    return { code: value.code, type: vt.args[0] ?? UNKNOWN, isFuture: false };
  // `let fut = async { .. };` is a function already: it is the body, not what the body returns.
  const isAsyncFn = vt.kind === 'named' && vt.name === 'AsyncFn';
  const inner = vt.kind === 'named' && (vt.name === 'Future' || isAsyncFn) ? (vt.args[0] ?? UNKNOWN) : UNKNOWN;
  const body = expr.type === 'async_block' || isAsyncFn ? value.code : deferred(value.code);
  if (wrap === 'function') return { code: body, type: inner, isFuture: false };
  cx.use('Future');
  return { code: ts`new Future(${body})`, type: inner, isFuture: true };
}

function opType(typeName: string, method: string, elem: RustType): RustType {
  switch (`${typeName}.${camelCase(method)}`) {
    case 'mpsc.Receiver.recv':
    case 'mpsc.UnboundedReceiver.recv':
      return option(elem);
    case 'broadcast.Receiver.recv':
      return result(elem, named('RecvError'));
    case 'watch.Receiver.changed':
      return result(UNIT, named('RecvError'));
    case 'Mutex.lock':
      return named('MutexGuard', elem);
    case 'Notify.notified':
      return UNIT;
    case 'Semaphore.acquire':
      return result(named('SemaphorePermit'), named('AcquireError'));
    case 'mpsc.Sender.send':
      return result(UNIT, named('SendError', elem));
    default:
      return UNKNOWN;
  }
}

/** The branches of a select! token tree, or null when they do not have select!'s shape. */
function splitBranches(cx: RustContext, tree: Node): { biased: boolean; branches: Branch[] } | null {
  const tokens = tree.children
    .filter((c): c is Node => c !== null)
    .slice(1, -1)
    .filter((c) => !isComment(c));
  const macros = cx.macros;
  let i = 0;
  let biased = false;
  if (tokens[0]?.text === 'biased' && tokens[1]?.text === ';') {
    biased = true;
    i = 2;
  }
  const branches: Branch[] = [];
  const findFrom = (from: number, test: (n: Node, k: number) => boolean) => {
    for (let k = from; k < tokens.length; k++) if (test(tokens[k]!, k)) return k;
    return -1;
  };
  while (i < tokens.length) {
    if (tokens[i]!.text === ',') {
      i++;
      continue;
    }
    let pattern: Node | null = null;
    let future: Node | null = null;
    let condition: Node | null = null;
    if (tokens[i]!.text === 'else' && tokens[i + 1]?.text === '=>') {
      i += 2;
    } else {
      const eq = findFrom(i, (n) => n.type === '=');
      const arrow = findFrom(i, (n) => n.type === '=>');
      if (eq < 0 || arrow < 0 || eq > arrow) return null;
      pattern = macros.pattern(tokens[i]!, tokens[eq]!.startIndex);
      const ifAt = findFrom(eq + 1, (n, k) => n.text === ',' && tokens[k + 1]?.text === 'if' && k < arrow);
      const futureEnd = ifAt >= 0 && ifAt < arrow ? ifAt : arrow;
      future = macros.expression(tokens[eq + 1]!, tokens[futureEnd]!.startIndex);
      if (ifAt >= 0 && ifAt < arrow) condition = macros.expression(tokens[ifAt + 2]!, tokens[arrow]!.startIndex);
      if (!pattern || !future) return null;
      i = arrow + 1;
    }
    const first = tokens[i];
    if (!first) return null;
    if (first.type === 'token_tree' && first.text.startsWith('{')) {
      branches.push({ pattern, future, condition, handler: macros.block(first), handlerIsBlock: true });
      i++;
    } else {
      const comma = findFrom(i, (n) => n.text === ',');
      const end = comma < 0 ? tree.child(tree.childCount - 1)!.startIndex : tokens[comma]!.startIndex;
      branches.push({ pattern, future, condition, handler: macros.expression(first, end), handlerIsBlock: false });
      i = comma < 0 ? tokens.length : comma + 1;
    }
  }
  return { biased, branches };
}
