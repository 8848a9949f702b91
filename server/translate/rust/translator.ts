import { block, Code, ifAsync, join, mapped, ts, typeOnly, type SourcePoint } from '../emit/code.js';
import type { CallGraph } from '../program-checks.js';
import type { Diagnostic, Severity } from '../diagnostics.js';
import { abbreviate, field, kids, walk, type Node } from '../syntax.js';
import { Items, type FnDecl } from './items.js';
import { decodeRustChar, decodeRustString, numericSuffix, numericText } from './literals.js';
import type { MacroParser } from './macros.js';
import type { Ownership, OwnedBinding } from './ownership.js';
import { camelCase, safeName, Scope, type Place } from './scope.js';
import { formatArguments } from './format.js';
import { inferElementType } from './infer.js';
import { translateMethod, type MethodContext } from './methods.js';
import { operation, selectBranches } from './select.js';
import {
  BOOL,
  CHAR,
  defaultValueText,
  FLOAT,
  I32,
  isInteger,
  isScalar,
  named,
  NEVER,
  option,
  result,
  STRING,
  tsType,
  tuple,
  UNIT,
  UNKNOWN,
  USIZE,
  vec,
  type RustType,
} from './types.js';

export interface Typed {
  code: Code;
  type: RustType;
  /** For a place that is written through a call (a map slot): how to store a value there. */
  setter?: (value: Code) => Code;
  /** For `map.get_mut(k)`: the slot, so a `Some(v)` binding can write through it. */
  slot?: Place;
}

/** Where the value of a block, `if` or `match` goes. */
type Sink = { kind: 'discard' } | { kind: 'return' } | { kind: 'assign'; target: string };

interface FnContext {
  key: string;
  explicitAsync: boolean;
  awaits: boolean;
  calls: Set<string>;
  result: RustType;
  /** Loop labels, innermost last, with the variable a `break value` assigns. */
  loops: { label: string | null; valueTarget: string | null }[];
  isMain: boolean;
  outer: FnContext | null;
  /** The type of the first value a `return` (or the tail) gives: what an async block or closure produces. */
  returned?: RustType;
}


const DISCARD: Sink = { kind: 'discard' };

/** Functions of Tokio and std by path (last two segments), to the runtime's expression. */
const PATH_FUNCTIONS: Record<string, { name: string; uses: string; awaits?: boolean }> = {
  'mpsc::channel': { name: 'mpsc.channel', uses: 'mpsc' },
  'mpsc::unbounded_channel': { name: 'mpsc.unboundedChannel', uses: 'mpsc' },
  'mpsc::sync_channel': { name: 'std.syncChannel', uses: 'std' },
  'oneshot::channel': { name: 'oneshot.channel', uses: 'oneshot' },
  'broadcast::channel': { name: 'broadcast.channel', uses: 'broadcast' },
  'watch::channel': { name: 'watch.channel', uses: 'watch' },
  'tokio::spawn': { name: 'spawn', uses: 'spawn' },
  'task::spawn': { name: 'spawn', uses: 'spawn' },
  'thread::spawn': { name: 'thread.spawn', uses: 'thread' },
  'thread::sleep': { name: 'thread.sleep', uses: 'thread', awaits: true },
  'thread::scope': { name: 'thread.scope', uses: 'thread', awaits: true },
  'time::sleep': { name: 'sleep', uses: 'sleep' },
  'time::sleep_until': { name: 'sleepUntil', uses: 'sleepUntil' },
  'time::timeout': { name: 'timeout', uses: 'timeout' },
  'time::interval': { name: 'interval', uses: 'interval' },
  'task::yield_now': { name: 'yieldNow', uses: 'yieldNow' },
  'tokio::yield_now': { name: 'yieldNow', uses: 'yieldNow' },
  'process::exit': { name: 'rs.exit', uses: 'rs' },
  'mem::drop': { name: 'rs.drop', uses: 'rs' },
};


export class RustTranslator {
  readonly diagnostics: Diagnostic[] = [];
  readonly runtimeNames = new Set<string>();
  readonly callGraph: CallGraph = new Map();
  private scope = new Scope();
  private fn: FnContext | null = null;
  private pre: Code[] = [];
  private post: Code[] = [];
  private temps = 0;
  private readonly declNames = new Map<number, string>();
  private selfType: string | null = null;
  private displayMethod = false;
  private indexingPlace = false;
  /** The element type inferred for the channel or Vec the current `let` makes. */
  private expectedElement: RustType | null = null;
  /** Bindings of the current block declared before its `try` (their drops are in its `finally`). */
  private hoisted: { ids: Set<number>; names: string[] } | null = null;
  /** Arguments of a future passed to spawn are evaluated at once, as Rust does when it builds the future. */
  private eagerArguments = false;

  constructor(
    readonly items: Items,
    private readonly ownership: Ownership,
    private readonly macros: MacroParser,
    /** The file name panics name in their location (`src/main.rs:3:5`). */
    private readonly fileName: string,
  ) {
    for (const [name, f] of items.functions) {
      this.scope.alias(name, safeName(camelCase(name)), { kind: 'fn', params: f.params.map((p) => p.type), result: f.result, isAsync: f.isAsync });
    }
  }

  // ---- helpers ----

  pos(node: Node): SourcePoint {
    return { line: node.startPosition.row + this.macros.rowOffset(node), column: node.startPosition.column };
  }

  /** Rust's panic location of a node: `file:line:column`, 1-based. */
  location(node: Node): string {
    const p = this.pos(node);
    return `${this.fileName}:${p.line + 1}:${p.column + 1}`;
  }

  use(name: string): void {
    this.runtimeNames.add(name);
  }

  report(node: Node, message: string, severity: Severity = 'hint', code = 'unsupported'): void {
    const start = this.pos(node);
    const endRow = node.endPosition.row + this.macros.rowOffset(node);
    this.diagnostics.push({ message, severity, code, range: { start, end: { line: endRow, column: node.endPosition.column } } });
  }

  /** What cannot be translated: a marked comment in the output and a diagnostic. */
  unsupported(node: Node, what = node.type.replace(/_/g, ' ')): Typed {
    this.report(node, `chan2ts cannot translate this ${what} yet: ${abbreviate(node.text)}`);
    return { code: ts`(undefined${typeOnly(' as any')} /* chan2ts: unsupported: ${abbreviate(node.text).replace(/\*\//g, '* /')} */)`, type: UNKNOWN };
  }

  temp(base: string): string {
    this.temps++;
    return `${base}${this.temps}`;
  }

  /** An await in the current function: it becomes async. */
  awaits(): void {
    if (this.fn) this.fn.awaits = true;
  }

  /** `await ` when a call to `key` must be awaited (the function turned async), for the call graph. */
  callsFunction(key: string): Code {
    this.fn?.calls.add(key);
    return ifAsync([key], 'await ');
  }

  methodContext(): MethodContext {
    return {
      use: (name) => this.use(name),
      awaits: () => this.awaits(),
      location: (node) => this.location(node),
      temp: (base) => this.temp(base),
      hoist: (code) => this.pre.push(code),
      afterStatement: (code) => this.post.push(code),
      items: this.items,
      expr: (node) => this.expr(node),
      closure: (node, paramTypes) => this.closure(node, paramTypes),
      report: (node, message) => this.report(node, message),
      returnsRef: () => !!this.fn && holdsRef(this.fn.result),
      pushed: (receiverNode, type) => this.refineFromPush(receiverNode, type),
    };
  }

  get macroParser(): MacroParser {
    return this.macros;
  }

  lookupLocal(name: string) {
    return this.scope.lookup(name);
  }

  withScope<T>(body: () => T): T {
    const outerScope = this.scope;
    this.scope = new Scope(outerScope);
    try {
      return body();
    } finally {
      this.scope = outerScope;
    }
  }

  declarePatternBinding(b: PatternBinding): string {
    return this.declareBinding(b);
  }

  /** A statement-position expression delivering its value to `sink`, with its hoisted parts. */
  statementValue(node: Node, sink: Sink): Code[] {
    return this.inStatement(node, () => this.valueInto(node, sink));
  }

  // ---- program ----

  /** Set when the source is a run of statements (a selection): they became the body of `main`. */
  snippetMain = false;

  program(root: Node): Code {
    const statements = kids(root).filter((n) => isLooseStatement(n));
    if (statements.length > 0 && !this.items.functions.has('main')) return this.snippet(root, statements);
    return this.items_(kids(root));
  }

  /** A selection of statements: items stay at the top, the statements run in an async `main`. */
  private snippet(root: Node, statements: Node[]): Code {
    this.snippetMain = true;
    const items = this.items_(kids(root).filter((n) => !statements.includes(n) && !statements.some((s) => s.id === n.id)));
    const outerScope = this.scope;
    this.scope = new Scope(outerScope);
    this.fn = { key: 'main', explicitAsync: true, awaits: true, calls: new Set(), result: UNIT, loops: [], isMain: true, outer: null };
    try {
      const body = statements.flatMap((n) => this.statement(n));
      this.callGraph.set('main', { awaits: true, calls: this.fn.calls });
      const main = ts`async function main()${typeOnly(': Promise<void>')} ${block(body)}`;
      return items.isEmpty ? main : join([items, main], '\n\n');
    } finally {
      this.scope = outerScope;
      this.fn = null;
    }
  }

  private items_(nodes: Node[]): Code {
    const out: Code[] = [];
    let previousComment: Node | null = null;
    for (const node of nodes) {
      const isComment = node.type === 'line_comment' || node.type === 'block_comment';
      const items = this.safeItem(node);
      if (isComment && previousComment && previousComment.endPosition.row + 1 >= node.startPosition.row && out.length) {
        out[out.length - 1] = ts`${out[out.length - 1]!}\n${items[0]!}`;
      } else out.push(...items);
      previousComment = isComment ? node : null;
    }
    return join(out, '\n\n');
  }

  /** An item whose translation failed on malformed input becomes a marked comment, never an exception. */
  private safeItem(node: Node): Code[] {
    try {
      return this.item(node);
    } catch {
      return [this.unsupported(node, 'item').code];
    }
  }

  private item(node: Node): Code[] {
    switch (node.type) {
      case 'use_declaration':
      case 'attribute_item':
      case 'inner_attribute_item':
      case 'extern_crate_declaration':
      case 'trait_item':
        return [];
      case 'line_comment':
      case 'block_comment':
        return [ts`${node.text.trimEnd()}`];
      case 'mod_item':
        return [this.unsupported(node, 'module').code];
      case 'function_item':
        return [this.functionItem(node)];
      case 'struct_item':
        return [this.structItem(node)];
      case 'enum_item':
        return [this.enumItem(node)];
      case 'impl_item':
        return this.implForEnum(node);
      case 'type_item': {
        const name = field(node, 'name')?.text ?? '';
        const params = this.items.aliasParams.get(name);
        return [typeOnly(`type ${name}${params?.length ? `<${params.join(', ')}>` : ''} = ${tsType(this.items.typeAliases.get(name) ?? UNKNOWN) ?? 'unknown'};`)];
      }
      case 'const_item':
      case 'static_item': {
        const name = field(node, 'name')?.text ?? '';
        const value = this.expr(field(node, 'value')!);
        this.scope.alias(name, name, this.items.constants.get(name) ?? value.type);
        return [mapped(this.pos(node), ts`const ${name}${this.annotation(this.items.constants.get(name) ?? value.type)} = ${value.code};`)];
      }
      case 'ERROR':
        return [];
      default:
        if (node.type.endsWith('_statement') || node.type.endsWith('_expression') || node.type === 'let_declaration') return this.statement(node);
        return [this.unsupported(node, node.type.replace(/_/g, ' ')).code];
    }
  }

  private annotation(type: RustType): Code {
    const t = tsType(type);
    return t && t !== 'void' ? typeOnly(`: ${t}`) : new Code();
  }

  // ---- structs and enums ----

  private structItem(node: Node): Code {
    const name = field(node, 'name')?.text ?? '';
    const decl = this.items.structs.get(name);
    if (!decl) return this.unsupported(node, 'struct').code;
    const members: Code[] = [];
    const named = decl.fields.every((f) => !/^\d+$/.test(f.name));
    if (!named) return this.unsupported(node, 'tuple struct').code;
    for (const f of decl.fields) members.push(typeOnly(`${f.name}: ${tsType(f.type) ?? 'any'};`));
    if (decl.fields.length > 0) {
      const init = `{ ${decl.fields.map((f) => `${f.name}: ${tsType(f.type) ?? 'any'}`).join('; ')} }`;
      members.push(ts`constructor(init${typeOnly(`: ${init}`)}) ${block(decl.fields.map((f) => ts`this.${f.name} = init.${f.name};`))}`);
    }
    if (decl.derives.has('Default')) {
      const zeros = decl.fields.map((f) => `${f.name}: ${this.defaultOf(f.type)}`).join(', ');
      members.push(ts`static default_()${typeOnly(`: ${name}`)} ${block([ts`return new ${name}(${decl.fields.length ? `{ ${zeros} }` : ''});`])}`);
    }
    if (decl.derives.has('Clone')) {
      this.use('rs');
      const copies = decl.fields.map((f) => `${f.name}: ${this.cloneText(`this.${f.name}`, f.type)}`).join(', ');
      members.push(ts`clone()${typeOnly(`: ${name}`)} ${block([ts`return new ${name}(${decl.fields.length ? `{ ${copies} }` : ''});`])}`);
    }
    const outerSelf = this.selfType;
    this.selfType = name;
    try {
      for (const impl of this.implsOf(node, name)) for (const m of kids(field(impl, 'body'))) if (m.type === 'function_item') members.push(this.method(m, impl));
    } finally {
      this.selfType = outerSelf;
    }
    return mapped(this.pos(node), ts`class ${name} ${block(members)}`);
  }

  /** `Default::default()` of a type: a struct's `default_()`, an enum's `#[default]` variant, else the zero value. */
  defaultOf(type: RustType): string {
    if (type.kind === 'named') {
      if (this.items.structs.get(type.name)?.derives.has('Default')) return `${type.name}.default_()`;
      const variant = this.items.enums.get(type.name)?.defaultVariant;
      if (variant) return `{ kind: '${variant}' }`;
    }
    return defaultValueText(type);
  }

  private cloneText(text: string, type: RustType): string {
    return isScalar(type) || type.kind === 'unit' ? text : `rs.clone(${text})`;
  }

  private implsOf(node: Node, name: string): Node[] {
    const root = node.tree.rootNode;
    return kids(root).filter((k) => k.type === 'impl_item' && typeNameOfImpl(k) === name);
  }

  private enumItem(node: Node): Code {
    const name = field(node, 'name')?.text ?? '';
    const decl = this.items.enums.get(name);
    if (!decl) return this.unsupported(node, 'enum').code;
    const variants = [...decl.variants.values()].map((v) => {
      const fs = v.fields.map((f) => `${/^\d+$/.test(f.name) ? `${f.name}` : f.name}: ${tsType(f.type) ?? 'any'}`);
      return `{ kind: '${v.name}'${fs.length ? `; ${fs.join('; ')}` : ''} }`;
    });
    return mapped(this.pos(node), typeOnly(`type ${name} =\n  | ${variants.join('\n  | ')};`));
  }

  /** Methods of an enum become functions taking the value first (enum values are plain objects). */
  private implForEnum(node: Node): Code[] {
    const name = typeNameOfImpl(node);
    if (!this.items.enums.has(name)) return [];
    const outerSelf = this.selfType;
    this.selfType = name;
    try {
      return kids(field(node, 'body'))
        .filter((m) => m.type === 'function_item')
        .map((m) => {
          const sig = this.items.signature(m);
          const fnName = enumMethodName(name, sig.name);
          // `impl Display for E { fn fmt(&self, f) }`: a function from the value to its text.
          const isDisplay = /(^|::)Display$/.test(field(node, 'trait')?.text ?? '') && sig.name === 'fmt';
          this.displayMethod = isDisplay;
          return mapped(this.pos(m), this.functionLike(`${name}.${sig.name}`, m, sig, (params, result, body, isAsync) => {
            const self = sig.self ? ts`self${typeOnly(`: ${name}`)}` : new Code();
            const all = sig.self && !params.isEmpty && !isDisplay ? ts`${self}, ${params}` : sig.self ? self : params;
            return ts`${isAsync}function ${fnName}(${all})${result} ${body}`;
          }, sig.self ? 'self' : null, isDisplay));
        });
    } finally {
      this.selfType = outerSelf;
      this.displayMethod = false;
    }
  }

  private method(m: Node, impl: Node): Code {
    const sig = this.items.signature(m);
    const isDisplay = /(^|::)Display$/.test(field(impl, 'trait')?.text ?? '') && sig.name === 'fmt';
    const key = `${this.selfType}.${sig.name}`;
    const outerDisplay = this.displayMethod;
    this.displayMethod = isDisplay;
    try {
      return mapped(this.pos(m), this.functionLike(key, m, sig, (params, result, body, isAsync) => {
        if (isDisplay) return ts`toString()${typeOnly(': string')} ${body}`;
        const isStatic = sig.self === null ? 'static ' : '';
        return ts`${isStatic}${isAsync}${safeName(camelCase(sig.name))}(${params})${result} ${body}`;
      }, sig.self ? 'this' : null, isDisplay));
    } finally {
      this.displayMethod = outerDisplay;
    }
  }

  // ---- functions ----

  private functionItem(node: Node): Code {
    const sig = this.items.functions.get(field(node, 'name')?.text ?? '') ?? this.items.signature(node);
    return mapped(this.pos(node), this.functionLike(sig.name, node, sig, (params, result, body, isAsync) => ts`${isAsync}function ${safeName(camelCase(sig.name))}(${params})${result} ${body}`));
  }

  /** Parameters, result type and body of a function or method, in scopes of their own. */
  private functionLike(
    key: string,
    node: Node,
    sig: FnDecl,
    shape: (params: Code, result: Code, body: Code, isAsync: Code) => Code,
    selfName: string | null = null,
    isDisplay = false,
  ): Code {
    const outerScope = this.scope;
    const outerFn = this.fn;
    this.scope = new Scope(outerScope);
    const isMain = key === 'main';
    this.fn = { key, explicitAsync: sig.isAsync, awaits: sig.isAsync || isMain, calls: new Set(), result: sig.result, loops: [], isMain, outer: outerFn };
    try {
      if (selfName) this.scope.alias('self', selfName, named(this.selfType ?? 'Self'));
      const params = join(sig.params.map((p) => this.parameter(p.pattern, p.type)), ', ');
      const returns = sig.result.kind !== 'unit' && sig.result.kind !== 'never';
      const body = this.functionBody(field(node, 'body'), returns ? { kind: 'return' } : DISCARD);
      this.callGraph.set(key, { awaits: this.fn.awaits, calls: this.fn.calls });
      const result0 = sig.result.kind === 'named' && sig.result.name === 'Self' ? named(this.selfType ?? 'Self') : sig.result;
      if (holdsRef(result0)) this.use('rs');
      const resultText = isDisplay ? 'string' : (tsType(result0) ?? 'unknown');
      const shown = resultText === 'void' ? 'void' : resultText;
      const result = isMain ? typeOnly(': Promise<void>') : ifAsync([key], `: Promise<${shown}>`, `: ${shown}`, true);
      const isAsync = isMain || sig.isAsync ? ts`async ` : ifAsync([key], 'async ');
      return shape(params, result, body, isAsync);
    } finally {
      this.scope = outerScope;
      this.fn = outerFn;
    }
  }

  private parameter(pattern: Node, type: RustType): Code {
    const bound = this.bindPattern(pattern, type);
    if (isRef(type)) {
      this.use('rs');
      this.refPlace(pattern.text.replace(/^mut\s+/, ''));
    }
    return ts`${bound}${this.annotation(type)}`;
  }

  /** A local holding a Ref: reading and writing it go through `.value`. */
  private refPlace(name: string): void {
    const local = this.scope.lookup(name);
    if (!local || !isRef(local.type)) return;
    const tsName = local.tsName;
    local.place = { get: ts`${tsName}.value`, set: (v: Code) => ts`${tsName}.value = ${v}` };
    local.type = (local.type as { args: RustType[] }).args[0] ?? UNKNOWN;
  }

  /** An argument for a `&mut` parameter of a number or string: a Ref to the caller's place. */
  private refArgument(node: Node): Code | null {
    if (node.type !== 'reference_expression' || !/^&\s*mut\b/.test(node.text)) return null;
    const target = this.place(kids(node)[kids(node).length - 1]!);
    const setter = target.setter ?? ((v: Code) => ts`${target.code} = ${v}`);
    this.use('rs');
    return ts`rs.ref(() => ${target.code}, (v) => ${setter(ts`v`)})`;
  }

  /** A binding pattern (`x`, `mut x`, `(a, b)`, `_`) declared in the current scope, as TypeScript. */
  private bindPattern(pattern: Node, type: RustType): string {
    switch (pattern.type) {
      case 'identifier': {
        const local = this.scope.declare(pattern.text, type);
        this.declNames.set(pattern.id, local.tsName);
        return local.tsName;
      }
      case 'mut_pattern':
      case 'ref_pattern':
        return this.bindPattern(kids(pattern).find((k) => k.type !== 'mutable_specifier')!, type);
      case 'reference_pattern':
        return this.bindPattern(kids(pattern)[0]!, type);
      case 'tuple_pattern': {
        const items = type.kind === 'tuple' ? type.items : [];
        const parts = patternParts(pattern).map((k, i) => {
          if (k.text !== '_') return this.bindPattern(k, items[i] ?? UNKNOWN);
          if (!isHandle(items[i])) return '';
          // `let (tx, _) = channel()`: the `_` part is dropped at once, as in Rust.
          const discarded = this.temp('discarded');
          this.post.push(ts`${discarded}.drop();`);
          return discarded;
        });
        return `[${parts.join(', ')}]`;
      }
      case '_':
        return '_';
      default:
        if (pattern.text === '_') return '_';
        this.unsupported(pattern, 'pattern');
        return '_';
    }
  }

  /** A function body: its statements, the tail value to `sink`, drops at its end. */
  private functionBody(body: Node | null, sink: Sink): Code {
    if (!body) return block([]);
    return block(this.blockStatements(body, sink, this.fn?.isMain === true && this.fn.outer === null));
  }

  // ---- blocks and statements ----

  /** The statements of a block with its value delivered to `sink`, and the drops Rust does at its end. */
  blockStatements(node: Node, sink: Sink, skipDrops = false, alwaysFinally = false): Code[] {
    const outerScope = this.scope;
    const outerHoist = this.hoisted;
    this.scope = new Scope(outerScope);
    const drops = skipDrops ? [] : this.ownership.dropsAtEnd(node);
    const useFinally = drops.length > 0 && (alwaysFinally || sink.kind === 'return' || leavesEarly(node));
    // A `finally` cannot see what the `try` declares: the block's dropped bindings are declared before it.
    this.hoisted = useFinally ? { ids: new Set(drops.map((d) => d.decl.id)), names: [] } : null;
    try {
      const children = kids(node).filter((k) => k.type !== 'ERROR' || k.text.trim() !== '');
      const out: Code[] = [];
      children.forEach((child, i) => {
        const isComment = child.type === 'line_comment' || child.type === 'block_comment';
        const isLast = i === children.length - 1;
        // tree-sitter wraps a trailing `match`/`if` without `;` in an expression statement: still the block's value.
        const tailInStatement = isLast && child.type === 'expression_statement' && !child.text.trimEnd().endsWith(';') && sink.kind !== 'discard';
        const isTail = isLast && !isComment && (!isStatementNode(child) || tailInStatement);
        if (isComment) {
          out.push(ts`${child.text.trimEnd()}`);
          return;
        }
        const value = tailInStatement ? kids(child)[0]! : child;
        if (isTail) out.push(...this.inStatement(value, () => this.valueInto(value, sink)));
        else out.push(...this.statement(child));
      });
      const dropCode = drops.map((b) => this.dropCode(b, useFinally)).filter((c): c is Code => c !== null);
      if (dropCode.length === 0) return out;
      if (!useFinally) return [...out, ...dropCode];
      const declared = this.hoisted!.names.length ? [ts`let ${this.hoisted!.names.join(', ')};`] : [];
      return [...declared, ts`try ${block(out)} finally ${block(dropCode)}`];
    } finally {
      this.scope = outerScope;
      this.hoisted = outerHoist;
    }
  }

  dropCode(binding: OwnedBinding, maybeUnset = false): Code | null {
    const name = this.declNames.get(binding.decl.id) ?? this.scope.lookup(binding.name)?.tsName;
    if (!name) return null;
    if (this.ownership.handleOf(binding)?.role === 'shared') {
      this.use('rs');
      return ts`rs.arcDrop(${name});`;
    }
    if (binding.kind === 'handle') return ts`${name}${maybeUnset ? '?' : ''}.drop();`;
    this.use('rs');
    return ts`rs.drop(${name});`;
  }

  /** Runs a translation with its own hoisted statements before and guard drops after it. */
  private inStatement(node: Node, translate: () => Code[]): Code[] {
    const [outerPre, outerPost] = [this.pre, this.post];
    this.pre = [];
    this.post = [];
    try {
      const out = translate();
      const all = [...this.pre, ...out, ...this.post];
      return all.length ? [mapped(this.pos(node), all[0]!), ...all.slice(1)] : all;
    } finally {
      this.pre = outerPre;
      this.post = outerPost;
    }
  }

  statement(node: Node): Code[] {
    return this.inStatement(node, () => this.statementInner(node));
  }

  private statementInner(node: Node): Code[] {
    switch (node.type) {
      case 'let_declaration':
        return this.letDeclaration(node);
      case 'expression_statement': {
        const inner = kids(node)[0];
        if (!inner) return [];
        if (this.ownership.dropsImmediately(node)) return [this.dropValue(this.expr(inner))];
        return this.valueInto(inner, DISCARD);
      }
      case 'empty_statement':
      case 'line_comment':
      case 'block_comment':
      case 'attribute_item':
      case 'use_declaration':
        return [];
      case 'function_item':
        return [this.functionItem(node)];
      case 'struct_item':
      case 'enum_item':
      case 'impl_item':
      case 'const_item':
      case 'type_item':
        return this.item(node);
      case 'macro_invocation':
        return this.valueInto(node, DISCARD);
      case 'ERROR':
        return [];
      default:
        return this.valueInto(node, DISCARD);
    }
  }

  private dropValue(value: Typed): Code {
    this.use('rs');
    return ts`rs.drop(${value.code});`;
  }

  private letDeclaration(node: Node): Code[] {
    const pattern = field(node, 'pattern')!;
    const declared = field(node, 'type') ? this.items.type(field(node, 'type')) : null;
    const valueNode = field(node, 'value');
    const alternative = field(node, 'alternative');
    if (alternative) return this.letElse(pattern, valueNode!, alternative, declared);
    if (!valueNode) {
      const name = this.bindPattern(pattern, declared ?? UNKNOWN);
      return [ts`let ${name}${this.annotation(declared ?? UNKNOWN)};`];
    }
    if (this.ownership.dropsImmediately(node) && (pattern.text === '_')) return [this.dropValue(this.expr(valueNode))];
    if (isValueBlock(valueNode) && !this.isSimpleIf(valueNode)) {
      const temp = pattern.type === 'identifier' || pattern.type === 'mut_pattern' ? null : this.temp('value');
      const annotation = new Code();
      const target = temp ?? this.bindPattern(pattern, declared ?? UNKNOWN);
      const out = [ts`let ${target}${annotation};`, ...this.valueInto(valueNode, { kind: 'assign', target })];
      const type = declared ?? this.assignedTypes.get(target) ?? UNKNOWN;
      annotation.append(this.annotation(type));
      const local = this.scope.lookup(pattern.text.replace(/^mut\s+/, ''));
      if (!temp && local && local.tsName === target) local.type = type;
      if (temp) out.push(ts`const ${this.bindPattern(pattern, type)} = ${temp};`);
      return out;
    }
    const hoistedBefore = this.pre.length;
    const slot = pattern.type === 'identifier' || pattern.type === 'mut_pattern' ? this.entryOrInsert(valueNode) : null;
    if (slot?.setter && isScalar(slot.type)) {
      this.scope.place(identifiersOf(pattern)[0]!.text, slot.type, { get: slot.code, set: slot.setter });
      return [];
    }
    this.pre.length = hoistedBefore;
    const outerExpected = this.expectedElement;
    this.expectedElement = declared ? null : this.inferredElement(node, pattern, valueNode);
    let value: Typed;
    try {
      value = this.exprWithExpected(valueNode, declared);
    } finally {
      this.expectedElement = outerExpected;
    }
    const type = declared && declared.kind !== 'unknown' ? refine(declared, value.type) : value.type;
    // `let balance = map.get_mut(&k).ok_or(..)?;`: a `&mut` into the map, read and written through it.
    if (value.slot && isScalar(type) && (pattern.type === 'identifier' || pattern.type === 'mut_pattern')) {
      this.scope.place(identifiersOf(pattern)[0]!.text, type, value.slot);
      return [];
    }
    const isMut = pattern.type === 'mut_pattern' || kids(node).some((k) => k.type === 'mutable_specifier') || /\bmut\b/.test(pattern.text);
    // `let mut rx` that is only used through methods stays `const`: JavaScript objects change in place.
    // Scalars and Options are values in JavaScript: their `&mut self` methods (push_str, take) assign.
    const valueLike = isScalar(type) || type.kind === 'option' || type.kind === 'unknown' || type.kind === 'tuple';
    const keyword = isMut && (valueLike || identifiersOf(pattern).some((id) => isReassigned(id.text, node))) ? 'let' : 'const';
    // `let mut it = v.iter();` then `it.next()`: the iterator walks a copy, so v stays whole.
    if (isMut && value.type.kind === 'vec' && valueNode.type === 'call_expression' && /\.(iter|iter_mut|into_iter)$/.test(field(valueNode, 'function')?.text ?? '')) {
      value = { ...value, code: ts`[...${value.code}]` };
    }
    if (pattern.text === '_') return [ts`${value.code};`];
    const name = this.bindPattern(pattern, type);
    if (this.hoisted && identifiersOf(pattern).some((id) => this.hoisted!.ids.has(id.id))) {
      for (const id of identifiersOf(pattern)) this.hoisted.names.push(this.declNames.get(id.id) ?? id.text);
      return [ts`${name} = ${value.code};`];
    }
    const annotation = pattern.type === 'identifier' || pattern.type === 'mut_pattern' ? this.letAnnotation(declared, value) : new Code();
    if (isRef(type)) this.refPlace(identifiersOf(pattern)[0]?.text ?? '');
    return [ts`${keyword} ${name}${annotation} = ${value.code};`];
  }

  /**
   * For a channel or an empty Vec made without a type (`mpsc::channel(8)`, `Vec::new()`): the
   * element type Rust infers from what is later sent, pushed or handed on.
   */
  private inferredElement(declaration: Node, pattern: Node, value: Node): RustType | null {
    if (!/(channel|unbounded_channel|sync_channel|Vec::new|Vec::with_capacity|VecDeque::new)\s*\(/.test(value.text.slice(0, 80))) return null;
    if (/::<|^vec!/.test(value.text)) return null;
    const names = identifiersOf(pattern).map((n) => n.text);
    return inferElementType(declaration, names, {
      items: this.items,
      localType: (name) => {
        const t = this.scope.lookup(name)?.type;
        return t && t.kind !== 'unknown' && t.kind !== 'fn' ? t : null;
      },
      macroArguments: (macro) => {
        const tokens = kids(macro).find((k) => k.type === 'token_tree');
        return tokens && !tokens.text.startsWith('{') ? this.macros.arguments(tokens) : [];
      },
    });
  }

  /** An annotation where TypeScript could not infer what Rust's declared type says. */
  private letAnnotation(declared: RustType | null, value: Typed): Code {
    const emptyArrays = /^\[(\[\](, )?)*\]$/.test(value.code.toString());
    if (!declared && (emptyArrays || /^new (rs\.BTreeMap|Map|Set)\(\)$/.test(value.code.toString())) && tsType(value.type)) return this.annotation(value.type);
    // Rust knew the element type from a use chan2ts could not read: say so rather than `never[]`.
    if (!declared && emptyArrays && value.code.toString() !== '[]') return typeOnly(': unknown[][]');
    if (!declared && (containsEnum(value.type, this.items) || value.type.kind === 'tuple') && tsType(value.type)) return this.annotation(value.type);
    // The Rust source wrote the type: so does the TypeScript.
    if (declared && declared.kind !== 'unknown' && tsType(declared)) return this.annotation(declared);
    return new Code();
  }

  /** `let Some(x) = opt else { return; };` */
  private letElse(pattern: Node, valueNode: Node, alternative: Node, declared: RustType | null): Code[] {
    const value = this.exprWithExpected(valueNode, declared);
    const subject = this.temp('matched');
    const test = this.patternTest(pattern, subject, value.type);
    const elseBlock = kids(alternative).find((k) => k.type === 'block') ?? alternative;
    const out = [ts`const ${subject} = ${value.code};`, ts`if (!(${test.condition})) ${block(this.blockStatements(elseBlock, DISCARD))}`];
    for (const b of test.bindings) out.push(ts`const ${this.declareBinding(b)} = ${b.accessor};`);
    return out;
  }

  private declareBinding(b: PatternBinding): string {
    const local = this.scope.declare(b.name, b.type);
    this.declNames.set(b.node.id, local.tsName);
    return local.tsName;
  }

  // ---- values of blocks, if, match, loops ----

  private deliver(value: Code, sink: Sink): Code[] {
    switch (sink.kind) {
      case 'discard':
        return value.isEmpty ? [] : [ts`${value};`];
      case 'return':
        return [ts`return ${value};`];
      case 'assign':
        return [ts`${sink.target} = ${value};`];
    }
  }

  /** The type of the first value a block-like expression assigns to each target. */
  private readonly assignedTypes = new Map<string, RustType>();

  /** Statements that compute `node` and hand its value to `sink`. */
  valueInto(node: Node, sink: Sink): Code[] {
    switch (node.type) {
      case 'block':
        return [block(this.blockStatements(node, sink))];
      case 'unsafe_block':
      case 'async_block':
        if (node.type === 'unsafe_block') return [block(this.blockStatements(kids(node).find((k) => k.type === 'block')!, sink))];
        break;
      case 'if_expression':
        return [this.ifStatement(node, sink)];
      case 'match_expression':
        return this.matchStatement(node, sink);
      case 'loop_expression':
      case 'while_expression':
      case 'for_expression':
        return this.loopStatement(node, sink);
      case 'return_expression': {
        const value = kids(node)[0];
        return value ? this.valueInto(value, { kind: 'return' }) : [this.returnVoid()];
      }
      case 'break_expression':
        return this.breakStatement(node);
      case 'continue_expression': {
        const label = kids(node).find((k) => k.type === 'label');
        return [ts`continue${label ? ` ${label.text.slice(1)}` : ''};`];
      }
      case 'macro_invocation': {
        const name = macroName(node);
        if (name === 'select') return this.selectStatement(node, sink);
        break;
      }
      case 'expression_statement':
        return this.statement(node);
    }
    const value = this.expr(node);
    if (sink.kind === 'assign' && value.type.kind !== 'unknown' && value.type.kind !== 'never' && !this.assignedTypes.has(sink.target)) {
      this.assignedTypes.set(sink.target, value.type);
    }
    if (sink.kind === 'return' && this.fn && !this.fn.returned && value.type.kind !== 'unknown' && value.type.kind !== 'never') this.fn.returned = value.type;
    if (sink.kind === 'discard' && value.code.isEmpty) return [];
    if (sink.kind === 'return' && value.type.kind === 'unit' && !this.fnReturnsValue()) return [ts`${value.code};`, this.returnVoid()];
    return this.deliver(value.code, sink);
  }

  private fnReturnsValue(): boolean {
    const r = this.fn?.result;
    return r !== undefined && r.kind !== 'unit' && r.kind !== 'never';
  }

  private returnVoid(): Code {
    return ts`return;`;
  }

  private breakStatement(node: Node): Code[] {
    const label = kids(node).find((k) => k.type === 'label');
    const value = kids(node).find((k) => k.type !== 'label');
    const labelText = label ? ` ${label.text.slice(1)}` : '';
    if (value) {
      const loops = this.fn?.loops ?? [];
      const target = label ? [...loops].reverse().find((l) => l.label === label.text.slice(1)) : loops[loops.length - 1];
      if (target?.valueTarget) return [...this.valueInto(value, { kind: 'assign', target: target.valueTarget }), ts`break${labelText};`];
    }
    return [ts`break${labelText};`];
  }

  private isSimpleIf(node: Node): boolean {
    if (node.type !== 'if_expression') return false;
    const consequence = field(node, 'consequence');
    const alternative = field(node, 'alternative');
    const elseBlock = alternative ? kids(alternative)[0] : null;
    const single = (b: Node | null | undefined) => !!b && b.type === 'block' && kids(b).length === 1 && !isStatementNode(kids(b)[0]!) && !isValueBlock(kids(b)[0]!);
    return field(node, 'condition')?.type !== 'let_condition' && single(consequence) && !!elseBlock && (single(elseBlock) || this.isSimpleIf(elseBlock));
  }

  private ifStatement(node: Node, sink: Sink): Code {
    const condition = field(node, 'condition')!;
    const consequence = field(node, 'consequence')!;
    const alternative = field(node, 'alternative');
    const elseNode = alternative ? kids(alternative)[0] : null;
    const elsePart = (): Code => {
      if (!elseNode) return new Code();
      if (elseNode.type === 'if_expression') return ts` else ${this.ifStatement(elseNode, sink)}`;
      return ts` else ${block(this.blockStatements(elseNode, sink))}`;
    };
    if (condition.type === 'let_condition' || condition.type === 'let_chain') {
      const outerScope = this.scope;
      this.scope = new Scope(outerScope);
      try {
        const { test, bindings } = this.letConditions(condition);
        const body = [...bindings, ...this.blockStatements(consequence, sink)];
        this.scope = outerScope;
        return ts`if (${test}) ${block(body)}${elsePart()}`;
      } finally {
        this.scope = outerScope;
      }
    }
    const cond = this.expr(condition);
    return ts`if (${cond.code}) ${block(this.blockStatements(consequence, sink))}${elsePart()}`;
  }

  /** `let PAT = value` conditions (and `&&` chains of them): the test, and the bindings' declarations. */
  private letConditions(condition: Node): { test: Code; bindings: Code[] } {
    const parts = condition.type === 'let_chain' ? kids(condition) : [condition];
    const tests: Code[] = [];
    const bindings: Code[] = [];
    for (const part of parts) {
      if (part.type !== 'let_condition') {
        tests.push(this.expr(part).code);
        continue;
      }
      const value = this.expr(field(part, 'value')!);
      const subject = this.subjectFor(value);
      const test = this.patternTest(field(part, 'pattern')!, subject.name, value.type);
      tests.push(test.condition);
      for (const b of test.bindings) bindings.push(ts`const ${this.declareBinding(b)} = ${b.accessor};`);
    }
    return { test: join(tests, ' && '), bindings };
  }

  /** A name for a value that patterns test several times: itself if it is a plain name, else a hoisted temporary. */
  private subjectFor(value: Typed): { name: string } {
    const text = value.code.toString();
    if (/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(text) && !text.includes('(')) return { name: text };
    const name = this.temp('value');
    this.pre.push(ts`const ${name} = ${value.code};`);
    return { name };
  }

  private matchStatement(node: Node, sink: Sink): Code[] {
    const value = this.expr(field(node, 'value')!);
    const arms = kids(field(node, 'body')).filter((k) => k.type === 'match_arm');
    // A guard with a closure would read the pattern's parts inside it, where TypeScript forgets
    // narrowing: such a match binds each arm's parts first, then tests the guard (see below).
    const guardsWithClosures = arms.some((arm) => /\|[^|]*\|/.test(field(field(arm, 'pattern')!, 'condition')?.text ?? ''));
    const subject = this.subjectFor(value);
    const label = guardsWithClosures ? this.temp('match') : null;
    let chain: Code | null = null;
    let tail: Code | null = null;
    const clauses: { test: Code | null; body: Code[] }[] = [];
    // A Rust match is exhaustive: its last arm needs no test, so TypeScript sees every path.
    const lastIsElse = arms.length > 0 && !field(field(arms[arms.length - 1]!, 'pattern')!, 'condition');
    for (const arm of arms) {
      const isElse = lastIsElse && arm.id === arms[arms.length - 1]!.id;
      const outerScope = this.scope;
      this.scope = new Scope(outerScope);
      try {
        const patternNode = field(arm, 'pattern')!;
        const pattern = kids(patternNode)[0] ?? patternNode;
        const guard = field(patternNode, 'condition');
        const test = this.patternTest(pattern, subject.name, value.type);
        let condition: Code | null = test.condition.toString() === 'true' ? null : test.condition;
        if (label) {
          clauses.push({ test: condition, body: this.guardedArm(arm, test.bindings, guard, sink, label) });
          continue;
        }
        if (guard) {
          const guardScope = new Scope(this.scope);
          for (const b of test.bindings) guardScope.alias(b.name, b.accessor, b.type);
          const saved = this.scope;
          this.scope = guardScope;
          const g = this.expr(guard).code;
          this.scope = saved;
          condition = condition ? ts`${condition} && ${g}` : g;
        }
        const bindings = test.bindings.flatMap((b) => {
          if (value.slot && b.accessor === subject.name && isScalar(b.type)) {
            this.scope.place(b.name, b.type, value.slot);
            return [];
          }
          return [ts`const ${this.declareBinding(b)} = ${isElse ? unnarrowed(b.accessor, subject.name, value.type) : b.accessor};`];
        });
        const armValue = field(arm, 'value')!;
        const body = [...bindings, ...this.armBody(armValue, sink, arm)];
        clauses.push({ test: condition, body });
      } finally {
        this.scope = outerScope;
      }
    }
    if (label) {
      // `label: { if (pattern) { parts; if (guard) { body; break label; } } ... }`
      return [ts`${label}: ${block(clauses.map((c) => (c.test ? ts`if (${c.test}) ${block(c.body)}` : block(c.body))))}`];
    }
    const last = clauses[clauses.length - 1];
    if (last && lastIsElse && !clauses.some((c) => c.test === null)) last.test = null;
    for (let i = clauses.length - 1; i >= 0; i--) {
      const c = clauses[i]!;
      if (c.test === null) {
        tail = block(c.body);
        chain = null;
        continue;
      }
      const rest: Code | null = chain ?? tail;
      chain = rest ? ts`if (${c.test}) ${block(c.body)} else ${rest}` : ts`if (${c.test}) ${block(c.body)}`;
    }
    if (chain) return [chain];
    return tail ? (clauses.length === 1 ? clauses[0]!.body : [tail]) : [];
  }

  /** An arm of a labelled match: its parts bound as consts, then its guard, its body, and a break out of the match. */
  private guardedArm(arm: Node, bindings: PatternBinding[], guard: Node | null, sink: Sink, label: string): Code[] {
    const declared = bindings.map((b) => ts`const ${this.declareBinding(b)} = ${b.accessor};`);
    const body = [...this.armBody(field(arm, 'value')!, sink, arm), ts`break ${label};`];
    return [...declared, ...(guard ? [ts`if (${this.expr(guard).code}) ${block(body)}`] : body)];
  }

  private armBody(value: Node, sink: Sink, arm: Node): Code[] {
    const body = value.type === 'block' ? this.blockStatements(value, sink) : this.inStatement(value, () => this.valueInto(value, sink));
    const drops = this.ownership.dropsAtEnd(arm).map((b) => this.dropCode(b)).filter((c): c is Code => c !== null);
    return [...body, ...drops];
  }

  // ---- loops ----

  private loopStatement(node: Node, sink: Sink): Code[] {
    const label = kids(node).find((k) => k.type === 'label')?.text.slice(1) ?? null;
    const labelText = label ? `${label}: ` : '';
    const valueTarget = node.type === 'loop_expression' && sink.kind !== 'discard' ? this.temp('result') : null;
    this.fn?.loops.push({ label, valueTarget });
    try {
      const body = field(node, 'body')!;
      let loop: Code;
      if (node.type === 'loop_expression') loop = ts`${labelText}for (;;) ${block(this.blockStatements(body, DISCARD))}`;
      else if (node.type === 'while_expression') loop = this.whileLoop(node, labelText);
      else loop = this.forLoop(node, labelText);
      if (!valueTarget) return [loop];
      const type = this.assignedTypes.get(valueTarget);
      if (type && sink.kind === 'assign' && !this.assignedTypes.has(sink.target)) this.assignedTypes.set(sink.target, type);
      return [ts`let ${valueTarget}${this.annotation(type ?? UNKNOWN)};`, loop, ...this.deliver(new Code([valueTarget]), sink)];
    } finally {
      this.fn?.loops.pop();
    }
  }

  private whileLoop(node: Node, labelText: string): Code {
    const condition = field(node, 'condition')!;
    const body = field(node, 'body')!;
    if (condition.type === 'let_condition') {
      const pattern = field(condition, 'pattern')!;
      const valueNode = field(condition, 'value')!;
      const recvLoop = this.recvLoop(pattern, valueNode, body, labelText);
      if (recvLoop) return recvLoop;
      const outerScope = this.scope;
      this.scope = new Scope(outerScope);
      try {
        const statements: Code[] = [];
        const [outerPre] = [this.pre];
        this.pre = [];
        const value = this.expr(valueNode);
        statements.push(...this.pre);
        this.pre = outerPre;
        const subject = this.temp('next');
        statements.push(ts`const ${subject} = ${value.code};`);
        const test = this.patternTest(pattern, subject, value.type);
        statements.push(ts`if (!(${test.condition})) break;`);
        for (const b of test.bindings) statements.push(ts`const ${this.declareBinding(b)} = ${b.accessor};`);
        statements.push(...this.blockStatements(body, DISCARD));
        return ts`${labelText}for (;;) ${block(statements)}`;
      } finally {
        this.scope = outerScope;
      }
    }
    const [outerPre] = [this.pre];
    this.pre = [];
    const cond = this.expr(condition);
    const hoisted = this.pre;
    this.pre = outerPre;
    if (hoisted.length) return ts`${labelText}for (;;) ${block([...hoisted, ts`if (!(${cond.code})) break;`, ...this.blockStatements(body, DISCARD)])}`;
    return ts`${labelText}while (${cond.code}) ${block(this.blockStatements(body, DISCARD))}`;
  }

  /** `while let Some(x) = rx.recv().await` as `for (let x = await rx.recv(); x !== undefined; x = await rx.recv())`. */
  private recvLoop(pattern: Node, valueNode: Node, body: Node, labelText: string): Code | null {
    if (pattern.type !== 'tuple_struct_pattern' || field(pattern, 'type')?.text !== 'Some') return null;
    const typeId = field(pattern, 'type')?.id;
    const inner = kids(pattern).filter((k) => k.id !== typeId);
    if (inner.length !== 1 || inner[0]!.type !== 'identifier') return null;
    const outerPre = this.pre;
    this.pre = [];
    const value = this.expr(valueNode);
    const hoisted = this.pre.length;
    this.pre = outerPre;
    if (hoisted || value.type.kind !== 'option') return null;
    const outerScope = this.scope;
    this.scope = new Scope(outerScope);
    try {
      const name = this.declareBinding({ name: inner[0]!.text, node: inner[0]!, accessor: '', type: value.type.elem });
      const loopBody = this.blockStatements(body, DISCARD);
      return ts`${labelText}for (let ${name} = ${value.code}; ${name} !== undefined; ${name} = ${this.expr(valueNode).code}) ${block(loopBody)}`;
    } finally {
      this.scope = outerScope;
    }
  }

  private forLoop(node: Node, labelText: string): Code {
    const pattern = field(node, 'pattern')!;
    const valueNode = field(node, 'value')!;
    const body = field(node, 'body')!;
    const outerScope = this.scope;
    this.scope = new Scope(outerScope);
    try {
      const range = this.rangeParts(valueNode);
      if (range && pattern.type === 'identifier') {
        const name = this.bindPattern(pattern, range.type);
        const op = range.inclusive ? '<=' : '<';
        return ts`${labelText}for (let ${name} = ${range.start}; ${name} ${op} ${range.end}; ${name}++) ${block(this.blockStatements(body, DISCARD))}`;
      }
      const iterable = this.iterable(valueNode);
      const elem = iterable.type.kind === 'vec' ? iterable.type.elem : UNKNOWN;
      const name = pattern.text === '_' || pattern.type === 'tuple_pattern' || pattern.type === 'identifier' || pattern.type === 'mut_pattern' || pattern.type === 'reference_pattern' ? this.bindPattern(pattern, elem) : null;
      if (name === null) return this.unsupported(pattern, 'for pattern').code;
      const isAwait = iterable.isAsync ? 'await ' : '';
      if (iterable.isAsync) this.awaits();
      return ts`${labelText}for ${isAwait}(const ${name} of ${iterable.code}) ${block(this.blockStatements(body, DISCARD))}`;
    } finally {
      this.scope = outerScope;
    }
  }

  private rangeParts(node: Node): { start: Code; end: Code; inclusive: boolean; type: RustType } | null {
    if (node.type !== 'range_expression') return null;
    const [a, b] = kids(node);
    if (!a || !b) return null;
    const start = this.expr(a);
    const end = this.expr(b);
    return { start: start.code, end: end.code, inclusive: node.text.includes('..='), type: start.type.kind === 'int' ? start.type : end.type.kind === 'int' ? end.type : I32 };
  }

  /** What a `for` iterates: arrays, maps, strings' chars, a std receiver (asynchronously). */
  private iterable(node: Node): Typed & { isAsync: boolean } {
    const value = this.expr(node);
    if (value.type.kind === 'named' && value.type.name === 'std.Receiver') return { code: ts`${value.code}.iter()`, type: vec(value.type.args[0] ?? UNKNOWN), isAsync: true };
    if (value.type.kind === 'named' && value.type.name === 'std.Iter') return { code: value.code, type: vec(value.type.args[0] ?? UNKNOWN), isAsync: true };
    if (value.type.kind === 'map') return { code: value.code, type: vec(tuple([value.type.key, value.type.value])), isAsync: false };
    return { ...value, isAsync: false };
  }

  // ---- select! ----

  private selectStatement(node: Node, sink: Sink): Code[] {
    return selectBranches(this, node, sink);
  }

  // ---- patterns ----

  /** The test that `subject` matches `pattern`, and what the pattern binds (as accessors of subject). */
  patternTest(pattern: Node, subject: string, type: RustType): { condition: Code; bindings: PatternBinding[] } {
    const conditions: Code[] = [];
    const bindings: PatternBinding[] = [];
    this.collectPattern(pattern, subject, type, conditions, bindings);
    return { condition: conditions.length ? join(conditions, ' && ') : ts`true`, bindings };
  }

  private collectPattern(pattern: Node, subject: string, type: RustType, conditions: Code[], bindings: PatternBinding[]): void {
    if (pattern.text === '_' || pattern.text === '..') return;
    if (pattern.type === 'match_pattern') {
      const inner = kids(pattern)[0];
      if (inner) this.collectPattern(inner, subject, type, conditions, bindings);
      return;
    }
    switch (pattern.type) {
      case '_':
      case 'remaining_field_pattern':
        return;
      case 'identifier': {
        if (pattern.text === '_') return;
        if (pattern.text === 'None') {
          conditions.push(ts`${subject} === undefined`);
          return;
        }
        const variant = this.unitVariant(pattern.text, type);
        if (variant) {
          conditions.push(ts`${subject}.kind === '${variant}'`);
          return;
        }
        bindings.push({ name: pattern.text, node: pattern, accessor: subject, type });
        return;
      }
      case 'mut_pattern':
      case 'ref_pattern':
      case 'reference_pattern':
        this.collectPattern(kids(pattern).find((k) => k.type !== 'mutable_specifier')!, subject, type, conditions, bindings);
        return;
      case 'captured_pattern': {
        const [name, inner] = kids(pattern);
        if (inner) this.collectPattern(inner, subject, type, conditions, bindings);
        if (name) bindings.push({ name: name.text, node: name, accessor: subject, type });
        return;
      }
      case 'integer_literal':
      case 'float_literal':
      case 'string_literal':
      case 'char_literal':
      case 'boolean_literal':
      case 'negative_literal':
      case 'raw_string_literal':
        conditions.push(ts`${subject} === ${this.expr(pattern).code}`);
        return;
      case 'range_pattern': {
        const left = field(pattern, 'left');
        const right = field(pattern, 'right');
        const inclusive = pattern.text.includes('..=');
        if (left) conditions.push(ts`${subject} >= ${this.expr(left).code}`);
        if (right) conditions.push(ts`${subject} ${inclusive ? '<=' : '<'} ${this.expr(right).code}`);
        return;
      }
      case 'or_pattern': {
        const alternatives = kids(pattern).map((alt) => {
          const c: Code[] = [];
          this.collectPattern(alt, subject, type, c, bindings);
          return c.length ? join(c, ' && ') : ts`true`;
        });
        conditions.push(ts`(${join(alternatives, ' || ')})`);
        return;
      }
      case 'tuple_pattern': {
        const parts = patternParts(pattern);
        // `h @ (80..=100)`: parentheses around one pattern, not a tuple.
        if (parts.length === 1 && !pattern.text.includes(',')) {
          this.collectPattern(parts[0]!, subject, type, conditions, bindings);
          return;
        }
        const items = type.kind === 'tuple' ? type.items : [];
        parts.forEach((k, i) => this.collectPattern(k, `${subject}[${i}]`, items[i] ?? UNKNOWN, conditions, bindings));
        return;
      }
      case 'scoped_identifier': {
        const variant = field(pattern, 'name')?.text ?? pattern.text;
        conditions.push(ts`${subject}.kind === '${variant}'`);
        return;
      }
      case 'tuple_struct_pattern':
        this.tupleStructPattern(pattern, subject, type, conditions, bindings);
        return;
      case 'struct_pattern':
        this.structPattern(pattern, subject, type, conditions, bindings);
        return;
      case 'slice_pattern':
      default:
        this.unsupported(pattern, 'pattern');
        conditions.push(ts`false`);
    }
  }

  private unitVariant(name: string, type: RustType): string | null {
    if (type.kind !== 'named') return null;
    const e = this.items.enums.get(type.name);
    return e?.variants.get(name)?.shape === 'unit' ? name : null;
  }

  private tupleStructPattern(pattern: Node, subject: string, type: RustType, conditions: Code[], bindings: PatternBinding[]): void {
    const typeNode = field(pattern, 'type')!;
    const name = typeNode.text.split('::').pop()!;
    const parts = patternParts(pattern).filter((k) => k.id !== typeNode.id);
    const one = parts[0];
    switch (name) {
      case 'Some':
        conditions.push(ts`${subject} !== undefined`);
        if (one) this.collectPattern(one, subject, type.kind === 'option' ? type.elem : UNKNOWN, conditions, bindings);
        return;
      case 'Ok':
        conditions.push(ts`${subject}.isOk()`);
        if (one) this.collectPattern(one, `${subject}.value`, type.kind === 'result' ? type.ok : UNKNOWN, conditions, bindings);
        return;
      case 'Err':
        conditions.push(ts`${subject}.isErr()`);
        if (one) this.collectPattern(one, `${subject}.error`, type.kind === 'result' ? type.err : UNKNOWN, conditions, bindings);
        return;
    }
    const variant = this.variantOf(typeNode, type, name);
    if (!variant) {
      // The runtime's error values: `SendError(v)`, `TrySendError::Full(v)`, `RecvError::Lagged(n)`.
      if (name !== 'SendError') conditions.push(ts`${subject}.kind === '${name}'`);
      if (one) this.collectPattern(one, `${subject}.${name === 'Lagged' ? 'skipped' : 'value'}`, name === 'Lagged' ? USIZE : UNKNOWN, conditions, bindings);
      return;
    }
    conditions.push(ts`${subject}.kind === '${name}'`);
    parts.forEach((p, i) => this.collectPattern(p, `${subject}[${i}]`, variant.fields[i]?.type ?? UNKNOWN, conditions, bindings));
  }

  private variantOf(typeNode: Node, type: RustType, name: string) {
    const enumName = typeNode.text.includes('::') ? typeNode.text.split('::').slice(-2)[0]! : type.kind === 'named' ? type.name : '';
    const e = this.items.enums.get(enumName === 'Self' ? (this.selfType ?? '') : enumName) ?? (type.kind === 'named' ? this.items.enums.get(type.name) : undefined);
    return e?.variants.get(name) ?? null;
  }

  private structPattern(pattern: Node, subject: string, type: RustType, conditions: Code[], bindings: PatternBinding[]): void {
    const typeNode = field(pattern, 'type')!;
    const name = typeNode.text.split('::').pop()!;
    const variant = this.variantOf(typeNode, type, name);
    const struct = this.items.structs.get(name === 'Self' ? (this.selfType ?? '') : name);
    if (variant) conditions.push(ts`${subject}.kind === '${name}'`);
    const fieldsOf = variant?.fields ?? struct?.fields ?? [];
    for (const fp of kids(pattern).filter((k) => k.type === 'field_pattern')) {
      const fieldName = field(fp, 'name')!;
      const fieldType = fieldsOf.find((f) => f.name === fieldName.text)?.type ?? UNKNOWN;
      const accessor = `${subject}.${fieldName.text}`;
      const sub = field(fp, 'pattern');
      if (sub) this.collectPattern(sub, accessor, fieldType, conditions, bindings);
      else bindings.push({ name: fieldName.text, node: fieldName, accessor, type: fieldType });
    }
  }

  // ---- expressions ----

  exprWithExpected(node: Node, expected: RustType | null): Typed {
    if (expected && expected.kind !== 'unknown' && /^(Default::default|[A-Z]\w*::default)\(\)$/.test(node.text)) {
      return { code: ts`${this.defaultOf(expected)}`, type: expected };
    }
    const value = this.expr(node);
    if (expected && value.type.kind === 'unknown') return { code: value.code, type: expected };
    if (expected && expected.kind === 'vec' && value.type.kind === 'vec' && value.type.elem.kind === 'unknown') return { code: value.code, type: expected };
    if (expected && expected.kind === 'map' && value.type.kind === 'map') {
      if (expected.sorted && !value.type.sorted) return { code: ts`new rs.BTreeMap(${value.code})`, type: expected };
      return { code: value.code, type: expected };
    }
    if (expected && (expected.kind === 'tuple' || expected.kind === 'option' || expected.kind === 'named' || expected.kind === 'float')) return { code: value.code, type: expected };
    return value;
  }

  expr(node: Node): Typed {
    try {
      return this.guardTemporary(node, this.exprInner(node));
    } catch (error) {
      if (error instanceof RangeError) throw error;
      return this.unsupported(node, 'expression');
    }
  }

  /** A lock guard not bound by `let` is a temporary: Rust unlocks at the end of the statement. */
  private guardTemporary(node: Node, value: Typed): Typed {
    const isGuard = (t: RustType) => t.kind === 'named' && t.name === 'MutexGuard';
    const inResult = value.type.kind === 'result' && isGuard(value.type.ok);
    if ((!isGuard(value.type) && !inResult) || (node.type !== 'await_expression' && node.type !== 'call_expression')) return value;
    if (node.parent?.type === 'let_declaration' || node.parent?.type === 'let_condition') return value;
    // `m.try_lock().is_ok()`: the Result holding the guard is a temporary too.
    if (inResult && node.parent?.type === 'field_expression' && /^(unwrap|expect)$/.test(field(node.parent, 'field')?.text ?? '')) return value;
    const name = this.temp(inResult ? 'locked' : 'guard');
    this.pre.push(ts`const ${name} = ${value.code};`);
    if (inResult) this.use('rs');
    this.post.unshift(inResult ? ts`rs.drop(${name});` : ts`${name}.drop();`);
    return { code: ts`${name}`, type: value.type };
  }

  private exprInner(node: Node): Typed {
    switch (node.type) {
      case 'integer_literal': {
        const suffix = numericSuffix(node.text);
        const type: RustType = suffix?.startsWith('f') ? FLOAT : { kind: 'int', name: suffix ?? 'i32' };
        return { code: ts`${numericText(node.text)}`, type };
      }
      case 'float_literal':
        return { code: ts`${numericText(node.text)}`, type: FLOAT };
      case 'string_literal':
      case 'raw_string_literal':
        return { code: ts`${JSON.stringify(decodeRustString(node.text))}`, type: STRING };
      case 'char_literal':
        return { code: ts`${JSON.stringify(decodeRustChar(node.text))}`, type: CHAR };
      case 'boolean_literal':
        return { code: ts`${node.text}`, type: BOOL };
      case 'negative_literal':
        return { code: ts`${node.text.replace(/\s+/g, '')}`, type: I32 };
      case 'unit_expression':
        return { code: ts`null`, type: UNIT };
      case 'identifier':
        return this.identifier(node);
      case 'self':
        return { code: ts`${this.scope.lookup('self')?.tsName ?? 'this'}`, type: named(this.selfType ?? 'Self') };
      case 'scoped_identifier':
        return this.path(node);
      case 'parenthesized_expression': {
        const inner = this.expr(kids(node)[0]!);
        return { code: ts`(${inner.code})`, type: inner.type };
      }
      case 'tuple_expression': {
        const items = kids(node).map((k) => this.expr(k));
        return { code: ts`[${join(items.map((i) => i.code), ', ')}]`, type: tuple(items.map((i) => i.type)) };
      }
      case 'array_expression':
        return this.arrayExpression(node);
      case 'binary_expression':
        return this.binary(node);
      case 'unary_expression':
        return this.unary(node);
      case 'reference_expression':
        return this.expr(field(node, 'value') ?? kids(node)[kids(node).length - 1]!);
      case 'assignment_expression':
        return this.assignment(node);
      case 'compound_assignment_expr':
        return this.compoundAssignment(node);
      case 'type_cast_expression':
        return this.cast(node);
      case 'field_expression':
        return this.fieldAccess(node);
      case 'index_expression': {
        const [target, index] = kids(node);
        const t = this.expr(target!);
        t.code = operand(t.code);
        if (index!.type === 'range_expression') return this.slice(t, index!);
        const i = this.expr(index!);
        if (t.type.kind === 'map') return { code: ts`${t.code}.get(${i.code})${typeOnly('!')}`, type: t.type.value };
        if (t.type.kind === 'vec' && !this.indexingPlace) {
          // Rust panics on an index past the end, where JavaScript reads undefined.
          this.use('rs');
          return { code: ts`rs.index(${t.code}, ${i.code}, '${this.location(node)}')`, type: t.type.elem };
        }
        return { code: ts`${t.code}[${i.code}]`, type: t.type.kind === 'vec' ? t.type.elem : UNKNOWN };
      }
      case 'call_expression':
        return this.call(node);
      case 'generic_function':
        return this.expr(field(node, 'function')!);
      case 'await_expression':
        return this.awaitExpression(node);
      case 'try_expression':
        return this.tryExpression(node);
      case 'closure_expression':
        return this.closure(node, []);
      case 'async_block':
        return this.asyncBlock(node);
      case 'struct_expression':
        return this.structExpression(node);
      case 'macro_invocation':
        return this.macro(node);
      case 'range_expression': {
        const r = this.rangeParts(node);
        if (!r) return this.unsupported(node, 'open range');
        this.use('rs');
        return { code: ts`rs.range(${r.start}, ${r.end}${r.inclusive ? ', true' : ''})`, type: vec(r.type) };
      }
      case 'if_expression':
        if (this.isSimpleIf(node)) return this.conditional(node);
        return this.hoistValue(node);
      case 'block':
      case 'match_expression':
      case 'loop_expression':
      case 'unsafe_block':
        return this.hoistValue(node);
      case 'return_expression':
      case 'break_expression':
      case 'continue_expression':
        this.pre.push(...this.valueInto(node, DISCARD));
        return { code: new Code(), type: NEVER };
      case 'while_expression':
      case 'for_expression':
        this.pre.push(...this.valueInto(node, DISCARD));
        return { code: new Code(), type: UNIT };
      default:
        return this.unsupported(node);
    }
  }

  private conditional(node: Node): Typed {
    const cond = this.expr(field(node, 'condition')!);
    const a = this.expr(kids(field(node, 'consequence')!)[0]!);
    const elseNode = kids(field(node, 'alternative')!)[0]!;
    const b = elseNode.type === 'if_expression' ? this.conditional(elseNode) : this.expr(kids(elseNode)[0]!);
    return { code: ts`${cond.code} ? ${a.code} : ${b.code}`, type: a.type.kind !== 'unknown' ? a.type : b.type };
  }

  /** A block-like expression used as a value: computed by hoisted statements into a temporary. */
  private hoistValue(node: Node): Typed {
    const target = this.temp('value');
    const annotation = new Code();
    this.pre.push(ts`let ${target}${annotation};`, ...this.valueInto(node, { kind: 'assign', target }));
    const type = this.assignedTypes.get(target) ?? UNKNOWN;
    annotation.append(this.annotation(type));
    return { code: ts`${target}`, type };
  }

  private identifier(node: Node): Typed {
    const name = node.text;
    if (name === 'None') return { code: ts`undefined`, type: option(UNKNOWN) };
    const local = this.scope.lookup(name);
    if (local?.place) return { code: local.place.get, type: local.type, setter: local.place.set };
    if (local) return { code: ts`${local.tsName}`, type: local.type };
    if (this.items.structs.has(name)) return { code: ts`${name}`, type: named(name) };
    return { code: ts`${safeName(camelCase(name))}`, type: UNKNOWN };
  }

  /** `Cmd::Quit`, `i32::MAX`, `Duration::from_secs` (as a value), `Self::new`. */
  private path(node: Node): Typed {
    const segments = node.text.split('::');
    const last = segments[segments.length - 1]!;
    const owner = segments[segments.length - 2] === 'Self' ? (this.selfType ?? 'Self') : (segments[segments.length - 2] ?? '');
    const e = this.items.enums.get(owner);
    if (e?.variants.has(last)) return { code: ts`{ kind: '${last}' }`, type: named(owner) };
    if (/^[iu](8|16|32|64|128|size)$/.test(owner) && (last === 'MAX' || last === 'MIN')) return { code: ts`${intLimit(owner, last)}`, type: { kind: 'int', name: owner } };
    if (owner === 'f64' && last === 'MAX') return { code: ts`Number.MAX_VALUE`, type: FLOAT };
    const errorValue = this.runtimeErrorValue(owner, last);
    if (errorValue) return errorValue;
    if (owner === 'MissedTickBehavior') return { code: ts`'${last}'`, type: named('MissedTickBehavior') };
    if (last === 'None') return { code: ts`undefined`, type: option(UNKNOWN) };
    const fn = this.pathFunction(segments);
    if (fn) {
      this.use(fn.uses.split('.')[0]!);
      return { code: ts`${fn.name}`, type: UNKNOWN };
    }
    if (this.items.methods.get(owner)?.has(last) || this.items.structs.has(owner)) return { code: ts`${owner}.${safeName(camelCase(last))}`, type: UNKNOWN };
    if (this.items.functions.has(last)) return this.identifier(field(node, 'name')!);
    return { code: ts`${safeName(camelCase(last))}`, type: UNKNOWN };
  }

  /** `TryRecvError::Empty`, `RecvTimeoutError::Timeout`...: the runtime's error values (std's under `std.`). */
  private runtimeErrorValue(owner: string, variant: string): Typed | null {
    const values: Record<string, string[]> = { TryRecvError: ['Empty', 'Disconnected'], RecvTimeoutError: ['Timeout', 'Disconnected'] };
    if (!values[owner]?.includes(variant)) return null;
    const isStd = owner === 'RecvTimeoutError' || (this.items.aliases.get(owner) ?? '').startsWith('std');
    this.use(isStd ? 'std' : owner);
    return { code: ts`${isStd ? 'std.' : ''}${owner}.${variant}`, type: named(owner) };
  }

  pathFunction(segments: string[]): { name: string; uses: string; awaits?: boolean } | null {
    const resolved = segments.length === 1 ? (this.items.aliases.get(segments[0]!)?.split('::') ?? segments) : this.expandAlias(segments);
    const key = resolved.slice(-2).join('::');
    if (resolved[0] === 'std' && key === 'mpsc::channel') return { name: 'std.channel', uses: 'std' };
    if (key === 'mpsc::sync_channel') return PATH_FUNCTIONS[key]!;
    if (resolved[0] === 'std' && key === 'thread::sleep') return PATH_FUNCTIONS[key]!;
    if (key === 'thread::sleep') return PATH_FUNCTIONS[key]!;
    return PATH_FUNCTIONS[key] ?? (key === 'tokio::select' ? null : null);
  }

  /** `mpsc::channel` after `use tokio::sync::mpsc` is tokio::sync::mpsc::channel; `std::sync::mpsc` stays std. */
  expandAlias(segments: string[]): string[] {
    const head = this.items.aliases.get(segments[0]!);
    return head ? [...head.split('::'), ...segments.slice(1)] : segments;
  }

  private arrayExpression(node: Node): Typed {
    const items = kids(node);
    if (node.text.includes(';') && items.length === 2) {
      const [value, count] = items.map((k) => this.expr(k));
      return { code: ts`Array.from({ length: ${count!.code} }, () => ${value!.code})`, type: vec(value!.type) };
    }
    const values = items.map((k) => this.expr(k));
    const type = vec(values[0]?.type ?? UNKNOWN);
    const text = tsType(type);
    // TypeScript reads `[["a", 1]]` as (string | number)[][] and enum literals as plain objects: say what it holds.
    const first = values[0]?.type;
    const cast = first && (first.kind === 'tuple' || containsEnum(first, this.items)) && text ? typeOnly(` as ${text}`) : '';
    return { code: ts`[${join(values.map((v) => v.code), ', ')}]${cast}`, type };
  }

  private binary(node: Node): Typed {
    const op = field(node, 'operator')?.text ?? '';
    const left = this.expr(field(node, 'left')!);
    const right = this.expr(field(node, 'right')!);
    const time = timeOperation(op, left, right);
    if (time) return time;
    switch (op) {
      case '==':
      case '!=':
        return { code: this.equality(left, right, op === '!='), type: BOOL };
      case '<':
      case '>':
      case '<=':
      case '>=':
      case '&&':
      case '||':
        return { code: ts`${left.code} ${op} ${right.code}`, type: BOOL };
      case '/':
        if (isInteger(left.type) || (isInteger(right.type) && left.type.kind !== 'float')) {
          return { code: ts`Math.trunc(${left.code} / ${right.code})`, type: left.type.kind === 'int' ? left.type : right.type };
        }
        return { code: ts`${left.code} / ${right.code}`, type: left.type };
      case '+':
        return { code: ts`${left.code} + ${right.code}`, type: left.type.kind !== 'unknown' ? left.type : right.type };
      case '<<':
      case '>>':
      case '&':
      case '|':
      case '^':
        if (left.type.kind === 'int' && /64|128|size/.test(left.type.name)) {
          // JavaScript's bitwise operators work on 32 bits: 64-bit integers shift and mask exactly (to 2^53).
          if (op === '<<') return { code: ts`${operand(left.code)} * 2 ** ${operand(right.code)}`, type: left.type };
          if (op === '>>') return { code: ts`Math.floor(${left.code} / 2 ** ${operand(right.code)})`, type: left.type };
          this.use('rs');
          return { code: ts`rs.bitwise(${left.code}, '${op}', ${right.code})`, type: left.type };
        }
        return { code: ts`${left.code} ${op} ${right.code}`, type: left.type };
      default:
        return { code: ts`${left.code} ${op} ${right.code}`, type: left.type.kind !== 'unknown' ? left.type : right.type };
    }
  }

  private equality(left: Typed, right: Typed, negate: boolean): Code {
    const structural = (t: RustType) => t.kind === 'named' || t.kind === 'tuple' || t.kind === 'vec' || t.kind === 'map';
    // Neither side's type is known: compare as Rust would compare a struct, field by field.
    const unknownBoth = left.type.kind === 'unknown' && right.type.kind === 'unknown';
    if (structural(left.type) || structural(right.type) || unknownBoth) {
      this.use('rs');
      return ts`${negate ? '!' : ''}rs.eq(${left.code}, ${right.code})`;
    }
    return ts`${left.code} ${negate ? '!==' : '==='} ${right.code}`;
  }

  private unary(node: Node): Typed {
    const operand = kids(node)[0]!;
    const op = node.text.trimStart()[0];
    const value = this.expr(operand);
    if (op === '*') return this.deref(value);
    // `!v.is_empty()` is `!(v.length === 0)`: a translation with operators of its own needs parentheses.
    const inner = hasTopLevelSpace(value.code.toString()) ? ts`(${value.code})` : value.code;
    if (op === '!') return { code: ts`!${inner}`, type: value.type.kind === 'int' ? value.type : BOOL };
    return { code: ts`${op ?? ''}${inner}`, type: value.type };
  }

  /** `*guard` reads the value a lock guard or a watch borrow holds; other derefs are no-ops here. */
  deref(value: Typed): Typed {
    if (value.type.kind === 'named' && value.type.name === 'MutexGuard') return { code: ts`${operand(value.code)}.value`, type: value.type.args[0] ?? UNKNOWN };
    return value;
  }

  /** `v[a..b]`, `v[..n]`, `s[a..]`: a copy of the part (Rust borrows it). */
  private slice(target: Typed, range: Node): Typed {
    const start = field(range, 'start') ?? (range.firstChild?.type !== '..' && range.firstChild?.type !== '..=' ? range.namedChildren[0] : null);
    const end = field(range, 'end') ?? (range.lastChild?.type !== '..' ? range.namedChildren[range.namedChildren.length - 1] : null);
    const from = start && start !== end ? this.expr(start).code : ts`0`;
    const to = end && (end.id !== start?.id || range.text.startsWith('..')) ? this.expr(end).code : null;
    const inclusive = range.text.includes('..=');
    const upper = to ? (inclusive ? ts`, ${to} + 1` : ts`, ${to}`) : '';
    return { code: ts`${target.code}.slice(${from}${upper})`, type: target.type };
  }

  private place(node: Node): Typed {
    if (node.type === 'index_expression') {
      this.indexingPlace = true;
      try {
        return this.expr(node);
      } finally {
        this.indexingPlace = false;
      }
    }
    if (node.type === 'unary_expression' && node.text.trimStart().startsWith('*')) {
      const inner = kids(node)[0]!;
      const entry = this.entryOrInsert(inner);
      if (entry) return entry;
      return this.deref(this.expr(inner));
    }
    return this.expr(node);
  }

  /** `*map.entry(k).or_insert(v)` as an assignable place: the value is inserted first. */
  private entryOrInsert(node: Node): Typed | null {
    if (node.type !== 'call_expression') return null;
    const fn = field(node, 'function');
    if (fn?.type !== 'field_expression' || !/^or_insert(_with)?$|^or_default$/.test(field(fn, 'field')?.text ?? '')) return null;
    const entryCall = field(fn, 'value');
    const entryFn = entryCall?.type === 'call_expression' ? field(entryCall, 'function') : null;
    if (entryFn?.type !== 'field_expression' || field(entryFn, 'field')?.text !== 'entry') return null;
    const map = this.expr(field(entryFn, 'value')!);
    const key = this.expr(kids(field(entryCall!, 'arguments'))[0]!);
    const valueType = map.type.kind === 'map' ? map.type.value : UNKNOWN;
    const orArg = kids(field(node, 'arguments'))[0];
    const fallback = field(fn, 'field')?.text === 'or_default' ? ts`${defaultValueText(valueType)}` : field(fn, 'field')?.text === 'or_insert_with' ? ts`(${this.expr(orArg!).code})()` : this.expr(orArg!).code;
    const keyName = this.temp('key');
    this.pre.push(ts`const ${keyName} = ${key.code};`);
    this.pre.push(ts`if (!${map.code}.has(${keyName})) ${map.code}.set(${keyName}, ${fallback});`);
    return { code: ts`${map.code}.get(${keyName})${typeOnly('!')}`, type: valueType, setter: (value: Code) => ts`${map.code}.set(${keyName}, ${value})` };
  }

  private assignment(node: Node): Typed {
    const leftNode = field(node, 'left')!;
    const left = this.place(leftNode);
    const right = this.expr(field(node, 'right')!);
    const local = leftNode.type === 'identifier' ? this.scope.lookup(leftNode.text) : null;
    // `let mut found = None; ... found = Some((i, j));`: Rust typed `found` from the assignment.
    if (local && isUnresolved(local.type) && !isUnresolved(right.type)) local.type = right.type;
    const setter = left.setter;
    if (this.ownership.dropsBeforeAssign(node)) {
      this.use('rs');
      this.pre.push(ts`rs.drop(${left.code});`);
    }
    if (setter) return { code: setter(right.code), type: UNIT };
    return { code: ts`${left.code} = ${right.code}`, type: UNIT };
  }

  private compoundAssignment(node: Node): Typed {
    const op = field(node, 'operator')?.text ?? '';
    const left = this.place(field(node, 'left')!);
    const right = this.expr(field(node, 'right')!);
    const setter = left.setter;
    const binaryOp = op.slice(0, -1);
    if (setter) {
      const computed = binaryOp === '/' && isInteger(left.type) ? ts`Math.trunc(${left.code} / ${right.code})` : ts`${left.code} ${binaryOp} ${right.code}`;
      return { code: setter(computed), type: UNIT };
    }
    if (binaryOp === '/' && isInteger(left.type)) return { code: ts`${left.code} = Math.trunc(${left.code} / ${right.code})`, type: UNIT };
    return { code: ts`${left.code} ${op} ${right.code}`, type: UNIT };
  }

  private cast(node: Node): Typed {
    const value = this.expr(field(node, 'value')!);
    const target = this.items.type(field(node, 'type'));
    if (target.kind === 'float') return { code: value.code, type: FLOAT };
    if (target.kind === 'int') {
      if (value.type.kind === 'char') return { code: ts`${value.code}.codePointAt(0)${typeOnly('!')}`, type: target };
      if (value.type.kind === 'float' && /^u(8|16|32)$/.test(target.name)) return { code: ts`Math.min(Math.max(Math.trunc(${value.code}), 0), ${String(2 ** Number(target.name.slice(1)) - 1)})`, type: target };
      if (value.type.kind === 'float') return { code: ts`Math.trunc(${value.code})`, type: target };
      if (value.type.kind === 'bool') return { code: ts`Number(${value.code})`, type: target };
      const signed = { i8: 24, i16: 16 }[target.name];
      if (signed !== undefined && !(value.type.kind === 'int' && value.type.name.startsWith('i') && Number(value.type.name.slice(1)) <= 32 - signed)) {
        return { code: ts`((${value.code} << ${String(signed)}) >> ${String(signed)})`, type: target };
      }
      if (target.name === 'i32' && value.type.kind === 'int' && /^(u32|u64|i64|usize|isize)$/.test(value.type.name)) return { code: ts`(${value.code} | 0)`, type: target };
      if (target.name === 'u32' && !(value.type.kind === 'int' && value.type.name.startsWith('u'))) return { code: ts`(${value.code} >>> 0)`, type: target };
      const bits = /^u(8|16)$/.exec(target.name);
      if (bits && !(value.type.kind === 'int' && value.type.name.startsWith('u') && Number(value.type.name.slice(1)) <= Number(bits[1]))) {
        return { code: ts`(${value.code} & ${String(2 ** Number(bits[1]) - 1)})`, type: target };
      }
      return { code: value.code, type: target };
    }
    if (target.kind === 'char') return { code: ts`String.fromCodePoint(${value.code})`, type: CHAR };
    return value;
  }

  private fieldAccess(node: Node): Typed {
    const target = this.expr(field(node, 'value')!);
    target.code = operand(target.code);
    const name = field(node, 'field')!.text;
    const base = this.autoDeref(target);
    if (/^\d+$/.test(name) && base.type.kind === 'named' && !this.items.structs.has(base.type.name)) {
      return { code: ts`${base.code}.value`, type: base.type.args[0] ?? UNKNOWN };
    }
    if (/^\d+$/.test(name)) {
      return { code: ts`${base.code}[${name}]`, type: base.type.kind === 'tuple' ? (base.type.items[Number(name)] ?? UNKNOWN) : UNKNOWN };
    }
    const fieldType = this.fieldType(base.type, name);
    return { code: ts`${base.code}.${name}`, type: fieldType };
  }

  /** Method calls and field reads go through a guard to the value it holds. */
  autoDeref(value: Typed): Typed {
    if (value.type.kind === 'named' && value.type.name === 'Arc') return this.autoDeref({ code: value.code, type: value.type.args[0] ?? UNKNOWN });
    return value.type.kind === 'named' && value.type.name === 'MutexGuard' ? this.deref(value) : value;
  }

  private fieldType(type: RustType, name: string): RustType {
    if (type.kind !== 'named') return UNKNOWN;
    const s = this.items.structs.get(type.name === 'Self' ? (this.selfType ?? '') : type.name);
    return s?.fields.find((f) => f.name === name)?.type ?? UNKNOWN;
  }

  private awaitExpression(node: Node): Typed {
    const inner = kids(node)[0]!;
    this.awaits();
    const value = this.expr(inner);
    const awaited = (t: RustType): RustType => {
      if (t.kind !== 'named') return t;
      switch (t.name) {
        case 'Future':
          return t.args[0] ?? UNKNOWN;
        case 'JoinHandle':
          return result(t.args[0] ?? UNKNOWN, named('JoinError'));
        case 'oneshot.Receiver':
          return result(t.args[0] ?? UNKNOWN, named('RecvError'));
        case 'Sleep':
          return UNIT;
        default:
          return t;
      }
    };
    const type = awaited(value.type);
    return { code: ts`await ${value.code}`, type };
  }

  /** `expr?`: an Err (or None) returns from the function at once, hoisted before the statement. */
  private tryExpression(node: Node): Typed {
    const value = this.expr(kids(node)[0]!);
    const name = this.temp('checked');
    this.pre.push(ts`const ${name} = ${value.code};`);
    if (value.type.kind === 'option') {
      this.pre.push(ts`if (${name} === undefined) return undefined;`);
      return { code: ts`${name}`, type: value.type.elem };
    }
    this.pre.push(ts`if (${name}.isErr()) return ${name};`);
    return { code: ts`${name}.value`, type: value.type.kind === 'result' ? value.type.ok : UNKNOWN, slot: value.slot };
  }

  /** A closure: its own scope; a `move` closure drops what it took when it returns. */
  closure(node: Node, paramTypes: RustType[]): Typed {
    if (node.type !== 'closure_expression') return this.callable(node);
    const outerScope = this.scope;
    const outerFn = this.fn;
    this.scope = new Scope(outerScope);
    const key = `closure:${node.id}`;
    const bodyNode = field(node, 'body')!;
    const explicitAsync = bodyNode.type === 'async_block' || node.text.startsWith('async');
    this.fn = { key, explicitAsync, awaits: false, calls: new Set(), result: UNKNOWN, loops: [], isMain: false, outer: outerFn };
    try {
      const params = kids(field(node, 'parameters')).map((p, i) => {
        const pattern = p.type === 'parameter' ? field(p, 'pattern')! : p;
        let type = p.type === 'parameter' && field(p, 'type') ? this.items.type(field(p, 'type')) : (paramTypes[i] ?? UNKNOWN);
        const annotate = type.kind === 'unknown' && pattern.type === 'identifier' && usedInArithmetic(bodyNode, pattern.text);
        if (annotate) type = I32;
        const name = this.bindPattern(pattern, type);
        return annotate || (p.type === 'parameter' && field(p, 'type')) ? ts`${name}${this.annotation(type)}` : ts`${name}`;
      });
      const inner = bodyNode.type === 'async_block' ? (kids(bodyNode).find((k) => k.type === 'block') ?? bodyNode) : bodyNode;
      const owned = this.ownership.movedInto(node).concat(bodyNode.type === 'async_block' ? this.ownership.movedInto(bodyNode) : []);
      let body: Code;
      let resultType: RustType = UNKNOWN;
      if (inner.type === 'block' || owned.length > 0) {
        const statements = inner.type === 'block' ? this.blockStatements(inner, { kind: 'return' }, false, true) : this.inStatement(inner, () => this.valueInto(inner, { kind: 'return' }));
        body = block(this.ownedBy(owned, statements));
      } else {
        const [outerPre, outerPost] = [this.pre, this.post];
        this.pre = [];
        this.post = [];
        const value = this.expr(inner);
        const [hoisted, after] = [this.pre, this.post];
        [this.pre, this.post] = [outerPre, outerPost];
        resultType = value.type;
        if (hoisted.length || after.length) {
          body = block([...hoisted, ...(after.length ? [ts`const result = ${value.code};`, ...after, ts`return result;`] : [ts`return ${value.code};`])]);
        } else if (value.type.kind === 'unit') {
          // `|c| c.verbose = !c.verbose` returns (): the arrow must not return the assigned value.
          body = block([ts`${value.code};`]);
        } else body = value.code.toString().startsWith('{') ? ts`(${value.code})` : value.code;
      }
      this.callGraph.set(key, { awaits: this.fn.awaits || explicitAsync, calls: this.fn.calls });
      if (resultType.kind === 'unknown' && this.fn.returned) resultType = this.fn.returned;
      const isAsync = explicitAsync ? 'async ' : ifAsync([key], 'async ');
      // TypeScript widens a returned tuple or enum literal: say what the closure gives.
      const widened = (t: RustType) => t.kind === 'tuple' || containsEnum(t, this.items);
      const resultText = (widened(resultType) || (resultType.kind === 'option' && widened(resultType.elem))) && inner.type === 'block' ? tsType(resultType) : null;
      const returns = resultText ? (explicitAsync ? typeOnly(`: Promise<${resultText}>`) : ifAsync([key], `: Promise<${resultText}>`, `: ${resultText}`, true)) : '';
      return { code: ts`${isAsync}(${join(params, ', ')})${returns} => ${body}`, type: { kind: 'fn', params: paramTypes, result: resultType, isAsync: explicitAsync || this.fn.awaits } };
    } finally {
      this.scope = outerScope;
      this.fn = outerFn;
    }
  }

  /** A function passed by name (`map(scale)`, `map(Some)`, `map(Outcome::Answer)`). */
  private callable(node: Node): Typed {
    const segments = node.text.split('::');
    const last = segments[segments.length - 1]!;
    const owner = segments[segments.length - 2] ?? '';
    const variant = this.items.enums.get(owner)?.variants.get(last);
    if (variant) return { code: ts`(v) => ({ kind: '${last}', 0: v })`, type: { kind: 'fn', params: [], result: named(owner), isAsync: false } };
    if (node.text === 'Some') return { code: ts`(v) => v`, type: UNKNOWN };
    const made = { 'Vec::new': '[]', 'String::new': "''", 'HashMap::new': 'new Map()', 'VecDeque::new': '[]' }[segments.slice(-2).join('::')];
    if (made) return { code: ts`() => ${made}`, type: UNKNOWN };
    if (owner === 'BTreeMap' && last === 'new') {
      this.use('rs');
      return { code: ts`() => new rs.BTreeMap()`, type: UNKNOWN };
    }
    if (node.text === 'Ok' || node.text === 'Err') {
      this.use(node.text);
      return { code: ts`(v) => new ${node.text}(v)`, type: UNKNOWN };
    }
    const value = this.expr(node);
    const fn = this.items.functions.get(last);
    return { code: value.code, type: fn ? { kind: 'fn', params: fn.params.map((p) => p.type), result: fn.result, isAsync: fn.isAsync } : value.type };
  }

  /** Statements of a task or closure that owns `owned`: they are dropped when it ends, however it ends. */
  ownedBy(owned: OwnedBinding[], statements: Code[]): Code[] {
    const drops = owned.map((b) => this.dropCode(b)).filter((c): c is Code => c !== null);
    if (drops.length === 0) return statements;
    return [ts`try ${block(statements)} finally ${block(drops)}`];
  }

  /** `async move { ... }` as an async arrow function (spawn, timeout and select take those). */
  asyncBlock(node: Node): Typed {
    const outerScope = this.scope;
    const outerFn = this.fn;
    this.scope = new Scope(outerScope);
    const key = `async:${node.id}`;
    this.fn = { key, explicitAsync: true, awaits: true, calls: new Set(), result: UNKNOWN, loops: [], isMain: false, outer: outerFn };
    try {
      const inner = kids(node).find((k) => k.type === 'block') ?? node;
      const statements = this.blockStatements(inner, { kind: 'return' }, false, true);
      this.callGraph.set(key, { awaits: true, calls: this.fn.calls });
      return { code: ts`async () => ${block(this.ownedBy(this.ownership.movedInto(node), statements))}`, type: named('AsyncFn', this.fn.returned ?? UNKNOWN) };
    } finally {
      this.scope = outerScope;
      this.fn = outerFn;
    }
  }

  private structExpression(node: Node): Typed {
    const nameNode = field(node, 'name')!;
    const name = nameNode.text.split('::').pop()!;
    const owner = nameNode.text.split('::').slice(-2)[0] === 'Self' ? (this.selfType ?? '') : nameNode.text.split('::').slice(-2)[0]!;
    const body = field(node, 'body')!;
    const variant = nameNode.text.includes('::') ? this.items.enums.get(owner)?.variants.get(name) : undefined;
    const structName = name === 'Self' ? (this.selfType ?? name) : name;
    const declared = variant?.fields ?? this.items.structs.get(structName)?.fields ?? [];
    const entries: Code[] = [];
    let base: Code | null = null;
    for (const f of kids(body)) {
      if (f.type === 'shorthand_field_initializer') {
        const value = this.identifier(kids(f)[0] ?? f);
        const fieldName = f.text;
        entries.push(value.code.toString() === fieldName ? ts`${fieldName}` : ts`${fieldName}: ${value.code}`);
      } else if (f.type === 'field_initializer') {
        const fieldName = field(f, 'field')!.text;
        const expected = declared.find((d) => d.name === fieldName)?.type ?? null;
        const value = this.exprWithExpected(field(f, 'value')!, expected).code;
        entries.push(value.toString() === fieldName ? ts`${fieldName}` : ts`${fieldName}: ${value}`);
      } else if (f.type === 'base_field_initializer') {
        base = this.exprWithExpected(kids(f)[0]!, named(structName)).code;
      }
    }
    if (variant) return { code: ts`{ kind: '${name}'${entries.length ? ', ' : ''}${join(entries, ', ')} }`, type: named(owner) };
    const spread = base ? ts`...${base}, ` : '';
    return { code: ts`new ${structName}({ ${spread}${join(entries, ', ')} })`, type: named(structName) };
  }

  // ---- calls ----

  private call(node: Node): Typed {
    const fnNode = field(node, 'function')!;
    const argNodes = kids(field(node, 'arguments'));
    if (fnNode.type === 'field_expression') return this.methodCall(node, fnNode, argNodes);
    if (fnNode.type === 'generic_function' && field(fnNode, 'function')?.type === 'field_expression') return this.methodCall(node, field(fnNode, 'function')!, argNodes);
    const callee = fnNode.type === 'generic_function' ? field(fnNode, 'function')! : fnNode;
    const turbofish = fnNode.type === 'generic_function' ? kids(field(fnNode, 'type_arguments')).map((t) => this.items.type(t)) : [];
    const text = callee.text;
    const segments = text.split('::');
    const last = segments[segments.length - 1]!;
    switch (text) {
      case 'Some':
        return { code: this.expr(argNodes[0]!).code, type: option(this.expr(argNodes[0]!).type) };
      case 'Ok':
      case 'Err': {
        this.use(text);
        const value = argNodes[0] ? this.expr(argNodes[0]) : { code: ts`null`, type: UNIT };
        return { code: ts`new ${text}(${value.code})`, type: text === 'Ok' ? result(value.type, UNKNOWN) : result(UNKNOWN, value.type) };
      }
      case 'drop':
      case 'std::mem::drop':
      case 'mem::drop': {
        const value = this.expr(argNodes[0]!);
        if (value.type.kind === 'named' && value.type.name === 'Arc') {
          this.use('rs');
          return { code: ts`rs.arcDrop(${value.code})`, type: UNIT };
        }
        if (value.type.kind === 'named' && value.type.name !== 'AsyncFn' && !this.items.structs.has(value.type.name)) return { code: ts`${value.code}.drop()`, type: UNIT };
        this.use('rs');
        return { code: ts`rs.drop(${value.code})`, type: UNIT };
      }
    }
    const special = this.runtimeCall(node, segments, argNodes, turbofish);
    if (special) return special;
    const owner = segments.length > 1 ? (segments[segments.length - 2] === 'Self' ? this.selfType ?? '' : segments[segments.length - 2]!) : '';
    const variant = this.items.enums.get(owner)?.variants.get(last);
    if (variant) {
      const values = argNodes.map((a, i) => ts`${String(i)}: ${this.exprWithExpected(a, variant.fields[i]?.type ?? null).code}`);
      return { code: ts`{ kind: '${last}'${values.length ? ', ' : ''}${join(values, ', ')} }`, type: named(owner) };
    }
    if (last === 'default' && (this.items.structs.get(owner)?.derives.has('Default') || this.items.enums.get(owner)?.defaultVariant)) {
      return { code: ts`${this.defaultOf(named(owner))}`, type: named(owner) };
    }
    const method = owner ? this.items.methods.get(owner)?.get(last) : undefined;
    if (method) {
      const args = this.arguments(argNodes, method.params.map((p) => p.type));
      const key = `${owner}.${last}`;
      const target = this.items.enums.has(owner) ? enumMethodName(owner, last) : `${owner}.${safeName(camelCase(last))}`;
      return { code: ts`${method.isAsync ? '' : this.callsFunction(key)}${target}(${args})`, type: method.isAsync ? named('Future', method.result) : this.selfResult(method.result, owner) };
    }
    const fn = segments.length === 1 ? this.items.functions.get(last) : undefined;
    const local = segments.length === 1 ? this.scope.lookup(last) : null;
    if (fn && (!local || local.type.kind === 'fn')) {
      const args = this.arguments(argNodes, fn.params.map((p) => p.type));
      return { code: ts`${fn.isAsync ? '' : this.callsFunction(last)}${safeName(camelCase(last))}(${args})`, type: fn.isAsync ? named('Future', fn.result) : fn.result };
    }
    if (segments.length > 1 && !this.items.structs.has(owner) && !this.items.enums.has(owner) && !this.items.methods.has(owner)) {
      return this.unsupported(node, `call of ${text}`);
    }
    const target = this.expr(callee);
    const args = this.arguments(argNodes, []);
    const resultType = target.type.kind === 'fn' ? target.type.result : UNKNOWN;
    return { code: ts`${target.code}(${args})`, type: resultType };
  }

  private selfResult(type: RustType, owner: string): RustType {
    return type.kind === 'named' && type.name === 'Self' ? named(owner) : type;
  }

  arguments(nodes: Node[], types: RustType[]): Code {
    const eager = this.eagerArguments;
    this.eagerArguments = false;
    try {
      return join(
        nodes.map((n, i) => {
          const asRef = isRef(types[i]) ? this.refArgument(n) : null;
          if (asRef) return asRef;
          const value = this.exprWithExpected(n, types[i] ?? null).code;
          if (!eager || /^([\w$.]+|"[^"]*"|-?\d[\d.]*)$/.test(value.toString())) return value;
          const name = this.temp('arg');
          this.pre.push(ts`const ${name} = ${value};`);
          return ts`${name}`;
        }),
        ', ',
      );
    } finally {
      this.eagerArguments = eager;
    }
  }

  /** Calls of Tokio's and std's functions: channels, spawn, time, process. */
  private runtimeCall(node: Node, segments: string[], args: Node[], turbofish: RustType[]): Typed | null {
    const last = segments[segments.length - 1]!;
    const owner = segments[segments.length - 2] ?? '';
    if (owner === 'Box' && last === 'new') return this.expr(args[0]!);
    if (owner === 'future' && last === 'ready') {
      // std::future::ready(v): a future that is ready at once with v.
      const value = args[0] ? this.expr(args[0]) : { code: ts`null`, type: UNIT };
      return { code: value.code, type: named('Future', value.type) };
    }
    if ((owner === 'Arc' || owner === 'Rc') && args[0]) {
      const value = this.expr(args[0]);
      this.use('rs');
      if (last === 'new') return { code: ts`rs.arc(${value.code})`, type: named('Arc', value.type) };
      if (last === 'clone') return { code: ts`rs.arcClone(${value.code})`, type: value.type };
      if (last === 'strong_count') return { code: ts`rs.strongCount(${value.code})`, type: USIZE };
    }
    if (owner === 'Mutex' && last === 'new') {
      const isStd = (this.expandAlias(['Mutex'])[0] ?? '') === 'std' || segments[0] === 'std';
      const value = this.expr(args[0]!);
      const name = isStd ? 'StdMutex' : 'Mutex';
      this.use(name);
      const generic = value.code.toString() === '[]' && tsType(value.type) ? typeOnly(`<${tsType(value.type)}>`) : '';
      return { code: ts`new ${name}${generic}(${value.code})`, type: named(name, value.type) };
    }
    if (owner === 'Duration' || owner === 'Instant') {
      this.use(owner);
      return { code: ts`${owner}.${camelCase(last)}(${this.arguments(args, [])})`, type: named(owner) };
    }
    if ((owner === 'String' && (last === 'new' || last === 'from')) || (owner === 'str' && last === 'to_string')) {
      return { code: args[0] ? this.expr(args[0]).code : ts`''`, type: STRING };
    }
    if ((owner === 'Vec' || owner === 'VecDeque') && (last === 'new' || last === 'with_capacity')) return { code: ts`[]`, type: vec(turbofish[0] ?? this.expectedElement ?? UNKNOWN) };
    if ((owner === 'HashMap' || owner === 'BTreeMap') && last === 'new') {
      const sorted = owner === 'BTreeMap';
      if (sorted) this.use('rs');
      return { code: ts`new ${sorted ? 'rs.BTreeMap' : 'Map'}()`, type: { kind: 'map', key: turbofish[0] ?? UNKNOWN, value: turbofish[1] ?? UNKNOWN, sorted } };
    }
    if ((owner === 'HashSet' || owner === 'BTreeSet') && last === 'new') return { code: ts`new Set()`, type: { kind: 'set', elem: UNKNOWN, sorted: owner === 'BTreeSet' } };
    const fn = this.pathFunction(segments);
    if (!fn) return null;
    this.use(fn.uses.split('.')[0]!);
    if (fn.awaits) this.awaits();
    const elem = turbofish[0] ?? UNKNOWN;
    switch (fn.name) {
      case 'mpsc.channel':
      case 'std.syncChannel':
      case 'std.channel':
      case 'mpsc.unboundedChannel':
      case 'oneshot.channel':
      case 'broadcast.channel':
      case 'watch.channel':
        return this.channelCall(fn.name, args, elem);
      case 'spawn':
      case 'thread.spawn':
        return this.spawnCall(node, fn.name, args[0]!);
      case 'timeout': {
        const d = this.expr(args[0]!);
        const future = operation(this, args[1]!, 'function');
        return { code: ts`timeout(${d.code}, ${future.code})`, type: named('Future', result(future.type, named('Elapsed'))) };
      }
      case 'sleep':
      case 'sleepUntil':
        return { code: ts`${fn.name}(${this.arguments(args, [])})`, type: named('Sleep') };
      case 'interval':
        return { code: ts`interval(${this.arguments(args, [])})`, type: named('Interval') };
      case 'thread.sleep':
        return { code: ts`await thread.sleep(${this.arguments(args, [])})`, type: UNIT };
      case 'thread.scope': {
        const body = args[0] ? this.closure(args[0], [named('thread.Scope')]) : { code: ts`() => null`, type: UNKNOWN };
        const resultType = body.type.kind === 'fn' ? body.type.result : UNKNOWN;
        return { code: ts`await thread.scope(${body.code})`, type: resultType };
      }
      case 'rs.exit':
        return { code: ts`rs.exit(${this.arguments(args, [])})`, type: NEVER };
      default:
        return { code: ts`${fn.name}(${this.arguments(args, [])})`, type: UNKNOWN };
    }
  }

  private channelCall(name: string, args: Node[], elem: RustType): Typed {
    const types: Record<string, [string, string]> = {
      'mpsc.channel': ['mpsc.Sender', 'mpsc.Receiver'],
      'mpsc.unboundedChannel': ['mpsc.UnboundedSender', 'mpsc.UnboundedReceiver'],
      'std.channel': ['std.Sender', 'std.Receiver'],
      'std.syncChannel': ['std.SyncSender', 'std.Receiver'],
      'oneshot.channel': ['oneshot.Sender', 'oneshot.Receiver'],
      'broadcast.channel': ['broadcast.Sender', 'broadcast.Receiver'],
      'watch.channel': ['watch.Sender', 'watch.Receiver'],
    };
    const [s, r] = types[name]!;
    const values = args.map((a) => this.expr(a));
    const known = elem.kind !== 'unknown' ? elem : (this.expectedElement ?? UNKNOWN);
    const element = name === 'watch.channel' ? (values[0]?.type ?? known) : known;
    const typeArg = tsType(element);
    const generic = typeArg && name !== 'watch.channel' ? typeOnly(`<${typeArg === 'void' ? 'Unit' : typeArg}>`) : new Code();
    return { code: ts`${name}${generic}(${join(values.map((v) => v.code), ', ')})`, type: tuple([named(s, element), named(r, element)]) };
  }

  /** `tokio::spawn(async move { .. })` / `thread::spawn(move || ..)`: the task owns what it took. */
  private spawnCall(node: Node, name: string, arg: Node): Typed {
    const body = arg.type === 'async_block' ? this.asyncBlock(arg) : arg.type === 'closure_expression' ? this.closure(arg, []) : this.futureArgument(arg);
    const resultType = name === 'spawn' ? 'JoinHandle' : 'thread.JoinHandle';
    const produced = body.type.kind === 'named' && body.type.name === 'AsyncFn' ? (body.type.args[0] ?? UNKNOWN) : body.type.kind === 'fn' ? body.type.result : body.type;
    // A task whose handle is kept may be aborted before it starts: the runtime then drops what it owns.
    const abortable = name === 'spawn' && arg.type === 'async_block' && node.parent?.type !== 'expression_statement';
    const handles = abortable ? this.ownership.movedInto(arg).filter((b) => b.kind === 'handle' && this.ownership.handleOf(b)?.role !== 'shared') : [];
    const owned = handles.map((b) => this.declNames.get(b.decl.id) ?? this.scope.lookup(b.name)?.tsName).filter((n): n is string => !!n);
    const ownedList = owned.length ? `, [${owned.join(', ')}]` : '';
    return { code: ts`${name}(${body.code}${ownedList})`, type: named(resultType, produced) };
  }

  /** A future passed to spawn or timeout: an async block, or a call to an async function (deferred). */
  futureArgument(node: Node): Typed {
    if (node.type === 'async_block') return this.asyncBlock(node);
    this.eagerArguments = node.type === 'call_expression';
    let value: Typed;
    try {
      value = this.expr(node);
    } finally {
      this.eagerArguments = false;
    }
    const inner = value.type.kind === 'named' && value.type.name === 'Future' ? (value.type.args[0] ?? UNKNOWN) : value.type;
    return { code: ts`() => ${value.code}`, type: inner };
  }

  private methodCall(node: Node, fnNode: Node, argNodes: Node[]): Typed {
    const method = field(fnNode, 'field')!.text;
    const receiverNode = field(fnNode, 'value')!;
    const held = this.expr(receiverNode);
    if (method === 'clone' && held.type.kind === 'named' && held.type.name === 'Arc') {
      this.use('rs');
      return { code: ts`rs.arcClone(${held.code})`, type: held.type };
    }
    const receiver = this.autoDeref(held);
    receiver.code = operand(receiver.code);
    const userType = receiver.type.kind === 'named' ? (receiver.type.name === 'Self' ? this.selfType : receiver.type.name) : null;
    const userMethod = userType ? this.items.methods.get(userType)?.get(method) : undefined;
    if (userMethod) {
      const args = this.arguments(argNodes, userMethod.params.map((p) => p.type));
      const key = `${userType}.${method}`;
      const awaitPart = userMethod.isAsync ? '' : this.callsFunction(key);
      const type = userMethod.isAsync ? named('Future', userMethod.result) : this.selfResult(userMethod.result, userType!);
      if (this.items.enums.has(userType!)) {
        return { code: ts`${awaitPart}${enumMethodName(userType!, method)}(${receiver.code}${argNodes.length ? ', ' : ''}${args})`, type };
      }
      return { code: ts`${awaitPart}${receiver.code}.${safeName(camelCase(method))}(${args})`, type };
    }
    return translateMethod(this.methodContext(), node, receiver, receiverNode, method, argNodes);
  }

  /** `let mut v = Vec::new(); ... v.push(x)`: Rust typed v from what is pushed; so does the translator, from here on. */
  private refineFromPush(receiverNode: Node, pushed: RustType): void {
    if (receiverNode.type !== 'identifier' || pushed.kind === 'unknown') return;
    const local = this.scope.lookup(receiverNode.text);
    if (local && (local.type.kind === 'unknown' || (local.type.kind === 'vec' && local.type.elem.kind === 'unknown'))) local.type = vec(pushed);
  }

  // ---- macros ----

  private macro(node: Node): Typed {
    const name = macroName(node);
    const tokens = kids(node).find((k) => k.type === 'token_tree');
    const args = () => (tokens ? this.macros.arguments(tokens) : []);
    switch (name) {
      case 'println':
      case 'print':
      case 'eprintln':
      case 'eprint': {
        this.use(name);
        const formatted = formatArguments(this, args(), node);
        return { code: ts`${name}(${formatted})`, type: UNIT };
      }
      case 'format': {
        this.use('format');
        return { code: ts`format(${formatArguments(this, args(), node)})`, type: STRING };
      }
      case 'write':
      case 'writeln': {
        this.use('format');
        const all = args();
        const formatted = formatArguments(this, all.slice(1), node, name === 'writeln' ? '\n' : '');
        if (this.displayMethod) return { code: ts`format(${formatted})`, type: STRING };
        return this.unsupported(node, 'write! outside a Display impl');
      }
      case 'panic':
      case 'unreachable':
      case 'todo':
      case 'unimplemented': {
        this.use('panic');
        const all = args();
        const fallback = { panic: 'explicit panic', unreachable: 'internal error: entered unreachable code', todo: 'not yet implemented', unimplemented: 'not implemented' }[name];
        const prefix = name === 'panic' ? '' : name === 'unreachable' ? 'internal error: entered unreachable code: ' : name === 'todo' ? 'not yet implemented: ' : 'not implemented: ';
        if (all.length) this.use('format');
        const message = all.length ? ts`format(${formatArguments(this, all, node, '', prefix)})` : ts`${JSON.stringify(fallback)}`;
        return { code: ts`panic(${message}, '${this.location(node)}')`, type: NEVER };
      }
      case 'assert':
      case 'assert_eq':
      case 'assert_ne':
        return this.assertion(node, name, args());
      case 'vec': {
        const array = tokens ? this.macros.array(tokens) : null;
        if (!array) return { code: ts`[]`, type: vec(UNKNOWN) };
        return this.arrayExpression(array);
      }
      case 'matches': {
        const all = args();
        if (all.length < 2) return this.unsupported(node, 'matches!');
        const value = this.expr(all[0]!);
        const subject = this.subjectFor(value);
        const patternNode = this.macros.pattern(all[1]!, tokens!.child(tokens!.childCount - 1)!.startIndex);
        if (!patternNode) return this.unsupported(node, 'matches! pattern');
        return { code: ts`(${this.patternTest(patternNode, subject.name, value.type).condition})`, type: BOOL };
      }
      case 'select':
        return this.hoistValue(node);
      case 'pin':
        // tokio::pin!(x): JavaScript values never move, so pinning is nothing to do.
        return { code: new Code(), type: UNIT };
      case 'join': {
        // tokio::join!: the futures run at once, each as a hidden task; the values come as a tuple.
        this.use('join');
        this.awaits();
        const futures = args().map((a) => this.futureArgument(a));
        return { code: ts`await join(${join(futures.map((f) => f.code), ', ')})`, type: tuple(futures.map((f) => f.type)) };
      }
      default:
        return this.unsupported(node, `${name}! macro`);
    }
  }

  private assertion(node: Node, name: string, args: Node[]): Typed {
    this.use('panic');
    const location = this.location(node);
    if (name === 'assert') {
      const cond = this.expr(args[0]!);
      const message = args.length > 1 ? (this.use('format'), ts`format(${formatArguments(this, args.slice(1), node)})`) : ts`${JSON.stringify(`assertion failed: ${args[0]!.text}`)}`;
      return { code: ts`if (!(${cond.code})) panic(${message}, '${location}')`, type: UNIT };
    }
    this.use('format');
    const left = this.expr(args[0]!);
    const right = this.expr(args[1]!);
    const op = name === 'assert_eq' ? '==' : '!=';
    const test = this.equality(left, right, name === 'assert_eq');
    const detail = args.length > 2 ? ts`format(${formatArguments(this, args.slice(2), node)})` : null;
    const debugLeft = formatDebugValue(this, left);
    const debugRight = formatDebugValue(this, right);
    const message = detail
      ? ts`format('assertion \`left ${op} right\` failed: {}\\n  left: {:?}\\n right: {:?}', [${detail}, ${debugLeft}, ${debugRight}])`
      : ts`format('assertion \`left ${op} right\` failed\\n  left: {:?}\\n right: {:?}', [${debugLeft}, ${debugRight}])`;
    return { code: ts`if (${test}) panic(${message}, '${location}')`, type: UNIT };
  }
}

export interface PatternBinding {
  name: string;
  node: Node;
  accessor: string;
  type: RustType;
}

/** The Debug form of a value for printing: Options, floats, chars and tuples need wrapping. */
export function formatDebugValue(t: RustTranslator, value: Typed): Code {
  return debugWrap(t, value.code, value.type);
}

function debugWrap(t: RustTranslator, code: Code, type: RustType, depth = 0): Code {
  switch (type.kind) {
    case 'named': {
      const fields = wrappedFieldsOf(t.items, type.name, depth);
      if (!fields) return code;
      t.use('rs');
      const table = Object.entries(fields).map(([variant, list]) => {
        const wrappers = list.map((f) => ts`'${f.name}': (v${paramType(f.type)}) => ${debugWrap(t, ts`v`, f.type, depth + 1)}`);
        return ts`'${variant}': { ${join(wrappers, ', ')} }`;
      });
      return ts`rs.debugFields(${code}, { ${join(table, ', ')} })`;
    }
    case 'option': {
      t.use('option');
      if (needsWrap(type.elem, t.items)) {
        t.use('rs');
        return ts`option(rs.mapOption(${code}, (v) => ${debugWrap(t, ts`v`, type.elem, depth + 1)}))`;
      }
      return ts`option(${code})`;
    }
    case 'float':
      t.use('f64');
      return ts`f64(${code})`;
    case 'char':
      t.use('char');
      return ts`char(${code})`;
    case 'tuple': {
      t.use('tuple');
      const name = `t${depth}`;
      if (/^[\w$.]+$/.test(code.toString()) || code.toString().startsWith('[')) {
        const items = type.items.map((item, i) => debugWrap(t, ts`${code}[${String(i)}]`, item, depth + 1));
        if (code.toString().startsWith('[')) return ts`((${name}) => tuple(${join(type.items.map((item, i) => debugWrap(t, ts`${name}[${String(i)}]`, item, depth + 1)), ', ')}))(${code})`;
        return ts`tuple(${join(items, ', ')})`;
      }
      return ts`((${name}) => tuple(${join(type.items.map((item, i) => debugWrap(t, ts`${name}[${String(i)}]`, item, depth + 1)), ', ')}))(${code})`;
    }
    case 'vec':
      if (!needsWrap(type.elem, t.items)) return code;
      return ts`${operand(code)}.map((v${String(depth)}${paramType(type.elem)}) => ${debugWrap(t, ts`v${String(depth)}`, type.elem, depth + 1)})`;
    case 'result':
      if (!needsWrap(type.ok, t.items) && !needsWrap(type.err, t.items)) return code;
      return ts`${operand(code)}.map((v${String(depth)}) => ${debugWrap(t, ts`v${String(depth)}`, type.ok, depth + 1)}).mapErr((e${String(depth)}) => ${debugWrap(t, ts`e${String(depth)}`, type.err, depth + 1)})`;
    case 'map':
      if (!needsWrap(type.value, t.items) && !needsWrap(type.key, t.items)) return code;
      return ts`new Map([...${code}].map(([k${String(depth)}, v${String(depth)}]) => [${debugWrap(t, ts`k${String(depth)}`, type.key, depth + 1)}, ${debugWrap(t, ts`v${String(depth)}`, type.value, depth + 1)}]))`;
    default:
      return code;
  }
}

/**
 * The fields of a struct ('' key) or of each enum variant whose Debug needs wrapping (f64s,
 * Options, chars, tuples...), or null when none does. Recursive types stop at a few levels.
 */
function wrappedFieldsOf(items: Items, name: string, depth = 0): Record<string, { name: string; type: RustType }[]> | null {
  if (depth > 3) return null;
  const out: Record<string, { name: string; type: RustType }[]> = {};
  const struct = items.structs.get(name);
  if (struct) {
    const wrapped = struct.fields.filter((f) => needsWrap(f.type, items, depth + 1));
    if (wrapped.length) out[''] = wrapped;
  }
  for (const v of items.enums.get(name)?.variants.values() ?? []) {
    const wrapped = v.fields.filter((f) => needsWrap(f.type, items, depth + 1));
    if (wrapped.length) out[v.name] = wrapped;
  }
  return Object.keys(out).length ? out : null;
}

function needsWrap(type: RustType, items?: Items, depth = 0): boolean {
  switch (type.kind) {
    case 'named':
      return !!items && wrappedFieldsOf(items, type.name, depth) !== null;
    case 'option':
    case 'float':
    case 'char':
    case 'tuple':
      return true;
    case 'vec':
      return needsWrap(type.elem, items);
    case 'result':
      return needsWrap(type.ok, items) || needsWrap(type.err, items);
    case 'map':
      return needsWrap(type.key, items) || needsWrap(type.value, items);
    default:
      return false;
  }
}

/** An expression used before `.` or `[`: `await x`, `!x` and conditionals need parentheses there. */
export function operand(code: Code): Code {
  const text = code.toString();
  return /^(await |!|-|typeof |new [^(]*\([^)]*\)\s*\S)|\?.*:/.test(text) && !/^\(.*\)$/.test(text) ? ts`(${code})` : code;
}

export function macroName(node: Node): string {
  return (field(node, 'macro')?.text ?? '').split('::').pop() ?? '';
}

function typeNameOfImpl(node: Node): string {
  const t = field(node, 'type');
  const base = t?.type === 'generic_type' ? field(t, 'type') : t;
  return (base?.text ?? '').split('::').pop() ?? '';
}

/** The function a method of an enum becomes: `Command::describe` is `commandDescribe(value)`. */
export function enumMethodName(enumName: string, method: string): string {
  return `${camelCase(enumName.replace(/^./, (c) => c.toLowerCase()))}${camelCase(`_${method}`).replace(/^_/, '').replace(/^./, (c) => c.toUpperCase())}`;
}

function intLimit(type: string, which: string): string {
  const bits = type.endsWith('size') ? 64 : Number(type.slice(1));
  if (type.startsWith('u')) return which === 'MIN' ? '0' : bits >= 53 ? 'Number.MAX_SAFE_INTEGER' : String(2 ** bits - 1);
  if (bits >= 53) return which === 'MIN' ? 'Number.MIN_SAFE_INTEGER' : 'Number.MAX_SAFE_INTEGER';
  return which === 'MIN' ? String(-(2 ** (bits - 1))) : String(2 ** (bits - 1) - 1);
}


const isTime = (t: RustType) => t.kind === 'named' && (t.name === 'Duration' || t.name === 'Instant');

/** Durations and Instants compare by their nanoseconds and add, subtract and scale by methods. */
function timeOperation(op: string, left: Typed, right: Typed): Typed | null {
  if (!isTime(left.type) && !isTime(right.type)) return null;
  const l = operand(left.code);
  const r = operand(right.code);
  if (['<', '>', '<=', '>='].includes(op)) return { code: ts`${l}.nanos ${op} ${r}.nanos`, type: BOOL };
  if (op === '==' || op === '!=') return { code: ts`${l}.nanos ${op}= ${r}.nanos`, type: BOOL };
  const leftIsInstant = left.type.kind === 'named' && left.type.name === 'Instant';
  switch (op) {
    case '+':
      return { code: ts`${l}.add(${right.code})`, type: left.type };
    case '-':
      if (leftIsInstant && right.type.kind === 'named' && right.type.name === 'Instant') return { code: ts`${l}.durationSince(${right.code})`, type: named('Duration') };
      return { code: ts`${l}.sub(${right.code})`, type: left.type };
    case '*':
      return isTime(left.type) ? { code: ts`${l}.mul(${right.code})`, type: left.type } : { code: ts`${r}.mul(${left.code})`, type: right.type };
    case '/':
      return { code: ts`${l}.div(${right.code})`, type: left.type };
  }
  return null;
}

/** A statement written outside any function (the user selected part of a body). */
function isLooseStatement(node: Node): boolean {
  return node.type === 'let_declaration' || node.type === 'expression_statement' || (node.type.endsWith('_expression') && node.type !== 'macro_invocation') || (node.type === 'macro_invocation' && !/^macro_rules/.test(node.text));
}

function isRef(type: RustType | undefined | null): boolean {
  return type?.kind === 'named' && type.name === 'Ref';
}

/** Whether a type holds a Ref somewhere a function returns it (`Result<&mut u64, E>`). */
export function holdsRef(type: RustType): boolean {
  switch (type.kind) {
    case 'named':
      return type.name === 'Ref';
    case 'option':
      return holdsRef(type.elem);
    case 'result':
      return holdsRef(type.ok);
    default:
      return false;
  }
}

function isUnresolved(type: RustType): boolean {
  return type.kind === 'unknown' || (type.kind === 'option' && type.elem.kind === 'unknown') || (type.kind === 'vec' && type.elem.kind === 'unknown');
}


function containsEnum(type: RustType, items: Items): boolean {
  switch (type.kind) {
    case 'named':
      return items.enums.has(type.name);
    case 'vec':
    case 'option':
      return containsEnum(type.elem, items);
    case 'tuple':
      return type.items.some((t) => containsEnum(t, items));
    default:
      return false;
  }
}

/** Whether `name` is an operand of `+ - * / %` somewhere in `body` (a closure parameter that is a number). */
function usedInArithmetic(body: Node, name: string): boolean {
  let found = false;
  walk(body, (n) => {
    if (found) return false;
    if (n.type === 'binary_expression' && /^[-+*/%]$/.test(field(n, 'operator')?.text ?? '')) {
      found = [field(n, 'left'), field(n, 'right')].some((side) => side?.type === 'identifier' && side.text === name);
    }
    return !found;
  });
  return found;
}

/**
 * Whether a `let` binding is assigned again after its declaration in the enclosing block: by
 * `x = ...`, `x += ...`, also inside macro bodies (their `x = ...` tokens), where a `const`
 * would throw.
 */
function isReassigned(name: string, declaration: Node): boolean {
  const scope = declaration.parent;
  if (!scope) return true;
  let found = false;
  walk(scope, (n) => {
    if (found || n.endIndex <= declaration.endIndex) return !found && n.endIndex > declaration.endIndex;
    if ((n.type === 'assignment_expression' || n.type === 'compound_assignment_expr') && assignedName(field(n, 'left')) === name) found = true;
    else if (n.type === 'token_tree') {
      const tokens = n.children;
      found = tokens.some((t, i) => t?.type === 'identifier' && t.text === name && /^([-+*/%&|^]|<<|>>)?=$/.test(tokens[i + 1]?.type ?? ''));
    } else if (n.type === 'reference_expression' && /^&\s*mut\b/.test(n.text) && kids(n)[0]?.text === name) found = true;
    return !found;
  });
  return found;
}

/** `x` for `x`, `*x`, `x.0`, `x[i]` on the left of an assignment (writes through a place are not reassignments, except `x`). */
function assignedName(left: Node | null): string | null {
  return left?.type === 'identifier' ? left.text : null;
}

/**
 * A binding's accessor in a match's last arm, which runs as a bare `else`: TypeScript no longer
 * knows which variant the subject is, so Err's and Ok's parts are read through their methods
 * and an Option's value is asserted present.
 */
function unnarrowed(accessor: string, subject: string, type: RustType): Code {
  if (type.kind === 'result' && accessor.startsWith(`${subject}.error`)) return new Code([`${subject}.unwrapErr()${accessor.slice(subject.length + 6)}`]);
  if (type.kind === 'result' && accessor.startsWith(`${subject}.value`)) return new Code([`${subject}.unwrap()${accessor.slice(subject.length + 6)}`]);
  if (type.kind === 'option' && accessor === subject) return ts`${subject}${typeOnly('!')}`;
  return new Code([accessor]);
}

/** A parameter annotation for a wrapper callback (`: any` where the type has no TypeScript name). */
function paramType(type: RustType): Code {
  return typeOnly(`: ${tsType(type) ?? 'any'}`);
}

/** A declared type with its `_` holes filled from the value's type (`let v: Vec<_> = ...collect()`). */
function refine(declared: RustType, actual: RustType): RustType {
  if (declared.kind === 'unknown') return actual;
  if (declared.kind === 'vec' && actual.kind === 'vec') return vec(refine(declared.elem, actual.elem));
  if (declared.kind === 'option' && actual.kind === 'option') return option(refine(declared.elem, actual.elem));
  if (declared.kind === 'tuple' && actual.kind === 'tuple' && declared.items.length === actual.items.length) {
    return tuple(declared.items.map((d, i) => refine(d, actual.items[i]!)));
  }
  return declared;
}

/** Whether an expression's text has a space outside brackets and strings (an operator at its top level). */
function hasTopLevelSpace(text: string): boolean {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ' ' && depth === 0) return true;
  }
  return false;
}

/** The names a binding pattern declares. */
function identifiersOf(pattern: Node): Node[] {
  const out: Node[] = [];
  walk(pattern, (n) => {
    if (n.type === 'identifier') out.push(n);
  });
  return out;
}

/** The sub-patterns of a tuple pattern, `_` included (tree-sitter does not name it). */
function patternParts(pattern: Node): Node[] {
  return pattern.children.filter((c): c is Node => c !== null && (c.isNamed || c.type === '_') && c.type !== 'line_comment' && c.type !== 'block_comment');
}

function isHandle(type: RustType | undefined): boolean {
  return type?.kind === 'named' && /^(mpsc|oneshot|broadcast|watch|std)\./.test(type.name);
}

function isStatementNode(node: Node): boolean {
  return (
    node.type === 'let_declaration' ||
    node.type === 'expression_statement' ||
    node.type === 'empty_statement' ||
    node.type.endsWith('_item') ||
    node.type === 'use_declaration' ||
    node.type === 'attribute_item' ||
    node.type === 'ERROR'
  );
}

function isValueBlock(node: Node): boolean {
  return ['if_expression', 'match_expression', 'block', 'loop_expression', 'unsafe_block'].includes(node.type) || (node.type === 'macro_invocation' && macroName(node) === 'select');
}

/** Whether a block has a way out before its end: return, break, continue, `?` or a panic. */
function leavesEarly(node: Node): boolean {
  let found = false;
  walk(node, (n) => {
    if (found) return false;
    if (n.type === 'closure_expression' || n.type === 'async_block' || n.type === 'function_item') return n.id === node.id;
    if (['return_expression', 'break_expression', 'continue_expression', 'try_expression'].includes(n.type)) found = true;
    if (n.type === 'macro_invocation' && macroName(n) === 'select') found = true;
    return !found;
  });
  return found;
}

