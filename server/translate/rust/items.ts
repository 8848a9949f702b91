import { field, fields, kids, type Node } from '../syntax.js';
import { valuesOf } from './facts.js';
import { camelCase, propertyName, safeName } from './names.js';
import { functionBounds } from './generics.js';
import { named, parseType, substitute, type RustType, type TypeAliases } from './types.js';
import { inheritedMethods, traitMethods } from './trait-methods.js';
import { needsWideIntegers, widen } from './wide-integers.js';

export interface FnDecl {
  name: string;
  node: Node;
  params: { name: string; pattern: Node; type: RustType }[];
  result: RustType;
  isAsync: boolean;
  /** Methods: how `self` is taken (`&self`, `self`...), null for associated functions. */
  self: string | null;
}

export interface StructDecl {
  name: string;
  node: Node;
  fields: { name: string; type: RustType }[];
  derives: Set<string>;
}

export interface VariantDecl {
  name: string;
  shape: 'unit' | 'tuple' | 'struct';
  fields: { name: string; type: RustType }[];
}

export interface EnumDecl {
  name: string;
  node: Node;
  variants: Map<string, VariantDecl>;
  derives: Set<string>;
  /** The variant marked `#[default]` (for `#[derive(Default)]`). */
  defaultVariant: string | null;
}

/** The items of a Rust file, collected before translation: calls and types can refer forward. */
export class Items {
  readonly functions = new Map<string, FnDecl>();
  readonly structs = new Map<string, StructDecl>();
  readonly enums = new Map<string, EnumDecl>();
  /** Methods by type name, then method name. */
  readonly methods = new Map<string, Map<string, FnDecl>>();
  /** Types with `impl Iterator`, and the type of their items. */
  readonly iterators = new Map<string, RustType>();
  /** Types with `impl Display`. */
  readonly displays = new Set<string>();
  /** Types with a hand-written `impl Debug` (not `#[derive(Debug)]`). */
  readonly debugs = new Set<string>();
  /** The traits each type implements (`impl Add for Vec2<T>`: Vec2 -> Add), by their last name. */
  readonly traitImpls = new Map<string, Set<string>>();
  readonly aliases: TypeAliases = new Map();
  readonly typeAliases = new Map<string, RustType>();
  /** The type parameters of generic aliases (`type Responder<T> = oneshot::Sender<T>`). */
  readonly aliasParams = new Map<string, string[]>();
  readonly constants = new Map<string, RustType>();
  /** Traits declared here, by name: their default methods, and their TypeScript interfaces (`dyn Trait`). */
  readonly traits = new Map<string, Node>();
  /** 64- and 128-bit integers are bigints in this program (see wide-integers.ts). */
  wide = false;
  /** Variants a `use Event::*` or `use Event::{Deposited}` names by themselves, by name: their enum's name. */
  readonly variantImports = new Map<string, string>();
  /** The name of every type parameter the program declares (`T` of `struct Queue<T>`, `fn largest<T>`). */
  readonly typeParameters = new Set<string>();

  /** `taskLocals(macro)`: the `static` items of a `task_local!` invocation. */
  static collect(root: Node, taskLocals: (macro: Node) => Node[] = () => []): Items {
    const items = new Items();
    items.wide = needsWideIntegers(root);
    for (const p of root.descendantsOfType('type_parameter')) items.typeParameters.add((field(p, 'name') ?? p).text);
    // Items declared inside a function body (`use`, `struct`, `fn`...) count as the file's: names rarely collide.
    const lists = itemLists(root);
    for (const node of lists.flat()) if (node.type === 'use_declaration') items.use(field(node, 'argument'), '');
    for (const node of lists.flat()) {
      if (node.type !== 'trait_item') continue;
      const name = field(node, 'name')?.text ?? '';
      items.traits.set(name, node);
      // `dyn Shape`, `&dyn Shape`, `Box<dyn Shape>` are values of the trait's interface.
      items.typeAliases.set(name, { kind: 'named', name, args: [] });
    }
    for (const node of lists.flat()) {
      if (node.type !== 'type_item') continue;
      const name = field(node, 'name')?.text ?? '';
      const params = valuesOf(field(node, 'type_parameters')).map((p) => p.text.split(':')[0]!.trim());
      if (params.length) items.aliasParams.set(name, params);
      items.typeAliases.set(name, items.type(field(node, 'type')));
    }
    for (const nodes of lists) nodes.forEach((node, i) => items.item(node, derivesBefore(nodes, i)));
    for (const node of lists.flat()) if (node.type === 'use_declaration') items.useVariants(field(node, 'argument'));
    for (const node of kids(root).filter(isTaskLocalMacro))
      for (const local of taskLocals(node).filter((n) => n.type === 'static_item'))
        items.constants.set(field(local, 'name')?.text ?? '', named('LocalKey', items.type(field(local, 'type'))));
    return items;
  }

  type(node: Node | null): RustType {
    const type = parseType(node, this.aliases, this.typeAliases, this.aliasParams);
    return this.wide ? widen(type) : type;
  }

  /** An integer type by name (`u64`), wide where this program's 64-bit integers are. */
  intType(name: string): RustType {
    const type: RustType = { kind: 'int', name };
    return this.wide ? widen(type) : type;
  }

  /**
   * Type parameters bound by a function trait (`F: Fn(&K) -> V`), of the item and of the impl
   * block around it: a value of such a type is that function.
   */
  private functionBounds(node: Node): Map<string, RustType> {
    const parse = (t: Node) => this.type(t);
    const impl = node.parent?.parent;
    const outer = impl?.type === 'impl_item' ? functionBounds(impl, parse) : new Map<string, RustType>();
    return new Map([...outer, ...functionBounds(node, parse)]);
  }

  signature(node: Node): FnDecl {
    // `f: F` where `F: Fn(i32) -> i32` is a function of that type.
    const callables = this.functionBounds(node);
    // `-> Self::Output` in `impl Add for Vec2<T> { type Output = Vec2<T>; .. }`: the impl's associated types.
    for (const [name, type] of this.associatedTypes(node)) callables.set(name, type);
    const typeOf = (t: Node | null) => (callables.size ? substitute(this.type(t), callables) : this.type(t));
    const params: FnDecl['params'] = [];
    let self: string | null = null;
    for (const p of valuesOf(field(node, 'parameters'))) {
      // `self: &Arc<Self>` is a receiver too.
      if (p.type === 'self_parameter' || field(p, 'pattern')?.type === 'self') self = p.text;
      else if (p.type === 'parameter') {
        const pattern = field(p, 'pattern')!;
        params.push({ name: pattern.text.replace(/^mut\s+/, ''), pattern, type: typeOf(field(p, 'type')) });
      }
    }
    const modifiers = kids(node).find((k) => k.type === 'function_modifiers');
    return {
      name: field(node, 'name')?.text ?? '',
      node,
      params,
      result: field(node, 'return_type') ? typeOf(field(node, 'return_type')) : { kind: 'unit' },
      isAsync: modifiers?.text.includes('async') ?? false,
      self,
    };
  }

  /** The associated types (`type Output = Self;`) of the impl block a method is in. */
  private associatedTypes(method: Node): Map<string, RustType> {
    const out = new Map<string, RustType>();
    const impl = method.parent?.parent;
    if (impl?.type !== 'impl_item') return out;
    for (const k of kids(field(impl, 'body'))) {
      const name = k.type === 'type_item' ? field(k, 'name')?.text : undefined;
      if (name) out.set(name, this.type(field(k, 'type')));
    }
    return out;
  }

  private item(node: Node, derives: Set<string>): void {
    switch (node.type) {
      case 'function_item': {
        const sig = this.signature(node);
        this.functions.set(sig.name, sig);
        break;
      }
      case 'struct_item': {
        const name = field(node, 'name')?.text ?? '';
        const body = field(node, 'body');
        // `calc: F` where `F: Fn(&K) -> V` is a function of that type.
        const callables = this.functionBounds(node);
        const typeOf = (t: Node | null) => (callables.size ? substitute(this.type(t), callables) : this.type(t));
        const structFields =
          body?.type === 'field_declaration_list'
            ? kids(body)
                .filter((f) => f.type === 'field_declaration')
                .map((f) => ({ name: propertyName(field(f, 'name')?.text ?? ''), type: typeOf(field(f, 'type')) }))
            : valuesOf(body)
                .filter((f) => f.type !== 'visibility_modifier')
                .map((f, i) => ({ name: String(i), type: typeOf(f) }));
        this.structs.set(name, { name, node, fields: structFields, derives });
        break;
      }
      case 'enum_item': {
        const name = field(node, 'name')?.text ?? '';
        const variants = new Map<string, VariantDecl>();
        let defaultVariant: string | null = null;
        const members = kids(field(node, 'body'));
        members.forEach((m, i) => {
          if (
            m.type === 'enum_variant' &&
            members[i - 1]?.type === 'attribute_item' &&
            /^#\[\s*default\s*\]$/.test(members[i - 1]!.text)
          )
            defaultVariant = field(m, 'name')?.text ?? null;
        });
        for (const v of members.filter((k) => k.type === 'enum_variant')) {
          const variantName = field(v, 'name')?.text ?? '';
          const body = field(v, 'body');
          if (!body) variants.set(variantName, { name: variantName, shape: 'unit', fields: [] });
          else if (body.type === 'field_declaration_list') {
            const fs = kids(body)
              .filter((f) => f.type === 'field_declaration')
              .map((f) => ({ name: propertyName(field(f, 'name')?.text ?? ''), type: this.type(field(f, 'type')) }));
            variants.set(variantName, { name: variantName, shape: 'struct', fields: fs });
          } else {
            const fs = fields(body, 'type').map((t, i) => ({ name: String(i), type: this.type(t) }));
            variants.set(variantName, { name: variantName, shape: 'tuple', fields: fs });
          }
        }
        this.enums.set(name, { name, node, variants, derives, defaultVariant });
        break;
      }
      case 'trait_item': {
        // Calls on a `dyn Trait` value are typed by the trait's signatures.
        const methods = new Map<string, FnDecl>();
        for (const m of traitMethods(node)) {
          const sig = this.signature(m);
          methods.set(sig.name, sig);
        }
        this.methods.set(field(node, 'name')?.text ?? '', methods);
        break;
      }
      case 'impl_item': {
        const typeName = typeNameOf(field(node, 'type'));
        const trait = field(node, 'trait')?.text ?? '';
        if (/(^|::)Display$/.test(trait)) this.displays.add(typeName);
        if (/(^|::)Debug$/.test(trait)) this.debugs.add(typeName);
        if (trait) {
          const impls = this.traitImpls.get(typeName) ?? new Set<string>();
          impls.add(typeNameOf(field(node, 'trait')));
          this.traitImpls.set(typeName, impls);
        }
        if (/(^|::)Iterator$/.test(trait)) {
          const item = kids(field(node, 'body')).find(
            (k) => k.type === 'type_item' && field(k, 'name')?.text === 'Item',
          );
          this.iterators.set(typeName, this.type(item ? field(item, 'type') : null));
        }
        const methods = this.methods.get(typeName) ?? new Map<string, FnDecl>();
        for (const m of kids(field(node, 'body')).filter((k) => k.type === 'function_item')) {
          const sig = this.signature(m);
          methods.set(sig.name, sig);
        }
        for (const m of inheritedMethods(this.traits, node)) {
          const sig = this.signature(m);
          if (!methods.has(sig.name)) methods.set(sig.name, sig);
        }
        this.methods.set(typeName, methods);
        break;
      }
      case 'const_item':
      case 'static_item':
        this.constants.set(field(node, 'name')?.text ?? '', this.type(field(node, 'type')));
        break;
    }
  }

  /** A method's name in its class: one a field of the struct has already takes a `_` (Rust keeps the two apart, a class cannot). */
  methodName(typeName: string, method: string): string {
    const name = safeName(camelCase(method));
    return this.structs.get(typeName)?.fields.some((f) => f.name === name) ? `${name}_` : name;
  }

  /** `use Event::*;` and `use Event::{Deposited, Frozen};` of an enum declared here: its variants by name. */
  private useVariants(node: Node | null): void {
    if (node?.type === 'use_wildcard') {
      const owner = node.text.replace(/::\*$/, '').split('::').pop() ?? '';
      for (const variant of this.enums.get(owner)?.variants.keys() ?? []) this.variantImports.set(variant, owner);
      return;
    }
    for (const [name, full] of this.aliases) {
      const [owner, variant] = full.split('::').slice(-2);
      if (variant === name && owner && this.enums.get(owner)?.variants.has(name)) this.variantImports.set(name, owner);
    }
  }

  /** `use a::b::{c, d as e};` records c -> a::b::c, e -> a::b::d. */
  private use(node: Node | null, prefix: string): void {
    if (!node) return;
    const join = (text: string) => (prefix ? `${prefix}::${text}` : text);
    switch (node.type) {
      case 'identifier':
      case 'scoped_identifier': {
        const full = join(node.text);
        this.aliases.set(full.split('::').pop()!, full);
        break;
      }
      case 'self':
        // `use std::sync::mpsc::{self, ..}` names the module itself.
        this.aliases.set(prefix.split('::').pop()!, prefix);
        break;
      case 'use_as_clause':
        this.aliases.set(field(node, 'alias')?.text ?? '', join(field(node, 'path')?.text ?? ''));
        break;
      case 'scoped_use_list':
        for (const k of kids(field(node, 'list'))) this.use(k, join(field(node, 'path')?.text ?? ''));
        break;
      case 'use_list':
        for (const k of kids(node)) this.use(k, prefix);
        break;
    }
  }
}

/** The file's top-level nodes, then the statements of every block, each list in source order. */
/** `tokio::task_local! { static ID: u64; }` */
export function isTaskLocalMacro(node: Node): boolean {
  return node.type === 'macro_invocation' && /(^|::)task_local$/.test(field(node, 'macro')?.text ?? '');
}

function itemLists(root: Node): Node[][] {
  const lists = [kids(root)];
  const visit = (node: Node): void => {
    if (node.type === 'block') lists.push(kids(node));
    // Indexed: a `for...of` in this recursion would allocate an iterator per node.
    const children = node.namedChildren;
    for (let i = 0; i < children.length; i++) visit(children[i]!);
  };
  visit(root);
  return lists;
}

export function typeNameOf(node: Node | null): string {
  if (!node) return '';
  const base = node.type === 'generic_type' ? field(node, 'type') : node;
  return (base?.text ?? '').split('::').pop() ?? '';
}

/** The names in `#[derive(...)]` attributes right before an item. */
export function derivesBefore(nodes: Node[], index: number): Set<string> {
  const out = new Set<string>();
  for (let i = index - 1; i >= 0 && nodes[i]!.type === 'attribute_item'; i--) {
    const m = /derive\s*\(([^)]*)\)/.exec(nodes[i]!.text);
    if (m) for (const name of m[1]!.split(',')) out.add(name.trim().split('::').pop()!);
  }
  return out;
}
