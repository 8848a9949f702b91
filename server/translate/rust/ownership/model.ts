// What the ownership analysis answers, by node: which bindings a block, closure or exit drops,
// and what each droppable binding is.
import type { Diagnostic } from '../../diagnostics.js';
import type { Node } from '../../syntax.js';
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
