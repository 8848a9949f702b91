// Items, bodies, statements and control flow of the ownership walk.
import { field, kids, type Node } from '../../syntax.js';
import { Flow, join } from './flow.js';
import type { OwnedBinding } from './model.js';
import { rawPath, type Shape } from './resources.js';
import { OwnershipScopes } from './scopes.js';
import {
  BORROWED_RESULTS,
  labelText,
  NOTHING,
  type Loop,
  type Mode,
  type Rec,
  type Scope,
  type Value,
} from './state.js';

const RECEIVING_ITERATORS = new Set(['iter', 'try_iter', 'into_iter']);
const STATEMENT_ITEMS = new Set(['function_item', 'impl_item', 'mod_item', 'trait_item']);

/*
 * One walk over each function body in evaluation order, carrying which bindings are still
 * owned along the current path (Flow). Branches copy the flow and join it again; loops join
 * their entry, back edges and breaks. Closures and async blocks are walked where they are
 * created, with a flow of their own.
 */

export abstract class ControlFlowWalker extends OwnershipScopes {
  protected abstract expr(node: Node, mode: Mode): Value;

  // ---- items and bodies

  protected item(node: Node, self: string | null): void {
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
        for (const child of kids(
          node.type === 'source_file' || node.type === 'declaration_list' ? node : field(node, 'body'),
        )) {
          this.item(child, self);
        }
    }
  }

  protected functionBody(fn: Node, self: string | null): void {
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

  protected parameter(param: Node, scope: Scope, self: string | null): void {
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

  /** A closure or async block, walked where it is created. */
  protected closure(node: Node): Value {
    const isMove = node.children.some((c) => c?.type === 'move');
    const bodyNode =
      node.type === 'async_block' ? (kids(node).find((c) => c.type === 'block') ?? null) : field(node, 'body');
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
    this.result.capturedBy.set(
      node.id,
      [...body.captures.values()].map((r) => r.binding!),
    );
    this.restoreContext(saved);
    return NOTHING;
  }

  /** A block, or an expression that is a scope of its own (an arm's value, a closure's body). */
  protected scoped(node: Node, mode: Mode, prebind: (scope: Scope) => void): Value {
    if (node.type === 'block') return this.block(node, mode, prebind);
    const scope = this.openScope(node);
    prebind(scope);
    const value = this.expr(node, mode);
    this.closeScope(scope);
    return value;
  }

  // ---- statements

  protected block(block: Node, mode: Mode, prebind?: (scope: Scope) => void): Value {
    const children = kids(block);
    const labelNode = children[0]?.type === 'label' ? children[0] : undefined;
    const labeled: Loop | null = labelNode
      ? { label: labelText(labelNode), isBlock: true, outer: this.scope, breaks: [], continues: [] }
      : null;
    if (labeled) this.body.loops.push(labeled);
    const scope = this.openScope(block);
    prebind?.(scope);
    let tail: Value = NOTHING;
    for (const child of children) {
      tail = NOTHING;
      if (child.type === 'let_declaration') this.letDeclaration(child);
      else if (child.type === 'expression_statement') this.expressionStatement(child);
      else if (STATEMENT_ITEMS.has(child.type)) this.item(child, this.body.self);
      else if (child.type !== 'label' && !child.type.endsWith('_item') && child.type !== 'use_declaration')
        tail = this.expr(child, mode);
    }
    this.closeScope(scope);
    if (labeled) {
      this.body.loops.pop();
      this.body.flow = join([this.body.flow, ...labeled.breaks]);
    }
    return tail;
  }

  protected expressionStatement(statement: Node): void {
    const inner = kids(statement)[0];
    if (!inner) return;
    const value = this.expr(inner, 'move');
    if (value.shape !== null && value.owned) this.result.dropsImmediately.add(statement.id);
  }

  protected letDeclaration(statement: Node): void {
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
    const shape = type?.type === 'reference_type' ? null : (value?.shape ?? typeShape);
    const byValue = type ? type.type !== 'reference_type' : (value?.owned ?? true);
    const discarded: Node[] = [];
    const took = this.bindPattern(
      pattern,
      shape,
      byValue,
      this.scope!,
      value !== null && value.place === null,
      discarded,
    );
    if (value?.place && took) this.moveRec(value.place, valueNode!);
    if (!valueNode)
      for (const rec of this.scope!.recs.filter((r) => r.decl.startIndex >= pattern.startIndex))
        this.body.flow.set(rec, 'moved');
    if (pattern.type === '_' && value && value.shape !== null && value.place === null && value.owned) {
      this.result.dropsImmediately.add(statement.id);
    }
    if (discarded.length > 0) this.result.discardedParts.set(statement.id, discarded);
  }

  protected assignment(node: Node): Value {
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
      const part =
        left?.type === 'tuple_expression'
          ? value.shape?.kind === 'container'
            ? (value.shape.parts?.[i] ?? null)
            : null
          : value.shape;
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

  // ---- control flow

  protected ifExpression(node: Node, mode: Mode): Value {
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
  protected conditionLets(condition: Node): { pattern: Node; value: Value; valueNode: Node }[] {
    const parts = condition.type === 'let_chain' ? kids(condition) : [condition];
    const lets: { pattern: Node; value: Value; valueNode: Node }[] = [];
    for (const part of parts) {
      const pattern = field(part, 'pattern');
      const valueNode = field(part, 'value');
      if (part.type === 'let_condition' && pattern && valueNode)
        lets.push({ pattern, value: this.expr(valueNode, 'place'), valueNode });
      else this.expr(part, 'borrow');
    }
    return lets;
  }

  protected bindLets(lets: { pattern: Node; value: Value; valueNode: Node }[], scope: Scope): void {
    for (const { pattern, value, valueNode } of lets) {
      const took = this.bindPattern(pattern, value.shape, value.owned, scope, false, []);
      if (took && value.place) this.moveRec(value.place, valueNode);
    }
  }

  protected matchExpression(node: Node, mode: Mode): Value {
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

  protected loopExpression(node: Node): Value {
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

  protected enterLoop(node: Node): Loop {
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
  protected forValue(valueNode: Node | null): Value {
    if (!valueNode) return NOTHING;
    const iterated = valueNode.type === 'call_expression' ? field(valueNode, 'function') : null;
    const method = iterated?.type === 'field_expression' ? (field(iterated, 'field')?.text ?? '') : '';
    const target = iterated && RECEIVING_ITERATORS.has(method) ? field(iterated, 'value') : valueNode;
    const value = target?.type === 'identifier' ? this.expr(target, 'borrow') : this.expr(valueNode, 'move');
    const shape = value.shape;
    if (shape?.kind === 'handle' && shape.role === 'receiver')
      return { shape: shape.element, owned: true, place: null };
    if (shape?.kind === 'container')
      return { shape: shape.inner, owned: value.owned && method !== 'iter', place: null };
    return { shape: null, owned: value.owned && !BORROWED_RESULTS.has(method), place: null };
  }

  protected jumpExpression(node: Node): Value {
    const value = kids(node).find((c) => c.type !== 'label');
    if (value) this.expr(value, 'move');
    const label = labelText(kids(node).find((c) => c.type === 'label'));
    if (node.type === 'return_expression') this.leaveBody(node);
    else if (!this.jump(node, node.type === 'break_expression' ? 'break' : 'continue', label)) return NOTHING;
    this.body.flow.dead = true;
    return NOTHING;
  }
}
