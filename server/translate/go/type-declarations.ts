// Type declarations and their methods:
//   type Point struct { X, Y int }   -> class Point { X: number; Y: number;
//   func (p *Point) Move(dx int)          constructor(init: Partial<Point> = {}) { ... }
//                                         clone(): Point { ... }   (Go copies struct values)
//                                         move(dx: number): void { ... } }
//   type Shape interface { Area() float64 }  -> interface Shape { area(): number | Promise<number>; }
//   type State int; func (s State) String()  -> type State = number; function stateString(s: State): string { }
//   a second type T in one block (Go rejects it) -> a panic when reached
import { block, ifAsync, join, mapped, ts, typeOnly, type Code } from '../emit/code.js';
import { field, kids, point, type Node } from '../syntax.js';
import type { GoContext } from './context.js';
import { parseType, signatureOf, type MethodDecl } from './declarations.js';
import { functionParts, resultType, resultTypeText } from './functions.js';
import { methodFunctionName, methodName } from './methods.js';
import { propertyName, typeName } from './names.js';
import { Scope } from './scope.js';
import { tsType, tsTypeOrNull, type Field, type GoType } from './types.js';
import { copyIfStruct, zeroFor } from './values.js';

export function typeDeclaration(cx: GoContext, node: Node): Code[] {
  const out: Code[] = [];
  cx.decls.collectTypes(node);
  for (const spec of kids(node)) {
    const name = field(spec, 'name')?.text ?? '';
    const typeNode = field(spec, 'type');
    if (!typeNode) continue;
    if (!cx.scope.reserve(typeName(name))) {
      out.push(cx.unsupportedStatement(spec, `type ${name} declared again in this block`));
      continue;
    }
    const type = parseType(typeNode);
    const methods = [...(cx.decls.methods.get(name)?.values() ?? [])];
    if (type.kind === 'struct') out.push(mapped(point(spec), structClass(cx, name, type.fields, methods)));
    else if (type.kind === 'interface') out.push(interfaceType(cx, name, typeNode));
    else {
      out.push(typeOnly(`type ${typeName(name)} = ${tsType(type)};`));
      for (const m of methods) out.push(methodAsFunction(cx, name, type, m));
    }
  }
  return out;
}

/** Methods may be async in some implementation, so each result may be a Promise. */
function interfaceType(cx: GoContext, name: string, node: Node): Code {
  const members = kids(node)
    .filter((n) => n.type === 'method_elem')
    .map((m) => {
      const sig = signatureOf(m);
      const tsName = methodName(cx.decls, field(m, 'name')?.text ?? '');
      const scope = new Scope();
      const params = sig.params
        .map((p) => `${scope.declare(p.name === '_' ? 'arg' : p.name, p.type).tsName}: ${tsTypeOrNull(p.type)}`)
        .join(', ');
      const result = resultTypeText(sig.results, false);
      return `${tsName}(${params}): ${result} | Promise<${result}>;`;
    });
  const body = members.length ? ` ${members.join(' ')} ` : ' ';
  return typeOnly(`interface ${typeName(name)} {${body}}`);
}

function structClass(cx: GoContext, goName: string, structFields: Field[], methods: MethodDecl[]): Code {
  const name = typeName(goName);
  const fieldNames = structFields.map((f) => propertyName(f.name));
  const members: Code[] = structFields.map((f, i) => ts`${fieldNames[i]!}${typeOnly(`: ${tsType(f.type)}`)};`);
  const init = structFields.map(
    (f, i) => ts`this.${fieldNames[i]!} = init.${fieldNames[i]!} ?? ${zeroFor(cx, f.type, false)};`,
  );
  members.push(ts`constructor(init${typeOnly(`: Partial<${name}>`)} = {}) ${block(init)}`);
  const copies = structFields.map((f, i) => copyIfStruct(cx, ts`this.${fieldNames[i]!}`, f.type));
  const cloneBody = join(
    fieldNames.map((f, i) => ts`${f}: ${copies[i]!}`),
    ', ',
  );
  members.push(ts`clone()${typeOnly(`: ${name}`)} ${block([ts`return new ${name}({ ${cloneBody} });`])}`);
  for (const m of methods) members.push(method(cx, m));
  return ts`class ${name} ${block(members)}`;
}

function method(cx: GoContext, m: MethodDecl): Code {
  const receiverType: GoType = m.pointerReceiver
    ? { kind: 'pointer', elem: { kind: 'named', name: m.receiverType } }
    : { kind: 'named', name: m.receiverType };
  const key = `${m.receiverType}.${m.name}`;
  const { params, body } = functionParts(cx, key, m.node, m, {
    name: m.receiverName,
    type: receiverType,
    asThis: true,
  });
  return ts`${ifAsync([key], 'async ')}${methodName(cx.decls, m.name)}(${params})${resultType(m.results, key)} ${body}`;
}

/** Methods on non-struct types (`type State int`) become functions taking the value first. */
function methodAsFunction(cx: GoContext, goTypeName: string, type: GoType, m: MethodDecl): Code {
  const key = `${goTypeName}.${m.name}`;
  const { params, body, receiverName } = functionParts(cx, key, m.node, m, {
    name: m.receiverName,
    type: { kind: 'named', name: goTypeName },
    asThis: false,
  });
  const receiver = ts`${receiverName}${typeOnly(`: ${tsType(type) === 'number' ? typeName(goTypeName) : tsType(type)}`)}`;
  const all = params.isEmpty ? receiver : ts`${receiver}, ${params}`;
  return ts`${ifAsync([key], 'async ')}function ${methodFunctionName(cx.decls, goTypeName, m.name)}(${all})${resultType(m.results, key)} ${body}`;
}
