// Bindings, scopes and exits of the ownership walk: declaring a name, resolving a use (a `move`
// closure takes what it names), moving, and what leaving a scope, loop or body drops.
import type { Node } from '../../syntax.js';
import { Flow } from './flow.js';
import type { OwnedBinding } from './model.js';
import { bindPattern, type PatternContext } from './patterns.js';
import { ProgramItems, type Shape } from './resources.js';
import { emptyWalkResult, rangeOf, type Body, type Loop, type Rec, type Scope } from './state.js';

export abstract class OwnershipScopes {
  readonly result = emptyWalkResult();
  protected readonly items: ProgramItems;
  private readonly reported = new Set<string>();
  /** Names that have held something droppable: a macro mentioning none of them needs no reading. */
  protected readonly trackedNames = new Set<string>();
  protected body!: Body;
  protected scope: Scope | null = null;

  constructor(root: Node) {
    this.items = new ProgramItems(root);
  }

  protected newBody(isMove: boolean, parent: Body | null, outerScope: Scope | null, self: string | null): Body {
    return { isMove, captures: new Map(), flow: new Flow(), exits: [], parent, outerScope, self, loops: [] };
  }

  protected saveContext(): { body: Body | undefined; scope: Scope | null } {
    return { body: this.body as Body | undefined, scope: this.scope };
  }

  protected restoreContext(saved: { body: Body | undefined; scope: Scope | null }): void {
    if (saved.body) this.body = saved.body;
    this.scope = saved.scope;
  }

  protected openScope(key: Node): Scope {
    const scope: Scope = { key, names: new Map(), recs: [], body: this.body, parent: this.scope };
    this.scope = scope;
    return scope;
  }

  protected closeScope(scope: Scope): void {
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

  protected declare(name: string, decl: Node, shape: Shape, byValue: boolean, scope: Scope): Rec {
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
  protected resolve(name: string, site: Node): Rec | undefined {
    const rec = this.lookup(name, this.scope, this.body, site);
    if (rec) rec.mentions.push(site);
    return rec;
  }

  protected lookup(name: string, from: Scope | null, body: Body, site: Node): Rec | undefined {
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

  protected topScopeOf(body: Body): Scope {
    let top: Scope | null = null;
    for (let s = this.scope; s; s = s.parent) if (s.body === body) top = s;
    return top!;
  }

  protected moveRec(rec: Rec, site: Node): void {
    const flow = rec.scope.body.flow;
    if (flow.get(rec) === undefined) return;
    flow.set(rec, 'moved');
    if (rec.binding !== null) rec.moves.push(site);
  }

  protected undecided(rec: Rec): void {
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
  protected bindPattern(
    pattern: Node,
    shape: Shape,
    byValue: boolean,
    scope: Scope,
    fresh: boolean,
    discarded: Node[],
  ): boolean {
    const context: PatternContext = {
      items: this.items,
      self: this.body.self,
      fresh,
      discarded,
      declare: (name, decl, part, owned) => void this.declare(name, decl, part, owned, scope),
    };
    return bindPattern(pattern, shape, byValue, context);
  }

  /** A binding first holding nothing droppable starts holding something (`v.push(tx)`, `x = tx`). */
  protected upgrade(rec: Rec, shape: NonNullable<Shape>): void {
    rec.shape = shape;
    rec.byValue = true;
    rec.binding = { name: rec.name, decl: rec.decl, kind: shape.kind };
    this.trackedNames.add(rec.name);
  }

  protected ownedNow(): OwnedBinding[] {
    const owned: OwnedBinding[] = [];
    for (const [rec, state] of this.body.flow.states) if (state === 'owned' && rec.binding) owned.push(rec.binding);
    return owned;
  }

  // ---- exits

  /** Records what an exit drops; returns the flow it carries out, without the bindings of the scopes it leaves. */
  protected exitTo(node: Node, target: Scope | null): Flow<Rec> {
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

  protected leaveBody(node: Node): void {
    this.body.exits.push(this.exitTo(node, null));
  }

  protected targetLoop(label: string | null): Loop | undefined {
    const loops = this.body.loops;
    for (let i = loops.length - 1; i >= 0; i--) {
      if (label === null ? !loops[i]!.isBlock : loops[i]!.label === label) return loops[i];
    }
    return undefined;
  }

  /** Records a jump; returns false when it has no target here (invalid Rust): the path then goes on. */
  protected jump(node: Node, kind: 'break' | 'continue', label: string | null): boolean {
    const loop = this.targetLoop(label);
    if (!loop) return false;
    (kind === 'break' ? loop.breaks : loop.continues).push(this.exitTo(node, loop.outer));
    return true;
  }
}
