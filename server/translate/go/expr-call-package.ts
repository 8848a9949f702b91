// Calls of the standard packages the runtime provides (stdlib.ts lists them: fmt, sync, time,
// math/rand, strings, ...; the runtime's namespace is the package's name):
//   fmt.Println(x)          -> fmt.println(x)            (arguments: fmt-arguments.ts)
//   time.Sleep(d)           -> await time.sleep(d)
//   time.Duration(n)        -> n
//   errors.As(err, &target) -> (target = errors.as(err, MyError)) !== null
//                              (a named non-struct target: errors.asValue(err, NegValue, (v) => (target = v)))
//                              (an interface target: (target = errors.asMatching(err, (e) => hasMethods(e, 'timeout'))) !== null)
//   sort.IntSlice(xs)       -> new sort.IntSlice(xs)
//   another package, or a function the runtime lacks
//                           -> unsupported('net/http.Get', 'prog.go:12:9'), a panic when reached
import { ts, typeOnly, type Code } from '../emit/code.js';
import { field, operatorOf, type Node } from '../syntax.js';
import { callArguments } from './call-arguments.js';
import { typeName as tsTypeName } from './names.js';
import { isBig } from './big-integers.js';
import type { GoContext, Typed } from './context.js';
import { printArguments } from './fmt-arguments.js';
import { iterPull } from './iter-pull.js';
import { scanArguments } from './scan-arguments.js';
import { valueClassName } from './methods.js';
import { assignmentTarget, storesNil } from './stmt-assign.js';
import { isRuntimeClass, runtimeHasMember } from './runtime-members.js';
import {
  BLOCKING_FUNCTIONS,
  isClassConversion,
  mayReturnNil,
  packageFunctionResult,
  packageMemberName,
  runtimePackage,
} from './stdlib.js';
import { packageFunctionParams } from './stdlib-params.js';
import { typeTest } from './type-tests.js';
import { ANY, BOOL, DURATION, iteratorFunction, namedOf, resolve, tsType, UNKNOWN } from './types.js';

export function packageCall(
  cx: GoContext,
  path: string,
  name: string,
  argNodes: Node[],
  node: Node,
  spread: boolean,
): Typed {
  const pkg = runtimePackage(path);
  if (pkg === null) return { code: cx.unsupported(node, `${path}.${name}`), type: UNKNOWN };
  cx.use(pkg);
  const key = `${pkg}.${name}`;
  const result = packageFunctionResult(pkg, name) ?? UNKNOWN;
  if (key === 'time.Duration') {
    const n = cx.expr(argNodes[0]!);
    return { code: isBig(cx, n.type) ? ts`Number(${n.code})` : n.code, type: DURATION };
  }
  if (key === 'errors.As' && argNodes.length === 2) return errorsAs(cx, argNodes[0]!, argNodes[1]!, node);
  if ((name === 'Pull' || name === 'Pull2') && pkg === 'iter' && argNodes.length === 1)
    return iterPull(cx, name, argNodes[0]!);
  if (isClassConversion(pkg, name) && argNodes.length === 1)
    return { code: ts`new ${key}(${cx.expr(argNodes[0]!).code})`, type: { kind: 'named', name: key } };
  const member = packageMemberName(pkg, name);
  if (!runtimeHasMember(pkg, member)) return { code: cx.unsupported(node, `${path}.${name}`), type: UNKNOWN };
  let args: Code;
  if (pkg === 'fmt' && /^Fprint/.test(name) && argNodes.length > 0) {
    const writer = cx.value(argNodes[0]!, ANY);
    args =
      argNodes.length === 1 ? writer : ts`${writer}, ${printArguments(cx, argNodes.slice(1), /f$/.test(name), spread)}`;
  } else if (pkg === 'fmt' && /^(Print|Sprint|Errorf)/.test(name))
    args = printArguments(cx, argNodes, /f$/.test(name), spread);
  else if (pkg === 'fmt' && /^[SF]?[Ss]can/.test(name)) args = scanArguments(cx, argNodes, name);
  else args = callArguments(cx, argNodes, packageFunctionParams(pkg, name), spread, { runtime: true });
  const blocking = BLOCKING_FUNCTIONS.has(key);
  // A program's iterator function awaits its yields where the program pulls (iter-pull.ts).
  const gathers = SEQ_CONSUMERS.has(key) ? cx.awaitFunctionValue(iteratorFunction([ANY])) : '';
  return {
    code: ts`${blocking ? cx.await() : gathers}${pkg}.${member}(${args})`,
    type: result,
    maybeNil: mayReturnNil(key),
  };
}

/** Functions that run a sequence to its end (the runtime's iter-seq.ts). */
const SEQ_CONSUMERS = new Set(['slices.Collect', 'slices.Sorted', 'slices.SortedFunc']);

/** `errors.As(err, &target)`: assigns the first error of target's type in err's chain. */
function errorsAs(cx: GoContext, errNode: Node, targetNode: Node, node: Node): Typed {
  const targetVar =
    targetNode.type === 'unary_expression' && operatorOf(targetNode) === '&' ? field(targetNode, 'operand')! : null;
  const target = targetVar ? assignmentTarget(cx, targetVar) : null;
  const typeName = target ? namedOf(target.type) : null;
  const valueClass = target && valueClassName(cx.decls, target.type);
  if (valueClass)
    return {
      code: ts`errors.asValue(${cx.expr(errNode).code}, ${valueClass}, (v) => (${target!.code} = v))`,
      type: BOOL,
    };
  if (target && resolve(target.type, cx.decls).kind === 'interface') {
    const test = typeTest(cx, ts`e`, target.type);
    const found = ts`errors.asMatching${typeOnly(`<${tsType(target.type, cx.decls)}>`)}(${cx.expr(errNode).code}, (e) => ${test})`;
    storesNil(cx, targetVar!);
    return { code: ts`(${target.code} = ${found}) !== null`, type: BOOL };
  }
  if (!target || !typeName || !(cx.decls.isStruct(typeName) || isRuntimeClass(typeName))) {
    return { code: cx.unsupported(node, 'errors.As with a target that is not a pointer to a struct type'), type: BOOL };
  }
  const err = cx.expr(errNode).code;
  // A struct target (not a pointer) takes a copy of the error found, and keeps its value when none is.
  if (target.type.kind === 'named' && cx.decls.isStruct(typeName))
    return {
      code: ts`errors.asInto(${err}, ${tsTypeName(typeName)}, (v) => (${target.code} = v.clone()))`,
      type: BOOL,
    };
  // The pointer target is nil when none is found: its variable admits null (nil-slots.ts).
  storesNil(cx, targetVar!);
  return { code: ts`(${target.code} = errors.as(${err}, ${tsTypeName(typeName)})) !== null`, type: BOOL };
}
