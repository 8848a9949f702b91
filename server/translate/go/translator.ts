import { block, Code, ifAsync, jsOnly, join, mapped, ts, typeOnly, type Fragment } from '../emit/code.js';
import type { CallGraph } from '../program-checks.js';
import type { Diagnostic, Severity } from '../diagnostics.js';
import { Declarations, parseType, signatureOf, type FuncSignature, type MethodDecl } from './declarations.js';
import type { ProgramFacts } from './facts.js';
import { decodeGoString, goIntLiteral, quote, runeValue } from './literals.js';
import { safeName, Scope } from './scope.js';
import {
  BLOCKING_FUNCTIONS,
  blocksOnSomeType,
  camelCase,
  isBlockingMethod,
  packageFunctionResult,
  packageMemberName,
  packageValueType,
  RUNTIME_PACKAGES,
  runtimeFieldType,
  runtimeMethodResult,
} from './stdlib.js';
import { abbreviate, field, fields, kids, operatorOf, point, statementsOf, type Node } from '../syntax.js';
import {
  ANY,
  BOOL,
  ERROR,
  BYTE,
  defaultType,
  describeType,
  DURATION,
  INT,
  isChan,
  isFloat,
  isInteger,
  isNilable,
  isString,
  resolve,
  RUNE,
  STRING,
  tsType,
  tsTypeOrNull,
  UNKNOWN,
  zeroValue,
  type GoType,
} from './types.js';

interface Typed {
  code: Code;
  type: GoType;
  /** A variable declared without a value: it may still be nil. */
  maybeNil?: boolean;
}

/** What the translator tracks about the function whose body it is in. */
interface FunctionContext {
  /** How the call graph names this function: `main`, `Type.Method`, `literal:OFFSET`. */
  key: string;
  /** Whether the body awaits something itself (a channel operation, a lock...). */
  awaits: boolean;
  /** Functions it calls whose being async decides whether this one is. */
  calls: Set<string>;
  results: FuncSignature['results'];
  namedResults: boolean;
  deferred: boolean;
  receiver: string | null;
  reassigned: ReadonlySet<string>;
  nilAssigned: ReadonlySet<string>;
  /** Labels for Go `break`s that JavaScript would not route the same way (type switches). */
  breakTargets: (string | null)[];
  outer: FunctionContext | null;
}


const BUILTIN_TYPES = new Set(['int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'float32', 'float64', 'byte', 'rune', 'string', 'bool', 'uintptr']);

export class GoTranslator {
  readonly diagnostics: Diagnostic[] = [];
  readonly runtimeNames = new Set<string>();
  readonly callGraph: CallGraph = new Map();
  private scope = new Scope();
  private fn: FunctionContext | null = null;
  private typeSwitchCounter = 0;
  /** The variable a value is being assigned to, to name channels in deadlock reports. */
  private nameHint: string | null = null;
  private packageNilAssigned: ReadonlySet<string> = new Set();
  private iota = 0;

  constructor(
    private readonly decls: Declarations,
    private readonly facts: ProgramFacts,
  ) {
    for (const [name, f] of decls.functions) {
      this.scope.declare(name, { kind: 'func', params: f.params.map((p) => p.type), results: f.results.map((r) => r.type), variadic: false });
    }
  }

  // ---- program ----

  program(root: Node): Code {
    this.packageNilAssigned = this.facts.nilAssigned;
    const out: Code[] = [];
    for (const node of kids(root)) {
      if (node.type === 'type_declaration') out.push(...this.typeDeclaration(node));
    }
    for (const node of kids(root)) {
      switch (node.type) {
        case 'package_clause':
        case 'import_declaration':
        case 'type_declaration':
        case 'method_declaration':
          break;
        case 'function_declaration':
          out.push(this.functionDeclaration(node));
          break;
        case 'var_declaration':
        case 'const_declaration':
          out.push(...this.statement(node));
          break;
        default:
          out.push(...this.statement(node));
      }
    }
    return join(out, '\n\n');
  }

  // ---- types, structs, methods ----

  private typeDeclaration(node: Node): Code[] {
    const out: Code[] = [];
    this.decls.collectTypes(node);
    for (const spec of kids(node)) {
      const name = field(spec, 'name')?.text ?? '';
      const typeNode = field(spec, 'type');
      if (!typeNode) continue;
      const type = parseType(typeNode);
      const methods = [...(this.decls.methods.get(name)?.values() ?? [])];
      if (type.kind === 'struct') out.push(mapped(point(spec), this.structClass(name, type.fields, methods)));
      else if (type.kind === 'interface') {
        out.push(this.interfaceType(name, typeNode));
      } else {
        out.push(typeOnly(`type ${name} = ${tsType(type)};`));
        for (const m of methods) out.push(this.methodAsFunction(name, type, m));
      }
    }
    return out;
  }

  private interfaceType(name: string, node: Node): Code {
    const members = kids(node)
      .filter((n) => n.type === 'method_elem')
      .map((m) => {
        const sig = signatureOf(m);
        const methodName = this.methodName(field(m, 'name')?.text ?? '');
        const params = sig.params.map((p) => `${safeName(p.name === '_' ? 'arg' : p.name)}: ${tsTypeOrNull(p.type)}`).join(', ');
        const result = this.resultTypeText(sig.results, false);
        return `${methodName}(${params}): ${result} | Promise<${result}>;`;
      });
    const body = members.length ? ` ${members.join(' ')} ` : ' ';
    return typeOnly(`interface ${name} {${body}}`);
  }

  private structClass(name: string, structFields: { name: string; type: GoType; embedded: boolean }[], methods: MethodDecl[]): Code {
    const members: Code[] = [];
    for (const f of structFields) members.push(ts`${f.name}${typeOnly(`: ${tsType(f.type)}`)};`);
    const init = structFields.map((f) => ts`this.${f.name} = init.${f.name} ?? ${this.zeroFor(f.type, false)};`);
    members.push(ts`constructor(init${typeOnly(`: Partial<${name}>`)} = {}) ${block(init)}`);
    const copies = structFields.map((f) => this.copyIfStruct(ts`this.${f.name}`, f.type));
    const cloneBody = join(structFields.map((f, i) => ts`${f.name}: ${copies[i]!}`), ', ');
    members.push(ts`clone()${typeOnly(`: ${name}`)} ${block([ts`return new ${name}({ ${cloneBody} });`])}`);
    for (const m of methods) members.push(this.method(m));
    return ts`class ${name} ${block(members)}`;
  }

  private method(m: MethodDecl): Code {
    const receiverType: GoType = m.pointerReceiver ? { kind: 'pointer', elem: { kind: 'named', name: m.receiverType } } : { kind: 'named', name: m.receiverType };
    const key = `${m.receiverType}.${m.name}`;
    const { params, body } = this.functionParts(key, m.node, m, { name: m.receiverName, type: receiverType, asThis: true });
    return ts`${ifAsync([key], 'async ')}${this.methodName(m.name)}(${params})${this.resultType(m.results, key)} ${body}`;
  }

  /** Methods on non-struct types (`type State int`) become functions taking the value first. */
  private methodAsFunction(typeName: string, type: GoType, m: MethodDecl): Code {
    const key = `${typeName}.${m.name}`;
    const { params, body } = this.functionParts(key, m.node, m, { name: m.receiverName, type: { kind: 'named', name: typeName }, asThis: false });
    const receiver = ts`${safeName(m.receiverName || 'self')}${typeOnly(`: ${tsType(type) === 'number' ? typeName : tsType(type)}`)}`;
    const all = params.isEmpty ? receiver : ts`${receiver}, ${params}`;
    return ts`${ifAsync([key], 'async ')}function ${this.methodFunctionName(typeName, m.name)}(${all})${this.resultType(m.results, key)} ${body}`;
  }

  private methodFunctionName(typeName: string, method: string): string {
    return `${camelCase(typeName)}${method[0]!.toUpperCase()}${method.slice(1)}`;
  }

  /**
   * Methods are camelCase, except String and Error (fmt calls them by these names) and a
   * name whose camelCase form is a field of a type declaring it (`balance` and `Balance()`).
   */
  private methodName(name: string): string {
    if (name === 'String' || name === 'Error') return name;
    const camel = safeName(camelCase(name));
    for (const [typeName, methods] of this.decls.methods) {
      const t = this.decls.underlying(typeName);
      if (methods.has(name) && t?.kind === 'struct' && t.fields.some((f) => f.name === camel)) return name;
    }
    return camel;
  }

  // ---- functions ----

  private functionDeclaration(node: Node): Code {
    const name = field(node, 'name')?.text ?? '';
    const decl = this.decls.functions.get(name);
    const sig = decl ?? signatureOf(node);
    const { params, body } = this.functionParts(name, node, sig, null, name === 'main');
    return mapped(point(node), ts`${ifAsync([name], 'async ')}function ${safeName(name)}(${params})${this.resultType(sig.results, name)} ${body}`);
  }

  /** `: T`, or `: Promise<T>` if the function turns out to be async. */
  private resultType(results: FuncSignature['results'], key: string): Code {
    const sync = this.resultTypeText(results, false);
    return ifAsync([key], `: ${this.resultTypeText(results, true)}`, `: ${sync}`, true);
  }

  private resultTypeText(results: FuncSignature['results'], isAsync: boolean): string {
    const inner = results.length === 0 ? 'void' : results.length === 1 ? tsType(results[0]!.type) : `[${results.map((r) => tsType(r.type)).join(', ')}]`;
    return isAsync ? `Promise<${inner}>` : inner;
  }

  /** Parameters and body of a function, method or literal, in a scope of their own. */
  private functionParts(
    key: string,
    node: Node,
    sig: FuncSignature,
    receiver: { name: string; type: GoType; asThis: boolean } | null,
    forceAsync = false,
  ): { params: Code; body: Code } {
    const outerScope = this.scope;
    const outerFn = this.fn;
    this.scope = new Scope(outerScope);
    const namedResults = sig.results.some((r) => r.name !== '' && r.name !== '_');
    const facts = this.facts.byFunction.get(node.id)!;
    this.fn = {
      key,
      awaits: forceAsync,
      calls: new Set(),
      results: sig.results,
      namedResults,
      deferred: facts.defers,
      receiver: receiver?.asThis ? receiver.name : null,
      reassigned: facts.reassigned,
      nilAssigned: facts.nilAssigned,
      breakTargets: [],
      outer: outerFn,
    };
    try {
      const prologue: Code[] = [];
      if (receiver && receiver.name && receiver.name !== '_') {
        const b = this.scope.declare(receiver.name, receiver.type);
        const copiesReceiver = receiver.asThis && receiver.type.kind === 'named' && facts.modifiesReceiver;
        if (copiesReceiver) {
          // A value receiver is a copy in Go: changes must not reach the caller's struct.
          prologue.push(ts`const ${b.tsName} = this.clone();`);
        } else if (receiver.asThis) {
          b.tsName = 'this';
        }
      }
      const params = join(
        sig.params.map((p) => {
          const b = this.scope.declare(p.name, p.type);
          const name = p.name === '_' ? '_' : b.tsName;
          return ts`${p.variadic ? '...' : ''}${name}${typeOnly(`: ${tsType(p.type)}`)}`;
        }),
        ', ',
      );
      if (namedResults) {
        for (const r of sig.results) {
          const b = this.scope.declare(r.name, r.type);
          prologue.push(ts`let ${b.tsName}${typeOnly(`: ${tsType(r.type)}`)} = ${this.zeroFor(r.type, false)};`);
        }
      }
      const bodyNode = field(node, 'body');
      const goStatements = statementsOf(bodyNode);
      let statements = [...prologue, ...this.statements(goStatements)];
      const last = goStatements[goStatements.length - 1];
      if (sig.results.length > 0 && last?.type === 'select_statement' && !kids(last).some((c) => c.type === 'default_case')) {
        // Every case of a terminating select returns; TypeScript cannot see that.
        this.use('unreachable');
        statements.push(ts`return unreachable();`);
      }
      if (this.fn.deferred) statements = this.withDeferred(statements, prologue.length);
      this.callGraph.set(key, { awaits: this.fn.awaits, calls: this.fn.calls });
      return { params, body: block(statements) };
    } finally {
      this.scope = outerScope;
      this.fn = outerFn;
    }
  }

  /** Wraps a body that defers calls: they run in LIFO order on return and on panic. */
  private withDeferred(statements: Code[], keep: number): Code[] {
    this.use('DeferStack');
    this.fn!.awaits = true;
    const head = statements.slice(0, keep);
    const body = statements.slice(keep);
    const guarded = this.fn!.namedResults ? [ts`body: ${block(body)}`] : body;
    const out = [
      ...head,
      ts`const deferred = new DeferStack();`,
      ts`try ${block(guarded)} catch (e) ${block([ts`deferred.panicked(e);`])} finally ${block([ts`await deferred.run();`])}`,
    ];
    const results = this.fn!.results;
    if (results.length > 0) out.push(ts`return ${this.resultValues(results)};`);
    return out;
  }

  /** The named results as they stand, or the zero values: what a recovered function returns. */
  private resultValues(results: FuncSignature['results']): string {
    const values = results.map((r) => (this.fn!.namedResults ? this.scope.lookup(r.name)?.tsName ?? zeroValue(r.type, this.decls) : zeroValue(r.type, this.decls)));
    return values.length === 1 ? values[0]! : `[${values.join(', ')}]`;
  }

  // ---- statements ----

  private statements(nodes: Node[]): Code[] {
    return nodes.flatMap((n) => this.statement(n));
  }

  private statement(node: Node): Code[] {
    try {
      const out = this.statementInner(node);
      return out.length > 0 && node.type !== 'labeled_statement' ? [mapped(point(node), out[0]!), ...out.slice(1)] : out;
    } catch (error) {
      return [this.unsupported(node, `could not translate: ${(error as Error).message}`)];
    }
  }

  private statementInner(node: Node): Code[] {
    switch (node.type) {
      case 'expression_statement':
        return [ts`${this.expr(kids(node)[0]!).code};`];
      case 'send_statement':
        return [this.send(field(node, 'channel')!, field(node, 'value')!)];
      case 'short_var_declaration':
        return this.shortVarDeclaration(node);
      case 'assignment_statement':
        return this.assignment(node);
      case 'inc_statement':
      case 'dec_statement':
        return [this.incDec(node)];
      case 'var_declaration':
        return kids(node).flatMap((spec) => (spec.type === 'var_spec_list' ? kids(spec) : [spec])).flatMap((spec) => this.varSpec(spec));
      case 'const_declaration':
        return this.constDeclaration(node);
      case 'type_declaration':
        return this.typeDeclaration(node);
      case 'return_statement':
        return [this.returnStatement(node)];
      case 'if_statement':
        return this.ifStatement(node);
      case 'for_statement':
        return [this.forStatement(node)];
      case 'expression_switch_statement':
        return this.switchStatement(node);
      case 'type_switch_statement':
        return this.typeSwitch(node);
      case 'select_statement':
        return this.selectStatement(node);
      case 'go_statement':
        return [this.goStatement(node)];
      case 'defer_statement':
        return [this.deferStatement(node)];
      case 'block':
        return [this.inScope(() => block(this.statements(statementsOf(node))))];
      case 'labeled_statement': {
        const label = field(node, 'label')?.text ?? kids(node)[0]!.text;
        const inner = kids(node).slice(1);
        return [ts`${label}: ${join(this.statements(inner), ' ')}`];
      }
      case 'break_statement':
      case 'continue_statement': {
        const targets = this.fn?.breakTargets ?? [];
        const implicit = node.type === 'break_statement' ? targets[targets.length - 1] ?? null : null;
        const label = kids(node)[0]?.text ?? implicit;
        const word = node.type === 'break_statement' ? 'break' : 'continue';
        return [ts`${word}${label ? ` ${label}` : ''};`];
      }
      case 'empty_statement':
        return [];
      case 'fallthrough_statement':
        return [];
      case 'function_declaration':
        return [this.functionDeclaration(node)];
      default:
        return [this.unsupported(node, node.type === 'ERROR' ? `syntax error: ${abbreviate(node.text)}` : `${node.type.replace(/_/g, ' ')}`)];
    }
  }

  private named<T>(name: string, f: () => T): T {
    const outer = this.nameHint;
    this.nameHint = name;
    try {
      return f();
    } finally {
      this.nameHint = outer;
    }
  }

  /** `base`, or `base2`, `base3`... whichever no enclosing scope uses yet; declared here. */
  private freshName(base: string): string {
    let name = base;
    for (let i = 2; this.scope.lookup(name) !== null; i++) name = `${base}${i}`;
    this.scope.declare(name, UNKNOWN);
    return name;
  }

  private inScope<T>(f: () => T): T {
    const outer = this.scope;
    this.scope = new Scope(outer);
    try {
      return f();
    } finally {
      this.scope = outer;
    }
  }

  private send(channel: Node, value: Node): Code {
    const ch = this.expr(channel);
    const elem = isChan(ch.type) ? ch.type.elem : UNKNOWN;
    const v = this.valueFor(value, elem);
    if (this.mayBeNilChannel(channel)) {
      this.use('send');
      return ts`${this.await()}send(${channel.type === 'nil' ? 'null' : ch.code}, ${v});`;
    }
    return ts`${this.await()}${ch.code}.send(${v});`;
  }

  /**
   * A channel that may be nil (a call's result such as ctx.Done(), or a variable that is
   * set to nil) is used through the free functions, which block forever on nil as Go does.
   */
  private mayBeNilChannel(node: Node): boolean {
    if (node.type === 'nil' || node.type === 'call_expression') return true;
    if (node.type !== 'identifier') return false;
    const nilAssigned = this.fn?.nilAssigned ?? this.packageNilAssigned;
    return nilAssigned.has(node.text) || (this.scope.lookup(node.text)?.maybeNil ?? false);
  }

  private shortVarDeclaration(node: Node): Code[] {
    const left = kids(field(node, 'left'));
    const rightNodes = kids(field(node, 'right'));
    if (left.length === 1 && rightNodes.length === 1) {
      const value = this.named(left[0]!.text, () => this.expr(rightNodes[0]!));
      return [this.declareOne(left[0]!.text, defaultType(value.type), this.copyIfStruct(value.code, value.type, rightNodes[0]!))];
    }
    const values = this.multiValue(rightNodes, left.length);
    const existing = left.filter((n) => n.text !== '_' && this.scope.declaresHere(n.text));
    const newNames = left.filter((n) => n.text !== '_' && !this.scope.declaresHere(n.text));
    const out: Code[] = [];
    if (existing.length > 0 || newNames.length === 0) {
      for (const [i, n] of left.entries()) {
        if (n.text !== '_' && !this.scope.declaresHere(n.text)) {
          const b = this.scope.declare(n.text, defaultType(values.types[i] ?? UNKNOWN));
          out.push(ts`let ${b.tsName}${typeOnly(`: ${tsTypeOrNull(b.type)}`)};`);
        }
      }
      out.push(ts`[${this.pattern(left)}] = ${values.code};`);
      return out;
    }
    const mutable = left.some((n) => this.fn?.reassigned.has(n.text));
    const names = left.map((n, i) => (n.text === '_' ? '' : this.scope.declare(n.text, defaultType(values.types[i] ?? UNKNOWN)).tsName));
    return [ts`${mutable ? 'let' : 'const'} [${names.join(', ')}] = ${values.code};`];
  }

  /**
   * Go's zero value. A nil of a type declared without `| null` (nothing assigns it nil
   * again) is written `null!`: TypeScript then checks uses as Go does, by crashing at run time.
   */
  private zeroFor(type: GoType, nullable: boolean): Code {
    const zero = zeroValue(type, this.decls);
    return zero === 'null' && !nullable && isNilable(type) && tsType(type) !== 'any' && !tsType(type).endsWith('| null') ? ts`null${typeOnly('!')}` : ts`${zero}`;
  }

  /** Package-level names and names assigned again later are `let`; the rest `const`. */
  private letOrConst(name: string): 'let' | 'const' {
    return this.fn === null || this.fn.reassigned.has(name) ? 'let' : 'const';
  }

  private pattern(left: Node[]): Code {
    return join(left.map((n) => (n.text === '_' ? '' : this.target(n).code)), ', ');
  }

  private declareOne(name: string, type: GoType, value: Code): Code {
    if (name === '_') return ts`${value};`;
    const mutable = this.fn === null || this.fn.reassigned.has(name);
    const b = this.scope.declare(name, type);
    const nullable = this.fn?.nilAssigned.has(name) ?? false;
    const annotation = mutable && needsAnnotation(type) ? typeOnly(`: ${nullable ? tsTypeOrNull(type) : tsType(type)}`) : '';
    return ts`${mutable ? 'let' : 'const'} ${b.tsName}${annotation} = ${value};`;
  }

  /** The right side of a multi-value assignment: a tuple call, `<-ch` with ok, `m[k]` with ok, or a list. */
  private multiValue(right: Node[], count: number): { code: Code; types: GoType[] } {
    if (right.length === 1 && count > 1) {
      const r = right[0]!;
      if (r.type === 'unary_expression' && operatorOf(r) === '<-') {
        const ch = this.expr(field(r, 'operand')!);
        const elem = isChan(ch.type) ? ch.type.elem : UNKNOWN;
        return { code: ts`${this.await()}${ch.code}.recvOk()`, types: [elem, BOOL] };
      }
      if (r.type === 'index_expression') {
        const m = this.expr(field(r, 'operand')!);
        const mt = resolve(m.type, this.decls);
        if (mt.kind === 'map') {
          const key = this.expr(field(r, 'index')!).code;
          return { code: ts`[${m.code}.get(${key}) ?? ${zeroValue(mt.value, this.decls)}, ${m.code}.has(${key})]`, types: [mt.value, BOOL] };
        }
      }
      if (r.type === 'type_assertion_expression') {
        const operand = this.expr(field(r, 'operand')!).code;
        const type = parseType(field(r, 'type')!);
        const test = this.typeTest(ts`${operand}`, type);
        return { code: ts`${test} ? [${operand}, true] : [${zeroValue(type, this.decls)}, false]`, types: [type, BOOL] };
      }
      const call = this.expr(r);
      return { code: call.code, types: call.type.kind === 'tuple' ? call.type.items : [] };
    }
    const items = right.map((n) => this.expr(n));
    return { code: ts`[${join(items.map((i) => i.code), ', ')}]`, types: items.map((i) => i.type) };
  }

  private assignment(node: Node): Code[] {
    const left = kids(field(node, 'left'));
    const right = kids(field(node, 'right'));
    const op = operatorOf(node);
    if (left.length === 1 && right.length === 1) return [this.assignOne(left[0]!, op, right[0]!)];
    const values = this.multiValue(right, left.length);
    return [ts`[${this.pattern(left)}] = ${values.code};`];
  }

  private assignOne(target: Node, op: string, valueNode: Node): Code {
    if (target.text === '_') return ts`${this.expr(valueNode).code};`;
    const value = this.named(target.text, () => this.expr(valueNode));
    if (target.type === 'index_expression') {
      const m = this.expr(field(target, 'operand')!);
      const mt = resolve(m.type, this.decls);
      if (mt.kind === 'map') {
        const key = this.expr(field(target, 'index')!).code;
        if (op === '=') return ts`${m.code}.set(${key}, ${this.copyIfStruct(value.code, value.type, valueNode)});`;
        const current = ts`(${m.code}.get(${key}) ?? ${zeroValue(mt.value, this.decls)})`;
        return ts`${m.code}.set(${key}, ${this.arith(current, op.slice(0, -1), value.code, mt.value)});`;
      }
    }
    const t = this.target(target);
    const pushed = op === '=' ? this.appendInPlace(target, valueNode) : null;
    if (pushed) return pushed;
    if (op === '=') return ts`${t.code} = ${this.copyIfStruct(value.code, value.type, valueNode)};`;
    const bare = op.slice(0, -1);
    if ((bare === '/' && isInteger(t.type)) || ['&^', '<<', '>>'].includes(bare)) return ts`${t.code} = ${this.arith(t.code, bare, value.code, t.type)};`;
    return ts`${t.code} ${op} ${value.code};`;
  }

  /** `s = append(s, x...)` grows s itself: `s.push(x)`, not a copy per call. */
  private appendInPlace(target: Node, valueNode: Node): Code | null {
    if (valueNode.type !== 'call_expression' || field(valueNode, 'function')?.text !== 'append') return null;
    const args = kids(field(valueNode, 'arguments'));
    if (args.length < 2 || args[0]!.text !== target.text || target.type !== 'identifier') return null;
    const slice = this.expr(target);
    const t = resolve(slice.type, this.decls);
    const elem = t.kind === 'slice' ? t.elem : UNKNOWN;
    const spread = valueNode.text.trimEnd().endsWith('...)');
    const items = args.slice(1).map((a, i) => {
      const code = this.valueFor(a.type === 'variadic_argument' ? kids(a)[0]! : a, elem);
      return spread && i === args.length - 2 ? ts`...${code}` : code;
    });
    return ts`${slice.code}.push(${join(items, ', ')});`;
  }

  private incDec(node: Node): Code {
    const target = kids(node)[0]!;
    const op = node.type === 'inc_statement' ? '+' : '-';
    if (target.type === 'index_expression') {
      const m = this.expr(field(target, 'operand')!);
      const mt = resolve(m.type, this.decls);
      if (mt.kind === 'map') {
        const key = this.expr(field(target, 'index')!).code;
        return ts`${m.code}.set(${key}, (${m.code}.get(${key}) ?? 0) ${op} 1);`;
      }
    }
    return ts`${this.target(target).code}${op}${op};`;
  }

  /** An expression being assigned to: slice elements stay plain `s[i]`. */
  private target(node: Node): Typed {
    if (node.type !== 'index_expression') return this.expr(node);
    const t = this.index(node, true);
    return { code: mapped(point(node), t.code), type: t.type };
  }

  private varSpec(spec: Node): Code[] {
    const names = fields(spec, 'name');
    const typeNode = field(spec, 'type');
    const declared = typeNode ? parseType(typeNode) : null;
    const values = kids(field(spec, 'value'));
    if (values.length === 0) {
      return names.map((n) => {
        const type = declared ?? UNKNOWN;
        const b = this.scope.declare(n.text, type);
        b.maybeNil = resolve(type, this.decls).kind === 'map';
        const nullable = b.maybeNil || (this.fn?.nilAssigned ?? this.packageNilAssigned).has(n.text);
        return ts`${this.letOrConst(n.text)} ${b.tsName}${typeOnly(`: ${nullable ? tsTypeOrNull(type) : tsType(type)}`)} = ${this.zeroFor(type, nullable)};`;
      });
    }
    if (names.length === values.length) {
      return names.map((n, i) => {
        const valueNode = values[i]!;
        const v = declared ? null : this.named(n.text, () => this.expr(valueNode));
        const type = declared ?? defaultType(v!.type);
        const value = declared ? this.named(n.text, () => this.valueFor(valueNode, declared)) : this.copyIfStruct(v!.code, v!.type, valueNode);
        const b = this.scope.declare(n.text, type);
        if (n.text === '_') return ts`${value};`;
        return ts`${this.letOrConst(n.text)} ${b.tsName}${typeOnly(`: ${tsTypeOrNull(type)}`)} = ${value};`;
      });
    }
    const mv = this.multiValue(values, names.length);
    const bound = names.map((n, i) => (n.text === '_' ? '' : this.scope.declare(n.text, declared ?? defaultType(mv.types[i] ?? UNKNOWN)).tsName));
    return [ts`${names.some((n) => this.letOrConst(n.text) === 'let') ? 'let' : 'const'} [${bound.join(', ')}] = ${mv.code};`];
  }

  private constDeclaration(node: Node): Code[] {
    const out: Code[] = [];
    let lastValues: Node[] = [];
    let lastType: Node | null = null;
    this.iota = 0;
    for (const spec of kids(node)) {
      if (spec.type !== 'const_spec') continue;
      const names = fields(spec, 'name');
      const values = kids(field(spec, 'value'));
      if (values.length > 0) {
        lastValues = values;
        lastType = field(spec, 'type');
      }
      names.forEach((n, i) => {
        const valueNode = lastValues[i];
        const v = valueNode ? this.expr(valueNode) : { code: ts`${String(this.iota)}`, type: INT };
        const type = lastType ? parseType(lastType) : v.type;
        const b = this.scope.declare(n.text, type);
        if (n.text !== '_') out.push(ts`const ${b.tsName} = ${v.code};`);
      });
      this.iota++;
    }
    return out;
  }

  private returnStatement(node: Node): Code {
    const values = kids(kids(node)[0] ?? null);
    const fn = this.fn;
    if (values.length === 0) {
      if (fn?.namedResults && fn.deferred) return ts`break body;`;
      if (fn && fn.namedResults) return ts`return ${this.resultValues(fn.results)};`;
      return ts`return;`;
    }
    const expected = fn?.results ?? [];
    if (values.length === 1 && expected.length > 1) return ts`return ${this.expr(values[0]!).code};`;
    const items = values.map((v, i) => this.valueFor(v, expected[i]?.type ?? UNKNOWN));
    if (fn?.namedResults && fn.deferred) {
      const names = fn.results.map((r) => this.scope.lookup(r.name)?.tsName ?? '_');
      // Deferred calls may still change the named results: leave the body, return after them.
      const assign = items.length === 1 ? ts`${names[0]!} = ${items[0]!};` : ts`[${names.join(', ')}] = [${join(items, ', ')}];`;
      return block([assign, ts`break body;`]);
    }
    return items.length === 1 ? ts`return ${items[0]!};` : ts`return [${join(items, ', ')}];`;
  }

  private ifStatement(node: Node): Code[] {
    const init = field(node, 'initializer');
    const build = (): Code => {
      const cond = this.expr(field(node, 'condition')!).code;
      const consequence = this.inScope(() => block(this.statements(statementsOf(field(node, 'consequence')))));
      const alt = field(node, 'alternative');
      if (!alt) return ts`if (${cond}) ${consequence}`;
      const altCode = alt.type === 'if_statement' ? join(this.ifStatement(alt), ' ') : this.inScope(() => block(this.statements(statementsOf(alt))));
      return ts`if (${cond}) ${consequence} else ${altCode}`;
    };
    if (!init) return [build()];
    return [this.inScope(() => block([...this.statement(init), build()]))];
  }

  private forStatement(node: Node): Code {
    return this.inScope(() => {
      const body = field(node, 'body');
      const header = kids(node).find((n) => n.id !== body?.id);
      if (!header) return ts`for (;;) ${this.loopBody(body)}`;
      if (header.type === 'for_clause') {
        const init = field(header, 'initializer');
        const initCode = init ? letInit(join(this.statement(init), ' ').withoutSemicolon()) : '';
        const cond = field(header, 'condition');
        const update = field(header, 'update');
        const updateCode = update ? join(this.statement(update), ' ').withoutSemicolon() : '';
        return ts`for (${initCode}; ${cond ? this.expr(cond).code : ''}; ${updateCode}) ${this.loopBody(body)}`;
      }
      if (header.type === 'range_clause') return this.rangeLoop(header, body);
      return ts`while (${this.expr(header).code}) ${this.loopBody(body)}`;
    });
  }

  private loopBody(body: Node | null): Code {
    return this.breakable(null, () => this.inScope(() => block(this.statements(statementsOf(body)))));
  }

  /** Runs `f` with `label` as where an unlabelled `break` goes (null: JavaScript's own break). */
  private breakable<T>(label: string | null, f: () => T): T {
    const targets = this.fn?.breakTargets;
    targets?.push(label);
    try {
      return f();
    } finally {
      targets?.pop();
    }
  }

  private rangeLoop(clause: Node, body: Node | null): Code {
    const leftNodes = kids(field(clause, 'left'));
    const rightNode = field(clause, 'right')!;
    const right = this.expr(rightNode);
    const t = resolve(right.type, this.decls);
    const isDefine = clause.children.some((c) => c?.type === ':=');
    const names = leftNodes.map((n) => n.text);
    const bind = (i: number, type: GoType): string => {
      const name = names[i];
      if (!name || name === '_') return '';
      if (!isDefine) return this.scope.lookup(name)?.tsName ?? name;
      return this.scope.declare(name, type).tsName;
    };
    const decl = isDefine ? 'const ' : '';
    if (isChan(t)) {
      const v = bind(0, t.elem) || '_';
      return ts`for await (${decl || 'const '}${v} of ${right.code}) ${this.awaitMark()}${this.loopBody(body)}`;
    }
    if (isInteger(t)) {
      const i = bind(0, INT) || 'i';
      return ts`for (let ${i} = 0; ${i} < ${right.code}; ${i}++) ${this.loopBody(body)}`;
    }
    if (t.kind === 'map') {
      const k = bind(0, t.key);
      const v = bind(1, t.value);
      const source = right.maybeNil ? ts`${right.code} ?? []` : right.code;
      return ts`for (${decl || 'const '}[${k}${v ? `, ${v}` : ''}] of ${source}) ${this.loopBody(body)}`;
    }
    if (isString(t)) {
      this.use('runes');
      const i = bind(0, INT);
      const r = bind(1, RUNE);
      return ts`for (${decl || 'const '}[${i}${r ? `, ${r}` : ''}] of runes(${right.code})) ${this.loopBody(body)}`;
    }
    const elem = t.kind === 'slice' || t.kind === 'array' ? t.elem : UNKNOWN;
    const i = bind(0, INT);
    const v = bind(1, elem);
    const indexBinding = isDefine && names[0] ? this.scope.lookup(names[0]) : null;
    if (indexBinding && rightNode.type === 'identifier') indexBinding.indexOf = rightNode.text;
    if (!v) {
      const index = i || '_i';
      return ts`for (let ${index} = 0; ${index} < ${right.code}.length; ${index}++) ${this.loopBody(body)}`;
    }
    if (!i) return ts`for (${decl || 'const '}${v} of ${right.code}) ${this.loopBody(body)}`;
    return ts`for (${decl || 'const '}[${i}, ${v}] of ${right.code}.entries()) ${this.loopBody(body)}`;
  }

  private switchStatement(node: Node): Code[] {
    const init = field(node, 'initializer');
    const build = (): Code => {
      const valueNode = field(node, 'value');
      const subject = valueNode ? this.expr(valueNode).code : ts`true`;
      const cases: Code[] = [];
      const clauses = kids(node).filter((n) => n.type === 'expression_case' || n.type === 'default_case');
      for (const clause of clauses) {
        const labels =
          clause.type === 'default_case' ? [ts`default:`] : kids(field(clause, 'value')).map((v) => ts`case ${this.expr(v).code}:`);
        const stmts = statementsOf(clause);
        const falls = stmts.some((s) => s.type === 'fallthrough_statement');
        const body = this.breakable(null, () => this.inScope(() => this.statements(stmts)));
        if (!falls && !endsInJump(stmts)) body.push(ts`break;`);
        cases.push(ts`${join(labels, ' ')} ${block(body)}`);
      }
      return ts`switch (${subject}) ${block(cases)}`;
    };
    if (!init) return [build()];
    return [this.inScope(() => block([...this.statement(init), build()]))];
  }

  private typeSwitch(node: Node): Code[] {
    const alias = field(node, 'alias')?.text;
    const value = this.expr(field(node, 'value')!);
    const subjectName = alias && alias !== '_' ? safeName(alias) : this.freshName('subject');
    const label = `typeSwitch${this.typeSwitchCounter++ || ''}`;
    const out: Code[] = [ts`const ${subjectName} = ${value.code};`];
    const branches: Code[] = [];
    let fallback: Code | null = null;
    for (const clause of kids(node).filter((n) => n.type === 'type_case' || n.type === 'default_case')) {
      const types = clause.type === 'type_case' ? fields(clause, 'type').map(parseType) : [];
      const body = this.breakable(label, () =>
        this.inScope(() => {
          if (alias && alias !== '_') this.scope.declare(alias, types.length === 1 ? types[0]! : value.type);
          return block(this.statements(statementsOf(clause)));
        }),
      );
      if (clause.type === 'default_case') fallback = body;
      else branches.push(ts`if (${join(types.map((t) => this.typeTest(ts`${subjectName}`, t)), ' || ')}) ${body}`);
    }
    let chain = join(branches, ' else ');
    if (fallback) chain = branches.length ? ts`${chain} else ${fallback}` : fallback;
    out.push(chain.toString().includes(`break ${label};`) ? ts`${label}: ${block([chain])}` : chain);
    return [block(out)];
  }

  private typeTest(subject: Code, t: GoType): Code {
    if (t.kind === 'named' && t.name === 'nil') return ts`${subject} == null`;
    const r = resolve(t, this.decls);
    if (r.kind === 'interface' && r.methods?.length) {
      return join(r.methods.map((m) => ts`typeof ${subject}?.${this.methodName(m)} === 'function'`), ' && ');
    }
    if (r.kind === 'interface' && r.name === 'any') return ts`true`;
    if (t.kind === 'named' && r.kind === 'struct') {
      this.use('isRef');
      return ts`${subject} instanceof ${t.name} && !isRef(${subject})`;
    }
    if (t.kind === 'pointer' && t.elem.kind === 'named') return ts`${subject} instanceof ${t.elem.name}`;
    if (isInteger(r)) return ts`Number.isInteger(${subject})`;
    if (isFloat(r)) return ts`typeof ${subject} === 'number'`;
    if (isString(r)) return ts`typeof ${subject} === 'string'`;
    if (r.kind === 'basic' && r.name === 'bool') return ts`typeof ${subject} === 'boolean'`;
    if (r.kind === 'interface' && r.name === 'error') return ts`typeof ${subject}?.Error === 'function'`;
    if (r.kind === 'slice') return ts`Array.isArray(${subject})`;
    if (r.kind === 'map') return ts`${subject} instanceof Map`;
    return ts`${subject} != null`;
  }

  private selectStatement(node: Node): Code[] {
    this.use('select');
    const name = this.freshName('sel');
    const clauses = kids(node).filter((n) => n.type === 'communication_case' || n.type === 'default_case');
    const cases: Code[] = [];
    const branches: Code[] = [];
    let hasDefault = false;
    for (const clause of clauses) {
      const stmts = statementsOf(clause);
      if (clause.type === 'default_case') {
        hasDefault = true;
        const body = this.breakable(null, () => this.inScope(() => this.statements(stmts)));
        if (!endsInJump(stmts)) body.push(ts`break;`);
        branches.push(ts`default: ${block(body)}`);
        continue;
      }
      const index = cases.length;
      const comm = field(clause, 'communication')!;
      const body = this.breakable(null, () => this.inScope(() => {
        const prologue: Code[] = [];
        if (comm.type === 'send_statement') {
          const ch = this.expr(field(comm, 'channel')!);
          const elem = isChan(ch.type) ? ch.type.elem : UNKNOWN;
          this.use('sendCase');
          cases.push(ts`sendCase(${this.chanArg(field(comm, 'channel')!, ch)}, ${this.valueFor(field(comm, 'value')!, elem)})`);
        } else {
          const recvExpr = comm.type === 'receive_statement' ? field(comm, 'right')! : kids(comm)[0]!;
          const chNode = field(recvExpr, 'operand') ?? recvExpr;
          const ch = this.expr(chNode);
          const elem = isChan(ch.type) ? ch.type.elem : UNKNOWN;
          this.use('recvCase');
          cases.push(ts`recvCase(${this.chanArg(chNode, ch)})`);
          if (comm.type === 'receive_statement') {
            const left = kids(field(comm, 'left'));
            const isDefine = comm.children.some((c) => c?.type === ':=');
            const sources = [`${name}.value`, `${name}.ok`];
            // Go allows `v` or `v, ok`; more names only come from a syntax error, reported elsewhere.
            left.slice(0, sources.length).forEach((l, i) => {
              if (l.text === '_') return;
              if (isDefine) {
                const b = this.scope.declare(l.text, i === 0 ? elem : BOOL);
                prologue.push(ts`const ${b.tsName}${typeOnly(`: ${tsTypeOrNull(b.type)}`)} = ${sources[i]!};`);
              } else {
                prologue.push(ts`${this.expr(l).code} = ${sources[i]!};`);
              }
            });
          }
        }
        const body = [...prologue, ...this.statements(stmts)];
        if (!endsInJump(stmts)) body.push(ts`break;`);
        return body;
      }));
      branches.push(ts`case ${String(index)}: ${block(body)}`);
    }
    const call = ts`${this.await()}select([${join(cases, ', ')}]${hasDefault ? ', true' : ''})`;
    if (cases.length === 0 && !hasDefault) return [ts`${call};`];
    return [ts`const ${name} = ${call};`, ts`switch (${name}.index) ${block(branches)}`];
  }

  private chanArg(node: Node, ch: Typed): Code {
    return node.type === 'nil' ? ts`null` : ch.code;
  }

  private goStatement(node: Node): Code {
    this.use('go');
    const call = kids(node)[0]!;
    const fnNode = call.type === 'call_expression' ? field(call, 'function')! : call;
    const args = kids(field(call, 'arguments'));
    if (fnNode.type === 'func_literal') {
      const literal = this.funcLiteral(fnNode);
      const argCodes = args.map((a) => this.expr(a).code);
      return ts`go(${join([literal.code, ...argCodes], ', ')});`;
    }
    const argCodes = args.map((a) => this.expr(a).code);
    const fn = this.expr(fnNode);
    return ts`go(${join([fn.code, ...argCodes], ', ')});`;
  }

  private deferStatement(node: Node): Code {
    this.fn!.deferred = true;
    const call = kids(node)[0]!;
    const fnNode = field(call, 'function');
    if (fnNode?.type === 'func_literal' && kids(field(call, 'arguments')).length === 0) {
      return ts`deferred.push(${this.funcLiteral(fnNode).code});`;
    }
    const args = kids(field(call, 'arguments'));
    const stable = args.every((a) => isStableArgument(a, this.fn!.reassigned));
    if (stable) {
      const callCode = this.expr(call).code;
      return ts`deferred.push(${callCode.toString().includes('await ') ? 'async ' : ''}() => ${callCode});`;
    }
    const argCodes = args.map((a) => this.expr(a).code);
    const target = this.expr(fnNode!);
    return ts`deferred.push(${join([target.code, ...argCodes], ', ')});`;
  }

  // ---- expressions ----

  private expr(node: Node, expected?: GoType): Typed {
    const t = this.exprInner(node, expected);
    return { code: mapped(point(node), t.code), type: t.type, maybeNil: t.maybeNil };
  }

  private exprInner(node: Node, expected?: GoType): Typed {
    switch (node.type) {
      case 'identifier':
        return this.identifier(node);
      case 'int_literal':
        return { code: ts`${goIntLiteral(node.text)}`, type: { kind: 'untyped', name: 'int' } };
      case 'float_literal':
        return { code: ts`${node.text.replace(/_/g, '')}`, type: { kind: 'untyped', name: 'float' } };
      case 'interpreted_string_literal':
      case 'raw_string_literal':
        return { code: ts`${quote(decodeGoString(node.text))}`, type: { kind: 'untyped', name: 'string' } };
      case 'rune_literal':
        return { code: ts`${String(runeValue(node.text))} /* ${node.text} */`, type: { kind: 'untyped', name: 'rune' } };
      case 'true':
      case 'false':
        return { code: ts`${node.type}`, type: BOOL };
      case 'nil':
        return { code: ts`null`, type: { kind: 'untyped', name: 'nil' } };
      case 'iota':
        return { code: ts`${String(this.iota)}`, type: { kind: 'untyped', name: 'int' } };
      case 'parenthesized_expression': {
        const inner = this.expr(kids(node)[0]!, expected);
        return { code: ts`(${inner.code})`, type: inner.type };
      }
      case 'binary_expression':
        return this.binary(node);
      case 'unary_expression':
        return this.unary(node);
      case 'call_expression':
        return this.call(node);
      case 'selector_expression':
        return this.selector(node);
      case 'index_expression':
        return this.index(node);
      case 'slice_expression':
        return this.sliceExpr(node);
      case 'composite_literal':
        return this.compositeLiteral(node);
      case 'func_literal':
        return this.funcLiteral(node);
      case 'type_assertion_expression': {
        const operand = this.expr(field(node, 'operand')!);
        const type = parseType(field(node, 'type')!);
        return { code: ts`(${operand.code}${typeOnly(` as ${tsType(type)}`)})`, type };
      }
      case 'type_conversion_expression':
        return this.conversion(parseType(field(node, 'type')!), field(node, 'operand')!);
      default:
        return { code: this.unsupported(node, node.type === 'ERROR' ? `syntax error: ${abbreviate(node.text)}` : node.type.replace(/_/g, ' ')), type: UNKNOWN };
    }
  }

  private identifier(node: Node): Typed {
    const name = node.text;
    const b = this.scope.lookup(name);
    if (b) return { code: ts`${b.tsName}`, type: b.type, maybeNil: b.maybeNil };
    if (name === '_') return { code: ts`_`, type: UNKNOWN };
    return { code: ts`${safeName(name)}`, type: UNKNOWN };
  }

  private binary(node: Node): Typed {
    const op = operatorOf(node);
    const l = this.expr(field(node, 'left')!);
    const r = this.expr(field(node, 'right')!);
    const type = l.type.kind === 'untyped' ? r.type : l.type;
    switch (op) {
      case '==':
      case '!=':
        return { code: this.equality(l, r, op), type: BOOL };
      case '<':
      case '<=':
      case '>':
      case '>=':
      case '&&':
      case '||':
        return { code: ts`${l.code} ${op} ${r.code}`, type: BOOL };
      default: {
        const both = l.type.kind === 'untyped' && r.type.kind === 'untyped' ? (l.type.name === 'float' || r.type.name === 'float' ? l.type.name === 'float' ? l.type : r.type : l.type) : type;
        return { code: this.arith(l.code, op, r.code, both), type: both };
      }
    }
  }

  private equality(l: Typed, r: Typed, op: string): Code {
    const jsOp = op === '==' ? '===' : '!==';
    const nilSide = l.type.kind === 'untyped' && l.type.name === 'nil' ? r : r.type.kind === 'untyped' && r.type.name === 'nil' ? l : null;
    if (nilSide && resolve(nilSide.type, this.decls).kind === 'slice') return ts`${nilSide.code}.length ${op === '==' ? '===' : '!=='} 0`;
    if (nilSide) return ts`${l.code} ${op === '==' ? '==' : '!='} ${r.code}`;
    const lt = resolve(defaultType(l.type), this.decls);
    if (lt.kind === 'struct' || lt.kind === 'array') {
      this.use('equal');
      return ts`${op === '==' ? '' : '!'}equal(${l.code}, ${r.code})`;
    }
    return ts`${l.code} ${jsOp} ${r.code}`;
  }

  private arith(l: Fragment, op: string, r: Fragment, type: GoType): Code {
    if ((op === '/' || op === '%') && isInteger(type) && !/^[1-9][0-9]*$/.test(r.toString())) {
      const helper = op === '/' ? 'intDiv' : 'intMod';
      this.use(helper);
      return ts`${helper}(${l}, ${r})`;
    }
    if (op === '/' && isInteger(type)) return ts`Math.trunc(${l} / ${r})`;
    // JavaScript shifts are 32-bit; Go's int is 64-bit: shift by multiplying (exact to 2^53).
    if (op === '<<' || op === '>>') {
      const power = /^[\w.]+$/.test(r.toString()) ? ts`2 ** ${r}` : ts`2 ** (${r})`;
      return op === '<<' ? ts`${l} * ${power}` : ts`Math.floor(${l} / ${power})`;
    }
    if (op === '&^') return ts`${l} & ~${r}`;
    return ts`${l} ${op} ${r}`;
  }

  private unary(node: Node): Typed {
    const op = operatorOf(node);
    const operandNode = field(node, 'operand')!;
    if (op === '<-') {
      const ch = this.expr(operandNode);
      const elem = isChan(ch.type) ? ch.type.elem : UNKNOWN;
      if (this.mayBeNilChannel(operandNode)) {
        this.use('recv');
        return { code: ts`${this.await()}recv(${operandNode.type === 'nil' ? 'null' : ch.code})`, type: elem };
      }
      return { code: ts`${this.await()}${ch.code}.recv()`, type: elem };
    }
    const operand = this.expr(operandNode);
    switch (op) {
      case '&': {
        const target = resolve(operand.type, this.decls);
        const isObject = target.kind === 'struct' || target.kind === 'unknown' || (target.kind === 'named' && target.name.includes('.'));
        if (!isObject && operandNode.type !== 'composite_literal') {
          return { code: ts`${this.unsupported(node, `a pointer to a ${describeType(operand.type)} (only pointers to structs translate)`)}${operand.code}`, type: { kind: 'pointer', elem: operand.type } };
        }
        return { code: operand.code, type: { kind: 'pointer', elem: operand.type } };
      }
      case '*': {
        const t = resolve(operand.type, this.decls);
        return { code: operand.code, type: t.kind === 'pointer' ? t.elem : UNKNOWN };
      }
      case '^':
        return { code: ts`~${operand.code}`, type: operand.type };
      default:
        return { code: ts`${op}${operand.code}`, type: op === '!' ? BOOL : operand.type };
    }
  }

  private isPackage(node: Node): boolean {
    return node.type === 'identifier' && this.decls.imports.has(node.text) && this.scope.lookup(node.text) === null;
  }

  private selector(node: Node): Typed {
    const operandNode = field(node, 'operand')!;
    const name = field(node, 'field')!.text;
    if (this.isPackage(operandNode)) {
      const pkg = this.decls.imports.get(operandNode.text)!;
      this.usePackage(pkg, node);
      const type = packageValueType(pkg, name) ?? UNKNOWN;
      return { code: ts`${pkg}.${packageMemberName(pkg, name)}`, type };
    }
    const operand = this.expr(operandNode);
    const base = resolve(derefType(operand.type), this.decls);
    const typeName = namedOf(operand.type);
    if (typeName && typeName.includes('.')) {
      const fieldType = runtimeFieldType(typeName, name);
      return { code: ts`${operand.code}.${camelCase(name)}`, type: fieldType ?? UNKNOWN };
    }
    if (base.kind === 'struct') {
      const path = this.fieldPath(base, name);
      if (path) return { code: ts`${operand.code}${path.access}`, type: path.type };
    }
    // A method value keeps its receiver: `f := c.Inc` binds c.
    const found = typeName ? this.findMethod(typeName, name) : null;
    if (found) {
      const m = found.method;
      const receiver = ts`${operand.code}${found.path}`;
      return { code: ts`${receiver}.${this.methodName(name)}.bind(${receiver})`, type: { kind: 'func', params: m.params.map((p) => p.type), results: m.results.map((r) => r.type), variadic: false } };
    }
    if (this.decls.methodNames.has(name)) return { code: ts`${operand.code}.${this.methodName(name)}.bind(${operand.code})`, type: UNKNOWN };
    return { code: ts`${operand.code}.${name}`, type: UNKNOWN };
  }

  /** `x.Name` where Name may be promoted from an embedded field. */
  private fieldPath(struct: Extract<GoType, { kind: 'struct' }>, name: string, depth = 0): { access: string; type: GoType } | null {
    const direct = struct.fields.find((f) => f.name === name);
    if (direct) return { access: `.${name}`, type: direct.type };
    if (depth > 4) return null;
    for (const f of struct.fields.filter((f) => f.embedded)) {
      const inner = resolve(derefType(f.type), this.decls);
      if (inner.kind === 'struct') {
        const found = this.fieldPath(inner, name, depth + 1);
        if (found) return { access: `.${f.name}${found.access}`, type: found.type };
      }
    }
    return null;
  }

  private index(node: Node, forWrite = false): Typed {
    const operand = this.expr(field(node, 'operand')!);
    const indexNode = field(node, 'index')!;
    const t = resolve(operand.type, this.decls);
    if (t.kind === 'map') {
      const key = this.expr(indexNode).code;
      if (operand.maybeNil) {
        this.use('mapGet');
        return { code: ts`mapGet(${operand.code}, ${key}, ${this.zeroFor(t.value, false)})`, type: t.value };
      }
      return { code: ts`(${operand.code}.get(${key}) ?? ${this.zeroFor(t.value, false)})`, type: t.value };
    }
    const idx = this.expr(indexNode).code;
    if (isString(t)) {
      this.use('byteAt');
      return { code: ts`byteAt(${operand.code}, ${idx})`, type: BYTE };
    }
    const elem = t.kind === 'slice' || t.kind === 'array' ? t.elem : UNKNOWN;
    if (forWrite || this.scope.lookup(indexNode.text)?.indexOf === field(node, 'operand')!.text || t.kind === 'unknown') {
      return { code: ts`${operand.code}[${idx}]`, type: elem };
    }
    // Go panics on an index out of range where JavaScript would give undefined.
    this.use('index');
    return { code: ts`index(${operand.code}, ${idx})`, type: elem };
  }

  private sliceExpr(node: Node): Typed {
    const operand = this.expr(field(node, 'operand')!);
    const start = field(node, 'start');
    const end = field(node, 'end');
    this.use('slice');
    const args = [operand.code, start ? this.expr(start).code : ts`undefined`];
    if (end) args.push(this.expr(end).code);
    const t = resolve(operand.type, this.decls);
    const type = isString(t) ? STRING : t.kind === 'array' ? { kind: 'slice' as const, elem: t.elem } : operand.type;
    return { code: ts`slice(${join(args, ', ')})`, type };
  }

  private compositeLiteral(node: Node, typeHint?: GoType): Typed {
    const typeNode = field(node, 'type');
    const type = typeNode ? parseType(typeNode) : typeHint ?? UNKNOWN;
    return { code: this.literalValue(field(node, 'body')!, type), type };
  }

  private literalValue(body: Node, type: GoType): Code {
    const t = resolve(type, this.decls);
    const elements = kids(body);
    const valueOf = (n: Node, elemType: GoType): Code => {
      const inner = n.type === 'literal_element' || n.type === 'keyed_element' ? kids(n)[0]! : n;
      if (inner.type === 'literal_value') return this.literalValue(inner, derefType(elemType));
      return this.valueFor(inner, elemType);
    };
    if (t.kind === 'struct' && type.kind === 'named') {
      const entries = elements.map((e, i) => {
        if (e.type === 'keyed_element') {
          const [k, v] = kids(e);
          const f = t.fields.find((x) => x.name === k!.text);
          return ts`${k!.text}: ${valueOf(v!, f?.type ?? UNKNOWN)}`;
        }
        const f = t.fields[i];
        return ts`${f?.name ?? `field${i}`}: ${valueOf(e, f?.type ?? UNKNOWN)}`;
      });
      return entries.length ? ts`new ${type.name}({ ${join(entries, ', ')} })` : ts`new ${type.name}()`;
    }
    if (t.kind === 'struct') {
      // An anonymous struct prints its fields in declaration order, whatever order the literal has.
      const keyed = elements.some((e) => e.type === 'keyed_element');
      const entries = t.fields.map((f, i) => {
        const element = keyed ? elements.find((e) => kids(e)[0]?.text === f.name) : elements[i];
        const valueNode = element && (keyed ? kids(element)[1] : element);
        return ts`${f.name}: ${valueNode ? valueOf(valueNode, f.type) : zeroValue(f.type, this.decls)}`;
      });
      return entries.length ? ts`{ ${join(entries, ', ')} }` : ts`{}`;
    }
    if (t.kind === 'map') {
      const entries = elements.map((e) => {
        const [k, v] = kids(e);
        return ts`[${valueOf(k!, t.key)}, ${valueOf(v!, t.value)}]`;
      });
      return entries.length ? ts`new Map${typeOnly(`<${tsType(t.key)}, ${tsType(t.value)}>`)}([${join(entries, ', ')}])` : ts`new Map${typeOnly(`<${tsType(t.key)}, ${tsType(t.value)}>`)}()`;
    }
    if (t.kind === 'slice' || t.kind === 'array') {
      const items = elements.map((e) => valueOf(e, t.elem));
      if (t.kind === 'array' && /^\d+$/.test(t.length) && items.length < Number(t.length)) {
        const fill = Array.from({ length: Number(t.length) - items.length }, () => zeroValue(t.elem, this.decls));
        return ts`[${join([...items, ...fill], ', ')}]`;
      }
      return items.length ? ts`[${join(items, ', ')}]` : ts`[]${typeOnly(` as ${tsType(t)}`)}`;
    }
    return ts`{ ${join(elements.map((e) => valueOf(e, UNKNOWN)), ', ')} }`;
  }

  /** A value placed where `expected` is wanted: struct values copy, nested literals get their type. */
  private valueFor(node: Node, expected: GoType): Code {
    if (node.type === 'literal_value') return this.literalValue(node, expected);
    if (resolve(expected, this.decls).kind === 'interface' && isAddressOfLiteral(node)) {
      // In an interface the dynamic type *T differs from T (%T, type switches): mark it.
      this.use('ref');
      return ts`ref(${this.expr(node).code})`;
    }
    if (resolve(expected, this.decls).kind === 'interface' && node.type === 'composite_literal') {
      const literal = this.expr(node);
      const kind = resolve(literal.type, this.decls).kind;
      if (kind === 'map' || kind === 'slice') {
        this.use('withType');
        return ts`withType(${literal.code}, ${quote(describeType(literal.type, true))})`;
      }
      return literal.code;
    }
    if (node.type === 'unary_expression' && operatorOf(node) === '&' && field(node, 'operand')?.type === 'literal_value') {
      return this.literalValue(field(node, 'operand')!, derefType(expected));
    }
    const v = this.expr(node, expected);
    return this.copyIfStruct(v.code, v.type, node);
  }

  /** Go copies struct values on assignment; a pointer or a fresh literal needs no copy. */
  private copyIfStruct(code: Code, type: GoType, node?: Node): Code {
    if (type.kind !== 'named' || !this.decls.isStruct(type.name)) return code;
    if (node && node.type !== 'identifier' && node.type !== 'selector_expression' && node.type !== 'index_expression') return code;
    return ts`${code}.clone()`;
  }

  private funcLiteral(node: Node): Typed {
    const sig = signatureOf(node);
    const key = literalKey(node);
    const { params, body } = this.functionParts(key, node, sig, null);
    const code = ts`${ifAsync([key], 'async ')}(${params})${this.resultType(sig.results, key)} => ${body}`;
    const type: GoType = { kind: 'func', params: sig.params.map((p) => p.type), results: sig.results.map((r) => r.type), variadic: false };
    return { code, type };
  }

  // ---- calls ----

  private call(node: Node): Typed {
    const fnNode = field(node, 'function')!;
    const argNodes = kids(field(node, 'arguments'));
    const spread = kids(field(node, 'arguments')).some((a) => a.type === 'variadic_argument') || node.text.trimEnd().endsWith('...)');
    if (fnNode.type === 'identifier' && this.scope.lookup(fnNode.text) === null) {
      const builtin = this.builtinCall(fnNode.text, argNodes, node);
      if (builtin) return builtin;
      if (BUILTIN_TYPES.has(fnNode.text) && argNodes.length === 1) return this.conversion(basicType(fnNode.text), argNodes[0]!);
      if ((fnNode.text === 'any' || fnNode.text === 'error') && argNodes.length === 1) {
        return { code: this.expr(argNodes[0]!).code, type: fnNode.text === 'any' ? ANY : ERROR };
      }
      if (this.decls.types.has(fnNode.text) && argNodes.length === 1) return this.conversion({ kind: 'named', name: fnNode.text }, argNodes[0]!);
    }
    if (fnNode.type === 'parenthesized_expression' || fnNode.type === 'slice_type' || fnNode.type === 'array_type' || fnNode.type === 'map_type' || fnNode.type === 'channel_type' || fnNode.type === 'pointer_type') {
      if (argNodes.length === 1 && fnNode.type !== 'parenthesized_expression') return this.conversion(parseType(fnNode), argNodes[0]!);
    }
    if (fnNode.type === 'selector_expression' && this.isPackage(field(fnNode, 'operand')!)) {
      return this.packageCall(this.decls.imports.get(field(fnNode, 'operand')!.text)!, field(fnNode, 'field')!.text, argNodes, node, spread);
    }
    if (fnNode.type === 'selector_expression') {
      const m = this.methodCall(fnNode, argNodes, spread);
      if (m) return m;
    }
    const fn = this.expr(fnNode);
    const sig = fn.type.kind === 'func' ? fn.type : null;
    const args = this.arguments(argNodes, sig?.params ?? [], spread);
    const results = sig?.results ?? this.resultsOfNamed(fnNode);
    const type = results.length === 0 ? UNKNOWN : results.length === 1 ? results[0]! : { kind: 'tuple' as const, items: results };
    return { code: ts`${this.callAwait(fnNode, fn.type)}${fn.code}(${args})`, type };
  }

  private resultsOfNamed(fnNode: Node): GoType[] {
    if (fnNode.type === 'identifier') return this.decls.functions.get(fnNode.text)?.results.map((r) => r.type) ?? [];
    return [];
  }

  /** `await ` before a call: decided later for the program's own functions, always for function values. */
  private callAwait(fnNode: Node, type: GoType): Code | string {
    if (fnNode.type === 'identifier') {
      const decl = this.decls.functions.get(fnNode.text);
      if (decl && this.scope.lookup(fnNode.text)?.type.kind === 'func' && !this.isShadowed(fnNode.text)) return this.awaitIf([fnNode.text]);
    }
    if (fnNode.type === 'func_literal') return this.awaitIf([literalKey(fnNode)]);
    return type.kind === 'func' || type.kind === 'unknown' ? this.await() : '';
  }

  /** `await ` if any of these functions turns out to be async (and then so is the caller). */
  private awaitIf(keys: string[]): Code {
    for (const k of keys) this.fn?.calls.add(k);
    return ifAsync(keys, 'await ');
  }

  private isShadowed(name: string): boolean {
    let s: Scope | null = this.scope;
    let depth = 0;
    while (s?.parent) {
      if (s.declaresHere(name)) return true;
      s = s.parent;
      depth++;
    }
    return false;
  }

  private arguments(argNodes: Node[], params: GoType[], spread: boolean): Code {
    const tuple = this.tupleArgument(argNodes);
    if (tuple) return tuple;
    return join(
      argNodes.map((a, i) => {
        const inner = a.type === 'variadic_argument' ? kids(a)[0]! : a;
        const code = this.valueFor(inner, params[i] ?? UNKNOWN);
        return spread && i === argNodes.length - 1 ? ts`...${code}` : code;
      }),
      ', ',
    );
  }

  /** `f(g())` where g returns several results: they become f's arguments. */
  private tupleArgument(argNodes: Node[]): Code | null {
    if (argNodes.length !== 1 || argNodes[0]!.type !== 'call_expression') return null;
    const fnNode = field(argNodes[0]!, 'function');
    const results = fnNode?.type === 'identifier' ? this.decls.functions.get(fnNode.text)?.results : null;
    if (!results || results.length < 2 || this.isShadowed(fnNode!.text)) return null;
    return ts`...${this.expr(argNodes[0]!).code}`;
  }

  /** A method of `typeName` or promoted from its embedded fields, with the path to its receiver. */
  private findMethod(typeName: string, name: string, depth = 0): { method: MethodDecl; path: string } | null {
    const own = this.decls.method(typeName, name);
    if (own) return { method: own, path: '' };
    const t = this.decls.underlying(typeName);
    if (t?.kind !== 'struct' || depth > 4) return null;
    for (const f of t.fields.filter((x) => x.embedded)) {
      const inner = namedOf(f.type);
      const found = inner ? this.findMethod(inner, name, depth + 1) : null;
      if (found) return { method: found.method, path: `.${f.name}${found.path}` };
    }
    return null;
  }

  private methodCall(fnNode: Node, argNodes: Node[], spread: boolean): Typed | null {
    const operandNode = field(fnNode, 'operand')!;
    const name = field(fnNode, 'field')!.text;
    const operand = this.expr(operandNode);
    const typeName = namedOf(operand.type);
    if (typeName && typeName.includes('.')) {
      const args = this.arguments(argNodes, [], spread);
      const blocking = isBlockingMethod(typeName, name);
      const result = runtimeMethodResult(typeName, name) ?? UNKNOWN;
      return { code: ts`${blocking ? this.await() : ''}${operand.code}.${camelCase(name)}(${args})`, type: result };
    }
    if (typeName && !this.decls.isStruct(typeName) && this.decls.method(typeName, name)) {
      const m = this.decls.method(typeName, name)!;
      const args = this.arguments(argNodes, m.params.map((p) => p.type), spread);
      const all = args.isEmpty ? operand.code : ts`${operand.code}, ${args}`;
      return { code: ts`${this.awaitIf([`${typeName}.${name}`])}${this.methodFunctionName(typeName, name)}(${all})`, type: tupleOf(m.results.map((r) => r.type)) };
    }
    const found = typeName ? this.findMethod(typeName, name) : null;
    if (found) {
      const m = found.method;
      const args = this.arguments(argNodes, m.params.map((p) => p.type), spread);
      return { code: ts`${this.awaitIf([`${m.receiverType}.${name}`])}${operand.code}${found.path}.${this.methodName(name)}(${args})`, type: tupleOf(m.results.map((r) => r.type)) };
    }
    if (typeName === null && (operand.type.kind === 'unknown' || operand.type.kind === 'interface')) {
      const args = this.arguments(argNodes, [], spread);
      if (this.decls.methodNames.has(name)) {
        const result = this.anyMethodResult(name);
        const implementations = [...this.decls.methods].filter(([, ms]) => ms.has(name)).map(([t]) => `${t}.${name}`);
        return { code: ts`${this.awaitIf(implementations)}${operand.code}.${this.methodName(name)}(${args})`, type: result };
      }
      const keepsName = name === 'Error' || name === 'String';
      const runtimeName = keepsName ? name : camelCase(name);
      return { code: ts`${blocksOnSomeType(name) ? this.await() : ''}${operand.code}.${runtimeName}(${args})`, type: keepsName ? STRING : UNKNOWN };
    }
    return null;
  }

  private anyMethodResult(name: string): GoType {
    for (const methods of this.decls.methods.values()) {
      const m = methods.get(name);
      if (m) return tupleOf(m.results.map((r) => r.type));
    }
    return UNKNOWN;
  }

  private packageCall(pkg: string, name: string, argNodes: Node[], node: Node, spread: boolean): Typed {
    if (!RUNTIME_PACKAGES.has(pkg)) {
      return { code: this.unsupported(node, `package ${pkg} is not supported`), type: UNKNOWN };
    }
    this.usePackage(pkg, node);
    const key = `${pkg}.${name}`;
    const result = packageFunctionResult(pkg, name) ?? UNKNOWN;
    if (key === 'time.Duration') return { code: this.expr(argNodes[0]!).code, type: DURATION };
    if (key === 'errors.As' && argNodes.length === 2) return this.errorsAs(argNodes[0]!, argNodes[1]!, node);
    let args: Code;
    if (pkg === 'fmt' && /^(Print|Sprint|Fprint|Errorf)/.test(name)) args = this.printArguments(argNodes, /f$/.test(name), spread);
    else if (key === 'sync.NewCond') args = this.arguments(argNodes, [], spread);
    else args = this.arguments(argNodes, [], spread);
    const blocking = BLOCKING_FUNCTIONS.has(key);
    return { code: ts`${blocking ? this.await() : ''}${pkg}.${packageMemberName(pkg, name)}(${args})`, type: result };
  }

  /** `errors.As(err, &target)`: assigns the first error of target's type in err's chain. */
  private errorsAs(errNode: Node, targetNode: Node, node: Node): Typed {
    const targetVar = targetNode.type === 'unary_expression' && operatorOf(targetNode) === '&' ? field(targetNode, 'operand')! : null;
    const target = targetVar ? this.expr(targetVar) : null;
    const typeName = target ? namedOf(target.type) : null;
    if (!target || !typeName || !this.decls.isStruct(typeName)) {
      return { code: this.unsupported(node, 'errors.As with a target that is not a pointer to a struct type'), type: BOOL };
    }
    const err = this.expr(errNode).code;
    return { code: ts`(${target.code} = errors.as(${err}, ${typeName})) !== null`, type: BOOL };
  }

  /** fmt arguments whose Go type changes how they print: floats, pointers, durations, Stringers. */
  private printArguments(argNodes: Node[], formatted: boolean, spread: boolean): Code {
    const tuple = this.tupleArgument(argNodes);
    if (tuple) return tuple;
    const typeVerbs = formatted ? typeVerbPositions(argNodes[0]) : new Set<number>();
    return join(
      argNodes.map((a, i) => {
        const v = this.expr(a);
        const code = spread && i === argNodes.length - 1 ? ts`...${v.code}` : v.code;
        if (formatted && i === 0) return code;
        const dynamic = v.type.kind === 'unknown' || resolve(v.type, this.decls).kind === 'interface';
        if (typeVerbs.has(formatted ? i - 1 : i) && !dynamic) {
          this.usePackageName('fmt');
          return ts`fmt.typed(${code}, ${quote(describeType(defaultType(v.type), true))})`;
        }
        return this.printable(code, v.type, v.maybeNil);
      }),
      ', ',
    );
  }

  private printable(code: Code, type: GoType, maybeNil = false): Code {
    if (maybeNil && resolve(type, this.decls).kind === 'map') {
      this.usePackageName('fmt');
      return ts`fmt.typed(${code}, ${quote(describeType(type, true))})`;
    }
    if (type.kind === 'named' && type.name === 'time.Duration') {
      this.usePackageName('time');
      return ts`time.durationString(${code})`;
    }
    if (type.kind === 'named' && !this.decls.isStruct(type.name)) {
      if (this.decls.method(type.name, 'String')) return ts`${this.methodFunctionName(type.name, 'String')}(${code})`;
    }
    const r = resolve(type, this.decls);
    if (isFloat(r)) {
      this.usePackageName('fmt');
      return ts`fmt.float64(${code})`;
    }
    if (type.kind === 'pointer' && resolve(type.elem, this.decls).kind === 'struct') {
      this.usePackageName('fmt');
      return ts`fmt.ptr(${code})`;
    }
    return code;
  }

  private builtinCall(name: string, args: Node[], node: Node): Typed | null {
    switch (name) {
      case 'make':
        return this.make(args, node);
      case 'new': {
        const type = parseType(args[0]!);
        const r = resolve(type, this.decls);
        if (r.kind !== 'struct' && type.kind !== 'named') return { code: this.unsupported(node, 'new() of a non-struct type'), type: UNKNOWN };
        return { code: ts`${zeroValue(type, this.decls)}`, type: { kind: 'pointer', elem: type } };
      }
      case 'len':
      case 'cap': {
        const v = this.expr(args[0]!);
        const t = resolve(v.type, this.decls);
        if ((t.kind === 'slice' || t.kind === 'array') && name === 'len') return { code: ts`${v.code}.length`, type: INT };
        this.use(name);
        return { code: ts`${name}(${v.code})`, type: INT };
      }
      case 'append': {
        const first = this.expr(args[0]!);
        const t = resolve(first.type, this.decls);
        const elem = t.kind === 'slice' ? t.elem : UNKNOWN;
        const spread = node.text.trimEnd().endsWith('...)');
        const rest = args.slice(1).map((a, i) => {
          const code = this.valueFor(a.type === 'variadic_argument' ? kids(a)[0]! : a, elem);
          return spread && i === args.length - 2 ? ts`...${code}` : code;
        });
        return { code: ts`[${join([ts`...${first.code}`, ...rest], ', ')}]`, type: first.type };
      }
      case 'copy':
      case 'min':
      case 'max':
      case 'clear': {
        this.use(name);
        const items = args.map((a) => this.expr(a));
        const type = name === 'copy' ? INT : items[0]?.type ?? UNKNOWN;
        const cleared = name === 'clear' ? resolve(type, this.decls) : null;
        const zero = cleared?.kind === 'slice' ? [ts`${zeroValue(cleared.elem, this.decls)}`] : [];
        return { code: ts`${name}(${join([...items.map((i) => i.code), ...zero], ', ')})`, type };
      }
      case 'delete': {
        const [m, k] = args.map((a) => this.expr(a));
        return { code: ts`${m!.code}.delete(${k!.code})`, type: UNKNOWN };
      }
      case 'close': {
        this.use('close');
        return { code: ts`close(${args[0]!.type === 'nil' ? 'null' : this.expr(args[0]!).code})`, type: UNKNOWN };
      }
      case 'panic': {
        this.use('panic');
        return { code: ts`panic(${this.expr(args[0]!).code})`, type: UNKNOWN };
      }
      case 'recover':
        // Outside a deferred call recover() is nil in Go too.
        if (!this.insideDeferringFunction()) return { code: ts`null`, type: ANY };
        return { code: ts`deferred.recover()`, type: ANY };
      case 'print':
      case 'println': {
        this.usePackageName('fmt');
        const items = args.map((a) => this.expr(a).code);
        return { code: ts`fmt.${name === 'println' ? 'eprintln' : 'eprint'}(${join(items, ', ')})`, type: UNKNOWN };
      }
      default:
        return null;
    }
  }

  /** Whether some enclosing function has a DeferStack that a deferred literal can reach. */
  private insideDeferringFunction(): boolean {
    for (let f = this.fn; f !== null; f = f.outer) if (f.deferred) return true;
    return false;
  }

  private make(args: Node[], node: Node): Typed {
    const type = parseType(args[0]!);
    const t = resolve(type, this.decls);
    if (isChan(t)) {
      this.use('makeChan');
      const size = args[1] ? this.expr(args[1]).code : ts`0`;
      const labels = jsOnly(`, ${quote(this.nameHint ?? '')}, ${quote(describeType(t))}`);
      return { code: ts`makeChan${typeOnly(`<${tsType(t.elem)}>`)}(${size}, ${zeroValue(t.elem, this.decls)}${labels})`, type };
    }
    if (t.kind === 'map') return { code: ts`new Map${typeOnly(`<${tsType(t.key)}, ${tsType(t.value)}>`)}()`, type };
    if (t.kind === 'slice') {
      const length = args[1] ? this.expr(args[1]).code : ts`0`;
      if (args[2]) this.note(args[2], 'a slice\'s capacity is not modelled: slices are JavaScript arrays (cap == len, slicing copies)');
      const zero = zeroValue(t.elem, this.decls);
      if (length.toString() === '0') return { code: ts`[]${typeOnly(` as ${tsType(t)}`)}`, type };
      const elem = resolve(t.elem, this.decls);
      if (elem.kind === 'basic') return { code: ts`new Array${typeOnly(`<${tsType(t.elem)}>`)}(${length}).fill(${zero})`, type };
      return { code: ts`Array.from({ length: ${length} }, ()${typeOnly(`: ${tsTypeOrNull(t.elem)}`)} => ${zero})`, type };
    }
    return { code: this.unsupported(node, `make of ${describeType(type)}`), type: UNKNOWN };
  }

  private conversion(type: GoType, operandNode: Node): Typed {
    const inner = this.expr(operandNode);
    const v = operandNode.type === 'binary_expression' ? { code: ts`(${inner.code})`, type: inner.type } : inner;
    if (operandNode.type === 'nil') {
      const r = resolve(type, this.decls);
      if (r.kind === 'map') return { code: ts`new Map${typeOnly(`<${tsType(r.key)}, ${tsType(r.value)}>`)}()`, type };
      return { code: ts`${r.kind === 'slice' ? '[]' : 'null'}`, type };
    }
    const target = resolve(type, this.decls);
    const source = resolve(v.type, this.decls);
    if (isString(target) && (isInteger(source) || source.kind === 'untyped')) {
      if (isString(source)) return { code: v.code, type };
      this.use('runeToString');
      return { code: ts`runeToString(${v.code})`, type };
    }
    if (isString(target) && source.kind === 'slice') {
      if (source.elem.kind === 'basic' && source.elem.name === 'rune') return { code: ts`String.fromCodePoint(...${v.code})`, type };
      this.use('stringOfBytes');
      return { code: ts`stringOfBytes(${v.code})`, type };
    }
    if (target.kind === 'slice' && isString(source)) {
      const elem = target.elem;
      if (elem.kind === 'basic' && elem.name === 'rune') return { code: ts`Array.from(${v.code}, (c) => c.codePointAt(0)!)`, type };
      this.use('bytesOf');
      return { code: ts`bytesOf(${v.code})`, type };
    }
    if (isInteger(target) && isFloat(source)) return { code: ts`Math.trunc(${v.code})`, type };
    return { code: v.code, type };
  }

  // ---- helpers ----

  private await(): string {
    if (this.fn) this.fn.awaits = true;
    return 'await ';
  }

  private awaitMark(): string {
    this.await();
    return '';
  }

  private use(name: string): void {
    this.runtimeNames.add(name);
  }

  private usePackageName(pkg: string): void {
    this.runtimeNames.add(pkg);
  }

  private usePackage(pkg: string, node: Node): void {
    if (!RUNTIME_PACKAGES.has(pkg)) this.unsupported(node, `package ${pkg} is not supported`);
    else this.runtimeNames.add(pkg);
  }

  /** A translation that works but differs from Go in a way worth knowing. */
  private note(node: Node, message: string): void {
    this.diagnostics.push({
      message: `chan2ts: ${message}`,
      severity: 'information',
      code: 'semantics',
      range: {
        start: { line: node.startPosition.row, column: node.startPosition.column },
        end: { line: node.endPosition.row, column: node.endPosition.column },
      },
    });
  }

  unsupported(node: Node, what: string, severity: Severity = 'warning'): Code {
    this.diagnostics.push({
      message: `chan2ts cannot translate this yet: ${what}`,
      severity: node.type === 'ERROR' || node.isMissing ? 'error' : severity,
      code: node.type === 'ERROR' ? 'syntax-error' : 'unsupported',
      range: {
        start: { line: node.startPosition.row, column: node.startPosition.column },
        end: { line: node.endPosition.row, column: node.endPosition.column },
      },
    });
    return ts`/* chan2ts: unsupported: ${what.replace(/\*\//g, '* /')} */`;
  }
}

/** `let x = 0` needs no annotation; `let p = null` does, or TypeScript would narrow it to null. */
function needsAnnotation(t: GoType): boolean {
  return t.kind !== 'unknown' && t.kind !== 'basic' && t.kind !== 'untyped' && !(t.kind === 'named' && t.name === 'time.Duration');
}

function derefType(t: GoType): GoType {
  return t.kind === 'pointer' ? t.elem : t;
}

function namedOf(t: GoType): string | null {
  const d = derefType(t);
  return d.kind === 'named' ? d.name : null;
}

function basicType(name: string): GoType {
  return { kind: 'basic', name: name === 'uint8' ? 'byte' : name === 'int32' ? 'rune' : name };
}

function tupleOf(types: GoType[]): GoType {
  return types.length === 0 ? UNKNOWN : types.length === 1 ? types[0]! : { kind: 'tuple', items: types };
}

/** Which operands a literal Printf format prints with %T (their Go type is not in the value). */
function typeVerbPositions(format: Node | undefined): Set<number> {
  const out = new Set<number>();
  if (!format || (format.type !== 'interpreted_string_literal' && format.type !== 'raw_string_literal')) return out;
  let arg = 0;
  for (const m of decodeGoString(format.text).matchAll(/%[-+# 0]*(\*|\d+)?(?:\.(\*|\d+)?)?([a-zA-Z%])/g)) {
    if (m[3] === '%') continue;
    arg += (m[1] === '*' ? 1 : 0) + (m[2] === '*' ? 1 : 0);
    if (m[3] === 'T') out.add(arg);
    arg++;
  }
  return out;
}

function literalKey(node: Node): string {
  return `literal:${node.startIndex}`;
}

/** A for-clause initializer declares with `let` (the loop variable changes). */
function letInit(code: Code): Code {
  return code.editText(0, (t) => (t.startsWith('const ') ? `let ${t.slice(6)}` : t));
}

function isAddressOfLiteral(node: Node): boolean {
  return node.type === 'unary_expression' && operatorOf(node) === '&' && field(node, 'operand')?.type === 'composite_literal';
}

function endsInJump(stmts: Node[]): boolean {
  const last = stmts[stmts.length - 1];
  return !!last && ['return_statement', 'break_statement', 'continue_statement', 'goto_statement'].includes(last.type);
}

/** An argument whose value cannot change before a deferred call runs: a literal or a never-reassigned name. */
function isStableArgument(node: Node, reassigned: ReadonlySet<string>): boolean {
  if (['int_literal', 'float_literal', 'interpreted_string_literal', 'raw_string_literal', 'rune_literal', 'true', 'false', 'nil'].includes(node.type)) return true;
  return node.type === 'identifier' && !reassigned.has(node.text);
}



