// Where Rust drops channel endpoints, permits, lock guards and the values holding them: one walk
// of the file's bodies (walker.ts), answered by node (the contract is in model.ts).
import type { Diagnostic } from '../../diagnostics.js';
import type { Node } from '../../syntax.js';
import type { ChannelEndpoints, OwnedBinding, Ownership } from './model.js';
import type { Channel, HandleShape } from './resources.js';
import { emptyWalkResult, rangeOf, type Rec, type WalkResult } from './state.js';
import { OwnershipWalker } from './walker.js';

export type { ChannelEndpoints, OwnedBinding, Ownership } from './model.js';

/**
 * Every droppable value starts from one of these words (a channel constructor, an endpoint,
 * permit or guard type, reserve, lock, subscribe, upgrade, an Arc or Rc, a RefCell's borrow), and
 * every send lint needs `send`: source without any of them needs no walk.
 */
const RESOURCE_HINT =
  /channel|Sender|Receiver|Permit|Guard|JoinSet|lock|acquire|read|write|subscribe|reserve|send|upgrade|borrow|\b(Arc|Rc)\b/;

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
        message:
          'This code nests too deeply to work out where channel endpoints are dropped; no drops are emitted for it.',
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

function channelsOf(
  bindings: Iterable<OwnedBinding>,
  handleOf: (b: OwnedBinding) => HandleShape | undefined,
): ChannelEndpoints[] {
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
