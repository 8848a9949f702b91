// Declaring Rust bindings in the current scope, and dropping them: the bookkeeping that lets,
// parameters, patterns and blocks share. Nothing here translates an expression.
//   let (tx, _) = mpsc::channel::<u32>(1);
//   -> const [tx, discarded1] = mpsc.channel<number>(1);
//      discarded1.drop();
import { block, Code, ts, typeOnly } from '../emit/code.js';
import type { PatternBinding, RustContext, Typed } from './context.js';
import { field, type Node } from '../syntax.js';
import { patternParts, valuesOf, writesThrough } from './facts.js';
import type { Local } from './scope.js';
import type { OwnedBinding } from './ownership/index.js';
import { UNKNOWN, type RustType } from './types.js';
import { hasDropImpl, isAssignable, isHandle, isRef, isWidened, writtenType } from './values.js';

/** A binding pattern (`x`, `mut x`, `(a, b)`, `_`) declared in the current scope, as TypeScript. */
export function bindPattern(cx: RustContext, pattern: Node, type: RustType): string {
  // A pattern that does not parse binds nothing (its syntax error is reported).
  if (pattern.hasError) return cx.scope.discard();
  switch (pattern.type) {
    case 'identifier': {
      const local = cx.scope.declare(pattern.text, type);
      cx.declNames.set(pattern.id, local.tsName);
      return local.tsName;
    }
    case 'mut_pattern':
    case 'ref_pattern':
      return bindPattern(
        cx,
        valuesOf(pattern).find((k) => k.type !== 'mutable_specifier')!,
        type,
      );
    case 'reference_pattern':
      return bindPattern(cx, valuesOf(pattern)[0]!, type);
    case 'tuple_pattern': {
      const items = type.kind === 'tuple' ? type.items : [];
      const parts = patternParts(pattern).map((k, i) => {
        // `()` binds nothing, as `_` does (JavaScript cannot destructure the null it is).
        if (k.text !== '_' && !/^\(\s*\)$/.test(k.text)) return bindPattern(cx, k, items[i] ?? UNKNOWN);
        if (!isHandle(items[i])) return '';
        // `let (tx, _) = channel()`: the `_` part is dropped at once, as in Rust.
        const discarded = cx.temp('discarded');
        cx.post.push(ts`${discarded}.drop();`);
        return discarded;
      });
      return `[${parts.join(', ')}]`;
    }
    case '_':
      return cx.scope.discard();
    case 'tuple_struct_pattern': {
      const fields = tupleStructFields(cx, pattern, type);
      if (!fields) break;
      const parts = patternParts(pattern).slice(1);
      const bound = parts.map((k, i) => `${fields[i]!.name}: ${bindPattern(cx, k, fields[i]!.type)}`);
      return `{ ${bound.join(', ')} }`;
    }
  }
  if (pattern.text !== '_') cx.reportUnsupported(pattern, `a binding by ${pattern.type.replace(/_/g, ' ')}`);
  return cx.scope.discard();
}

/**
 * What `let Reverse(d) = ..` or `let Meters(m) = ..` takes apart: the runtime Reverse's value, or
 * the program's tuple struct's numbered fields; null for another pattern or too many parts.
 */
function tupleStructFields(cx: RustContext, pattern: Node, type: RustType): { name: string; type: RustType }[] | null {
  const name = field(pattern, 'type')?.text.split('::').pop() ?? '';
  const count = patternParts(pattern).length - 1;
  if (name === 'Reverse' && count === 1)
    return [{ name: 'value', type: type.kind === 'named' ? (type.args[0] ?? UNKNOWN) : UNKNOWN }];
  const struct = cx.items.structs.get(name);
  if (!struct || struct.fields.length < count || !struct.fields.every((f, i) => f.name === String(i))) return null;
  return struct.fields.slice(0, count);
}

/**
 * `const v = subject.value;` for what a pattern binds; `let` for a `mut` binding, which the code
 * reassigns; nothing for a binding written through (`*ticks += 1`), which is its place itself.
 */
export function bindingDeclaration(cx: RustContext, b: PatternBinding, value: Code | string = b.accessor): Code {
  const place = ts`${b.accessor}`;
  if (value === b.accessor && isAssignable(place) && writesThrough(b.name, b.node, b.type.kind === 'string')) {
    declareBinding(cx, b).place = { get: place, set: (v: Code) => ts`${place} = ${v}` };
    return new Code();
  }
  return ts`${b.node.parent?.type === 'mut_pattern' ? 'let' : 'const'} ${declareBinding(cx, b).tsName} = ${value};`;
}

export function declareBinding(cx: RustContext, b: PatternBinding): Local {
  const local = cx.scope.declare(b.name, b.type);
  cx.declNames.set(b.node.id, local.tsName);
  return local;
}

/** A local holding a Ref: reading and writing it go through `.value`. */
export function refPlace(cx: RustContext, name: string): void {
  const local = cx.scope.lookup(name);
  if (!local || !isRef(local.type)) return;
  const tsName = local.tsName;
  local.place = { get: ts`${tsName}.value`, set: (v: Code) => ts`${tsName}.value = ${v}` };
  local.type = (local.type as { args: RustType[] }).args[0] ?? UNKNOWN;
}

/** A name for a value that patterns test several times: itself if it is a plain name, else a hoisted temporary. */
export function subjectFor(cx: RustContext, value: Typed): { name: string } {
  return { name: evaluatedOnce(cx, value, 'value').code.toString() };
}

/** A value read more than once but computed once, as Rust does: a name or a literal as it is, else a hoisted temporary. */
export function evaluatedOnce(cx: RustContext, value: Typed, base: string): Typed {
  const text = value.code.toString();
  const plainName = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(text);
  const literal = /^(-?\d[\w.]*|"([^"\\]|\\.)*"|'([^'\\]|\\.)*')$/.test(text);
  if (plainName || literal) return value;
  const name = cx.temp(base);
  // `match (self, ev)`: TypeScript widens a tuple or enum literal, the patterns need its parts' types.
  const written = /^[[{]/.test(text) && isWidened(value.type, cx.items) ? writtenType(cx, value.type) : null;
  const shown = written ? typeOnly(`: ${written}`) : '';
  cx.hoist(ts`const ${name}${shown} = ${value.code};`);
  return { code: ts`${name}`, type: value.type };
}

function dropCode(cx: RustContext, binding: OwnedBinding, maybeUnset = false): Code | null {
  const name = cx.declNames.get(binding.decl.id) ?? cx.scope.lookup(binding.name)?.tsName;
  if (!name) return null;
  if (cx.ownership.handleOf(binding)?.role === 'shared') {
    cx.use('rs');
    return ts`rs.arcDrop(${name});`;
  }
  if (binding.kind === 'handle') return ts`${name}${maybeUnset ? '?' : ''}.drop();`;
  // `impl Drop for Pool`: its drop may block (join the workers), so it is awaited where it is async.
  const type = cx.scope.lookup(binding.name)?.type;
  if (type?.kind === 'named' && hasDropImpl(cx.items, type.name))
    return ts`${cx.callsFunction(`${type.name}.drop`)}${name}${maybeUnset ? '?' : ''}.drop();`;
  cx.use('rs');
  return ts`rs.drop(${name});`;
}

/** Drops of bindings, for those that have a name here. */
export function dropsOf(cx: RustContext, bindings: OwnedBinding[], maybeUnset = false): Code[] {
  return bindings.map((b) => dropCode(cx, b, maybeUnset)).filter((c): c is Code => c !== null);
}

/**
 * Statements of an `async move` block that drops or moves into a local of its own something it
 * took (`drop(guard)`, `let _keep = guard`): a future dropped before that point (a lost select!
 * branch) still drops it, as Rust drops the captures an unfinished future holds.
 */
export function droppedIfCancelled(cx: RustContext, asyncBlock: Node, statements: Code[]): Code[] {
  const owned = new Set(cx.ownership.movedInto(asyncBlock));
  const held = cx.ownership
    .capturedBy(asyncBlock)
    .filter((b) => !owned.has(b) && dropsItself(cx, b) && staysInside(cx, b, asyncBlock))
    .map((b) => cx.declNames.get(b.decl.id) ?? cx.scope.lookup(b.name)?.tsName)
    .filter((name): name is string => !!name);
  if (held.length === 0) return statements;
  cx.use('rs');
  return [
    ts`try ${block(statements)} catch (error) ${block([ts`rs.dropIfCancelled(error, ${held.join(', ')});`, ts`throw error;`])}`,
  ];
}

/** A handle, or a value of a type with `impl Drop`: dropping it does something the program sees. */
function dropsItself(cx: RustContext, binding: OwnedBinding): boolean {
  if (binding.kind === 'handle') return cx.ownership.handleOf(binding)?.role !== 'shared';
  const type = cx.scope.lookup(binding.name)?.type;
  return type?.kind === 'named' && hasDropImpl(cx.items, type.name);
}

/** Whether every use of a binding inside `scope` borrows it, drops it, or moves it into a local there. */
function staysInside(cx: RustContext, binding: OwnedBinding, scope: Node): boolean {
  return cx.ownership
    .mentionsOf(binding)
    .filter((m) => m.startIndex >= scope.startIndex && m.endIndex <= scope.endIndex)
    .every((m) => {
      const parent = m.parent;
      if (!parent) return false;
      if (['field_expression', 'reference_expression', 'token_tree', 'let_declaration'].includes(parent.type))
        return true;
      const call = parent.type === 'arguments' ? parent.parent : null;
      return (
        call?.type === 'call_expression' &&
        /^(std::mem::|mem::)?drop$/.test(call.childForFieldName('function')?.text ?? '')
      );
    });
}

/** Statements of a task or closure that owns `owned`: they are dropped when it ends, however it ends. */
export function ownedBy(cx: RustContext, owned: OwnedBinding[], statements: Code[]): Code[] {
  const drops = dropsOf(cx, owned);
  if (drops.length === 0) return statements;
  return [ts`try ${block(statements)} finally ${block(drops)}`];
}
