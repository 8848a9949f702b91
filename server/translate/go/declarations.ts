import { field, fields, kids, type Node } from '../syntax.js';
import { safeName } from './names.js';
import { ownSyntaxError } from './syntax-errors.js';
import { ANY, BASIC_NAMES, ERROR, UNKNOWN, type Field, type GoType, type TypeEnv } from './types.js';

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
}

/** Everything declared at the top level of a Go source, found before translating bodies. */
export class Declarations implements TypeEnv {
  readonly types = new Map<string, GoType>();
  readonly functions = new Map<string, FuncDecl>();
  readonly methods = new Map<string, Map<string, MethodDecl>>();
  /** Method names declared on any type: calls `x.Name()` on them are user method calls. */
  readonly methodNames = new Set<string>();
  readonly imports = new Map<string, string>();

  underlying(name: string): GoType | null {
    return this.types.get(name) ?? null;
  }

  isStruct(name: string): boolean {
    return this.types.get(name)?.kind === 'struct';
  }

  method(typeName: string, name: string): MethodDecl | null {
    return this.methods.get(typeName)?.get(name) ?? null;
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
    methods.set(name, {
      name,
      node,
      receiverType: typeName,
      receiverName: field(receiver, 'name')?.text ?? '',
      pointerReceiver,
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

/** A Go type node as a GoType. */
export function parseType(node: Node): GoType {
  if (node.isMissing) return UNKNOWN;
  switch (node.type) {
    case 'type_identifier': {
      const name = node.text;
      if (BASIC_NAMES.has(name))
        return { kind: 'basic', name: name === 'uint8' ? 'byte' : name === 'int32' ? 'rune' : name };
      if (name === 'error') return ERROR;
      if (name === 'any') return ANY;
      return { kind: 'named', name };
    }
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
        length: arrayLength(field(node, 'length')),
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
      return kids(node).length === 0 ? ANY : { kind: 'interface', name: 'interface', methods };
    }
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
  return node.text.replace(/[\p{L}_][\p{L}\p{N}_]*/gu, (name) => safeName(name));
}

function parseTypeOrUnknown(node: Node | null | undefined): GoType {
  return node ? parseType(node) : UNKNOWN;
}

function structFields(node: Node): Field[] {
  const list = kids(node).find((n) => n.type === 'field_declaration_list');
  const out: Field[] = [];
  for (const decl of kids(list ?? null)) {
    const typeNode = field(decl, 'type');
    const type = parseTypeOrUnknown(typeNode);
    const names = fields(decl, 'name');
    if (names.length === 0) {
      const embeddedName = (typeNode?.type === 'pointer_type' ? kids(typeNode)[0]?.text : typeNode?.text) ?? '';
      out.push({ name: embeddedName.split('.').pop() ?? embeddedName, type, embedded: true });
    }
    for (const n of names) out.push({ name: n.text, type, embedded: false });
  }
  return out;
}
