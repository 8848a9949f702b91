// fmt arguments whose Go type changes how they print, since the value alone does not say:
//   fmt.Println(f) (float64)      -> fmt.println(fmt.float64(f))     (a JavaScript number does not say: 1e6 prints 1e+06)
//   fmt.Println(d) (Duration)     -> fmt.println(time.durationString(d))
//   fmt.Printf("%d", d)           -> fmt.printf('%d', d)              (an integer verb prints the number, not String())
//   fmt.Println(s) (String())     -> fmt.println(new StateValue(s))  (a non-struct type's methods; in a slice's elements, a map's keys and values too)
//   fmt.Println(p) (*T)           -> fmt.println(fmt.ptr(p))         (&{...})
//   fmt.Printf("%T", x)           -> fmt.printf('%T', fmt.typed(x, 'main.T'))   (%#v of a slice too)
//   fmt.Printf("%s", b) ([]byte)  -> fmt.printf('%s', fmt.bytes(b))
import { join, ts, typeOnly, type Code } from '../emit/code.js';
import type { Node } from '../syntax.js';
import { spreadOperand, tupleArgument } from './call-arguments.js';
import type { GoContext } from './context.js';
import { decodeGoString, quote } from './literals.js';
import { hasPointerStringMethod, valueClassName } from './methods.js';
import { copyIfStruct, isDereference } from './values.js';
import { numberMethodFunction } from './stdlib.js';
import {
  defaultType,
  describeType,
  isByte,
  isFloat,
  namedOf,
  pointsToVariable,
  resolve,
  type GoType,
} from './types.js';

export function printArguments(cx: GoContext, argNodes: Node[], formatted: boolean, spread: boolean): Code {
  const tuple = tupleArgument(cx, argNodes);
  if (tuple) return tuple;
  const typeVerbs = formatted ? verbPositions(argNodes[0], isTypeVerb) : new Set<number>();
  const goSyntaxVerbs = formatted ? verbPositions(argNodes[0], isGoSyntaxVerb) : new Set<number>();
  const integerVerbs = formatted ? verbPositions(argNodes[0], isIntegerVerb) : new Set<number>();
  return join(
    argNodes.map((arg, i) => {
      const a = spreadOperand(arg);
      const expr = cx.expr(a);
      // `*p` is a copy of the struct, no longer the pointer that p may be marked as (ref).
      const v = isDereference(a) ? { ...expr, code: copyIfStruct(cx, expr.code, expr.type, a) } : expr;
      const code = spread && i === argNodes.length - 1 ? ts`...${v.code}` : v.code;
      if (formatted && i === 0) return code;
      // A type parameter's type is the instantiation's, which only the value can tell.
      const typeParameter = v.type.kind === 'named' && cx.decls.typeParameterZero(v.type.name) !== null;
      const dynamic = typeParameter || v.type.kind === 'unknown' || resolve(v.type, cx.decls).kind === 'interface';
      const position = formatted ? i - 1 : i;
      // %#v of a slice names its type (`[]int{}`, `[]int(nil)`), which an empty array does not tell.
      const sliceSyntax = goSyntaxVerbs.has(position) && resolve(v.type, cx.decls).kind === 'slice';
      if ((typeVerbs.has(position) || sliceSyntax) && !dynamic) {
        cx.use('fmt');
        const shown = typeVerbs.has(position) ? code : printable(cx, code, v.type, v.maybeNil);
        return ts`fmt.typed(${shown}, ${quote(describeType(defaultType(v.type), true))})`;
      }
      if (integerVerbs.has(position) && printsThroughNumberString(cx, v.type)) return code;
      return printable(cx, code, v.type, v.maybeNil);
    }),
    ', ',
  );
}

function printable(cx: GoContext, code: Code, type: GoType, maybeNil = false): Code {
  if (maybeNil && resolve(type, cx.decls).kind === 'map') {
    cx.use('fmt');
    return ts`fmt.typed(${code}, ${quote(describeType(type, true))})`;
  }
  const stringer = numberStringer(type);
  if (stringer) {
    cx.use('time');
    return ts`${stringer}(${code})`;
  }
  // Printed through its methods: in their class, a new one (an interface's is interned: values.ts).
  const className = valueClassName(cx.decls, type);
  if (className) return ts`new ${className}(${code})`;
  // A pointer to a named number or slice has its pointer methods too (`&t`, whose String may need it).
  const pointee =
    type.kind === 'pointer' && pointsToVariable(type.elem, cx.decls) && valueClassName(cx.decls, type.elem);
  if (pointee) return ts`${pointee}.at(${code})`;
  const r = resolve(type, cx.decls);
  const elementStringer =
    (r.kind === 'slice' || r.kind === 'array') && r.elem.kind === 'named'
      ? numberMethodFunction(r.elem.name, 'String')
      : null;
  if (elementStringer) {
    cx.use('time');
    return ts`${code}.map((e) => ${elementStringer}(e))`;
  }
  // Elements print through their methods too.
  const elementClass = r.kind === 'slice' || r.kind === 'array' ? valueClassName(cx.decls, r.elem) : null;
  if (elementClass) return ts`${code}.map((e) => new ${elementClass}(e))`;
  // Pointer elements whose String has a pointer receiver print through it (`[]*T`).
  if ((r.kind === 'slice' || r.kind === 'array') && hasPointerStringMethod(cx.decls, r.elem)) {
    cx.use('fmt');
    return ts`${code}.map((e) => fmt.ptr(e))`;
  }
  if (r.kind === 'map') {
    const [keyClass, valueClass] = [r.key, r.value].map((t) => valueClassName(cx.decls, t));
    const wrapped = (cls: string | null | undefined, name: string) => (cls ? `new ${cls}(${name})` : name);
    if (keyClass || valueClass)
      return ts`new Map([...${code}].map(([k, v]) => [${wrapped(keyClass, 'k')}, ${wrapped(valueClass, 'v')}]${typeOnly(' as const')}))`;
  }
  if (isFloat(r)) {
    cx.use('fmt');
    return ts`fmt.float64(${code})`;
  }
  // A []byte may be a plain array here; Go prints bytes as text for %s and %q.
  if ((r.kind === 'slice' || r.kind === 'array') && isByte(resolve(r.elem, cx.decls))) {
    cx.use('fmt');
    return ts`fmt.bytes(${code})`;
  }
  // An error or Stringer prints through its method; it stays itself for `%w` and errors.As.
  const selfPrinting = (name: string) => cx.decls.method(name, 'Error') || cx.decls.method(name, 'String');
  const pointer = type.kind === 'pointer' && resolve(type.elem, cx.decls).kind === 'struct';
  // A String method of the pointer only: fmt finds it through the pointer, not the struct value.
  if ((pointer && !selfPrinting(namedOf(type) ?? '')) || hasPointerStringMethod(cx.decls, type)) {
    cx.use('fmt');
    return ts`fmt.ptr(${code})`;
  }
  return code;
}

/** The runtime's String function for a value of a library number type (time.Duration, time.Month). */
function numberStringer(type: GoType): string | null {
  return type.kind === 'named' ? numberMethodFunction(type.name, 'String') : null;
}

/** Whether `printable` shows a value of this type through a library number type's String (itself or its elements). */
function printsThroughNumberString(cx: GoContext, type: GoType): boolean {
  const r = resolve(type, cx.decls);
  return (
    numberStringer(type) !== null || ((r.kind === 'slice' || r.kind === 'array') && numberStringer(r.elem) !== null)
  );
}

const isTypeVerb = (verb: RegExpMatchArray) => verb[4] === 'T';
const isGoSyntaxVerb = (verb: RegExpMatchArray) => verb[4] === 'v' && verb[1]!.includes('#');
/** A verb that prints an integer as a number, never through its String method. */
const isIntegerVerb = (verb: RegExpMatchArray) => 'bcdoOU'.includes(verb[4]!);

/** Which operands a literal Printf format prints with a `wanted` verb (%T, %#v: their Go type is not in the value). */

function verbPositions(format: Node | undefined, wanted: (verb: RegExpMatchArray) => boolean): Set<number> {
  const out = new Set<number>();
  if (!format || (format.type !== 'interpreted_string_literal' && format.type !== 'raw_string_literal')) return out;
  let arg = 0;
  for (const m of decodeGoString(format.text).matchAll(/%([-+# 0]*)(\*|\d+)?(?:\.(\*|\d+)?)?([a-zA-Z%])/g)) {
    if (m[4] === '%') continue;
    arg += (m[2] === '*' ? 1 : 0) + (m[3] === '*' ? 1 : 0);
    if (wanted(m)) out.add(arg);
    arg++;
  }
  return out;
}
