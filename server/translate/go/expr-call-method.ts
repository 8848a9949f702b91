// Method calls `x.M(args)`, by what x is:
//   a runtime type       wg.Wait()        -> await wg.wait()        (camelCase; await where it blocks)
//   a non-struct type    s.String()       -> stateString(s)         (its methods are functions)
//   a struct (or *T)     c.Inc()          -> await c.inc()          (also promoted: c.Inner.inc())
//   an interface         shape.Area()     -> await shape.area()     (await if any implementation is async)
import { ts } from '../emit/code.js';
import { field, type Node } from '../syntax.js';
import { callArguments } from './call-arguments.js';
import type { GoContext, Typed } from './context.js';
import { anyMethodResult, findMethod, methodFunctionName, methodName } from './methods.js';
import { memberBase } from './expr-selector.js';
import { propertyName } from './names.js';
import { blocksOnSomeType, camelCase, isBlockingMethod, runtimeMethodResult } from './stdlib.js';
import { namedOf, STRING, tupleOf, UNKNOWN } from './types.js';

/** The call, or null when x's type has no such method (then it is a call of a function value). */
export function methodCall(cx: GoContext, fnNode: Node, argNodes: Node[], spread: boolean): Typed | null {
  const operandNode = field(fnNode, 'operand')!;
  const name = field(fnNode, 'field')!.text;
  const operand = cx.expr(operandNode);
  const base = memberBase(operandNode, operand).code;
  const typeName = namedOf(operand.type);
  if (typeName && typeName.includes('.')) {
    const args = callArguments(cx, argNodes, [], spread);
    const blocking = isBlockingMethod(typeName, name);
    const result = runtimeMethodResult(typeName, name) ?? UNKNOWN;
    return { code: ts`${blocking ? cx.await() : ''}${base}.${propertyName(camelCase(name))}(${args})`, type: result };
  }
  if (typeName && !cx.decls.isStruct(typeName) && cx.decls.method(typeName, name)) {
    const m = cx.decls.method(typeName, name)!;
    const args = callArguments(
      cx,
      argNodes,
      m.params.map((p) => p.type),
      spread,
    );
    const all = args.isEmpty ? operand.code : ts`${operand.code}, ${args}`;
    return {
      code: ts`${cx.awaitIf([`${typeName}.${name}`])}${methodFunctionName(cx.decls, typeName, name)}(${all})`,
      type: tupleOf(m.results.map((r) => r.type)),
    };
  }
  const found = typeName ? findMethod(cx.decls, typeName, name) : null;
  if (found) {
    const m = found.method;
    const args = callArguments(
      cx,
      argNodes,
      m.params.map((p) => p.type),
      spread,
    );
    return {
      code: ts`${cx.awaitIf([`${m.receiverType}.${name}`])}${base}${found.path}.${methodName(cx.decls, name)}(${args})`,
      type: tupleOf(m.results.map((r) => r.type)),
    };
  }
  if (typeName === null && (operand.type.kind === 'unknown' || operand.type.kind === 'interface')) {
    const args = callArguments(cx, argNodes, [], spread);
    if (cx.decls.methodNames.has(name)) {
      const result = anyMethodResult(cx.decls, name);
      const implementations = [...cx.decls.methods].filter(([, ms]) => ms.has(name)).map(([t]) => `${t}.${name}`);
      return { code: ts`${cx.awaitIf(implementations)}${base}.${methodName(cx.decls, name)}(${args})`, type: result };
    }
    const keepsName = name === 'Error' || name === 'String';
    const runtimeName = propertyName(keepsName ? name : camelCase(name));
    return {
      code: ts`${blocksOnSomeType(name) ? cx.await() : ''}${base}.${runtimeName}(${args})`,
      type: keepsName ? STRING : UNKNOWN,
    };
  }
  return null;
}
