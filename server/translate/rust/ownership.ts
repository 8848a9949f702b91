import type { Node } from 'web-tree-sitter';
import type { Diagnostic } from '../diagnostics.js';
import { emptyWalkResult, OwnershipWalker, rangeOf, type Rec, type WalkResult } from './ownership-walker.js';
import type { Channel, HandleShape } from './resources.js';

export interface OwnedBinding {
  /** The Rust name. */
  name: string;
  /**
   * The node that declares it: an identifier (let pattern, parameter, closure parameter, for
   * pattern, match arm pattern), a shorthand_field_identifier for `Command::Get { resp, .. }`,
   * or a self_parameter for `self`.
   */
  decl: Node;
  /** handle: a channel endpoint, permit or lock guard with .drop(); container: a Vec, struct, tuple, Option or map holding handles. */
  kind: 'handle' | 'container';
}

export interface Ownership {
  /**
   * Bindings declared directly in this block (block, function body, closure body, async block)
   * that are still owned at its end, in the order Rust drops them (reverse declaration order).
   * Pattern bindings of `if let`, `while let`, `for`, function and closure parameters count as
   * declared in the body block they scope over. A match arm's bindings are keyed on the arm's
   * `value` node (its block, or its expression when it has no block); the match_arm node gives
   * the same answer. A closure or function node gives its body's answer. Empty when the end is
   * unreachable (see dropsOnExit).
   */
  dropsAtEnd(block: Node): OwnedBinding[];
  /**
   * The outer bindings a `move` closure or `async move` block takes and still owns when it ends
   * (on every path: fall-through, return, `?`), so it must drop them then (for spawn: when the
   * task ends). Empty for non-move closures. See capturedBy for every binding taken.
   */
  movedInto(closureOrAsyncBlock: Node): OwnedBinding[];
  /** True for `let _ = <droppable expr>;` and expression statements whose droppable value is discarded at once (e.g. `tx.clone();`). */
  dropsImmediately(statement: Node): boolean;
  /** True for an assignment `x = <expr>` whose left side holds a droppable value that must be dropped before the assignment. */
  dropsBeforeAssign(assignment: Node): boolean;
  /** The binding a use refers to (an identifier node in an expression), when it is a tracked droppable binding. */
  bindingOf(identifier: Node): OwnedBinding | undefined;
  diagnostics: Diagnostic[];

  // Additions to the contract.
  /** Every outer binding a `move` closure or `async move` block takes, in first-mention order. */
  capturedBy(closureOrAsyncBlock: Node): OwnedBinding[];
  /**
   * For a return_expression, break_expression, continue_expression or try_expression (`?`):
   * the bindings owned at that point in the scopes it leaves (innermost first, each scope in
   * reverse declaration order). Captured bindings are not included (see movedInto).
   */
  dropsOnExit(exit: Node): OwnedBinding[];
  /** For an assignment: the bindings whose old value it drops first (several for `(a, b) = ...`). */
  replacedBy(assignment: Node): OwnedBinding[];
  /** For a let_declaration: the `_` pattern nodes whose part of a fresh value is dropped at once (`let (tx, _) = mpsc::channel(1)`). */
  discardedParts(statement: Node): Node[];
  /** For a loop (while, loop, for): the tracked bindings owned just before it starts. */
  ownedBefore(loop: Node): OwnedBinding[];
  /** What a handle binding is: channel flavor, role, and the constructor call it comes from. */
  handleOf(binding: OwnedBinding): HandleShape | undefined;
  /** Every identifier node that refers to the binding (also inside macro token trees). */
  mentionsOf(binding: OwnedBinding): Node[];
  /** The channel constructor calls found, with the bindings that hold their endpoints. */
  channels(): ChannelEndpoints[];
  /** Every while, loop and for expression analysed. */
  loops(): Node[];
  /** Every method call `x.name(..)` analysed with that method name (not those inside macro token trees). */
  methodCalls(name: string): Node[];
}

export interface ChannelEndpoints {
  channel: Channel;
  senders: OwnedBinding[];
  receivers: OwnedBinding[];
}

/**
 * Every droppable value starts from one of these words (a channel constructor, an endpoint,
 * permit or guard type, reserve, lock, subscribe), and every send lint needs `send`: source
 * without any of them needs no walk.
 */
const RESOURCE_HINT = /channel|Sender|Receiver|Permit|Guard|lock|subscribe|reserve|send/;

export function analyzeOwnership(root: Node): Ownership {
  if (!RESOURCE_HINT.test(root.text)) return buildOwnership(emptyWalkResult(), []);
  try {
    const walked = new OwnershipWalker(root).result;
    return buildOwnership(walked, [...walked.undecided]);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return buildOwnership(emptyWalkResult(), [
      {
        severity: 'information',
        code: 'ownership-too-deep',
        range: rangeOf(root),
        message: 'This code nests too deeply to work out where channel endpoints are dropped; no drops are emitted for it.',
      },
    ]);
  }
}

function buildOwnership(walked: WalkResult, diagnostics: Diagnostic[]): Ownership {
  const byNode = new Map<number, OwnedBinding>();
  const recsOf = new Map<OwnedBinding, Rec[]>();
  for (const rec of walked.recs) {
    if (!rec.binding) continue;
    byNode.set(rec.decl.id, rec.binding);
    for (const mention of rec.mentions) byNode.set(mention.id, rec.binding);
    recsOf.set(rec.binding, [...(recsOf.get(rec.binding) ?? []), rec]);
  }
  const handleOf = (binding: OwnedBinding): HandleShape | undefined => {
    const shape = recsOf.get(binding)?.[0]?.shape;
    return shape?.kind === 'handle' ? shape : undefined;
  };
  let channels: ChannelEndpoints[] | undefined;
  return {
    diagnostics,
    dropsAtEnd: (block) => walked.dropsAtEnd.get(block.id) ?? walked.dropsAtEnd.get(bodyOf(block)?.id ?? -1) ?? [],
    movedInto: (closure) => walked.movedInto.get(closure.id) ?? [],
    dropsImmediately: (statement) => walked.dropsImmediately.has(statement.id),
    dropsBeforeAssign: (assignment) => (walked.replacedBy.get(assignment.id)?.length ?? 0) > 0,
    bindingOf: (identifier) => byNode.get(identifier.id),
    capturedBy: (closure) => walked.capturedBy.get(closure.id) ?? [],
    dropsOnExit: (exit) => walked.dropsOnExit.get(exit.id) ?? [],
    replacedBy: (assignment) => walked.replacedBy.get(assignment.id) ?? [],
    discardedParts: (statement) => walked.discardedParts.get(statement.id) ?? [],
    ownedBefore: (loop) => walked.ownedBefore.get(loop.id) ?? [],
    handleOf,
    mentionsOf: (binding) => (recsOf.get(binding) ?? []).flatMap((r) => r.mentions),
    channels: () => (channels ??= channelsOf(recsOf.keys(), handleOf)),
    loops: () => walked.loops,
    methodCalls: (name) => walked.methodCalls.get(name) ?? [],
  };
}

function channelsOf(bindings: Iterable<OwnedBinding>, handleOf: (b: OwnedBinding) => HandleShape | undefined): ChannelEndpoints[] {
  const byChannel = new Map<Channel, ChannelEndpoints>();
  for (const binding of bindings) {
    const shape = handleOf(binding);
    if (!shape?.channel) continue;
    let endpoints = byChannel.get(shape.channel);
    if (!endpoints) byChannel.set(shape.channel, (endpoints = { channel: shape.channel, senders: [], receivers: [] }));
    if (shape.role === 'sender') endpoints.senders.push(binding);
    else if (shape.role === 'receiver') endpoints.receivers.push(binding);
  }
  return [...byChannel.values()];
}

/** The body of a function, closure or async block, whose scope answers for the whole. */
function bodyOf(node: Node): Node | null {
  if (node.type === 'async_block') return node.namedChildren.find((c) => c?.type === 'block') ?? null;
  return node.type === 'function_item' || node.type === 'closure_expression' ? node.childForFieldName('body') : null;
}
