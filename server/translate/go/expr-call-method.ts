// Method calls `x.M(args)`, by what x is:
//   a runtime type       wg.Wait()        -> await wg.wait()        (camelCase; await where it blocks)
//   a runtime number     d.Seconds()      -> time.durationSeconds(d)
//   a non-struct type    s.String()       -> stateString(s)         (its methods are functions)
//                        c.Inc() (*T)     -> counterInc(pointerTo(() => c, (v) => (c = v)))
//   a struct (or *T)     c.Inc()          -> await c.inc()          (also promoted: c.Inner.inc())
//   a *T that may be nil l.Len()          -> List.prototype.len.call(l)   (a method that works on nil)
//   promoted             s.Lock()         -> await s.Mutex.lock()   (an embedded runtime type or interface too)
//   an interface         shape.Area()     -> await shape.area()     (await if any implementation is async)
import { ts, type Code } from '../emit/code.js';
import { field, type Node } from '../syntax.js';
import { callArguments } from './call-arguments.js';
import { methodName } from './declarations.js';
import type { GoContext, Typed } from './context.js';
import {
  acceptsNilReceiver,
  anyMethodResult,
  findMethod,
  methodFunctionName,
  pathCode,
  type MethodTarget,
} from './methods.js';
import { memberBase, nonStructReceiver } from './expr-selector.js';
import { receiverSlot, resultsMayBeNil } from './functions.js';
import { nilableType, nonNil } from './values.js';
import { propertyName, typeName } from './names.js';
import { runtimeTypeHasMethod } from './runtime-members.js';
import {
  blocksOnSomeType,
  camelCase,
  isBlockingMethod,
  mayReturnNil,
  numberMethodFunction,
  runtimeMethodResult,
} from './stdlib.js';
import { runtimeMethodParams } from './stdlib-params.js';
import { derefType, instantiate, namedOf, resolve, STRING, tupleOf, UNKNOWN } from './types.js';

/** The call, or null when x's type has no such method (then it is a call of a function value). */
export function methodCall(cx: GoContext, fnNode: Node, argNodes: Node[], spread: boolean): Typed | null {
  const operandNode = field(fnNode, 'operand')!;
  const name = field(fnNode, 'field')!.text;
  const operand = cx.expr(operandNode);
  // Go panics calling a method through a nil pointer or interface: `p!.m()` (values.ts).
  const base = nonNil(memberBase(operandNode, operand)).code;
  const typeName = namedOf(operand.type);
  const isInterface =
    operand.type.kind === 'unknown' || resolve(derefType(operand.type), cx.decls).kind === 'interface';
  if (typeName && typeName.includes('.') && !isInterface)
    return runtimeMethodCall(cx, fnNode, base, typeName, name, argNodes, spread);
  const found = findMethod(cx.decls, operand.type, name);
  const receiver = ts`${base}${pathCode(found?.path ?? '')}`;
  switch (found?.kind) {
    case 'declared':
      return declaredMethodCall(cx, operandNode, operand, found, argNodes, spread);
    case 'runtime':
      return runtimeMethodCall(cx, fnNode, receiver, found.typeName, name, argNodes, spread);
    case 'interface':
      return dynamicMethodCall(cx, receiver, name, argNodes, spread);
  }
  // An io.Reader may be os.Stdin, whose Read waits: a library interface's method that blocks on some runtime type is awaited.
  const libraryInterface = isInterface && typeName !== null && typeName.includes('.');
  if (isInterface) return dynamicMethodCall(cx, base, name, argNodes, spread, libraryInterface);
  return null;
}

function runtimeMethodCall(
  cx: GoContext,
  fnNode: Node,
  receiver: Code,
  typeName: string,
  name: string,
  argNodes: Node[],
  spread: boolean,
): Typed {
  const args = callArguments(cx, argNodes, runtimeMethodParams(typeName, name), spread, { runtime: true });
  const blocking = isBlockingMethod(typeName, name);
  const result = runtimeMethodResult(typeName, name) ?? UNKNOWN;
  const asFunction = numberMethodFunction(typeName, name);
  if (asFunction) {
    cx.use(typeName.split('.')[0]!);
    return { code: ts`${asFunction}(${args.isEmpty ? receiver : ts`${receiver}, ${args}`})`, type: result };
  }
  // fmt calls String() and Error() by these names, and so do the runtime's classes.
  const member = name === 'String' || name === 'Error' ? name : propertyName(camelCase(name));
  if (!runtimeTypeHasMethod(typeName, member))
    return { code: cx.unsupported(fnNode, `${typeName}.${name}`), type: UNKNOWN };
  const call = ts`${receiver}.${member}(${args})`;
  return {
    code: blocking ? cx.awaitOperation(call) : call,
    type: result,
    maybeNil: mayReturnNil(`${typeName}.${name}`),
  };
}

/** A method the program declares: a class method of a struct, a function taking the receiver first otherwise. */
function declaredMethodCall(
  cx: GoContext,
  operandNode: Node,
  operand: Typed,
  found: Extract<MethodTarget, { kind: 'declared' }>,
  argNodes: Node[],
  spread: boolean,
): Typed {
  const m = found.method;
  const key = `${m.receiverType}.${m.name}`;
  // A generic type's instance (`Stack[int]`): its method's T is int here.
  const instance = found.path === '' ? derefType(operand.type) : UNKNOWN;
  const bound = new Map(
    m.receiverTypeParameters.map((p, i) => [p, (instance.kind === 'named' && instance.args?.[i]) || UNKNOWN]),
  );
  const params = m.params.map((p) => instantiate(p.type, bound));
  const results = m.results.map((r) => instantiate(r.type, bound));
  const args = callArguments(cx, argNodes, params, spread, {
    fnKey: key,
    variadic: m.params.at(-1)?.variadic ? m.params.at(-1)!.type : null,
  });
  const nils = resultsMayBeNil(cx, key, results);
  const type: Typed = {
    code: ts``,
    type: tupleOf(results),
    maybeNil: nils.length === 1 && nils[0],
    itemsMaybeNil: nils,
  };
  if (cx.decls.isStruct(m.receiverType)) {
    const base = memberBase(operandNode, operand);
    const method = methodName(m.name);
    if (mayBeNilPointer(operand, found) && acceptsNilReceiver(m)) {
      const all = args.isEmpty ? base.code : ts`${base.code}, ${args}`;
      return { ...type, code: ts`${cx.awaitIf([key])}${typeName(m.receiverType)}.prototype.${method}.call(${all})` };
    }
    return { ...type, code: ts`${cx.awaitIf([key])}${nonNil(base).code}${pathCode(found.path)}.${method}(${args})` };
  }
  // A value receiver that may be nil (a nil map) goes to the method's function as it is.
  if (operand.maybeNil && found.path === '' && !m.pointerReceiver) cx.decls.nil.store(receiverSlot(key));
  const receiver = nonStructReceiver(cx, operandNode, operand, found);
  const all = args.isEmpty ? receiver : ts`${receiver}, ${args}`;
  return { ...type, code: ts`${cx.awaitIf([key])}${methodFunctionName(cx.decls, m.receiverType, m.name)}(${all})` };
}

/** A *T receiver that may be nil: a pointer, not a `&T{...}` made here nor a field reached on the way. */
function mayBeNilPointer(operand: Typed, found: Extract<MethodTarget, { kind: 'declared' }>): boolean {
  return operand.type.kind === 'pointer' && found.path === '' && !operand.code.toString().startsWith('new ');
}

/** A method of a value whose type is known only at run time (an interface): as the runtime or the program names it. */
function dynamicMethodCall(
  cx: GoContext,
  receiver: Code,
  name: string,
  argNodes: Node[],
  spread: boolean,
  libraryInterface = false,
): Typed {
  const args = callArguments(cx, argNodes, [], spread);
  if (cx.decls.methodNames.has(name)) {
    const result = anyMethodResult(cx.decls, name);
    const implementations = [...cx.decls.methods].filter(([, ms]) => ms.has(name)).map(([t]) => `${t}.${name}`);
    const wait = libraryInterface && blocksOnSomeType(name) ? cx.await() : cx.awaitIf(implementations);
    // An interface's method may return nil wherever its result type can hold it (type-declarations.ts).
    const nils = (result.kind === 'tuple' ? result.items : [result]).map((r) => nilableType(cx, r));
    return {
      code: ts`${wait}${receiver}.${methodName(name)}(${args})`,
      type: result,
      maybeNil: result.kind !== 'tuple' && nils[0],
      itemsMaybeNil: nils,
    };
  }
  const keepsName = name === 'Error' || name === 'String';
  const runtimeName = propertyName(keepsName ? name : camelCase(name));
  const call = ts`${receiver}.${runtimeName}(${args})`;
  return { code: blocksOnSomeType(name) ? cx.awaitOperation(call) : call, type: keepsName ? STRING : UNKNOWN };
}
