import { Code, join, ts } from '../emit/code.js';
import { field, type Node } from '../syntax.js';
import { decodeRustString } from './literals.js';
import type { RustContext, Typed } from './context.js';
import { formatDebugValue, genericFields } from './debug.js';
import { isIdentifier, safeName } from './names.js';
import { isNamed, STRING } from './types.js';
import { deref, enumMethodName } from './values.js';

interface Placeholder {
  argument: number | string;
  debug: boolean;
}

/**
 * The arguments of the runtime's `format`/`println` for a Rust format macro: the template,
 * the positional values and the named ones (explicit `name = value` and names captured from
 * scope by `{name}`), each wrapped for Debug where a `{:?}` prints it.
 */
export function formatArguments(cx: RustContext, args: Node[], macro: Node, suffix = '', prefix = ''): Code {
  const templateNode = args[0];
  if (!templateNode || (templateNode.type !== 'string_literal' && templateNode.type !== 'raw_string_literal')) {
    if (!templateNode) return ts`${JSON.stringify(prefix + suffix)}`;
    cx.reportUnsupported(macro, 'a format template that is not a string literal');
    return ts`${JSON.stringify(prefix + suffix)}`;
  }
  const template = prefix + decodeRustString(templateNode.text) + suffix;
  const placeholders = scanPlaceholders(template);
  const positional: Node[] = [];
  const explicit = new Map<string, Node>();
  for (const arg of args.slice(1)) {
    if (arg.type === 'assignment_expression' && field(arg, 'left')?.type === 'identifier')
      explicit.set(field(arg, 'left')!.text, field(arg, 'right')!);
    else positional.push(arg);
  }
  const debugged = (key: number | string) => placeholders.some((p) => p.argument === key && p.debug);
  const values = positional.map((node, i) => wrap(cx, cx.expr(node), debugged(i)));
  const namedEntries: Code[] = [];
  const names = new Set([
    ...placeholders.map((p) => p.argument).filter((a): a is string => typeof a === 'string'),
    ...explicit.keys(),
  ]);
  for (const name of names) {
    // `{5*}`: not a name, so not a format string Rust compiles.
    if (!isIdentifier(name)) {
      namedEntries.push(ts`${JSON.stringify(name)}: ${cx.unsupported(macro, `format placeholder {${name}}`).code}`);
      continue;
    }
    const node = explicit.get(name);
    const value = node ? cx.expr(node) : capture(cx, name);
    namedEntries.push(ts`${name}: ${wrap(cx, value, debugged(name))}`);
  }
  const parts: Code[] = [ts`${JSON.stringify(template)}`];
  if (values.length || namedEntries.length) parts.push(ts`[${join(values, ', ')}]`);
  if (namedEntries.length) parts.push(ts`{ ${join(namedEntries, ', ')} }`);
  return join(parts, ', ');
}

function capture(cx: RustContext, name: string): Typed {
  const local = cx.scope.lookup(name);
  return local
    ? { code: ts`${local.tsName}`, type: local.type }
    : { code: ts`${safeName(name)}`, type: { kind: 'unknown' } };
}

/** `self.0.fmt(f)`, `fmt::Display::fmt(&self.0, f)` in a user's fmt: the value formatted with f's flags. */
export function formatThrough(cx: RustContext, value: Typed, trait: 'Display' | 'Debug', formatter: Code): Typed {
  cx.use('rs');
  return { code: ts`rs.formatThrough(${wrap(cx, value, trait === 'Debug')}, '${trait}', ${formatter})`, type: STRING };
}

function wrap(cx: RustContext, given: Typed, debug: boolean): Code {
  // A RefCell's `Ref` prints as the value it borrows.
  const value = isNamed(given.type, 'rs.CellRef', 'rs.CellRefMut') ? deref(given) : given;
  // A `()` local prints as `()`, even one an async block ending without a value gave (undefined here).
  if (value.type.kind === 'unit' && /^[\w$]+$/.test(value.code.toString())) return ts`null`;
  if (debug) return formatDebugValue(cx, value);
  // An f64 prints as a float: `-0.0` is `-0` (an integer never is), `{:.2}` keeps its digits even
  // for a whole number, and where 64-bit integers are bigints a number past 2^53 is a float.
  if (value.type.kind === 'float') {
    cx.use('f64');
    return ts`f64(${value.code})`;
  }
  return displayValue(cx, value);
}

/** Display of an enum with `impl Display`: its fmt function (enum values are plain objects). */
function displayValue(cx: RustContext, value: Typed): Code {
  // `Vec2<f64>` with `impl<T: Display> Display`: its f64 fields print as floats.
  const struct = value.type.kind === 'named' ? cx.items.structs.get(value.type.name) : undefined;
  if (struct && value.type.kind === 'named' && value.type.args.length && cx.items.displays.has(struct.name)) {
    const floats = genericFields(struct, value.type.args)
      .filter((f, i) => f.type.kind === 'float' && struct.fields[i]?.type.kind !== 'float')
      .map((f) => `'${f.name}'`);
    if (floats.length) {
      cx.use('rs');
      return ts`rs.floatFields(${value.code}, [${floats.join(', ')}])`;
    }
  }
  if (value.type.kind === 'named' && cx.items.enums.has(value.type.name) && cx.items.displays.has(value.type.name)) {
    return ts`${enumMethodName(value.type.name, 'fmt')}(${value.code})`;
  }
  return value.code;
}

/** Which argument each `{...}` takes and whether it prints with Debug. */
function scanPlaceholders(template: string): Placeholder[] {
  const out: Placeholder[] = [];
  let next = 0;
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === '{' && template[i + 1] === '{') {
      i++;
      continue;
    }
    if (c !== '{') continue;
    const close = template.indexOf('}', i);
    if (close < 0) break;
    const body = template.slice(i + 1, close);
    const [head = '', spec = ''] = body.split(/:(.*)/s);
    const argument = head === '' ? next++ : /^\d+$/.test(head) ? Number(head) : head.trim();
    out.push({ argument, debug: spec.includes('?') });
    for (const m of spec.matchAll(/([A-Za-z_]\w*)\$/g)) out.push({ argument: m[1]!, debug: false });
    i = close;
  }
  return out;
}
