// Structs become classes (their impl blocks' methods inside); enums become unions of plain
// objects tagged by `kind`, their methods functions taking the value first.
//   struct Counter { n: u32 }  impl Counter { fn inc(&mut self) { self.n += 1; } }
//   -> class Counter { n: number; constructor(init: { n: number }) { .. } inc(): void { this.n += 1; } }
//   impl Counter { const MAX: u32 = 9; }  -> class Counter { static readonly MAX: number = 9; .. }
//   struct Meters(f64);  -> class Meters { 0: number; constructor(init: { 0: number }) { this[0] = init[0]; } }
//   enum Cmd { Get(String), Stop }  -> type Cmd = { kind: 'Get'; 0: string } | { kind: 'Stop' };
import { block, Code, mapped, ts, typeOnly } from '../emit/code.js';
import { field, kids, walk, type Node } from '../syntax.js';
import type { RustContext } from './context.js';
import { typeNameOfImpl } from './facts.js';
import { isForeignImpl } from './foreign-impls.js';
import {
  implCoversAll,
  implTypeArguments,
  selfOfDefinition,
  thisParameter,
  typeDefinitionParameters,
  typeParameterNames,
  typeParameters,
} from './generics.js';
import { className, propertyName, staticName, typeName } from './names.js';
import { inheritedMethods } from './trait-methods.js';
import { isScalar, named, tsType, type RustType } from './types.js';
import { defaultOf, enumMethodName } from './values.js';

export function structItem(cx: RustContext, node: Node): Code[] {
  const name = field(node, 'name')?.text ?? '';
  const decl = cx.items.structs.get(name);
  if (!decl) return [cx.unsupportedDeclaration(node, 'struct')];
  const jsName = className(name);
  const selfText = tsType(selfOfDefinition(node, name)) ?? jsName;
  const members: Code[] = [];
  for (const f of decl.fields) members.push(typeOnly(`${f.name}: ${tsType(f.type) ?? 'any'};`));
  if (decl.fields.length > 0) {
    const init = `{ ${decl.fields.map((f) => `${f.name}: ${tsType(f.type) ?? 'any'}`).join('; ')} }`;
    members.push(
      ts`constructor(init${typeOnly(`: ${init}`)}) ${block(decl.fields.map((f) => ts`${member('this', f.name)} = ${member('init', f.name)};`))}`,
    );
  }
  if (decl.derives.has('Default')) {
    const zeros = decl.fields.map((f) => `${f.name}: ${defaultOf(cx, f.type)}`).join(', ');
    members.push(
      ts`static default_${typeOnly(typeDefinitionParameters(node))}()${typeOnly(`: ${selfText}`)} ${block([ts`return new ${jsName}(${decl.fields.length ? `{ ${zeros} }` : ''});`])}`,
    );
  }
  if (decl.derives.has('Clone')) {
    cx.use('rs');
    const copies = decl.fields.map((f) => `${f.name}: ${cloneText(member('this', f.name), f.type)}`).join(', ');
    members.push(
      ts`clone()${typeOnly(`: ${selfText}`)} ${block([ts`return new ${jsName}(${decl.fields.length ? `{ ${copies} }` : ''});`])}`,
    );
  }
  for (const impl of implsOf(node, name)) {
    cx.with({ selfType: name, selfArgs: implTypeArguments(cx.items.type(field(impl, 'type'))) }, () => {
      for (const c of kids(field(impl, 'body')).filter((k) => k.type === 'const_item'))
        members.push(associatedConstant(cx, c));
      const methods = kids(field(impl, 'body')).filter((m) => m.type === 'function_item');
      for (const m of [...methods, ...inheritedMethods(cx.items.traits, impl)]) members.push(method(cx, m, impl, node));
    });
  }
  const declared = mapped(
    cx.pos(node),
    ts`class ${jsName}${typeOnly(typeDefinitionParameters(node))} ${block(members)}`,
  );
  return [declared, ...renamedType(node, name, jsName)];
}

/**
 * A struct whose name the runtime's exports take (`struct Handle`) is the class `Handle_`, while
 * types are written by their Rust name (`Vec<Handle>`, `-> Option<&Handle>`): that name stands
 * for the class, and `{:?}` prints the Rust name.
 */
function renamedType(node: Node, name: string, jsName: string): Code[] {
  const written = typeName(name);
  if (written === jsName) return [];
  const names = typeParameterNames(node);
  const args = names.length ? `<${names.join(', ')}>` : '';
  return [
    typeOnly(`type ${written}${typeDefinitionParameters(node)} = ${jsName}${args};`),
    ts`Object.defineProperty(${jsName}, 'name', { value: ${JSON.stringify(name)} });`,
  ];
}

/** `impl Percent { const MAX: u8 = 100; }`: a static of the class, read as `Percent.MAX`. */
function associatedConstant(cx: RustContext, node: Node): Code {
  const type = cx.items.type(field(node, 'type'));
  const value = cx.exprWithExpected(field(node, 'value')!, type);
  const shown = tsType(type);
  return mapped(
    cx.pos(node),
    ts`static ${typeOnly('readonly ')}${field(node, 'name')!.text}${typeOnly(shown ? `: ${shown}` : '')} = ${value.code};`,
  );
}

/** The impl blocks beside a struct: in the file, or in the function body that declares it. */
function implsOf(node: Node, name: string): Node[] {
  return kids(node.parent ?? node.tree.rootNode).filter((k) => k.type === 'impl_item' && typeNameOfImpl(k) === name);
}

export function enumItem(cx: RustContext, node: Node): Code[] {
  const name = field(node, 'name')?.text ?? '';
  const decl = cx.items.enums.get(name);
  if (!decl) return [cx.unsupportedDeclaration(node, 'enum')];
  const variants = [...decl.variants.values()].map((v) => {
    const fs = v.fields.map((f) => `${/^\d+$/.test(f.name) ? `${f.name}` : f.name}: ${tsType(f.type) ?? 'any'}`);
    return `{ kind: '${v.name}'${fs.length ? `; ${fs.join('; ')}` : ''} }`;
  });
  // `enum Never {}` has no value at all.
  const union = variants.length ? `\n  | ${variants.join('\n  | ')}` : ' never';
  const declared = mapped(cx.pos(node), typeOnly(`type ${typeName(name)}${typeDefinitionParameters(node)} =${union};`));
  if (!decl.derives.has('PartialOrd') && !decl.derives.has('Ord')) return [declared];
  cx.use('rs');
  return [declared, ts`rs.deriveOrd(${variantOrder(node, [...decl.variants.values()])});`];
}

/**
 * `#[derive(PartialOrd)]`: the variants in their order (by discriminant where one is written,
 * `enum P { Low = 1, High = 10 }`), each with its fields in declaration order.
 */
function variantOrder(node: Node, variants: { name: string; fields: { name: string }[] }[]): string {
  let next = 0n;
  const values = new Map<string, bigint>();
  for (const v of kids(field(node, 'body')).filter((k) => k.type === 'enum_variant')) {
    const written = field(v, 'value')
      ?.text.replace(/_/g, '')
      .replace(/[iu](8|16|32|64|128|size)$/, '');
    try {
      if (written !== undefined) next = BigInt(written);
    } catch {
      // A discriminant that is not a literal keeps the declaration order.
    }
    values.set(field(v, 'name')?.text ?? '', next++);
  }
  const ordered = [...variants].sort((a, b) => {
    const [x, y] = [values.get(a.name) ?? 0n, values.get(b.name) ?? 0n];
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const entries = ordered.map(
    (v) => `${v.name}: [${v.fields.map((f) => (/^\d+$/.test(f.name) ? f.name : `'${f.name}'`)).join(', ')}]`,
  );
  return `{ ${entries.join(', ')} }`;
}

/** Methods of an enum become functions taking the value first (enum values are plain objects). */
export function implItem(cx: RustContext, node: Node): Code[] {
  const name = typeNameOfImpl(node);
  const foreign = isForeignImpl(cx.items, node);
  if (!cx.items.enums.has(name) && !foreign) return [];
  const own = kids(field(node, 'body')).filter((m) => m.type === 'function_item');
  const methods = [...own, ...inheritedMethods(cx.items.traits, node)];
  const selfArgs = foreign ? [] : implTypeArguments(cx.items.type(field(node, 'type')));
  const selfValue = foreign ? cx.items.type(field(node, 'type')) : null;
  const selfText = selfValue ? (tsType(selfValue) ?? 'any') : (tsType(named(name, ...selfArgs)) ?? typeName(name));
  return cx.with({ selfType: name, selfArgs, selfValue }, () =>
    methods.map((m) => {
      const sig = cx.items.signature(m);
      // `impl Display for E { fn fmt(&self, f) }`: a function from the value to its text; a
      // hand-written `impl Debug`'s fmt is another one, named fmtDebug.
      const trait = formattingTrait(node, sig.name);
      const isDisplay = trait !== null;
      const fnName = enumMethodName(name, trait === 'Debug' ? 'fmt_debug' : sig.name);
      const shape = (params: Code, result: Code, body: Code, isAsync: Code) => {
        const self = sig.self ? ts`self${typeOnly(`: ${selfText}`)}` : new Code();
        const own = isDisplay ? formatterParameter(cx, m, params) : params;
        const all = sig.self && !own.isEmpty ? ts`${self}, ${own}` : sig.self ? self : own;
        return ts`${isAsync}function ${fnName}${typeParameters(node, m)}(${all})${result} ${body}`;
      };
      const key = `${name}.${trait === 'Debug' ? 'fmt_debug' : sig.name}`;
      return cx.with({ displayMethod: isDisplay }, () =>
        mapped(cx.pos(m), cx.functionLike(key, m, sig, shape, sig.self ? 'self' : null, isDisplay)),
      );
    }),
  );
}

/** `fmt` of an `impl Display` or of a hand-written `impl Debug`, which both return their text here. */
function formattingTrait(impl: Node, methodName: string): 'Display' | 'Debug' | null {
  if (methodName !== 'fmt') return null;
  const trait = /(?:^|::)(Display|Debug)$/.exec(field(impl, 'trait')?.text ?? '');
  return trait ? (trait[1] as 'Display' | 'Debug') : null;
}

/** A method of `definition`'s class, from one of its impl blocks. */
function method(cx: RustContext, m: Node, impl: Node, definition: Node): Code {
  const sig = cx.items.signature(m);
  // Display's fmt is the class's toString(f); a hand-written Debug's is fmtDebug(f), which `{:?}` calls.
  const trait = formattingTrait(impl, sig.name);
  const isDisplay = trait !== null;
  const key = `${cx.selfType}.${trait === 'Debug' ? 'fmt_debug' : sig.name}`;
  const isDrop = /(^|::)Drop$/.test(field(impl, 'trait')?.text ?? '') && sig.name === 'drop';
  if (isDrop) cx.use('rs');
  const ownParameters = implCoversAll(definition, cx.selfArgs);
  const self = named(cx.selfType!, ...cx.selfArgs);
  const shape = (params: Code, result: Code, body: Code, isAsync: Code) => {
    if (isDisplay)
      return ts`${trait === 'Debug' ? 'fmtDebug' : 'toString'}(${formatterParameter(cx, m, params)})${typeOnly(': string')} ${body}`;
    if (sig.self === null)
      return ts`static ${isAsync}${staticName(sig.name)}${typeOnly(typeDefinitionParameters(impl, m))}(${params})${result} ${body}`;
    // A class's methods see its own type parameters; an impl for some of its values says which.
    const all = ownParameters ? params : ts`${thisParameter(self, !params.isEmpty)}${params}`;
    // After `Drop::drop` Rust drops each field it owns: a permit, a sender, an Arc's count (not a `&'a` borrow).
    const borrowed = borrowedFields(definition);
    const dropped = borrowed.length ? ts`rs.dropFields(this, ${JSON.stringify(borrowed)});` : ts`rs.dropFields(this);`;
    const ran = isDrop ? block([ts`try ${body} finally ${block([dropped])}`]) : body;
    return ts`${isAsync}${cx.items.methodName(cx.selfType!, sig.name)}${typeParameters(m)}(${all})${result} ${ran}`;
  };
  return cx.with({ displayMethod: isDisplay }, () =>
    mapped(cx.pos(m), cx.functionLike(key, m, sig, shape, sig.self ? 'this' : null, isDisplay)),
  );
}

/** The fields of a struct that borrow (`lock: &'a SpinLock<T>`): dropping the struct leaves their values alone. */
function borrowedFields(definition: Node): string[] {
  const body = field(definition, 'body');
  if (body?.type !== 'field_declaration_list') return [];
  return kids(body)
    .filter((f) => f.type === 'field_declaration' && field(f, 'type')?.type === 'reference_type')
    .map((f) => propertyName(field(f, 'name')?.text ?? ''));
}

/**
 * Display's `f: &mut Formatter`, where fmt reads it (`f.precision()`, `f.write_str(..)`): a
 * parameter that JavaScript's own toString() calls leave out. `write!(f, ..)` alone needs none.
 */
function formatterParameter(cx: RustContext, fmt: Node, params: Code): Code {
  const name = cx.items.signature(fmt).params[0]?.pattern.text;
  let read = false;
  walk(field(fmt, 'body') ?? fmt, (n) => {
    read ||= n.type === 'identifier' && n.text === name;
    return !read && n.type !== 'token_tree';
  });
  if (!read) return new Code();
  cx.use('Formatter');
  return ts`${params} = Formatter.plain`;
}

/** `this.count`, or `this[0]` for a field of a tuple struct (`struct Meters(f64)`). */
function member(object: string, name: string): string {
  return /^\d+$/.test(name) ? `${object}[${name}]` : `${object}.${name}`;
}

function cloneText(text: string, type: RustType): string {
  return isScalar(type) || type.kind === 'unit' ? text : `rs.clone(${text})`;
}
