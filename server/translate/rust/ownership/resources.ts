import { field, kids, type Node } from '../../syntax.js';

/*
 * What a Rust value holds that must be dropped explicitly in TypeScript: channel endpoints,
 * permits and lock guards (handles), and the local types, Vecs, tuples and Options that hold
 * them (containers). An Arc or Rc is a handle too (role shared): the runtime counts its clones
 * and drops the value when the last one goes, as Rust does.
 */

export type Flavor =
  | 'mpsc'
  | 'unbounded'
  | 'oneshot'
  | 'broadcast'
  | 'watch'
  | 'std'
  | 'std-sync'
  | 'permit'
  | 'guard'
  | 'shared'
  | 'unknown';
export type Role = 'sender' | 'receiver' | 'permit' | 'guard' | 'shared';

/** One channel constructor call: every endpoint made from it (clones, subscribers) shares it. */
export interface Channel {
  constructor: Node;
  flavor: Flavor;
  /** mpsc::channel(n) and sync_channel(n): senders wait when n values are buffered. */
  bounded: boolean;
}

export interface HandleShape {
  kind: 'handle';
  flavor: Flavor;
  role: Role;
  channel: Channel | null;
  /** For endpoints: the shape of the values they carry, when known. */
  element: Shape;
}

export interface ContainerShape {
  kind: 'container';
  /** What `unwrap()`, `?`, `Some(x)` or iteration gives. */
  inner: Shape;
  /** Tuple parts, by position. */
  parts: Shape[] | null;
}

export type Shape = HandleShape | ContainerShape | null;

const HANDLE_TYPES: Record<string, { flavor?: Flavor; role: Role }> = {
  Sender: { role: 'sender' },
  Receiver: { role: 'receiver' },
  UnboundedSender: { flavor: 'unbounded', role: 'sender' },
  UnboundedReceiver: { flavor: 'unbounded', role: 'receiver' },
  SyncSender: { flavor: 'std-sync', role: 'sender' },
  Permit: { flavor: 'permit', role: 'permit' },
  OwnedPermit: { flavor: 'permit', role: 'permit' },
  MutexGuard: { flavor: 'guard', role: 'guard' },
  OwnedMutexGuard: { flavor: 'guard', role: 'guard' },
  MappedMutexGuard: { flavor: 'guard', role: 'guard' },
  SemaphorePermit: { flavor: 'permit', role: 'permit' },
  OwnedSemaphorePermit: { flavor: 'permit', role: 'permit' },
  RwLockReadGuard: { flavor: 'guard', role: 'guard' },
  RwLockWriteGuard: { flavor: 'guard', role: 'guard' },
  OwnedRwLockReadGuard: { flavor: 'guard', role: 'guard' },
  OwnedRwLockWriteGuard: { flavor: 'guard', role: 'guard' },
  RwLockMappedWriteGuard: { flavor: 'guard', role: 'guard' },
};
const TRANSPARENT_TYPES = new Set(['Box']);
const SHARED_TYPES = new Set(['Arc', 'Rc']);
const CONTAINER_TYPES = new Set([
  'Vec',
  'VecDeque',
  'Option',
  'Result',
  'HashMap',
  'BTreeMap',
  'HashSet',
  'BTreeSet',
  'LinkedList',
]);
/** Maps keep their droppable values in the last type argument. */
const MAP_TYPES = new Set(['HashMap', 'BTreeMap']);
const CHANNEL_MODULES: Record<string, Flavor> = { oneshot: 'oneshot', broadcast: 'broadcast', watch: 'watch' };

export function handle(flavor: Flavor, role: Role, channel: Channel | null = null, element: Shape = null): HandleShape {
  return { kind: 'handle', flavor, role, channel, element };
}

export function container(inner: Shape, parts: Shape[] | null = null): ContainerShape {
  return { kind: 'container', inner, parts };
}

/** Containers whose parts hold something droppable; null when nothing does. */
export function containerOf(inner: Shape, parts: Shape[] | null = null): Shape {
  return inner !== null || (parts?.some((p) => p !== null) ?? false) ? container(inner, parts) : null;
}

interface Fields {
  named: Map<string, Node>;
  ordered: Node[];
  self: string | null;
}

interface FunctionSignature {
  returnType: Node | null;
  self: string | null;
}

/** The program's `use` paths, types and function signatures, and the shapes they give. */
export class ProgramItems {
  private readonly uses = new Map<string, string[]>();
  private readonly records = new Map<string, Fields>();
  private readonly aliases = new Map<string, Node>();
  private readonly functions = new Map<string, FunctionSignature>();
  private readonly methods = new Map<string, FunctionSignature[]>();
  private readonly resolving = new Set<string>();
  /** Types with `impl Drop`: dropping one runs code, whatever its fields hold. */
  private readonly dropImpls = new Set<string>();

  constructor(root: Node) {
    this.collect(root);
  }

  /** Reads the items of a file, module or block (not the expressions around them: they hold none that matter). */
  private collect(container: Node): void {
    for (const n of kids(container)) {
      switch (n.type) {
        case 'use_declaration':
          this.addUse(field(n, 'argument'), []);
          break;
        case 'struct_item':
          this.addRecord(field(n, 'name')?.text ?? '', field(n, 'body'), null);
          break;
        case 'enum_item':
          this.addEnum(n);
          break;
        case 'type_item': {
          const type = field(n, 'type');
          if (type) this.aliases.set(field(n, 'name')?.text ?? '', type);
          break;
        }
        case 'impl_item':
          this.addImpl(n);
          break;
        case 'function_item': {
          this.functions.set(field(n, 'name')?.text ?? '', { returnType: field(n, 'return_type'), self: null });
          const body = field(n, 'body');
          if (body) this.collect(body);
          break;
        }
        case 'mod_item': {
          const body = field(n, 'body');
          if (body) this.collect(body);
          break;
        }
      }
    }
  }

  /** The path of a callee, type or pattern, with its first segment expanded through `use`. */
  pathOf(node: Node | null): string[] {
    const segments = rawPath(node);
    const head = segments[0];
    const expanded = head !== undefined ? this.uses.get(head) : undefined;
    return expanded ? [...expanded, ...segments.slice(1)] : segments;
  }

  /** A channel constructor call gives a (sender, receiver) tuple. */
  channelCall(call: Node): ContainerShape | null {
    let callee = field(call, 'function');
    let typeArgs: Node | null = null;
    if (callee?.type === 'generic_function') {
      typeArgs = field(callee, 'type_arguments');
      callee = field(callee, 'function');
    }
    const path = this.pathOf(callee);
    const name = path[path.length - 1];
    const module = path[path.length - 2];
    let flavor: Flavor | null = null;
    let bounded = false;
    if (module === 'mpsc') {
      const std = path.includes('std');
      if (name === 'channel') [flavor, bounded] = std ? ['std', false] : ['mpsc', true];
      else if (name === 'unbounded_channel' && !std) flavor = 'unbounded';
      else if (name === 'sync_channel') [flavor, bounded] = ['std-sync', true];
    } else if (name === 'channel' && module !== undefined) {
      flavor = CHANNEL_MODULES[module] ?? null;
    }
    if (flavor === null) return null;
    const channel: Channel = { constructor: call, flavor, bounded };
    const element = this.typeShape(kids(typeArgs)[0] ?? null, null);
    return container(null, [handle(flavor, 'sender', channel, element), handle(flavor, 'receiver', channel, element)]);
  }

  /** The shape of a value of a written type; references hold nothing (they are borrowed). */
  typeShape(type: Node | null, self: string | null): Shape {
    if (type === null) return null;
    switch (type.type) {
      case 'reference_type':
      case 'pointer_type':
      case 'function_type':
      case 'primitive_type':
        return null;
      case 'tuple_type':
        return containerOf(
          null,
          kids(type).map((t) => this.typeShape(t, self)),
        );
      case 'array_type':
        return containerOf(this.typeShape(field(type, 'element'), self));
      case 'generic_type':
        return this.namedShape(this.pathOf(field(type, 'type')), kids(field(type, 'type_arguments')), self);
      case 'type_identifier':
      case 'scoped_type_identifier':
        return this.namedShape(this.pathOf(type), [], self);
      default:
        return null;
    }
  }

  /** The shape of what a local function returns, for `f(..)`, `Type::f(..)` and `Self(..)` callees. */
  returnShape(callee: Node | null, self: string | null): Shape {
    const path = rawPath(callee);
    if (path.length === 1 && (path[0] === 'Self' || this.records.has(path[0]!))) {
      return this.recordShape(path[0] === 'Self' ? (self ?? '') : path[0]!);
    }
    const key =
      path.length >= 2
        ? `${path[path.length - 2] === 'Self' ? self : path[path.length - 2]}::${path[path.length - 1]}`
        : (path[0] ?? '');
    if (path.length >= 2 && this.records.has(key)) return this.recordShape(key);
    const signature = this.functions.get(key);
    return signature ? this.typeShape(signature.returnType, signature.self) : null;
  }

  /** The shape of `x.method(..)` when exactly one local method has that name. */
  methodShape(name: string): Shape {
    const candidates = this.methods.get(name);
    if (candidates?.length !== 1) return null;
    return this.typeShape(candidates[0]!.returnType, candidates[0]!.self);
  }

  /** The shape of a field of a struct or enum variant (`Command::Get`, `Get`, `Self`), by name or position. */
  recordFieldShape(record: string[], fieldName: string | number, self: string | null): Shape {
    const fields = this.fieldsOf(record, self);
    if (!fields) return null;
    const type = typeof fieldName === 'number' ? fields.ordered[fieldName] : fields.named.get(fieldName);
    return this.typeShape(type ?? null, fields.self);
  }

  /** A struct or variant declared here whose fields hold something droppable. */
  recordShape(name: string): Shape {
    const fields = this.records.get(name);
    if (!fields) return null;
    if (this.dropImpls.has(name)) return container(null);
    const guardKey = `record ${name}`;
    if (this.resolving.has(guardKey)) return null;
    this.resolving.add(guardKey);
    const holds = [...fields.named.values(), ...fields.ordered].some((t) => this.typeShape(t, fields.self) !== null);
    this.resolving.delete(guardKey);
    return holds ? container(null) : null;
  }

  /** The shape of a field reached as `x.name`, when every local struct agrees on it. */
  fieldShape(name: string): Shape {
    const shapes = [...this.records.values()].flatMap((r) => {
      const type = r.named.get(name);
      return type ? [this.typeShape(type, r.self)] : [];
    });
    const first = shapes[0];
    return first !== undefined && shapes.every((s) => s?.kind === first?.kind) ? first : null;
  }

  private fieldsOf(record: string[], self: string | null): Fields | undefined {
    const path = record.map((s) => (s === 'Self' ? (self ?? s) : s));
    const last = path[path.length - 1] ?? '';
    const owner = path[path.length - 2];
    return (owner !== undefined ? this.records.get(`${owner}::${last}`) : undefined) ?? this.records.get(last);
  }

  private namedShape(path: string[], args: Node[], self: string | null): Shape {
    const name = path[path.length - 1] ?? '';
    if (name === 'Self' && self !== null) return this.recordShape(self);
    if (SHARED_TYPES.has(name)) return handle('shared', 'shared');
    if (name === 'Weak') return null;
    if (TRANSPARENT_TYPES.has(name)) return this.typeShape(args[0] ?? null, self);
    const handleType = HANDLE_TYPES[name];
    if (handleType) {
      const flavor = handleType.flavor ?? moduleFlavor(path);
      return handle(
        flavor,
        handleType.role,
        null,
        handleType.role === 'sender' || handleType.role === 'receiver' ? this.typeShape(args[0] ?? null, self) : null,
      );
    }
    if (CONTAINER_TYPES.has(name)) {
      const held = MAP_TYPES.has(name) ? args[args.length - 1] : args[0];
      return containerOf(this.typeShape(held ?? null, self));
    }
    if (path.length === 1 && this.aliases.has(name)) {
      const guardKey = `alias ${name}`;
      if (this.resolving.has(guardKey)) return null;
      this.resolving.add(guardKey);
      const shape = this.typeShape(this.aliases.get(name)!, self);
      this.resolving.delete(guardKey);
      return shape;
    }
    return this.recordShape(name);
  }

  private addUse(node: Node | null, prefix: string[]): void {
    if (node === null) return;
    switch (node.type) {
      case 'identifier':
      case 'scoped_identifier': {
        const path = [...prefix, ...rawPath(node)];
        const last = path[path.length - 1];
        if (last !== undefined) this.uses.set(last, path);
        return;
      }
      case 'self':
        if (prefix.length > 0) this.uses.set(prefix[prefix.length - 1]!, prefix);
        return;
      case 'use_as_clause': {
        const alias = field(node, 'alias')?.text;
        if (alias) this.uses.set(alias, [...prefix, ...rawPath(field(node, 'path'))]);
        return;
      }
      case 'scoped_use_list': {
        const inner = [...prefix, ...rawPath(field(node, 'path'))];
        for (const item of kids(field(node, 'list'))) this.addUse(item, inner);
        return;
      }
      case 'use_list':
        for (const item of kids(node)) this.addUse(item, prefix);
    }
  }

  private addRecord(name: string, body: Node | null, self: string | null): void {
    const fields: Fields = { named: new Map(), ordered: [], self: self ?? name };
    if (body?.type === 'field_declaration_list') {
      for (const f of kids(body)) {
        const type = field(f, 'type');
        const fieldName = field(f, 'name')?.text;
        if (type && fieldName) fields.named.set(fieldName, type);
      }
    } else if (body?.type === 'ordered_field_declaration_list') {
      fields.ordered = body.childrenForFieldName('type').filter((t): t is Node => t !== null);
    }
    this.records.set(name, fields);
  }

  private addEnum(item: Node): void {
    const enumName = field(item, 'name')?.text ?? '';
    for (const variant of kids(field(item, 'body'))) {
      if (variant.type !== 'enum_variant') continue;
      const name = field(variant, 'name')?.text ?? '';
      this.addRecord(`${enumName}::${name}`, field(variant, 'body'), enumName);
      if (!this.records.has(name)) this.addRecord(name, field(variant, 'body'), enumName);
    }
  }

  private addImpl(impl: Node): void {
    const self = rawPath(field(impl, 'type')).pop() ?? null;
    if (self !== null && rawPath(field(impl, 'trait')).pop() === 'Drop') this.dropImpls.add(self);
    for (const item of kids(field(impl, 'body'))) {
      if (item.type !== 'function_item') continue;
      const name = field(item, 'name')?.text ?? '';
      const signature = { returnType: field(item, 'return_type'), self };
      this.functions.set(`${self}::${name}`, signature);
      this.methods.set(name, [...(this.methods.get(name) ?? []), signature]);
    }
  }
}

function moduleFlavor(path: string[]): Flavor {
  const module = path[path.length - 2];
  if (module === 'mpsc') return path.includes('std') ? 'std' : 'mpsc';
  return (module !== undefined && CHANNEL_MODULES[module]) || 'unknown';
}

/** The segments of a path node as written (`tokio::sync::mpsc::channel`, `Vec<T>` gives Vec). */
export function rawPath(node: Node | null): string[] {
  if (node === null) return [];
  switch (node.type) {
    case 'identifier':
    case 'type_identifier':
    case 'field_identifier':
    case 'self':
      return [node.text];
    case 'scoped_identifier':
    case 'scoped_type_identifier': {
      const path = field(node, 'path');
      const head = path && path.type !== 'crate' && path.type !== 'super' ? rawPath(path) : [];
      return [...head, ...rawPath(field(node, 'name'))];
    }
    case 'generic_type':
      return rawPath(field(node, 'type'));
    case 'generic_function':
      return rawPath(field(node, 'function'));
    default:
      return [];
  }
}
