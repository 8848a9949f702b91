import type { Diagnostic } from '../diagnostics.js';
import { field, kids, type Node } from '../syntax.js';
import { Flow, join } from './ownership-flow.js';
import { bindPattern, type PatternContext } from './ownership-patterns.js';
import { scanTokens, tokenElements } from './ownership-macros.js';
import type { OwnedBinding } from './ownership.js';
import { container, containerOf, handle, ProgramItems, rawPath, type Shape } from './resources.js';

/** `Arc::new(x)` and `Rc::new(x)`: a shared handle that owns x. */
const SHARED_TYPES_NEW = new Set(['Arc::new', 'Rc::new']);

/*
 * One walk over each function body in evaluation order, carrying which bindings are still
 * owned along the current path (Flow). Branches copy the flow and join it again; loops join
 * their entry, back edges and breaks. Closures and async blocks are walked where they are
 * created, with a flow of their own.
 */

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

interface Scope {
  key: Node;
  names: Map<string, Rec>;
  recs: Rec[];
  body: Body;
  parent: Scope | null;
}

/** A loop, or a labeled block (`'a: { .. break 'a; }`), that `break` can leave. */
interface Loop {
  label: string | null;
  isBlock: boolean;
  outer: Scope | null;
  breaks: Flow<Rec>[];
  continues: Flow<Rec>[];
}

/** A function, closure or async block: it has its own flow and its own exits. */
interface Body {
  isMove: boolean;
  captures: Map<Rec, Rec>;
  flow: Flow<Rec>;
  exits: Flow<Rec>[];
  parent: Body | null;
  outerScope: Scope | null;
  self: string | null;
  loops: Loop[];
}

type Mode = 'move' | 'borrow' | 'place';

interface Value {
  shape: Shape;
  /** An owned value (false for references, fields and places borrowed from elsewhere). */
  owned: boolean;
  /** The binding when the expression names one (a place that a pattern may move out of). */
  place: Rec | null;
}

const NOTHING: Value = { shape: null, owned: true, place: null };
const LEAVES = new Set([
  'string_literal', 'raw_string_literal', 'char_literal', 'integer_literal', 'float_literal', 'boolean_literal',
  'primitive_type', 'type_arguments', 'line_comment', 'block_comment', 'scoped_identifier', 'scoped_type_identifier',
]);
const DIVERGING_MACROS = new Set(['panic', 'unreachable', 'todo', 'unimplemented']);
const UNWRAPPING = new Set(['unwrap', 'expect', 'unwrap_or', 'unwrap_or_else', 'unwrap_or_default', 'unwrap_unchecked']);
const STORING = new Set(['push', 'push_back', 'push_front', 'insert', 'extend', 'append']);
const BORROWED_RESULTS = new Set(['iter', 'iter_mut', 'get', 'get_mut', 'as_ref', 'as_mut', 'borrow', 'first', 'last', 'values', 'keys', 'peek', 'deref']);
const RECEIVING_ITERATORS = new Set(['iter', 'try_iter', 'into_iter']);
const STATEMENT_ITEMS = new Set(['function_item', 'impl_item', 'mod_item', 'trait_item']);

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

export class OwnershipWalker {
  readonly result = emptyWalkResult();
  private readonly items: ProgramItems;
  private readonly reported = new Set<string>();
  /** Names that have held something droppable: a macro mentioning none of them needs no reading. */
  private readonly trackedNames = new Set<string>();
  private body!: Body;
  private scope: Scope | null = null;

  constructor(root: Node) {
    this.items = new ProgramItems(root);
    this.item(root, null);
  }

  // ---- items and bodies

  private item(node: Node, self: string | null): void {
    switch (node.type) {
      case 'function_item':
        this.functionBody(node, self);
        return;
      case 'impl_item':
        for (const f of kids(field(node, 'body'))) this.item(f, rawPath(field(node, 'type')).pop() ?? null);
        return;
      case 'source_file':
      case 'mod_item':
      case 'declaration_list':
      case 'trait_item':
        for (const child of kids(node.type === 'source_file' || node.type === 'declaration_list' ? node : field(node, 'body'))) {
          this.item(child, self);
        }
    }
  }

  private functionBody(fn: Node, self: string | null): void {
    const block = field(fn, 'body');
    if (!block) return;
    const saved = this.saveContext();
    this.body = this.newBody(false, null, null, self);
    this.scope = null;
    this.block(block, 'move', (scope) => {
      for (const param of kids(field(fn, 'parameters'))) this.parameter(param, scope, self);
    });
    this.restoreContext(saved);
  }

  private parameter(param: Node, scope: Scope, self: string | null): void {
    if (param.type === 'self_parameter') {
      const byValue = !param.children.some((c) => c?.type === '&');
      this.declare('self', param, byValue ? this.items.recordShape(self ?? '') : null, byValue, scope);
      return;
    }
    const pattern = param.type === 'parameter' ? field(param, 'pattern') : param;
    const type = param.type === 'parameter' ? field(param, 'type') : null;
    if (!pattern) return;
    const byValue = type !== null && type.type !== 'reference_type';
    this.bindPattern(pattern, this.items.typeShape(type, self), byValue, scope, false, []);
  }

  private newBody(isMove: boolean, parent: Body | null, outerScope: Scope | null, self: string | null): Body {
    return { isMove, captures: new Map(), flow: new Flow(), exits: [], parent, outerScope, self, loops: [] };
  }

  private saveContext(): { body: Body | undefined; scope: Scope | null } {
    return { body: this.body as Body | undefined, scope: this.scope };
  }

  private restoreContext(saved: { body: Body | undefined; scope: Scope | null }): void {
    if (saved.body) this.body = saved.body;
    this.scope = saved.scope;
  }

  /** A closure or async block, walked where it is created. */
  private closure(node: Node): Value {
    const isMove = node.children.some((c) => c?.type === 'move');
    const bodyNode = node.type === 'async_block' ? kids(node).find((c) => c.type === 'block') ?? null : field(node, 'body');
    if (!bodyNode) return NOTHING;
    const saved = this.saveContext();
    const body = this.newBody(isMove, this.body, this.scope, this.body.self);
    this.body = body;
    const params = node.type === 'closure_expression' ? kids(field(node, 'parameters')) : [];
    this.scoped(bodyNode, 'move', (scope) => {
      for (const param of params) this.parameter(param, scope, body.self);
    });
    const end = join([body.flow, ...body.exits]);
    const taken: OwnedBinding[] = [];
    for (const captured of body.captures.values()) {
      // A task that never ends normally still drops what it took when it is aborted or the runtime stops.
      const state = end.states.get(captured) ?? 'owned';
      if (state === 'owned') taken.push(captured.binding!);
      else if (state === 'maybe') this.undecided(captured);
    }
    this.result.movedInto.set(node.id, taken);
    this.result.capturedBy.set(node.id, [...body.captures.values()].map((r) => r.binding!));
    this.restoreContext(saved);
    return NOTHING;
  }

  // ---- scopes and bindings

  /** A block, or an expression that is a scope of its own (an arm's value, a closure's body). */
  private scoped(node: Node, mode: Mode, prebind: (scope: Scope) => void): Value {
    if (node.type === 'block') return this.block(node, mode, prebind);
    const scope = this.openScope(node);
    prebind(scope);
    const value = this.expr(node, mode);
    this.closeScope(scope);
    return value;
  }

  private openScope(key: Node): Scope {
    const scope: Scope = { key, names: new Map(), recs: [], body: this.body, parent: this.scope };
    this.scope = scope;
    return scope;
  }

  private closeScope(scope: Scope): void {
    const drops: OwnedBinding[] = [];
    for (const rec of [...scope.recs].reverse()) {
      const state = this.body.flow.get(rec);
      if (rec.binding === null || state === undefined) continue;
      if (state === 'owned') drops.push(rec.binding);
      else if (state === 'maybe') this.undecided(rec);
    }
    this.result.dropsAtEnd.set(scope.key.id, drops);
    for (const rec of scope.recs) this.body.flow.states.delete(rec);
    this.scope = scope.parent;
  }

  private declare(name: string, decl: Node, shape: Shape, byValue: boolean, scope: Scope): Rec {
    const owned = byValue ? shape : null;
    const rec: Rec = { name, decl, binding: null, shape: owned, byValue, scope, moves: [], mentions: [] };
    if (owned !== null) {
      rec.binding = { name, decl, kind: owned.kind };
      this.trackedNames.add(name);
    }
    scope.names.set(name, rec);
    scope.recs.push(rec);
    this.result.recs.push(rec);
    this.body.flow.set(rec, 'owned');
    return rec;
  }

  /** The binding a name refers to here; a `move` closure takes outer droppable bindings it names. */
  private resolve(name: string, site: Node): Rec | undefined {
    const rec = this.lookup(name, this.scope, this.body, site);
    if (rec) rec.mentions.push(site);
    return rec;
  }

  private lookup(name: string, from: Scope | null, body: Body, site: Node): Rec | undefined {
    for (let s = from; s && s.body === body; s = s.parent) {
      const rec = s.names.get(name);
      if (rec) return rec;
    }
    if (!body.parent) return undefined;
    const outer = this.lookup(name, body.outerScope, body.parent, site);
    if (!outer || outer.binding === null || !body.isMove) return outer;
    let captured = body.captures.get(outer);
    if (!captured) {
      const top = this.topScopeOf(body);
      captured = { ...outer, scope: top, moves: [], mentions: [] };
      body.captures.set(outer, captured);
      this.result.recs.push(captured);
      body.flow.set(captured, 'owned');
      this.moveRec(outer, site);
    }
    return captured;
  }

  private topScopeOf(body: Body): Scope {
    let top: Scope | null = null;
    for (let s = this.scope; s; s = s.parent) if (s.body === body) top = s;
    return top!;
  }

  private moveRec(rec: Rec, site: Node): void {
    const flow = rec.scope.body.flow;
    if (flow.get(rec) === undefined) return;
    flow.set(rec, 'moved');
    if (rec.binding !== null) rec.moves.push(site);
  }

  private undecided(rec: Rec): void {
    for (const site of rec.moves) {
      const key = `${rec.decl.id}:${site.id}`;
      if (this.reported.has(key)) continue;
      this.reported.add(key);
      this.result.undecided.push({
        severity: 'information',
        code: 'ownership-undecided',
        range: rangeOf(site),
        message:
          `\`${rec.name}\` is moved here on some paths only (in one branch, or inside a loop), so whether it is ` +
          'still alive at the end of its scope cannot be decided statically. The translation treats it as moved ' +
          'and does not drop it there: a channel it keeps open may stay open (and a receiver keep waiting) ' +
          'where Rust would have closed it.',
      });
    }
  }

  /** Binds the names of a pattern in `scope`; returns whether it takes (moves) any part of the value. */
  private bindPattern(pattern: Node, shape: Shape, byValue: boolean, scope: Scope, fresh: boolean, discarded: Node[]): boolean {
    const context: PatternContext = {
      items: this.items,
      self: this.body.self,
      fresh,
      discarded,
      declare: (name, decl, part, owned) => void this.declare(name, decl, part, owned, scope),
    };
    return bindPattern(pattern, shape, byValue, context);
  }

  // ---- statements

  private block(block: Node, mode: Mode, prebind?: (scope: Scope) => void): Value {
    const children = kids(block);
    const labelNode = children[0]?.type === 'label' ? children[0] : undefined;
    const labeled: Loop | null = labelNode ? { label: labelText(labelNode), isBlock: true, outer: this.scope, breaks: [], continues: [] } : null;
    if (labeled) this.body.loops.push(labeled);
    const scope = this.openScope(block);
    prebind?.(scope);
    let tail: Value = NOTHING;
    for (const child of children) {
      tail = NOTHING;
      if (child.type === 'let_declaration') this.letDeclaration(child);
      else if (child.type === 'expression_statement') this.expressionStatement(child);
      else if (STATEMENT_ITEMS.has(child.type)) this.item(child, this.body.self);
      else if (child.type !== 'label' && !child.type.endsWith('_item') && child.type !== 'use_declaration') tail = this.expr(child, mode);
    }
    this.closeScope(scope);
    if (labeled) {
      this.body.loops.pop();
      this.body.flow = join([this.body.flow, ...labeled.breaks]);
    }
    return tail;
  }

  private expressionStatement(statement: Node): void {
    const inner = kids(statement)[0];
    if (!inner) return;
    const value = this.expr(inner, 'move');
    if (value.shape !== null && value.owned) this.result.dropsImmediately.add(statement.id);
  }

  private letDeclaration(statement: Node): void {
    const pattern = field(statement, 'pattern');
    const valueNode = field(statement, 'value');
    const type = field(statement, 'type');
    const alternative = field(statement, 'alternative');
    const value = valueNode ? this.expr(valueNode, 'place') : null;
    if (alternative) {
      const before = this.body.flow;
      this.body.flow = before.copy();
      this.block(alternative, 'move');
      this.body.flow = join([before, this.body.flow]);
    }
    if (!pattern) return;
    const typeShape = this.items.typeShape(type, this.body.self);
    const shape = type?.type === 'reference_type' ? null : value?.shape ?? typeShape;
    const byValue = type ? type.type !== 'reference_type' : value?.owned ?? true;
    const discarded: Node[] = [];
    const took = this.bindPattern(pattern, shape, byValue, this.scope!, value !== null && value.place === null, discarded);
    if (value?.place && took) this.moveRec(value.place, valueNode!);
    if (!valueNode) for (const rec of this.scope!.recs.filter((r) => r.decl.startIndex >= pattern.startIndex)) this.body.flow.set(rec, 'moved');
    if (pattern.type === '_' && value && value.shape !== null && value.place === null && value.owned) {
      this.result.dropsImmediately.add(statement.id);
    }
    if (discarded.length > 0) this.result.discardedParts.set(statement.id, discarded);
  }

  private assignment(node: Node): Value {
    const left = field(node, 'left');
    const right = field(node, 'right');
    const value = right ? this.expr(right, 'move') : NOTHING;
    const targets = left?.type === 'identifier' ? [left] : left?.type === 'tuple_expression' ? kids(left) : [];
    const replaced: OwnedBinding[] = [];
    targets.forEach((target, i) => {
      if (target.type !== 'identifier') return void this.expr(target, 'borrow');
      const rec = this.resolve(target.text, target);
      if (!rec) return;
      const flow = rec.scope.body.flow;
      const state = flow.get(rec);
      if (state === 'owned' && rec.binding) replaced.push(rec.binding);
      if (state === 'maybe' && rec.binding) this.undecided(rec);
      const part = left?.type === 'tuple_expression' ? (value.shape?.kind === 'container' ? value.shape.parts?.[i] ?? null : null) : value.shape;
      if (!rec.binding && part !== null && value.owned) this.upgrade(rec, part);
      else if (rec.shape?.kind === 'handle' && (part?.kind !== 'handle' || part.channel !== rec.shape.channel)) {
        // From here on it may hold an endpoint of another channel.
        rec.shape = { ...rec.shape, channel: null };
      }
      flow.set(rec, 'owned');
    });
    if (targets.length === 0 && left) this.expr(left, 'borrow');
    if (replaced.length > 0) this.result.replacedBy.set(node.id, replaced);
    return NOTHING;
  }

  /** A binding first holding nothing droppable starts holding something (`v.push(tx)`, `x = tx`). */
  private upgrade(rec: Rec, shape: NonNullable<Shape>): void {
    rec.shape = shape;
    rec.byValue = true;
    rec.binding = { name: rec.name, decl: rec.decl, kind: shape.kind };
    this.trackedNames.add(rec.name);
  }

  // ---- control flow

  private ifExpression(node: Node, mode: Mode): Value {
    const condition = field(node, 'condition');
    const consequence = field(node, 'consequence');
    const alternative = field(node, 'alternative');
    const lets = condition ? this.conditionLets(condition) : [];
    const base = this.body.flow;
    this.body.flow = base.copy();
    const then = consequence ? this.scoped(consequence, mode, (scope) => this.bindLets(lets, scope)) : NOTHING;
    const afterThen = this.body.flow;
    this.body.flow = base.copy();
    const otherwise = alternative ? this.expr(kids(alternative)[0] ?? alternative, mode) : NOTHING;
    this.body.flow = join([afterThen, this.body.flow]);
    return { shape: then.shape ?? otherwise.shape, owned: true, place: null };
  }

  /** Evaluates the values of `let` conditions (if let, while let, let chains) before the branch. */
  private conditionLets(condition: Node): { pattern: Node; value: Value; valueNode: Node }[] {
    const parts = condition.type === 'let_chain' ? kids(condition) : [condition];
    const lets: { pattern: Node; value: Value; valueNode: Node }[] = [];
    for (const part of parts) {
      const pattern = field(part, 'pattern');
      const valueNode = field(part, 'value');
      if (part.type === 'let_condition' && pattern && valueNode) lets.push({ pattern, value: this.expr(valueNode, 'place'), valueNode });
      else this.expr(part, 'borrow');
    }
    return lets;
  }

  private bindLets(lets: { pattern: Node; value: Value; valueNode: Node }[], scope: Scope): void {
    for (const { pattern, value, valueNode } of lets) {
      const took = this.bindPattern(pattern, value.shape, value.owned, scope, false, []);
      if (took && value.place) this.moveRec(value.place, valueNode);
    }
  }

  private matchExpression(node: Node, mode: Mode): Value {
    const scrutinee = field(node, 'value');
    const value = scrutinee ? this.expr(scrutinee, 'place') : NOTHING;
    const base = this.body.flow;
    const ends: Flow<Rec>[] = [];
    let shape: Shape = null;
    for (const arm of kids(field(node, 'body'))) {
      const armValue = field(arm, 'value');
      const pattern = field(arm, 'pattern');
      if (arm.type !== 'match_arm' || !armValue) continue;
      this.body.flow = base.copy();
      const result = this.scoped(armValue, mode, (scope) => {
        const took = pattern ? this.bindPattern(pattern, value.shape, value.owned, scope, false, []) : false;
        if (took && value.place && scrutinee) this.moveRec(value.place, scrutinee);
        const guard = pattern ? field(pattern, 'condition') : null;
        if (guard) this.expr(guard, 'borrow');
      });
      this.result.dropsAtEnd.set(arm.id, this.result.dropsAtEnd.get(armValue.id) ?? []);
      shape = shape ?? result.shape;
      ends.push(this.body.flow);
    }
    this.body.flow = ends.length > 0 ? join(ends) : base;
    return { shape, owned: true, place: null };
  }

  private loopExpression(node: Node): Value {
    const loop = this.enterLoop(node);
    const bodyNode = field(node, 'body');
    const entry = this.body.flow;
    let iterations: Flow<Rec>[] = [entry];
    if (node.type === 'loop_expression') {
      iterations = [];
      this.body.flow = entry.copy();
      if (bodyNode) this.block(bodyNode, 'borrow');
    } else if (node.type === 'while_expression') {
      const condition = field(node, 'condition');
      const lets = condition ? this.conditionLets(condition) : [];
      iterations = [this.body.flow];
      this.body.flow = this.body.flow.copy();
      if (bodyNode) this.block(bodyNode, 'borrow', (scope) => this.bindLets(lets, scope));
      iterations.push(this.body.flow);
    } else {
      const value = this.forValue(field(node, 'value'));
      const pattern = field(node, 'pattern');
      iterations = [this.body.flow];
      this.body.flow = this.body.flow.copy();
      if (bodyNode) {
        this.block(bodyNode, 'borrow', (scope) => {
          if (pattern) this.bindPattern(pattern, value.shape, value.owned, scope, false, []);
        });
      }
      iterations.push(this.body.flow);
    }
    this.body.loops.pop();
    this.body.flow = join([...iterations, ...loop.continues, ...loop.breaks]);
    return NOTHING;
  }

  private enterLoop(node: Node): Loop {
    const labelNode = kids(node).find((c) => c.type === 'label');
    const loop: Loop = { label: labelText(labelNode), isBlock: false, outer: this.scope, breaks: [], continues: [] };
    this.result.ownedBefore.set(node.id, this.ownedNow());
    this.result.loops.push(node);
    this.body.loops.push(loop);
    return loop;
  }

  /**
   * What `for pattern in value` binds: received values for receivers, the container's elements
   * otherwise. A binding iterated by value (`for x in rx`, `for s in senders.into_iter()`) goes
   * into the loop's iterator, which Rust drops when the loop ends; it stays listed as owned here,
   * so it is dropped with its scope instead: a little later, but never left undropped.
   */
  private forValue(valueNode: Node | null): Value {
    if (!valueNode) return NOTHING;
    const iterated = valueNode.type === 'call_expression' ? field(valueNode, 'function') : null;
    const method = iterated?.type === 'field_expression' ? field(iterated, 'field')?.text ?? '' : '';
    const target = iterated && RECEIVING_ITERATORS.has(method) ? field(iterated, 'value') : valueNode;
    const value = target?.type === 'identifier' ? this.expr(target, 'borrow') : this.expr(valueNode, 'move');
    const shape = value.shape;
    if (shape?.kind === 'handle' && shape.role === 'receiver') return { shape: shape.element, owned: true, place: null };
    if (shape?.kind === 'container') return { shape: shape.inner, owned: value.owned && method !== 'iter', place: null };
    return { shape: null, owned: value.owned && !BORROWED_RESULTS.has(method), place: null };
  }

  private ownedNow(): OwnedBinding[] {
    const owned: OwnedBinding[] = [];
    for (const [rec, state] of this.body.flow.states) if (state === 'owned' && rec.binding) owned.push(rec.binding);
    return owned;
  }

  // ---- exits

  /** Records what an exit drops; returns the flow it carries out, without the bindings of the scopes it leaves. */
  private exitTo(node: Node, target: Scope | null): Flow<Rec> {
    const drops: OwnedBinding[] = [];
    const carried = this.body.flow.copy();
    for (let s: Scope | null = this.scope; s && s !== target && s.body === this.body; s = s.parent) {
      for (const rec of [...s.recs].reverse()) {
        if (rec.binding && this.body.flow.get(rec) === 'owned') drops.push(rec.binding);
        carried.states.delete(rec);
      }
    }
    this.result.dropsOnExit.set(node.id, drops);
    return carried;
  }

  private leaveBody(node: Node): void {
    this.body.exits.push(this.exitTo(node, null));
  }

  private targetLoop(label: string | null): Loop | undefined {
    const loops = this.body.loops;
    for (let i = loops.length - 1; i >= 0; i--) {
      if (label === null ? !loops[i]!.isBlock : loops[i]!.label === label) return loops[i];
    }
    return undefined;
  }

  /** Records a jump; returns false when it has no target here (invalid Rust): the path then goes on. */
  private jump(node: Node, kind: 'break' | 'continue', label: string | null): boolean {
    const loop = this.targetLoop(label);
    if (!loop) return false;
    (kind === 'break' ? loop.breaks : loop.continues).push(this.exitTo(node, loop.outer));
    return true;
  }

  private jumpExpression(node: Node): Value {
    const value = kids(node).find((c) => c.type !== 'label');
    if (value) this.expr(value, 'move');
    const label = labelText(kids(node).find((c) => c.type === 'label'));
    if (node.type === 'return_expression') this.leaveBody(node);
    else if (!this.jump(node, node.type === 'break_expression' ? 'break' : 'continue', label)) return NOTHING;
    this.body.flow.dead = true;
    return NOTHING;
  }

  // ---- expressions

  private expr(node: Node, mode: Mode): Value {
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
        const output = value.shape?.kind === 'handle' && value.shape.role === 'receiver' ? containerOf(value.shape.element) : value.shape;
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
    if (callee && callee.type !== 'identifier' && callee.type !== 'scoped_identifier' && callee.type !== 'generic_function') {
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
    if (name === 'Box' || (path[path.length - 2] === 'Box' && name === 'new')) return { shape: first, owned: true, place: null };
    if (SHARED_TYPES_NEW.has(path.slice(-2).join('::'))) return { shape: handle('shared', 'shared'), owned: true, place: null };
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
    switch (method) {
      case 'clone':
        return result(shape, receiver.owned || shape !== null);
      case 'subscribe':
        return result(handleShape?.flavor === 'broadcast' ? handle('broadcast', 'receiver', handleShape.channel, handleShape.element) : null);
      case 'recv':
      case 'try_recv':
      case 'blocking_recv':
      case 'recv_timeout':
        return result(containerOf(handleShape?.element ?? null));
      case 'reserve':
      case 'try_reserve':
      case 'reserve_owned':
      case 'try_reserve_owned':
        return result(handleShape?.role === 'sender' ? containerOf(handle('permit', 'permit', handleShape.channel)) : null);
      case 'lock':
      case 'try_lock': {
        // A mutex named by a binding or a field (not `io::stdout().lock()`); tokio's lock is awaited, the rest give a Result.
        if (receiverNode?.type !== 'identifier' && receiverNode?.type !== 'field_expression') return result(null);
        const guard = handle('guard', 'guard');
        return result(node.parent?.type === 'await_expression' ? guard : containerOf(guard));
      }
      case 'take':
      case 'into_iter':
      case 'drain':
        return result(shape);
    }
    if (UNWRAPPING.has(method)) return result(shape?.kind === 'container' ? shape.inner : null, receiver.owned);
    if (BORROWED_RESULTS.has(method)) return result(null, false);
    return result(this.items.methodShape(method));
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
    const typeName = path.length > 1 ? `${path[path.length - 2] === 'Self' ? this.body.self : path[path.length - 2]}::${path[path.length - 1]}` : path[0] === 'Self' ? this.body.self ?? '' : path[0] ?? '';
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
        }
        else for (const token of element) if (token.type === 'token_tree') this.tokens(token);
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
        if (rec && (event.moved || (event.method !== null && consumes(event.method, rec.shape)))) this.moveRec(rec, event.node);
      } else if (event.kind === 'break' || event.kind === 'continue') {
        this.jump(event.node, event.kind, event.label);
      } else {
        this.leaveBody(event.node);
      }
    }
  }
}

function labelText(label: Node | undefined): string | null {
  return label ? label.text.replace(/^'/, '') : null;
}

/** Methods taking self: unwrapping, `into_*`, and `send` on a oneshot sender or a permit. */
function consumes(method: string, shape: Shape): boolean {
  if (UNWRAPPING.has(method) || method.startsWith('into_') || method === 'unwrap_err') return true;
  return method === 'send' && shape?.kind === 'handle' && (shape.flavor === 'oneshot' || shape.flavor === 'permit');
}

export function rangeOf(node: Node): Diagnostic['range'] {
  return {
    start: { line: node.startPosition.row, column: node.startPosition.column },
    end: { line: node.endPosition.row, column: node.endPosition.column },
  };
}
