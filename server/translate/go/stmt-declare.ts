// Declarations of variables and constants:
//   x := v              -> const x = v;          (let x = v; when x is assigned again; v.clone() for a struct)
//   a, b := f()         -> const [a, b] = f();   (a, err := g() with err declared: let a; [a, err] = g();)
//   var x int           -> let x: number = 0;    var m map[K]V -> let m: Map<K, V> | null = null;
//   var x T = v         -> let x: T = v;         (const, as for :=, when x is never assigned again)
//   const ( A = iota; B ) -> const A = 0; const B = 1;
//   *p := v, "s" := v   -> a panic when reached  (Go declares names only)
import { ts, typeOnly, type Code } from '../emit/code.js';
import { abbreviate, field, fields, kids, type Node } from '../syntax.js';
import type { GoContext } from './context.js';
import { parseType } from './declarations.js';
import { isName } from './expr-names-literals.js';
import { multiValue } from './multi-value.js';
import { assignmentPattern } from './stmt-assign.js';
import { evaluated } from './stmt-simple.js';
import { defaultType, INT, resolve, tsType, tsTypeOrNull, UNKNOWN, type GoType } from './types.js';
import { copyIfStruct, zeroFor } from './values.js';

export function shortVarDeclaration(cx: GoContext, node: Node): Code[] {
  const left = kids(field(node, 'left'));
  const rightNodes = kids(field(node, 'right'));
  const nonName = left.find((n) => !isName(n));
  if (nonName)
    return [cx.unsupportedStatement(nonName, `${abbreviate(nonName.text)} on the left of := (Go declares names only)`)];
  if (left.length === 1 && rightNodes.length === 1) {
    const value = cx.with({ nameHint: left[0]!.text }, () => cx.expr(rightNodes[0]!));
    return [
      declareOne(cx, left[0]!.text, defaultType(value.type), copyIfStruct(cx, value.code, value.type, rightNodes[0]!)),
    ];
  }
  const values = multiValue(cx, rightNodes, left.length);
  const existing = left.filter((n) => n.text !== '_' && cx.scope.declaresHere(n.text));
  const newNames = left.filter((n) => n.text !== '_' && !cx.scope.declaresHere(n.text));
  const out: Code[] = [];
  if (existing.length > 0 || newNames.length === 0) {
    for (const [i, n] of left.entries()) {
      if (n.text !== '_' && !cx.scope.declaresHere(n.text)) {
        const b = cx.scope.declare(n.text, defaultType(values.types[i] ?? UNKNOWN));
        out.push(ts`let ${b.tsName}${typeOnly(`: ${tsTypeOrNull(b.type)}`)};`);
      }
    }
    out.push(ts`[${assignmentPattern(cx, left)!}] = ${values.code};`);
    return out;
  }
  const mutable = left.some((n) => cx.fn?.reassigned.has(n.text));
  const names = left.map((n, i) =>
    n.text === '_' ? '' : cx.scope.declare(n.text, defaultType(values.types[i] ?? UNKNOWN)).tsName,
  );
  return [ts`${mutable ? 'let' : 'const'} [${names.join(', ')}] = ${values.code};`];
}

function declareOne(cx: GoContext, name: string, type: GoType, value: Code): Code {
  if (name === '_') return evaluated(value);
  const keyword = letOrConst(cx, name);
  const b = cx.scope.declare(name, type);
  const nullable = cx.fn?.nilAssigned.has(name) ?? false;
  const annotation =
    keyword === 'let' && needsAnnotation(type) ? typeOnly(`: ${nullable ? tsTypeOrNull(type) : tsType(type)}`) : '';
  return ts`${keyword} ${b.tsName}${annotation} = ${value};`;
}

export function varDeclaration(cx: GoContext, node: Node): Code[] {
  return kids(node)
    .flatMap((spec) => (spec.type === 'var_spec_list' ? kids(spec) : [spec]))
    .flatMap((spec) => varSpec(cx, spec));
}

function varSpec(cx: GoContext, spec: Node): Code[] {
  const names = fields(spec, 'name');
  const typeNode = field(spec, 'type');
  const declared = typeNode ? parseType(typeNode) : null;
  const values = kids(field(spec, 'value'));
  if (values.length === 0) {
    return names.map((n) => {
      const type = declared ?? UNKNOWN;
      const b = cx.scope.declare(n.text, type);
      b.maybeNil = resolve(type, cx.decls).kind === 'map';
      const nullable = b.maybeNil || cx.nilAssigned.has(n.text);
      return ts`${letOrConst(cx, n.text)} ${b.tsName}${typeOnly(`: ${nullable ? tsTypeOrNull(type) : tsType(type)}`)} = ${zeroFor(cx, type, nullable)};`;
    });
  }
  if (names.length === values.length) {
    return names.map((n, i) => {
      const valueNode = values[i]!;
      const v = declared ? null : cx.with({ nameHint: n.text }, () => cx.expr(valueNode));
      const type = declared ?? defaultType(v!.type);
      const value = declared
        ? cx.with({ nameHint: n.text }, () => cx.value(valueNode, declared))
        : copyIfStruct(cx, v!.code, v!.type, valueNode);
      const b = cx.scope.declare(n.text, type);
      if (n.text === '_') return evaluated(value);
      return ts`${letOrConst(cx, n.text)} ${b.tsName}${typeOnly(`: ${tsTypeOrNull(type)}`)} = ${value};`;
    });
  }
  const mv = multiValue(cx, values, names.length);
  const bound = names.map((n, i) =>
    n.text === '_' ? '' : cx.scope.declare(n.text, declared ?? defaultType(mv.types[i] ?? UNKNOWN)).tsName,
  );
  return [
    ts`${names.some((n) => letOrConst(cx, n.text) === 'let') ? 'let' : 'const'} [${bound.join(', ')}] = ${mv.code};`,
  ];
}

export function constDeclaration(cx: GoContext, node: Node): Code[] {
  const out: Code[] = [];
  let lastValues: Node[] = [];
  let lastType: Node | null = null;
  cx.iota = 0;
  for (const spec of kids(node)) {
    if (spec.type !== 'const_spec') continue;
    const names = fields(spec, 'name');
    const values = kids(field(spec, 'value'));
    if (values.length > 0) {
      lastValues = values;
      lastType = field(spec, 'type');
    }
    names.forEach((n, i) => {
      // A spec without values repeats the last one's, with the next iota.
      const valueNode = lastValues[i];
      const v = valueNode ? cx.expr(valueNode) : { code: ts`${String(cx.iota)}`, type: INT };
      const type = lastType ? parseType(lastType) : v.type;
      const b = cx.scope.declare(n.text, type);
      if (n.text !== '_') out.push(ts`const ${b.tsName} = ${v.code};`);
    });
    cx.iota++;
  }
  return out;
}

/** Package-level names and names assigned again later are `let`; the rest `const`. */
function letOrConst(cx: GoContext, name: string): 'let' | 'const' {
  return cx.fn === null || cx.fn.reassigned.has(name) ? 'let' : 'const';
}

/** `let x = 0` needs no annotation; `let p = null` does, or TypeScript would narrow it to null. */
function needsAnnotation(t: GoType): boolean {
  return (
    t.kind !== 'unknown' &&
    t.kind !== 'basic' &&
    t.kind !== 'untyped' &&
    !(t.kind === 'named' && t.name === 'time.Duration')
  );
}
