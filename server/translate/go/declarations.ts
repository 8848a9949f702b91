import { field, fields, kids, type Node } from '../syntax.js';
import { propertyName, safeName } from './names.js';
import { NilSlots } from './nil-slots.js';
import { camelCase } from './stdlib.js';
import { ownSyntaxError } from './syntax-errors.js';
import {
  ANY,
  BASIC_NAMES,
  ERROR,
  NO_DECLARATIONS,
  resolve,
  tsType,
  UNKNOWN,
  type Field,
  type GoType,
  type TypeEnv,
} from './types.js';

export interface FuncSignature {
  params: { name: string; type: GoType; variadic: boolean }[];
  results: { name: string; type: GoType }[];
}

export interface FuncDecl extends FuncSignature {
  name: string;
  node: Node;
}

export interface MethodDecl extends FuncDecl {
  receiverType: string;
  receiverName: string;
  pointerReceiver: boolean;
  /** The type parameters the receiver names, of a generic type's method (`func (s *Stack[T]) Push`: T). */
  receiverTypeParameters: string[];
}

/**
 * A generic declaration that takes the zero values of its type parameters from whoever
 * instantiates it: a function (`zeroT` parameters, `key` its key) or a struct type's class
 * (`#zeroT` fields, `key` the type's name). `access` names the factory of T's zero there.
 */
export interface ZeroOwner {
  key: string;
  access(name: string): string;
}

/** The slot recording that the declaration `key` needs its type parameter's zero value (nil-slots.ts). */
export function zeroSlot(key: string, name: string): string {
  return `zero:${key}#${name}`;
}

/** What a type parameter's constraint says: its zero value (0, '' or null), whether it admits numbers and bigints, its core type. */
interface TypeParameter {
  zero: string;
  numbersAndBigints: boolean;
  core: GoType | null;
}

/**
 * Methods are camelCase, as the runtime calls them (`Less` -> `less`), except String, Error
 * and GoString, which fmt calls by these names. A field of the same name yields (`fieldName`).
 */
export function methodName(name: string): string {
  if (name === 'String' || name === 'Error' || name === 'GoString') return name;
  return propertyName(safeName(camelCase(name)));
}

/** Everything declared at the top level of a Go source, found before translating bodies. */
export class Declarations implements TypeEnv {
  readonly types = new Map<string, GoType>();
  readonly functions = new Map<string, FuncDecl>();
  readonly methods = new Map<string, Map<string, MethodDecl>>();
  /** Method names declared on any type: calls `x.Name()` on them are user method calls. */
  readonly methodNames = new Set<string>();
  readonly imports = new Map<string, string>();
  /** Names declared as aliases (`type A = B`): the same type as B, with B's methods. */
  readonly aliases = new Set<string>();
  /** Where this translation round assumes nil may be stored, and where it found it stored (nil-slots.ts). */
  nil = new NilSlots();
  /** Type parameters of generic functions and types, with their zero values (the same name in several declarations: null unless all agree). */
  private readonly typeParameters = new Map<string, string>();
  /** The type parameter list that declares each type parameter name first: its function writes the alias of an erased one. */
  private readonly firstDeclaredIn = new Map<string, number>();
  /** Type parameters of generic types: their classes stay generic, so the name is never erased. */
  private readonly keptGeneric = new Set<string>();
  /** Type parameters whose constraint admits numbers and bigints (`~int | ~int64`): zero 0, arithmetic through the runtime's `numeric`. */
  private readonly numbersAndBigints = new Set<string>();
  /** Type parameters whose constraint has a core type (`S ~[]E`: []E), where every declaration of the name agrees; null where they differ. */
  private readonly coreTypes = new Map<string, GoType | null>();
  /** What each type parameter list declares, by the list's node id: one declaration's `T` is not another's. */
  private readonly lists = new Map<number, Map<string, TypeParameter>>();
  /** A generic type's parameter list, by the type's name: its methods have these parameters. */
  private readonly typeParameterLists = new Map<string, Node>();
  /** `collidingFields`, once found. */
  private colliding: ReadonlySet<string> | null = null;
  /** The lists of the generic declarations being translated, innermost last (`withTypeParameters`). */
  private readonly active: { params: Map<string, TypeParameter>; owner: ZeroOwner | null }[] = [];

  /** See `TypeEnv.collidingFields`: found once the types and methods are collected. */
  collidingFields(): ReadonlySet<string> {
    if (this.colliding) return this.colliding;
    const found = new Set<string>();
    for (const [typeName, methods] of this.methods) {
      const t = this.types.get(typeName);
      if (t?.kind !== 'struct') continue;
      const written = new Set([...methods.keys()].map(methodName));
      for (const f of t.fields) if (written.has(propertyName(f.name))) found.add(f.name);
    }
    return (this.colliding = found);
  }

  underlying(name: string): GoType | null {
    const own = this.types.get(name);
    if (own) return own;
    const inScope = this.inScope(name);
    return inScope ? inScope.core : (this.coreTypes.get(name) ?? null);
  }

  /**
   * Runs `translate` with the type parameters of a generic function (its list) or a generic
   * type (its name: the methods too) in scope: their zero values and constraints are theirs,
   * whatever another declaration's parameter of the same name is.
   */
  withTypeParameters<R>(declaration: Node | string | null, translate: () => R, owner: ZeroOwner | null = null): R {
    const list = typeof declaration === 'string' ? (this.typeParameterLists.get(declaration) ?? null) : declaration;
    const params = list ? this.lists.get(list.id) : undefined;
    if (!params) return translate();
    this.active.push({ params, owner });
    try {
      return translate();
    } finally {
      this.active.pop();
    }
  }

  /** A type parameter of a declaration being translated, the innermost first. */
  private inScope(name: string): TypeParameter | null {
    for (let i = this.active.length - 1; i >= 0; i--) {
      const found = this.active[i]!.params.get(name);
      if (found) return found;
    }
    return null;
  }

  /**
   * The zero value of a type parameter whose constraint does not say it (`T any`), as the
   * declaration that declares T has it from whoever instantiates it (`zeroT()`,
   * `this.#zeroT()`: see `ZeroOwner`); null while that declaration does not take it yet (the
   * need is recorded, the next translation round gives it).
   */
  typeParameterZeroCode(name: string): string | null {
    for (let i = this.active.length - 1; i >= 0; i--) {
      const { params, owner } = this.active[i]!;
      const found = params.get(name);
      if (!found) continue;
      if (found.zero !== 'null' || !owner) return null;
      const slot = zeroSlot(owner.key, name);
      this.nil.store(slot);
      return this.nil.holds(slot) ? `${owner.access(name)}()` : null;
    }
    return null;
  }

  /** Whether the declaration `key` (a function's key, or a generic struct type's name) takes the zero value of its type parameter `name`. */
  takesZero(key: string, name: string): boolean {
    return this.nil.holds(zeroSlot(key, name));
  }

  unconstrainedZero(typeName: string, name: string): boolean {
    const list = this.typeParameterLists.get(typeName);
    return list !== undefined && this.lists.get(list.id)?.get(name)?.zero === 'null';
  }

  /** The type parameters of a generic function or struct type, in order. */
  typeParameterNames(declaration: Node | string): string[] {
    const list =
      typeof declaration === 'string'
        ? this.typeParameterLists.get(declaration)
        : field(declaration, 'type_parameters');
    return kids(list ?? null).flatMap((d) => fields(d, 'name').map((n) => n.text));
  }

  /** Whether `name` is a type parameter of the generic function declared by `node`. */
  isTypeParameterOf(node: Node, name: string): boolean {
    const list = field(node, 'type_parameters');
    return list !== null && (this.lists.get(list.id)?.has(name) ?? false);
  }

  /** Whether the named type is a struct, directly or through another named type (`type pixel point`). */
  isStruct(name: string): boolean {
    return resolve({ kind: 'named', name }, this).kind === 'struct';
  }

  /** A method of the named type, or of the type an alias names (`type A = B`). */
  method(typeName: string, name: string): MethodDecl | null {
    const own = this.methods.get(typeName)?.get(name);
    if (own) return own;
    const target = this.aliases.has(typeName) ? this.types.get(typeName) : null;
    return target?.kind === 'named' ? this.method(target.name, name) : null;
  }

  /**
   * Type parameters constrained to numbers (or strings) alone are erased: TypeScript types
   * `total += x` on a `N extends number` as a number, not an N. Gives the module-level
   * aliases that stand for them (`type N = number;`), each once, and the names erased.
   */
  erasedTypeParameters(list: Node | null): { aliases: string; names: Set<string> } {
    const names = new Set<string>();
    let aliases = '';
    for (const decl of kids(list)) {
      const constraint = constraintText(kids(decl).find((n) => n.type === 'type_constraint') ?? null, this);
      for (const n of fields(decl, 'name')) {
        if (!this.isErasedTypeParameter(n.text)) continue;
        names.add(n.text);
        if (this.firstDeclaredIn.get(n.text) === list!.id) aliases += `type ${safeName(n.text)} = ${constraint};\n`;
      }
    }
    return { aliases, names };
  }

  /** A type parameter constrained to numbers or to strings alone, everywhere it is declared. */
  isErasedTypeParameter(name: string): boolean {
    const zero = this.typeParameters.get(name);
    return (
      (zero === '0' || zero === "''") &&
      !this.types.has(name) &&
      !this.keptGeneric.has(name) &&
      !this.numbersAndBigints.has(name)
    );
  }

  /** A type parameter constrained to integers and floats some of which are bigints (big-integers.ts). */
  admitsNumbersAndBigints(name: string): boolean {
    const inScope = this.inScope(name);
    if (inScope) return inScope.numbersAndBigints;
    return this.numbersAndBigints.has(name) && this.typeParameters.get(name) === '0';
  }

  /** The zero value of a type parameter: 0 or '' when its constraint says, else null. */
  typeParameterZero(name: string): string | null {
    return this.inScope(name)?.zero ?? this.typeParameters.get(name) ?? null;
  }

  static collect(root: Node): Declarations {
    const d = new Declarations();
    for (const node of kids(root)) {
      if (node.type === 'import_declaration') d.collectImports(node);
      else if (node.type === 'type_declaration') d.collectTypes(node);
    }
    for (const node of kids(root)) {
      if (node.type === 'function_declaration') {
        const name = field(node, 'name')?.text ?? '';
        d.collectTypeParameters(field(node, 'type_parameters'));
        d.functions.set(name, { name, node, ...signatureOf(node) });
      } else if (node.type === 'method_declaration' && !ownSyntaxError(node)) {
        // One with a syntax error in its signature is a placeholder where it stands (source-file.ts).
        d.collectMethod(node);
      }
    }
    return d;
  }

  private collectImports(node: Node): void {
    node.descendantsOfType('import_spec').forEach((spec) => {
      if (!spec) return;
      const path = field(spec, 'path')?.text.replace(/^["`]|["`]$/g, '') ?? '';
      const alias = field(spec, 'name')?.text ?? path.split('/').pop() ?? path;
      this.imports.set(alias, path);
    });
  }

  collectTypes(node: Node): void {
    for (const spec of kids(node)) {
      const name = field(spec, 'name')?.text;
      const type = field(spec, 'type');
      if (name && type) this.types.set(name, parseType(type));
      if (name && spec.type === 'type_alias') this.aliases.add(name);
      const list = field(spec, 'type_parameters');
      if (name && list) this.typeParameterLists.set(name, list);
      this.collectTypeParameters(list, false);
    }
  }

  /** Type parameters by name, with the zero value their constraint gives (`[N int | float64]`: 0). */
  private collectTypeParameters(list: Node | null, erasable = true): void {
    for (const decl of kids(list)) {
      const constraintNode = kids(decl).find((n) => n.type === 'type_constraint') ?? null;
      const constraint = constraintText(constraintNode, this);
      const kinds = new Set(constraint?.split(' | '));
      const mixed = kinds.size === 2 && kinds.has('number') && kinds.has('bigint');
      const zero = constraint === 'number' || mixed ? '0' : constraint === 'string' ? "''" : 'null';
      const core = coreType(constraintNode);
      const own = this.lists.get(list!.id) ?? new Map<string, TypeParameter>();
      this.lists.set(list!.id, own);
      for (const n of fields(decl, 'name')) {
        own.set(n.text, { zero, numbersAndBigints: mixed, core });
        if (!erasable) this.keptGeneric.add(n.text);
        if (mixed) this.numbersAndBigints.add(n.text);
        if (!this.firstDeclaredIn.has(n.text)) this.firstDeclaredIn.set(n.text, list!.id);
        const known = this.typeParameters.get(n.text);
        this.typeParameters.set(n.text, known === undefined || known === zero ? zero : 'null');
        const knownCore = this.coreTypes.get(n.text);
        const agrees = knownCore === undefined || (knownCore !== null && core !== null && sameType(knownCore, core));
        this.coreTypes.set(n.text, agrees ? core : null);
      }
    }
  }

  private collectMethod(node: Node): void {
    const receiver = kids(field(node, 'receiver')).find((n) => n.type === 'parameter_declaration');
    if (!receiver) return;
    const receiverTypeNode = field(receiver, 'type');
    const pointerReceiver = receiverTypeNode?.type === 'pointer_type';
    const typeName =
      (pointerReceiver ? kids(receiverTypeNode)[0]?.text : receiverTypeNode?.text)?.replace(/\[.*$/, '') ?? '';
    const name = field(node, 'name')?.text ?? '';
    const methods = this.methods.get(typeName) ?? new Map<string, MethodDecl>();
    const named = pointerReceiver ? kids(receiverTypeNode)[0] : receiverTypeNode;
    const typeArguments = named?.type === 'generic_type' ? kids(field(named, 'type_arguments')) : [];
    methods.set(name, {
      name,
      node,
      receiverType: typeName,
      receiverName: field(receiver, 'name')?.text ?? '',
      pointerReceiver,
      receiverTypeParameters: typeArguments.map((a) => a.text),
      ...signatureOf(node),
    });
    this.methods.set(typeName, methods);
    this.methodNames.add(name);
  }
}

/** Parameters and results of a function declaration, method or literal. */
export function signatureOf(node: Node): FuncSignature {
  const params: FuncSignature['params'] = [];
  for (const p of kids(field(node, 'parameters'))) {
    const variadic = p.type === 'variadic_parameter_declaration';
    const typeNode = field(p, 'type');
    const type = typeNode ? parseType(typeNode) : UNKNOWN;
    const names = fields(p, 'name');
    if (names.length === 0) params.push({ name: '_', type, variadic });
    for (const n of names)
      params.push({ name: n.text, type: variadic ? { kind: 'slice', elem: type } : type, variadic });
  }
  return { params, results: resultsOf(field(node, 'result')) };
}

function resultsOf(result: Node | null): FuncSignature['results'] {
  if (result === null) return [];
  if (result.type !== 'parameter_list') return [{ name: '', type: parseType(result) }];
  const out: FuncSignature['results'] = [];
  for (const p of kids(result)) {
    const typeNode = field(p, 'type');
    const type = typeNode ? parseType(typeNode) : UNKNOWN;
    const names = fields(p, 'name');
    if (names.length === 0) out.push({ name: '', type });
    for (const n of names) out.push({ name: n.text, type });
  }
  return out;
}

/** The type a name denotes: a basic type, `error`, `any`, or a named type. */
export function typeNamed(name: string): GoType {
  if (BASIC_NAMES.has(name))
    return { kind: 'basic', name: name === 'uint8' ? 'byte' : name === 'int32' ? 'rune' : name };
  if (name === 'error') return ERROR;
  if (name === 'any') return ANY;
  return { kind: 'named', name };
}

/** A Go type node as a GoType. */
export function parseType(node: Node): GoType {
  if (node.isMissing) return UNKNOWN;
  switch (node.type) {
    case 'type_identifier':
      return typeNamed(node.text);
    case 'qualified_type': {
      const pkg = field(node, 'package');
      const name = field(node, 'name');
      return pkg && name && !name.isMissing ? { kind: 'named', name: `${pkg.text}.${name.text}` } : UNKNOWN;
    }
    case 'pointer_type':
      return { kind: 'pointer', elem: parseTypeOrUnknown(kids(node)[0]) };
    case 'slice_type':
      return { kind: 'slice', elem: parseTypeOrUnknown(field(node, 'element')) };
    case 'array_type':
    case 'implicit_length_array_type':
      return {
        kind: 'array',
        elem: parseTypeOrUnknown(field(node, 'element')),
        // `[...]T{...}`: the literal gives the length (expr-composite-literal.ts).
        length: node.type === 'array_type' ? arrayLength(field(node, 'length')) : '...',
      };
    case 'map_type':
      return {
        kind: 'map',
        key: parseTypeOrUnknown(field(node, 'key')),
        value: parseTypeOrUnknown(field(node, 'value')),
      };
    case 'channel_type': {
      const text = node.text.replace(/\s+/g, '');
      const dir = text.startsWith('<-') ? 'recv' : text.startsWith('chan<-') ? 'send' : 'both';
      return { kind: 'chan', elem: parseTypeOrUnknown(field(node, 'value')), dir };
    }
    case 'struct_type':
      return { kind: 'struct', fields: structFields(node) };
    case 'interface_type': {
      const methods = kids(node)
        .filter((n) => n.type === 'method_elem')
        .map((m) => field(m, 'name')?.text ?? '');
      if (kids(node).length === 0) return ANY;
      const union = kids(node)
        .filter((n) => n.type === 'type_elem')
        .flatMap((e) => kids(e).map((member) => parseType(member.type === 'negated_type' ? kids(member)[0]! : member)));
      return union.length
        ? { kind: 'interface', name: 'interface', methods, union }
        : { kind: 'interface', name: 'interface', methods };
    }
    case 'generic_type': {
      const base = field(node, 'type');
      const args = kids(field(node, 'type_arguments')).map((e) => parseTypeOrUnknown(kids(e)[0]));
      return base ? { kind: 'named', name: base.text, args } : UNKNOWN;
    }
    case 'negated_type':
      return parseTypeOrUnknown(kids(node)[0]);
    case 'function_type': {
      const sig = signatureOf(node);
      return {
        kind: 'func',
        params: sig.params.map((p) => p.type),
        results: sig.results.map((r) => r.type),
        variadic: sig.params.some((p) => p.variadic),
      };
    }
    case 'parenthesized_type':
      return parseTypeOrUnknown(kids(node)[0]);
    default:
      return UNKNOWN;
  }
}

/** An array type's length as TypeScript: `3`, or a constant expression with its names as the output names them (`[N]int`). */
function arrayLength(node: Node | null): string {
  if (!node) return '0';
  // A package's constant (`[md5.Size]byte`) is the runtime's camelCase member.
  return node.text.replace(
    /([\p{L}_][\p{L}\p{N}_]*)(\.[\p{L}_][\p{L}\p{N}_]*)?/gu,
    (_, name: string, member?: string) => (member ? `${name}.${camelCase(member.slice(1))}` : safeName(name)),
  );
}

function parseTypeOrUnknown(node: Node | null | undefined): GoType {
  return node ? parseType(node) : UNKNOWN;
}

function structFields(node: Node): Field[] {
  const list = kids(node).find((n) => n.type === 'field_declaration_list');
  const out: Field[] = [];
  for (const decl of kids(list ?? null)) {
    const typeNode = field(decl, 'type');
    const names = fields(decl, 'name');
    // An embedded `*T` is a `*` token before the field's type T.
    const embeddedPointer = names.length === 0 && decl.children.some((c) => c?.type === '*');
    const type: GoType = embeddedPointer
      ? { kind: 'pointer', elem: parseTypeOrUnknown(typeNode) }
      : parseTypeOrUnknown(typeNode);
    if (names.length === 0) {
      const embeddedName = (typeNode?.type === 'pointer_type' ? kids(typeNode)[0]?.text : typeNode?.text) ?? '';
      out.push({ name: embeddedName.split('.').pop() ?? embeddedName, type, embedded: true });
    }
    for (const n of names) out.push({ name: n.text, type, embedded: false });
  }
  return out;
}

/** Constraints from Go's library that TypeScript can say: numbers, or numbers and strings. */
const LIBRARY_CONSTRAINTS: Record<string, string> = {
  'cmp.Ordered': 'number | string',
  'constraints.Ordered': 'number | string',
  'constraints.Integer': 'number',
  'constraints.Signed': 'number',
  'constraints.Unsigned': 'number',
  'constraints.Float': 'number',
};

/**
 * A generic declaration's type parameters as TypeScript: `[K comparable, V int | float64]`
 * -> `<K, V extends number>`; '' without any. `any` and `comparable` constrain nothing TypeScript checks.
 */
export function typeParameters(list: Node | null, erased: ReadonlySet<string> = new Set()): string {
  if (!list) return '';
  const params = kids(list).flatMap((decl) => {
    const constraint = constraintText(kids(decl).find((n) => n.type === 'type_constraint') ?? null);
    return fields(decl, 'name')
      .filter((n) => !erased.has(n.text))
      .map((n) => `${safeName(n.text)}${constraint ? ` extends ${constraint}` : ''}`);
  });
  return params.length ? `<${params.join(', ')}>` : '';
}

/** A constraint as TypeScript; with `env`, a constraint the program declares is the union it stands for. */
function constraintText(constraint: Node | null, env?: TypeEnv): string | null {
  const members = kids(constraint).map((m) => (m.type === 'negated_type' ? kids(m)[0]! : m));
  const texts = new Set<string>();
  for (const m of members) {
    if (m.text === 'any' || m.text === 'comparable') return null;
    const t = parseType(m);
    const union = t.kind === 'named' && env ? unionOf(resolve(t, env), env) : null;
    const written = t.kind === 'basic' || t.kind === 'named' || t.kind === 'slice' || t.kind === 'map';
    const text = union ?? LIBRARY_CONSTRAINTS[m.text] ?? (written ? tsType(t, env ?? NO_DECLARATIONS) : null);
    if (text === null) return null;
    texts.add(text);
  }
  return texts.size ? [...texts].join(' | ') : null;
}

/** The slice, map or channel type that a one-term constraint (`~[]E`, `map[K]V`) says the type parameter is. */
function coreType(constraint: Node | null): GoType | null {
  const members = kids(constraint).map((m) => (m.type === 'negated_type' ? kids(m)[0]! : m));
  if (members.length !== 1) return null;
  const t = parseType(members[0]!);
  return t.kind === 'slice' || t.kind === 'map' || t.kind === 'chan' ? t : null;
}

function sameType(a: GoType, b: GoType): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The TypeScript union a constraint interface of types stands for (`~int | ~float64`: number;
 * `Integer | Float`, constraints themselves, the union of theirs).
 */
export function unionOf(t: GoType, env: TypeEnv, depth = 0): string | null {
  if (t.kind !== 'interface' || !t.union?.length || t.methods?.length || depth > 8) return null;
  const members = new Set<string>();
  for (const u of t.union) {
    const inner = u.kind === 'named' ? unionOf(resolve(u, env), env, depth + 1) : null;
    if (inner === null && u.kind !== 'basic') return null;
    for (const m of (inner ?? tsType(u, env)).split(' | ')) members.add(m);
  }
  return [...members].join(' | ');
}
