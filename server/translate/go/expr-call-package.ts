// Calls of the standard packages the runtime provides (fmt, sync, time, context, errors,
// strings, strconv, math, sort, os):
//   fmt.Println(x)          -> fmt.println(x)            (arguments: fmt-arguments.ts)
//   time.Sleep(d)           -> await time.sleep(d)
//   time.Duration(n)        -> n
//   errors.As(err, &target) -> (target = errors.as(err, MyError)) !== null
//   other packages          -> unsupported('rand.Intn', 'prog.go:12:9'), a panic when reached
import { ts, type Code } from '../emit/code.js';
import { field, operatorOf, type Node } from '../syntax.js';
import { callArguments } from './call-arguments.js';
import { typeName as tsTypeName } from './names.js';
import type { GoContext, Typed } from './context.js';
import { printArguments } from './fmt-arguments.js';
import { assignmentTarget } from './stmt-assign.js';
import { BLOCKING_FUNCTIONS, packageFunctionResult, packageMemberName, RUNTIME_PACKAGES } from './stdlib.js';
import { BOOL, DURATION, namedOf, UNKNOWN } from './types.js';

export function packageCall(
  cx: GoContext,
  pkg: string,
  name: string,
  argNodes: Node[],
  node: Node,
  spread: boolean,
): Typed {
  if (!RUNTIME_PACKAGES.has(pkg)) {
    return { code: cx.unsupported(node, `${pkg}.${name}`), type: UNKNOWN };
  }
  cx.use(pkg);
  const key = `${pkg}.${name}`;
  const result = packageFunctionResult(pkg, name) ?? UNKNOWN;
  if (key === 'time.Duration') return { code: cx.expr(argNodes[0]!).code, type: DURATION };
  if (key === 'errors.As' && argNodes.length === 2) return errorsAs(cx, argNodes[0]!, argNodes[1]!, node);
  let args: Code;
  if (pkg === 'fmt' && /^(Print|Sprint|Fprint|Errorf)/.test(name))
    args = printArguments(cx, argNodes, /f$/.test(name), spread);
  else args = callArguments(cx, argNodes, [], spread);
  const blocking = BLOCKING_FUNCTIONS.has(key);
  return { code: ts`${blocking ? cx.await() : ''}${pkg}.${packageMemberName(pkg, name)}(${args})`, type: result };
}

/** `errors.As(err, &target)`: assigns the first error of target's type in err's chain. */
function errorsAs(cx: GoContext, errNode: Node, targetNode: Node, node: Node): Typed {
  const targetVar =
    targetNode.type === 'unary_expression' && operatorOf(targetNode) === '&' ? field(targetNode, 'operand')! : null;
  const target = targetVar ? assignmentTarget(cx, targetVar) : null;
  const typeName = target ? namedOf(target.type) : null;
  if (!target || !typeName || !cx.decls.isStruct(typeName)) {
    return { code: cx.unsupported(node, 'errors.As with a target that is not a pointer to a struct type'), type: BOOL };
  }
  const err = cx.expr(errNode).code;
  return { code: ts`(${target.code} = errors.as(${err}, ${tsTypeName(typeName)})) !== null`, type: BOOL };
}
