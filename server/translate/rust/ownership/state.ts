// The state of the ownership walk: what a binding, a scope, a loop and a body (function,
// closure, async block) record as the walk goes, and what it produces.
import type { Diagnostic } from '../../diagnostics.js';
import type { Node } from '../../syntax.js';
import type { Flow } from './flow.js';
import type { OwnedBinding } from './model.js';
import type { Shape } from './resources.js';

/** A name declared in a scope; `binding` is set when its value holds something droppable. */
export interface Rec {
  name: string;
  decl: Node;
  binding: OwnedBinding | null;
  shape: Shape;
  /** Whether it owns its value (false for references and untyped closure parameters). */
  byValue: boolean;
  scope: Scope;
  moves: Node[];
  mentions: Node[];
}

export interface Scope {
  key: Node;
  names: Map<string, Rec>;
  recs: Rec[];
  body: Body;
  parent: Scope | null;
}

/** A loop, or a labeled block (`'a: { .. break 'a; }`), that `break` can leave. */
export interface Loop {
  label: string | null;
  isBlock: boolean;
  outer: Scope | null;
  breaks: Flow<Rec>[];
  continues: Flow<Rec>[];
}

/** A function, closure or async block: it has its own flow and its own exits. */
export interface Body {
  isMove: boolean;
  captures: Map<Rec, Rec>;
  flow: Flow<Rec>;
  exits: Flow<Rec>[];
  parent: Body | null;
  outerScope: Scope | null;
  self: string | null;
  loops: Loop[];
}

export type Mode = 'move' | 'borrow' | 'place';

export interface Value {
  shape: Shape;
  /** An owned value (false for references, fields and places borrowed from elsewhere). */
  owned: boolean;
  /** The binding when the expression names one (a place that a pattern may move out of). */
  place: Rec | null;
}

export const NOTHING: Value = { shape: null, owned: true, place: null };

/** Methods whose result borrows from the receiver. */
export const BORROWED_RESULTS = new Set([
  'iter',
  'iter_mut',
  'get',
  'get_mut',
  'as_ref',
  'as_mut',
  'borrow',
  'first',
  'last',
  'values',
  'keys',
  'peek',
  'deref',
]);

export interface WalkResult {
  recs: Rec[];
  dropsAtEnd: Map<number, OwnedBinding[]>;
  movedInto: Map<number, OwnedBinding[]>;
  capturedBy: Map<number, OwnedBinding[]>;
  dropsOnExit: Map<number, OwnedBinding[]>;
  dropsImmediately: Set<number>;
  replacedBy: Map<number, OwnedBinding[]>;
  discardedParts: Map<number, Node[]>;
  ownedBefore: Map<number, OwnedBinding[]>;
  /** Every loop walked, and every method call by method name (for the lints: no second walk of the tree). */
  loops: Node[];
  methodCalls: Map<string, Node[]>;
  undecided: Diagnostic[];
}

export function emptyWalkResult(): WalkResult {
  return {
    recs: [],
    dropsAtEnd: new Map(),
    movedInto: new Map(),
    capturedBy: new Map(),
    dropsOnExit: new Map(),
    dropsImmediately: new Set(),
    replacedBy: new Map(),
    discardedParts: new Map(),
    ownedBefore: new Map(),
    loops: [],
    methodCalls: new Map(),
    undecided: [],
  };
}

export function labelText(label: Node | undefined): string | null {
  return label ? label.text.replace(/^'/, '') : null;
}

export function rangeOf(node: Node): Diagnostic['range'] {
  return {
    start: { line: node.startPosition.row, column: node.startPosition.column },
    end: { line: node.endPosition.row, column: node.endPosition.column },
  };
}
