// Package initialization, as Go orders it:
//   package-level var and const declarations  -> first, in dependency order (a variable after those
//                                                its value reads, also through the functions it calls)
//   var names = map[int]string{...}            -> let names = new Map(...);     (at load)
//   var tick = time.Tick(d)  (a call that needs -> let tick: Chan<time.Time>;
//   the running program: a timer, a goroutine,    function initPackage(): void { tick = time.tick(d); init(); init2(); }
//   a blocking function)                          runMain(main, { init: initPackage });
//   func init() { } (any number of them)      -> called in order by initPackage, before main
import { block, ifAsync, ts, type Code } from '../emit/code.js';
import { field, fields, kids, operatorOf, walk, type Node } from '../syntax.js';
import type { GoContext } from './context.js';
import { ownSyntaxError } from './syntax-errors.js';

/** The call-graph key of the package's initialization (no Go function can have this name). */
export const PACKAGE_INIT_KEY = 'package initialization';

/** A package-level declaration that initialization orders: a var spec, or a whole const declaration (its specs share iota). */
export interface Unit {
  node: Node;
  names: string[];
  /** Package-level names its value reads, directly or through the package's functions. */
  reads: Set<string>;
  /** Whether its value needs the running program, so is computed in the initialization function. */
  dynamic: boolean;
}

/** Packages whose calls start timers or goroutines: their values exist only while the program runs. */
const RUNNING_PACKAGES = new Set(['time', 'context']);

/** The package-level var and const declarations, in the order Go initializes them. */
export function initializationOrder(cx: GoContext, root: Node): Unit[] {
  const units = packageUnits(root);
  const declared = new Set(units.flatMap((u) => u.names).filter((n) => n !== '_'));
  const functionReads = readsOfFunctions(root);
  for (const u of units) u.reads = readsThrough(namesIn(u.node), functionReads, declared);
  const ordered = dependencyOrder(units);
  const dynamicNames = new Set<string>();
  for (const u of ordered) {
    u.dynamic =
      u.node.type === 'var_spec' && (needsRunningProgram(cx, u.node) || [...u.reads].some((n) => dynamicNames.has(n)));
    if (u.dynamic) u.names.forEach((n) => dynamicNames.add(n));
  }
  return ordered;
}

function packageUnits(root: Node): Unit[] {
  const units: Unit[] = [];
  const add = (node: Node, specs: Node[]) =>
    units.push({ node, names: specs.flatMap(declaredNames), reads: new Set(), dynamic: false });
  // A declaration with a syntax error is a placeholder where it stands (source-file.ts).
  for (const node of kids(root).filter((n) => !ownSyntaxError(n))) {
    if (node.type === 'const_declaration') add(node, kids(node));
    else if (node.type === 'var_declaration')
      for (const spec of kids(node).flatMap((s) => (s.type === 'var_spec_list' ? kids(s) : [s])))
        if (spec.type === 'var_spec') add(spec, [spec]);
  }
  return units;
}

function declaredNames(spec: Node): string[] {
  return fields(spec, 'name').map((n) => n.text);
}

/** Every identifier a subtree mentions (a local that shadows a package name counts too: at worst it orders needlessly). */
function namesIn(node: Node): Set<string> {
  const out = new Set<string>();
  walk(node, (n) => {
    if (n.type === 'identifier') out.add(n.text);
  });
  return out;
}

/**
 * The identifiers a package-level function's body mentions, by function name (undefined: no
 * such function). A body is read only when an initialization reaches its function.
 */
function readsOfFunctions(root: Node): (name: string) => Set<string> | undefined {
  const bodies = new Map<string, Node[]>();
  for (const node of kids(root))
    if (node.type === 'function_declaration') {
      const name = field(node, 'name')?.text ?? '';
      const body = field(node, 'body');
      bodies.set(name, [...(bodies.get(name) ?? []), ...(body ? [body] : [])]);
    }
  const reads = new Map<string, Set<string>>();
  return (name) => {
    let names = reads.get(name);
    const of = bodies.get(name);
    if (names === undefined && of !== undefined) {
      names = new Set(of.flatMap((body) => [...namesIn(body)]));
      reads.set(name, names);
    }
    return names;
  };
}

/** The package-level names reachable from `direct`: named there, or in a function reached from there. */
function readsThrough(
  direct: Set<string>,
  functionReads: (name: string) => Set<string> | undefined,
  declared: Set<string>,
): Set<string> {
  const reads = new Set<string>();
  const seenFunctions = new Set<string>();
  const pending = [...direct];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (declared.has(name)) reads.add(name);
    const body = functionReads(name);
    if (body && !seenFunctions.has(name)) {
      seenFunctions.add(name);
      pending.push(...body);
    }
  }
  return reads;
}

/** Go's order: again and again, the first declaration whose reads are all initialized (source order where a cycle leaves no choice). */
function dependencyOrder(units: Unit[]): Unit[] {
  const done = new Set<string>();
  const left = [...units];
  const ordered: Unit[] = [];
  while (left.length > 0) {
    const ready = left.findIndex((u) => [...u.reads].every((n) => done.has(n) || u.names.includes(n)));
    const [next] = left.splice(Math.max(ready, 0), 1);
    next!.names.forEach((n) => done.add(n));
    ordered.push(next!);
  }
  return ordered;
}

/** Whether a var's value calls something that needs the running program: the program's own functions and methods, timers, receives. */
function needsRunningProgram(cx: GoContext, spec: Node): boolean {
  let found = false;
  for (const value of kids(field(spec, 'value')))
    walk(value, (n) => {
      if (n.type === 'unary_expression' && operatorOf(n) === '<-') found = true;
      if (n.type === 'call_expression') found ||= callNeedsRunningProgram(cx, field(n, 'function'));
      return !found;
    });
  return found;
}

function callNeedsRunningProgram(cx: GoContext, callee: Node | null): boolean {
  if (callee === null) return false;
  // Builtins and conversions (`len(x)`, `int(x)`, `(*T)(x)`) compute a value; the program's functions may do anything.
  if (callee.type === 'identifier') return cx.decls.functions.has(callee.text);
  if (callee.type === 'parenthesized_expression') return false;
  // A function literal called on the spot, a method, a function value returned by a call.
  if (callee.type !== 'selector_expression') return true;
  const operand = field(callee, 'operand');
  if (!operand || !cx.isPackage(operand)) return true;
  return RUNNING_PACKAGES.has(cx.decls.imports.get(operand.text) ?? '');
}

/** `function initPackage() { ... }`, which runs before main; null when the package needs none. */
export function initFunction(cx: GoContext): { name: string; code: Code } | null {
  const { fn, statements } = cx.packageInit;
  if (statements.length === 0) return null;
  cx.callGraph.set(PACKAGE_INIT_KEY, { awaits: fn.awaits, calls: fn.calls });
  const name = cx.freshName('initPackage');
  const result = ifAsync([PACKAGE_INIT_KEY], ': Promise<void>', ': void', true);
  return { name, code: ts`${ifAsync([PACKAGE_INIT_KEY], 'async ')}function ${name}()${result} ${block(statements)}` };
}
