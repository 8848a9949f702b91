// The ownership walk over expressions: uses, moves, calls and methods that take or store a
// droppable value, and macro bodies read token by token.
import { field, kids, type Node } from '../../syntax.js';
import { ControlFlowWalker } from './control-flow.js';
import { scanTokens, tokenElements } from './macro-tokens.js';
import { container, containerOf, handle, rawPath, type Shape } from './resources.js';
import { BORROWED_RESULTS, NOTHING, type Mode, type Value } from './state.js';

/** `Arc::new(x)` and `Rc::new(x)`: a shared handle that owns x. */
const SHARED_TYPES_NEW = new Set(['Arc::new', 'Rc::new']);
const GUARD_MAPS = new Set([
  'MutexGuard::map',
  'MappedMutexGuard::map',
  'RwLockReadGuard::map',
  'RwLockWriteGuard::map',
]);
const LEAVES = new Set([
  'string_literal',
  'raw_string_literal',
  'char_literal',
  'integer_literal',
  'float_literal',
  'boolean_literal',
  'primitive_type',
  'type_arguments',
  'line_comment',
  'block_comment',
  'scoped_identifier',
  'scoped_type_identifier',
]);
const DIVERGING_MACROS = new Set(['panic', 'unreachable', 'todo', 'unimplemented']);
const UNWRAPPING = new Set([
  'unwrap',
  'expect',
  'unwrap_or',
  'unwrap_or_else',
  'unwrap_or_default',
  'unwrap_unchecked',
]);
const STORING = new Set(['push', 'push_back', 'push_front', 'insert', 'extend', 'append']);

export class OwnershipWalker extends ControlFlowWalker {
  constructor(root: Node) {
    super(root);
    this.item(root, null);
  }

  protected expr(node: Node, mode: Mode): Value {
    const type = node.type;
    if (LEAVES.has(type)) return NOTHING;
    switch (type) {
      case 'identifier':
      case 'self': {
        const rec = this.resolve(node.text, node);
        if (!rec) return NOTHING;
        if (mode === 'move') this.moveRec(rec, node);
        return { shape: rec.shape, owned: rec.byValue, place: rec };
      }
      case 'parenthesized_expression':
        return this.expr(kids(node)[0] ?? node.child(0)!, mode);
      case 'reference_expression':
      case 'unary_expression':
        this.children(node);
        return { shape: null, owned: node.type === 'unary_expression' && !node.text.startsWith('*'), place: null };
      case 'field_expression': {
        this.expr(field(node, 'value') ?? node, 'borrow');
        return { shape: this.items.fieldShape(field(node, 'field')?.text ?? ''), owned: false, place: null };
      }
      case 'call_expression':
        return this.call(node);
      case 'await_expression': {
        const inner = kids(node)[0];
        // `rx.await` takes a oneshot receiver, but it stays listed as owned: dropping it after the
        // await is harmless, and a task aborted during the await must drop it.
        const value = inner ? this.expr(inner, inner.type === 'identifier' ? 'borrow' : 'move') : NOTHING;
        // Awaiting a oneshot receiver gives Result<T, RecvError>; the other futures were given their output's shape.
        const output =
          value.shape?.kind === 'handle' && value.shape.role === 'receiver'
            ? containerOf(value.shape.element)
            : value.shape;
        return { shape: output, owned: true, place: null };
      }
      case 'try_expression': {
        const inner = kids(node)[0];
        const value = inner ? this.expr(inner, 'move') : NOTHING;
        this.leaveBody(node);
        return { shape: value.shape?.kind === 'container' ? value.shape.inner : null, owned: value.owned, place: null };
      }
      case 'macro_invocation':
        return this.macro(node);
      case 'struct_expression':
        return this.structExpression(node);
      case 'tuple_expression': {
        const parts = kids(node).map((c) => this.expr(c, 'move').shape);
        return { shape: containerOf(null, parts), owned: true, place: null };
      }
      case 'array_expression': {
        const shapes = kids(node).map((c) => this.expr(c, 'move').shape);
        return { shape: containerOf(shapes.find((s) => s !== null) ?? null), owned: true, place: null };
      }
      case 'closure_expression':
      case 'async_block':
        return this.closure(node);
      case 'block':
        return this.block(node, mode);
      case 'unsafe_block':
      case 'const_block': {
        const block = kids(node).find((c) => c.type === 'block');
        return block ? this.block(block, mode) : NOTHING;
      }
      case 'if_expression':
        return this.ifExpression(node, mode);
      case 'match_expression':
        return this.matchExpression(node, mode);
      case 'while_expression':
      case 'loop_expression':
      case 'for_expression':
        return this.loopExpression(node);
      case 'return_expression':
      case 'break_expression':
      case 'continue_expression':
        return this.jumpExpression(node);
      case 'assignment_expression':
        return this.assignment(node);
      case 'let_condition':
      case 'let_chain':
        this.conditionLets(node);
        return NOTHING;
      default:
        this.children(node);
        return NOTHING;
    }
  }

  private children(node: Node): void {
    for (const child of kids(node)) this.expr(child, 'borrow');
  }

  private call(node: Node): Value {
    const callee = field(node, 'function');
    const args = kids(field(node, 'arguments'));
    if (callee?.type === 'field_expression') return this.methodCall(node, callee, args);
    const path = this.items.pathOf(callee);
    const name = path[path.length - 1] ?? '';
    if (
      callee &&
      callee.type !== 'identifier' &&
      callee.type !== 'scoped_identifier' &&
      callee.type !== 'generic_function'
    ) {
      this.expr(callee, 'borrow');
    }
    if (name === 'clone' && path.length > 1 && args[0]) {
      const source = args[0].type === 'reference_expression' ? field(args[0], 'value') : args[0];
      const value = source ? this.expr(source, 'borrow') : NOTHING;
      return { shape: value.shape, owned: true, place: null };
    }
    const values = args.map((a) => this.expr(a, 'move'));
    const first = values[0]?.shape ?? null;
    const channel = this.items.channelCall(node);
    if (channel) return { shape: channel, owned: true, place: null };
    if (name === 'exit' && path.includes('process')) this.body.flow.dead = true;
    if (name === 'Some' || name === 'Ok') return { shape: containerOf(first), owned: true, place: null };
    if (name === 'Box' || (path[path.length - 2] === 'Box' && name === 'new'))
      return { shape: first, owned: true, place: null };
    // `MutexGuard::map(guard, f)` takes the guard and gives one that holds the same lock.
    if (GUARD_MAPS.has(path.slice(-2).join('::'))) return { shape: handle('guard', 'guard'), owned: true, place: null };
    // Dropping a JoinSet aborts its tasks: it is dropped where a guard would be.
    if (path.slice(-2).join('::') === 'JoinSet::new')
      return { shape: handle('guard', 'guard'), owned: true, place: null };
    if (SHARED_TYPES_NEW.has(path.slice(-2).join('::')))
      return { shape: handle('shared', 'shared'), owned: true, place: null };
    return { shape: this.items.returnShape(callee, this.body.self), owned: true, place: null };
  }

  private methodCall(node: Node, callee: Node, args: Node[]): Value {
    const method = field(callee, 'field')?.text ?? '';
    const calls = this.result.methodCalls.get(method);
    if (calls) calls.push(node);
    else this.result.methodCalls.set(method, [node]);
    const receiverNode = field(callee, 'value');
    const receiver = receiverNode ? this.expr(receiverNode, 'place') : NOTHING;
    const shape = receiver.shape;
    if (consumes(method, shape) && receiver.place && receiverNode) this.moveRec(receiver.place, receiverNode);
    const values = args.map((a) => this.expr(a, 'move'));
    const stored = values.find((v) => v.shape !== null && v.owned)?.shape ?? null;
    if (STORING.has(method) && receiver.place && stored !== null) {
      const rec = receiver.place;
      if (!rec.binding) this.upgrade(rec, containerOf(stored)!);
    }
    const handleShape = shape?.kind === 'handle' ? shape : null;
    const result = (s: Shape, owned = true): Value => ({ shape: s, owned, place: null });
    /** A lock named by a binding or a field, or a clone of its Arc (not `io::stdout().lock()`); tokio's lock is awaited, the rest give a Result. */
    const lockGuard = (): Shape => {
      if (!receiverNode || !namesLock(receiverNode)) return null;
      const guard = handle('guard', 'guard');
      return node.parent?.type === 'await_expression' ? guard : containerOf(guard);
    };
    switch (method) {
      case 'clone':
        // A guard is no Clone: `guard.clone()` clones the value it holds.
        if (handleShape?.role === 'guard') return result(null);
        return result(shape, receiver.owned || shape !== null);
      case 'subscribe':
        return result(
          handleShape?.flavor === 'broadcast'
            ? handle('broadcast', 'receiver', handleShape.channel, handleShape.element)
            : null,
        );
      case 'recv':
      case 'try_recv':
      case 'blocking_recv':
      case 'recv_timeout':
        return result(containerOf(handleShape?.element ?? null));
      case 'reserve':
      case 'try_reserve':
      case 'reserve_owned':
      case 'try_reserve_owned':
        return result(
          handleShape?.role === 'sender' ? containerOf(handle('permit', 'permit', handleShape.channel)) : null,
        );
      case 'upgrade':
        // `weak.upgrade()`: Some(a new sender) while the channel has one.
        return result(containerOf(handle('mpsc', 'sender')));
      case 'acquire':
      case 'acquire_owned':
      case 'acquire_many':
      case 'acquire_many_owned':
      case 'try_acquire':
      case 'try_acquire_owned':
      case 'try_acquire_many':
      case 'try_acquire_many_owned':
        // A semaphore's permit, in a Result whether awaited or not.
        return result(containerOf(handle('permit', 'permit')));
      case 'read':
      case 'write':
      case 'try_read':
      case 'try_write':
      case 'try_read_owned':
      case 'try_write_owned':
      case 'read_owned':
      case 'write_owned':
      case 'blocking_read':
      case 'blocking_write':
        // An RwLock's guard; `file.read(&mut buf)` and the like take arguments.
        return result(args.length > 0 ? null : lockGuard());
      case 'enter':
        // `rt.enter()`: the runtime's context lasts until its guard is dropped.
        return result(args.length === 0 ? handle('guard', 'guard') : null);
      case 'lock':
      case 'lock_owned':
      case 'blocking_lock':
      case 'try_lock':
        return result(lockGuard());
      case 'borrow':
      case 'borrow_mut':
        // A RefCell's Ref or RefMut, released where it is dropped (a watch receiver's `borrow` is no such guard).
        return result(args.length > 0 || handleShape?.flavor === 'watch' ? null : handle('guard', 'guard'));
      case 'try_borrow':
      case 'try_borrow_mut':
        return result(args.length > 0 ? null : containerOf(handle('guard', 'guard')));
      case 'wait':
      case 'wait_while': {
        // `cvar.wait(guard)` takes the guard and gives the mutex's guard back, locked again.
        const taken = values[0]?.shape;
        if (taken?.kind === 'handle' && taken.flavor === 'guard') return result(containerOf(taken));
        break;
      }
      case 'wait_timeout':
      case 'wait_timeout_while': {
        // The guard comes back with a WaitTimeoutResult: `Ok((guard, timed_out))`.
        const taken = values[0]?.shape;
        if (taken?.kind === 'handle' && taken.flavor === 'guard')
          return result(containerOf(containerOf(null, [taken, null])));
        break;
      }
      case 'downgrade':
        // A write guard gives way to a read guard (a sender's downgrade is read below).
        if (handleShape?.flavor === 'guard') return result(handle('guard', 'guard'));
        break;
      case 'take':
      case 'into_iter':
      case 'drain':
        return result(shape);
    }
    if (UNWRAPPING.has(method)) return result(shape?.kind === 'container' ? shape.inner : null, receiver.owned);
    // `pool.get()` of the program's own Pool gives what its `fn get` returns, owned; a collection's lends.
    const own = this.items.methodShape(method);
    if (BORROWED_RESULTS.has(method) && (own === null || shape?.kind === 'container')) return result(null, false);
    return result(own);
  }

  private structExpression(node: Node): Value {
    let holds = false;
    for (const f of kids(field(node, 'body'))) {
      if (f.type === 'shorthand_field_initializer') {
        const name = kids(f)[0];
        if (name && this.expr(name, 'move').shape !== null) holds = true;
      } else if (f.type === 'field_initializer') {
        const value = field(f, 'value');
        if (value && this.expr(value, 'move').shape !== null) holds = true;
      } else {
        this.children(f);
      }
    }
    const path = rawPath(field(node, 'name'));
    const typeName =
      path.length > 1
        ? `${path[path.length - 2] === 'Self' ? this.body.self : path[path.length - 2]}::${path[path.length - 1]}`
        : path[0] === 'Self'
          ? (this.body.self ?? '')
          : (path[0] ?? '');
    const shape = this.items.recordShape(typeName) ?? (holds ? container(null) : null);
    return { shape, owned: true, place: null };
  }

  private macro(node: Node): Value {
    const name = rawPath(field(node, 'macro')).pop() ?? '';
    const tree = kids(node).find((c) => c.type === 'token_tree');
    if (!tree || !this.mayMatter(tree.text)) {
      if (DIVERGING_MACROS.has(name)) this.body.flow.dead = true;
      return NOTHING;
    }
    if (name === 'vec') {
      let held: Shape = null;
      for (const element of tokenElements(tree)) {
        const only = element.length === 1 && element[0]!.type === 'identifier' ? element[0]! : null;
        if (only) {
          const shape = this.expr(only, 'move').shape;
          held = held ?? shape;
        } else for (const token of element) if (token.type === 'token_tree') this.tokens(token);
      }
      return { shape: containerOf(held), owned: true, place: null };
    }
    this.tokens(tree);
    if (DIVERGING_MACROS.has(name)) this.body.flow.dead = true;
    return NOTHING;
  }

  /** Whether a macro body may mention a droppable binding or leave the loop or function. */
  private mayMatter(text: string): boolean {
    if (/\b(break|continue|return)\b|\?/.test(text)) return true;
    for (const name of this.trackedNames) if (text.includes(name)) return true;
    return false;
  }

  private tokens(tree: Node): void {
    for (const event of scanTokens(tree)) {
      if (event.kind === 'mention') {
        const rec = this.resolve(event.node.text, event.node);
        if (rec && (event.moved || (event.method !== null && consumes(event.method, rec.shape))))
          this.moveRec(rec, event.node);
      } else if (event.kind === 'break' || event.kind === 'continue') {
        this.jump(event.node, event.kind, event.label);
      } else {
        this.leaveBody(event.node);
      }
    }
  }
}

/** Methods taking self: unwrapping, `into_*`, and `send` on a oneshot sender or a permit. */
function consumes(method: string, shape: Shape): boolean {
  if (UNWRAPPING.has(method) || method.startsWith('into_') || method === 'unwrap_err') return true;
  if (method === 'downgrade' && shape?.kind === 'handle' && shape.flavor === 'guard') return true;
  if (method === 'forget') return shape?.kind === 'handle' && shape.flavor === 'permit';
  return method === 'send' && shape?.kind === 'handle' && (shape.flavor === 'oneshot' || shape.flavor === 'permit');
}

/** `lock`, `self.lock`, `locks[i]`, `lock.clone()`, `Arc::clone(&lock)`: a lock the program holds, which a guard may come from. */
function namesLock(node: Node): boolean {
  if (node.type === 'identifier' || node.type === 'field_expression') return true;
  // `shards[i].lock()`: a lock in a Vec or an array.
  if (node.type === 'index_expression') return namesLock(node.namedChildren[0]!);
  if (node.type !== 'call_expression') return false;
  const fn = field(node, 'function');
  if (fn?.type === 'field_expression' && field(fn, 'field')?.text === 'clone') return namesLock(field(fn, 'value')!);
  return /^(std::sync::)?Arc::clone$/.test(fn?.text ?? '');
}
