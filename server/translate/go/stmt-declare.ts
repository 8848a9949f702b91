// Declarations of variables and constants:
//   x := v              -> const x = v;          (let x = v; when x is assigned again; v.clone() for a struct)
//   a, b := f()         -> const [a, b] = f();   (a, err := g() with err declared: let a; [a, err] = g();)
//   var x int           -> let x: number = 0;    var m map[K]V -> let m: Map<K, V> | null = null;
//   var x T = v         -> let x: T = v;         (const, as for :=, when x is never assigned again)
//   const ( A = iota; B ) -> const A = 0; const B = 1;
//   *p := v, "s" := v   -> a panic when reached  (Go declares names only)
import { ts, typeOnly, type Code } from '../emit/code.js';
import { abbreviate, field, fields, kids, operatorOf, statementsOf, walk, type Node } from '../syntax.js';
import { asBig, bigIntType, isBig, isConstantForBig } from './big-integers.js';
import { exactValue } from './constants.js';
import { literalKey, type GoContext, type Typed } from './context.js';
import type { Binding } from './scope.js';
import { parseType } from './declarations.js';
import { isName } from './expr-names-literals.js';
import { multiValue } from './multi-value.js';
import { assignmentPattern } from './stmt-assign.js';
import { evaluated } from './stmt-simple.js';
import { defaultType, INT, isNilable, resolve, tsType, tsTypeOrNull, UNKNOWN, type GoType } from './types.js';
import { paramSlot, variableSlot } from './nil-slots.js';
import { copyIfStruct, nilableType, storeNil, zeroFor } from './values.js';

export function shortVarDeclaration(cx: GoContext, node: Node): Code[] {
  const left = kids(field(node, 'left'));
  const rightNodes = kids(field(node, 'right'));
  const nonName = left.find((n) => !isName(n));
  if (nonName)
    return [cx.unsupportedStatement(nonName, `${abbreviate(nonName.text)} on the left of := (Go declares names only)`)];
  if (left.length === 1 && rightNodes.length === 1) {
    const value = heldValue(
      cx,
      rightNodes[0]!,
      cx.with({ nameHint: left[0]!.text }, () => cx.expr(rightNodes[0]!)),
    );
    return [
      declareOne(
        cx,
        left[0]!,
        defaultType(value.type),
        { ...value, code: copyIfStruct(cx, value.code, value.type, rightNodes[0]!) },
        rightNodes,
      ),
    ];
  }
  const values = multiValue(cx, rightNodes, left.length);
  const existing = left.filter((n) => n.text !== '_' && cx.scope.declaresHere(n.text));
  const newNames = left.filter((n) => n.text !== '_' && !cx.scope.declaresHere(n.text));
  const out: Code[] = [];
  if (existing.length > 0 || newNames.length === 0) {
    for (const [i, n] of left.entries()) {
      if (n.text !== '_' && !cx.scope.declaresHere(n.text)) {
        const b = declareVariable(cx, n.text, defaultType(values.types[i] ?? UNKNOWN), rightNodes);
        b.maybeNil = nilableType(cx, b.type);
        out.push(ts`let ${b.tsName}${typeOnly(`: ${tsTypeOrNull(b.type, cx.decls)}`)};`);
      }
    }
    storeNils(cx, left, values.maybeNil);
    out.push(ts`[${assignmentPattern(cx, left)!}] = ${values.code};`);
    return out;
  }
  const mutable = left.some((n) => cx.fn?.reassigned.has(n.text));
  const bindings = left.map((n, i) => {
    if (n.text === '_') return null;
    const b = declareVariable(cx, n.text, defaultType(values.types[i] ?? UNKNOWN), rightNodes);
    b.slot = variableSlot(n.id);
    b.maybeNil = nilableType(cx, b.type) && (values.maybeNil[i] || (mutable && cx.decls.nil.holds(b.slot)));
    return b;
  });
  // Variables given nil later than here: the pattern says their types (`let [p, err]: [Node | null, GoError | null]`).
  const widened = mutable && bindings.some((b) => b?.maybeNil && b.slot && cx.decls.nil.holds(b.slot));
  const annotation = widened
    ? typeOnly(
        `: [${values.types.map((t, i) => (bindings[i]?.maybeNil ? tsTypeOrNull(t, cx.decls) : tsType(t, cx.decls))).join(', ')}]`,
      )
    : '';
  const names = bindings.map((b) => b?.tsName ?? '');
  return [ts`${mutable ? 'let' : 'const'} [${names.join(', ')}]${annotation} = ${values.code};`];
}

/** Names given values that may be nil: their variables admit null (nil-slots.ts). */
function storeNils(cx: GoContext, targets: Node[], maybeNil: boolean[]): void {
  targets.forEach((t, i) => {
    const b = t.type === 'identifier' ? cx.scope.lookup(t.text) : null;
    if (b?.slot && maybeNil[i]) storeNil(cx, b.slot, b.type);
  });
}

/**
 * `x := v`: a constant TypeScript types by v (`T | null` where v may be nil), or a variable
 * whose type admits null where v may be nil or the program gives it nil later (nil-slots.ts).
 */
function declareOne(cx: GoContext, nameNode: Node, type: GoType, value: Typed, valueNodes: Node[]): Code {
  const name = nameNode.text;
  if (name === '_') return evaluated(value.code);
  const keyword = letOrConst(cx, name);
  const b = declareVariable(cx, name, type, valueNodes);
  b.slot = variableSlot(nameNode.id);
  b.looseType = value.looseType;
  if (valueNodes.length === 1 && valueNodes[0]!.type === 'func_literal') b.functionKey = literalKey(valueNodes[0]!);
  const later = keyword === 'let' && (cx.decls.nil.holds(b.slot) || (cx.fn?.nilAssigned.has(name) ?? false));
  // A value of a type the translator does not know (a runtime function's result) keeps its own say.
  b.maybeNil =
    (value.maybeNil === true && type.kind === 'unknown') ||
    (nilableType(cx, type) && (value.maybeNil === true || later));
  const annotation =
    keyword === 'let' && needsAnnotation(type)
      ? typeOnly(`: ${variableType(cx, b, type)}`)
      : keyword === 'const'
        ? widened(cx, name, type)
        : '';
  return ts`${keyword} ${b.tsName}${annotation} = ${value.code};`;
}

export function varDeclaration(cx: GoContext, node: Node): Code[] {
  return kids(node)
    .flatMap((spec) => (spec.type === 'var_spec_list' ? kids(spec) : [spec]))
    .flatMap((spec) => varSpec(cx, spec));
}

export function varSpec(cx: GoContext, spec: Node): Code[] {
  const names = fields(spec, 'name');
  const typeNode = field(spec, 'type');
  const declared = typeNode ? parseType(typeNode) : null;
  const values = kids(field(spec, 'value'));
  if (values.length === 0) {
    return names.map((n) => {
      const type = declared ?? UNKNOWN;
      const b = cx.scope.declare(n.text, type);
      // Its zero value: nil for a pointer, channel, map, function or interface.
      b.slot = variableSlot(n.id);
      b.maybeNil = nilableType(cx, type);
      const annotation = variableType(cx, b, type);
      // Set by `case errors.As(err, &x):`, which TypeScript does not see: not narrowed to null here.
      if (b.maybeNil && cx.facts.assignedInCases.has(n.text))
        return ts`let ${b.tsName} = ${zeroFor(cx, type)}${typeOnly(` as ${annotation}`)};`;
      // `var v T` (T any) given a value on every path before it is read: no zero value needed,
      // and TypeScript checks that it is assigned first.
      const unknownZero = type.kind === 'named' && cx.decls.typeParameterZero(type.name) === 'null';
      if (unknownZero && assignedBeforeRead(n.text, laterStatements(spec)))
        return ts`let ${b.tsName}${typeOnly(`: ${annotation}`)};`;
      return ts`${letOrConst(cx, n.text)} ${b.tsName}${typeOnly(`: ${annotation}`)} = ${zeroFor(cx, type)};`;
    });
  }
  if (names.length === values.length) {
    return names.map((n, i) => {
      const valueNode = values[i]!;
      const value = cx.with({ nameHint: n.text }, () => specValue(cx, valueNode, declared));
      const type = declared ?? defaultType(value.type);
      const b = declareVariable(cx, n.text, type, values);
      if (n.text === '_') return evaluated(value.code);
      b.slot = variableSlot(n.id);
      const later = letOrConst(cx, n.text) === 'let' && (cx.decls.nil.holds(b.slot) || cx.nilAssigned.has(n.text));
      b.maybeNil = nilableType(cx, type) && (value.maybeNil === true || later);
      const annotation = variableType(cx, b, type);
      return ts`${letOrConst(cx, n.text)} ${b.tsName}${typeOnly(`: ${annotation}`)} = ${value.code};`;
    });
  }
  const mv = multiValue(cx, values, names.length);
  const bound = names.map((n, i) => {
    if (n.text === '_') return '';
    const b = declareVariable(cx, n.text, declared ?? defaultType(mv.types[i] ?? UNKNOWN), values);
    b.maybeNil = nilableType(cx, b.type) && mv.maybeNil[i] === true;
    return b.tsName;
  });
  return [
    ts`${names.some((n) => letOrConst(cx, n.text) === 'let') ? 'let' : 'const'} [${bound.join(', ')}] = ${mv.code};`,
  ];
}

/**
 * A variable's TypeScript type: admitting null where it may hold nil; a function variable's
 * parameters admit it where a call through the variable passes nil (`var walk func(*Node)`
 * called with `n.left`: nil-slots.ts).
 */
function variableType(cx: GoContext, b: Binding, type: GoType): string {
  const f = type.kind === 'func' ? type : null;
  const slot = b.slot;
  const text =
    f && slot
      ? `(${f.params
          .map(
            (p, i) =>
              `a${i}: ${cx.decls.nil.holds(paramSlot(slot, i)) ? tsTypeOrNull(p, cx.decls) : tsType(p, cx.decls)}`,
          )
          .join(', ')}) => any`
      : tsType(type, cx.decls);
  return b.maybeNil && isNilable(resolve(type, cx.decls)) && text !== 'any' && !text.endsWith('| null')
    ? `${text.includes('=>') ? `(${text})` : text} | null`
    : text;
}

/** The statements after the one declaring `spec`, in its block. */
function laterStatements(spec: Node): Node[] {
  let statement: Node | null = spec;
  while (statement && statement.parent?.type !== 'statement_list') statement = statement.parent;
  if (!statement) return [];
  const siblings = kids(statement.parent);
  return siblings.slice(siblings.findIndex((s) => s.id === statement!.id) + 1);
}

/**
 * Whether every path through `statements` assigns `name` before reading it: `v = x` first, or
 * an if/else whose every branch does; a statement that reads it first, or a closure over it, does not.
 */
function assignedBeforeRead(name: string, statements: Node[]): boolean {
  for (const s of statements) {
    if (!mentions(s, name)) continue;
    if (s.type === 'assignment_statement' && operatorOf(s) === '=') {
      const left = kids(field(s, 'left'));
      return (
        left.some((l) => l.type === 'identifier' && l.text === name) &&
        !kids(field(s, 'right')).some((r) => mentions(r, name))
      );
    }
    if (s.type !== 'if_statement' || field(s, 'initializer') || mentions(field(s, 'condition')!, name)) return false;
    const alt = field(s, 'alternative');
    if (!alt) return false;
    const branches = [field(s, 'consequence'), alt];
    return branches.every((b) =>
      b?.type === 'if_statement' ? assignedBeforeRead(name, [b]) : assignedBeforeRead(name, statementsOf(b)),
    );
  }
  return false;
}

/**
 * A package variable whose value needs the running program (a timer, a goroutine, a call of
 * the program's own functions): declared here, given its value before main (package-init.ts).
 */
export function varSpecSetBeforeMain(cx: GoContext, spec: Node): Code[] {
  const names = fields(spec, 'name');
  const typeNode = field(spec, 'type');
  const declared = typeNode ? parseType(typeNode) : null;
  const valueNodes = kids(field(spec, 'value'));
  return cx.with({ fn: cx.packageInit.fn }, () => {
    const values =
      names.length === valueNodes.length
        ? valueNodes.map((v, i) => cx.with({ nameHint: names[i]!.text }, () => specValue(cx, v, declared)))
        : null;
    const many = values ? null : multiValue(cx, valueNodes, names.length);
    const bindings = names.map((n, i) => {
      if (n.text === '_') return null;
      const b = cx.scope.declare(n.text, declared ?? defaultType(values?.[i]?.type ?? many!.types[i] ?? UNKNOWN));
      b.slot = variableSlot(n.id);
      const nil = values?.[i]?.maybeNil ?? many?.maybeNil[i] ?? false;
      b.maybeNil = nilableType(cx, b.type) && (nil || cx.decls.nil.holds(b.slot) || cx.nilAssigned.has(n.text));
      return b;
    });
    if (values)
      values.forEach((v, i) => {
        const b = bindings[i];
        cx.packageInit.statements.push(b ? ts`${b.tsName} = ${v.code};` : evaluated(v.code));
      });
    else cx.packageInit.statements.push(ts`[${bindings.map((b) => b?.tsName ?? '').join(', ')}] = ${many!.code};`);
    return bindings.flatMap((b) => (b ? [ts`let ${b.tsName}${typeOnly(`: ${variableType(cx, b, b.type)}`)};`] : []));
  });
}

/** A var's value, as the declared type wants it, or with its own type (a struct value copied). */
function specValue(cx: GoContext, node: Node, declared: GoType | null): Typed {
  if (declared) return cx.placed(node, declared);
  const v = heldValue(cx, node, cx.expr(node));
  return { ...v, code: copyIfStruct(cx, v.code, v.type, node) };
}

/** A value declared without a type, as its variable holds it: a constant past 2^53 as an int64 bigint (big-integers.ts). */
function heldValue(cx: GoContext, node: Node, value: Typed): Typed {
  const type = bigIntType(cx, node, value.type);
  return type === value.type ? value : { code: asBig(cx, node, value), type };
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
      const exact = valueNode ? exactValue(cx, valueNode) : null;
      if (exact !== null) b.constant = exact;
      const code = valueNode && isConstantForBig(v) && isBig(cx, type) ? asBig(cx, valueNode, v) : v.code;
      if (n.text !== '_') out.push(ts`const ${b.tsName}${widened(cx, n.text, type)} = ${code};`);
    });
    cx.iota++;
  }
  return out;
}

/**
 * Declares a variable whose value is translated already. Where the value reads an enclosing
 * variable of the same name (`v, ok := wrap(v)`, `if x := x + 1`), the new one takes another
 * TypeScript name: JavaScript's `let v = wrap(v)` would read the new v before it has a value.
 * So does one that would hide a named result.
 */
function declareVariable(cx: GoContext, name: string, type: GoType, values: Node[]): Binding {
  const outer = cx.scope.lookup(name);
  const readsOuter = outer !== null && values.some((v) => mentions(v, name));
  return readsOuter || (outer !== null && hidesResult(cx, outer))
    ? cx.scope.declareBesidesOuter(name, type)
    : cx.scope.declare(name, type);
}

/** Whether a new variable of the same TypeScript name would hide a named result from a `return` that sets it (`break body`, functions.ts). */
function hidesResult(cx: GoContext, outer: Binding): boolean {
  return cx.fn !== null && cx.fn.deferred && cx.fn.resultNames.includes(outer.tsName);
}

function mentions(node: Node, name: string): boolean {
  let found = false;
  walk(node, (n) => {
    if (n.type === 'identifier' && n.text === name) found = true;
    return !found;
  });
  return found;
}

/** Package-level names and names assigned again later are `let`; the rest `const`. */
function letOrConst(cx: GoContext, name: string): 'let' | 'const' {
  return cx.fn === null || cx.fn.reassigned.has(name) ? 'let' : 'const';
}

/**
 * `: number` on a constant that the program compares (`x := 6; switch x { case 0: ... }`):
 * TypeScript types `const x = 6` as the literal 6, which no other number may equal; Go's x is an int.
 */
function widened(cx: GoContext, name: string, type: GoType): Code | '' {
  const t = resolve(type, cx.decls);
  const basic = t.kind === 'basic' || (t.kind === 'untyped' && t.name !== 'nil');
  const written = basic ? tsType(defaultType(type), cx.decls) : '';
  // Only TypeScript's literal types narrow so: a number, bigint, string or boolean.
  const literal = ['number', 'bigint', 'string', 'boolean'].includes(written);
  return literal && cx.facts.compared.has(name) ? typeOnly(`: ${written}`) : '';
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
