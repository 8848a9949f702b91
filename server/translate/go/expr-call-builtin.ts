// Go's builtin functions:
//   make(chan T, n)  -> makeChan<T>(n, zero)      (channels.ts)      close(ch) -> close(ch)
//   make(map[K]V)    -> new Map<K, V>()           make([]T, n) -> new Array<T>(n).fill(zero)
//   make([]T, n, c)  -> withCapacity(new Array<T>(c).fill(zero), n)   (a view with spare capacity)
//   new(T), new(int) -> new T(), { value: 0 }     len(s) -> s.length (len(ch), cap(x) -> len(ch), cap(x))
//   append(s, x)     -> [...s, x]                 (s = append(s, x) -> s.push(x): stmt-assign.ts)
//   copy, min, max, clear -> the runtime's       delete(m, k) -> m.delete(k)
//   panic(v)         -> panic(v)                  recover() -> deferred.recover()
//   print(x)         -> fmt.eprint(x)           println(f) (a float) -> fmt.eprintln(fmt.float64(f))
//   complex, real, imag -> complex-numbers.ts
import { join, ts, typeOnly, type Code } from '../emit/code.js';
import { field, type Node } from '../syntax.js';
import { spreadOperand } from './call-arguments.js';
import { closeChannel, makeChannel } from './channels.js';
import { complexBuiltin } from './complex-numbers.js';
import { appendedElement, elementLayout } from './element-layout.js';
import { asNumber, isConstantForBig, represented } from './big-integers.js';
import { deferStackName, type GoContext, type Typed } from './context.js';
import { parseType } from './declarations.js';
import { memberBase } from './expr-selector.js';
import {
  ANY,
  arrayBehindPointer,
  describeType,
  INT,
  isChan,
  isFloat,
  isString,
  pointsToVariable,
  resolve,
  elementSlotOf,
  elementTsType,
  tsType,
  UNKNOWN,
  zeroValue,
  type GoType,
} from './types.js';
import { emptySlice, mapKey, newMap, storeNil, zeroFor } from './values.js';

/** The builtin's translation, or null when `name` is no builtin. */
export function builtinCall(cx: GoContext, name: string, args: Node[], node: Node): Typed | null {
  switch (name) {
    case 'make':
      return make(cx, args, node);
    case 'new': {
      const type = parseType(args[0]!);
      const r = resolve(type, cx.decls);
      if (pointsToVariable(type, cx.decls))
        return { code: ts`{ value: ${zeroValue(type, cx.decls)} }`, type: { kind: 'pointer', elem: type } };
      if (r.kind !== 'struct' && type.kind !== 'named')
        return { code: cx.unsupported(node, 'new() of a non-struct type'), type: UNKNOWN };
      return { code: ts`${zeroValue(type, cx.decls)}`, type: { kind: 'pointer', elem: type } };
    }
    case 'len':
    case 'cap': {
      const v = memberBase(args[0]!, cx.expr(args[0]!));
      const t = resolve(v.type, cx.decls);
      // A pointer to an array has its length even when nil.
      if (t.kind === 'pointer' && arrayBehindPointer(t, cx.decls))
        return { code: ts`${arrayBehindPointer(t, cx.decls)!.length}`, type: INT };
      if ((t.kind === 'slice' || t.kind === 'array') && name === 'len')
        return { code: ts`${v.code}.length`, type: INT };
      cx.use(name);
      // A slice's capacity after appends depends on its element's size (element-layout.ts).
      if (t.kind === 'slice' && name === 'cap')
        return { code: ts`cap(${v.code}, ${elementLayout(cx, t.elem)})`, type: INT };
      return { code: ts`${name}(${v.code})`, type: INT };
    }
    case 'append': {
      const first = cx.expr(args[0]!);
      const t = resolve(first.type, cx.decls);
      const elem = t.kind === 'slice' ? t.elem : UNKNOWN;
      const items = appendedItems(cx, node, args, t);
      if (!cx.facts.countsCapacity)
        return { code: ts`[${join([ts`...${first.code}`, ...items], ', ')}]`, type: first.type };
      // A program that asks for a capacity gets Go's for the result (element-layout.ts).
      cx.use('appended');
      return {
        code: ts`appended(${first.code}, [${join(items, ', ')}], ${appendedElement(cx, elem)})`,
        type: first.type,
      };
    }
    case 'copy':
      return copyCall(cx, args);
    case 'min':
    case 'max': {
      cx.use(name);
      const items = args.map((a) => cx.expr(a));
      // The typed operand gives the result's type (`max(n, 0)` with n an int64 is a bigint).
      const type = items.find((i) => !isConstantForBig(i))?.type ?? items[0]?.type ?? UNKNOWN;
      const codes = items.map((item, i) => represented(cx, args[i]!, item, type));
      return { code: ts`${name}(${join(codes, ', ')})`, type };
    }
    case 'clear': {
      cx.use(name);
      const items = args.map((a) => cx.expr(a));
      const type = items[0]?.type ?? UNKNOWN;
      const cleared = resolve(type, cx.decls);
      const zero = cleared.kind === 'slice' ? [ts`${zeroValue(cleared.elem, cx.decls)}`] : [];
      return { code: ts`${name}(${join([...items.map((i) => i.code), ...zero], ', ')})`, type };
    }
    case 'delete': {
      const m = memberBase(args[0]!, cx.expr(args[0]!));
      const k = mapKey(cx, args[1]!, m.type);
      // Deleting from a nil map does nothing.
      return { code: ts`${m.code}${m.maybeNil ? '?' : ''}.delete(${k})`, type: UNKNOWN };
    }
    case 'close':
      return closeChannel(cx, args[0]!);
    case 'panic': {
      cx.use('panic');
      return { code: ts`panic(${cx.value(args[0]!, ANY)})`, type: UNKNOWN };
    }
    case 'recover':
      // Outside a deferred call recover() is nil in Go too.
      if (!cx.recoverReaches()) {
        const recoverer = cx.fn?.recoverer;
        return { code: recoverer ? ts`(${recoverer}?.recover() ?? null)` : ts`null`, type: ANY };
      }
      return { code: ts`${deferStackName(cx.fn!.outer!)}.recover()`, type: ANY };
    case 'print':
    case 'println':
      return { code: ts`${builtinPrinter(cx, name)}(${join(builtinPrintArguments(cx, args), ', ')})`, type: UNKNOWN };
    default:
      return complexBuiltin(cx, name, args, node);
  }
}

/** The runtime function that does what the builtin `print` or `println` does. */
export function builtinPrinter(cx: GoContext, name: 'print' | 'println'): string {
  cx.use('fmt');
  return name === 'println' ? 'fmt.eprintln' : 'fmt.eprint';
}

/** The operands of the builtin `print`/`println`: a float says so, since it prints as `+1.500000e+000` even when whole. */
export function builtinPrintArguments(cx: GoContext, args: Node[]): Code[] {
  return args.map((a) => {
    const v = cx.expr(a);
    return isFloat(resolve(v.type, cx.decls)) ? ts`fmt.float64(${v.code})` : v.code;
  });
}

/** `copy(dst, src)`; into `a[lo:hi]` it writes into a itself, with no view between: `copy(a, src, lo, hi)`. */
function copyCall(cx: GoContext, [dst, src]: Node[]): Typed {
  cx.use('copy');
  const source = cx.expr(src!).code;
  if (dst?.type !== 'slice_expression') return { code: ts`copy(${cx.expr(dst!).code}, ${source})`, type: INT };
  const [start, end] = [field(dst, 'start'), field(dst, 'end')];
  const bounds = end ? [start ? cx.expr(start).code : ts`0`, cx.expr(end).code] : start ? [cx.expr(start).code] : [];
  return { code: ts`copy(${join([cx.expr(field(dst, 'operand')!).code, source, ...bounds], ', ')})`, type: INT };
}

/** The values `append(s, ...)` adds, given all its arguments: `x, y`, or `...xs`. */
export function appendedItems(cx: GoContext, call: Node, args: Node[], slice: GoType): Code[] {
  const spread = call.text.trimEnd().endsWith('...)');
  const elem = slice.kind === 'slice' ? slice.elem : UNKNOWN;
  return args.slice(1).map((a, i) => {
    const arg = spreadOperand(a);
    if (!(spread && i === args.length - 2)) {
      const item = cx.placed(arg, elem);
      // A nil appended: the slice type's elements admit null (nil-slots.ts).
      if (item.maybeNil && slice.kind === 'slice') storeNil(cx, elementSlotOf(slice, cx.decls), elem);
      return item.code;
    }
    const spreadValue = cx.expr(arg);
    if (!isString(resolve(spreadValue.type, cx.decls))) return ts`...${spreadValue.code}`;
    // append(b, s...) adds a string's UTF-8 bytes.
    cx.use('bytesOf');
    return ts`...bytesOf(${spreadValue.code})`;
  });
}

function make(cx: GoContext, args: Node[], node: Node): Typed {
  const type = parseType(args[0]!);
  const made = makeOf(cx, args, node, type);
  // `make(S, n)` for a type parameter `S ~[]E`: TypeScript sees an E[], which S extends.
  const typeParameter = type.kind === 'named' && cx.decls.typeParameterZero(type.name) !== null;
  return typeParameter ? { ...made, code: ts`(${made.code}${typeOnly(` as ${tsType(type, cx.decls)}`)})` } : made;
}

function makeOf(cx: GoContext, args: Node[], node: Node, type: GoType): Typed {
  const t = resolve(type, cx.decls);
  if (isChan(t)) return makeChannel(cx, type, t, args[1]);
  if (t.kind === 'map') return { code: newMap(cx, t), type };
  if (t.kind === 'slice') {
    const length = args[1] ? asNumber(cx, cx.expr(args[1])) : ts`0`;
    const capacity = args[2] ? asNumber(cx, cx.expr(args[2])) : null;
    if (!capacity || capacity.toString() === length.toString()) return { code: sliceElements(cx, t, length), type };
    // Spare capacity: a view of the first `length` of `capacity` elements (slice-view.ts).
    cx.use('withCapacity');
    const backing = sliceElements(cx, t, capacity, false, length.toString() === '0');
    return { code: ts`withCapacity${typeOnly(`<${elementTsType(t, cx.decls)}>`)}(${backing}, ${length})`, type };
  }
  return { code: cx.unsupported(node, `make of ${describeType(type)}`), type: UNKNOWN };
}

/** `count` zero values of the slice's element type, in a new array (typed as the slice, or left to inference). */
function sliceElements(
  cx: GoContext,
  t: Extract<GoType, { kind: 'slice' }>,
  count: Code,
  typed = true,
  spare = false,
): Code {
  if (count.toString() === '0') return typed ? emptySlice(cx, t) : ts`[]`;
  // Spare capacity (`make([]T, 0, n)`) holds nothing yet the program reads: an unknown T's zero is not needed there.
  const unknownZero = t.elem.kind === 'named' && cx.decls.typeParameterZero(t.elem.name) === 'null';
  const zero = spare && unknownZero ? ts`null` : zeroFor(cx, t.elem);
  // Zero elements of a nilable type: nils, which the slice type's elements then admit (nil-slots.ts).
  storeNil(cx, elementSlotOf(t, cx.decls), t.elem);
  const elem = resolve(t.elem, cx.decls);
  const elementType = typed ? typeOnly(`<${elementTsType(t, cx.decls)}>`) : '';
  if (elem.kind === 'basic') return ts`new Array${elementType}(${count}).fill(${zero})`;
  const element = zero.toString().startsWith('{') ? ts`(${zero})` : zero;
  const returnType = typed ? typeOnly(`: ${elementTsType(t, cx.decls)}`) : '';
  return ts`Array.from({ length: ${count} }, ()${returnType} => ${element})`;
}
