// A Rust file as TypeScript: its items in order (comments kept with them), or, for a selection
// of statements, those statements as the body of an async `main`.
//   const LIMIT: u32 = 3;        -> const LIMIT: number = 3;
//   type Reply = oneshot::Sender<u32>;  -> type Reply = oneshot.Sender<number>;
import { block, join, mapped, ts, typeOnly, type Code } from '../emit/code.js';
import { field, kids, type Node } from '../syntax.js';
import type { FnContext, RustContext } from './context.js';
import { isBroken, isComment, isLooseStatement } from './facts.js';
import { isTaskLocalMacro } from './items.js';
import { commentText } from './literals.js';
import { camelCase, className, safeName, typeName } from './names.js';
import { Scope } from './scope.js';
import { tsType, UNIT, UNKNOWN } from './types.js';
import { annotation } from './values.js';

export function program(cx: RustContext, root: Node): Code {
  const statements = kids(root).filter((n) => isLooseStatement(n));
  if (statements.length > 0 && !cx.items.functions.has('main')) return snippet(cx, root, statements);
  return itemList(cx, constantsInOrder(kids(root), cx.items.constants));
}

/** Rust's constants may refer to ones declared later: each is moved after those it names (JavaScript's must come first). */
function constantsInOrder(nodes: Node[], constants: ReadonlyMap<string, unknown>): Node[] {
  const isConstant = (n: Node) => n.type === 'const_item' || n.type === 'static_item';
  const pending = nodes.filter(isConstant);
  const ordered: Node[] = [];
  const placed = new Set<string>();
  const namedIn = (n: Node): string[] => {
    const names: string[] = [];
    const visit = (k: Node) => {
      if (k.type === 'identifier' && constants.has(k.text)) names.push(k.text);
      k.namedChildren.forEach(visit);
    };
    const value = field(n, 'value');
    if (value) visit(value);
    return names;
  };
  while (pending.length) {
    // The first whose constants are all placed; in a cycle (Rust rejects it), the first left.
    const ready = pending.findIndex((n) => namedIn(n).every((name) => placed.has(name)));
    const [next] = pending.splice(Math.max(ready, 0), 1);
    ordered.push(next!);
    placed.add(field(next!, 'name')?.text ?? '');
  }
  return nodes.map((n) => (isConstant(n) ? ordered.shift()! : n));
}

/** A selection of statements: items stay at the top, the statements run in an async `main`. */
function snippet(cx: RustContext, root: Node, statements: Node[]): Code {
  cx.snippetMain = true;
  const items = itemList(
    cx,
    kids(root).filter((n) => !statements.includes(n) && !statements.some((s) => s.id === n.id)),
  );
  const fn: FnContext = {
    key: 'main',
    explicitAsync: true,
    awaits: true,
    calls: new Set(),
    result: UNIT,
    loops: [],
    isMain: true,
    outer: null,
  };
  return cx.with({ scope: new Scope(cx.scope), fn }, () => {
    const body = statements.flatMap((n) => cx.statement(n));
    cx.callGraph.set('main', { awaits: true, calls: fn.calls });
    const main = ts`async function main()${typeOnly(': Promise<void>')} ${block(body)}`;
    return items.isEmpty ? main : join([items, main], '\n\n');
  });
}

function itemList(cx: RustContext, nodes: Node[]): Code {
  const out: Code[] = [];
  const declared = new Set<string>();
  let previousComment: Node | null = null;
  for (const node of nodes) {
    const comment = isComment(node);
    const value = declaredValue(node);
    const items =
      value && declared.has(value)
        ? [cx.unsupportedDeclaration(node, `a second definition of ${value}`)]
        : safeItem(cx, node);
    if (value) declared.add(value);
    if (comment && previousComment && previousComment.endPosition.row + 1 >= node.startPosition.row && out.length) {
      out[out.length - 1] = ts`${out[out.length - 1]!}\n${items[0]!}`;
    } else out.push(...items);
    previousComment = comment ? node : null;
  }
  return join(out, '\n\n');
}

/** The name of the JavaScript value an item declares: a module cannot declare one twice. */
function declaredValue(node: Node): string | null {
  const name = field(node, 'name')?.text;
  if (!name) return null;
  if (node.type === 'function_item') return safeName(camelCase(name));
  if (node.type === 'struct_item') return className(name);
  return node.type === 'const_item' || node.type === 'static_item' ? name : null;
}

/** An item whose translation failed on malformed input becomes a marked comment, never an exception. */
function safeItem(cx: RustContext, node: Node): Code[] {
  try {
    return item(cx, node);
  } catch (e) {
    if (process.env.CHAN2TS_DEBUG) console.error(e);
    return [cx.unsupportedDeclaration(node, node.type.replace(/_/g, ' '))];
  }
}

/** Items with nothing to write in TypeScript (traits are structural there). */
const SILENT = new Set([
  'use_declaration',
  'attribute_item',
  'inner_attribute_item',
  'extern_crate_declaration',
  'ERROR',
]);

export function item(cx: RustContext, node: Node): Code[] {
  // A type alias is written from its text, which must parse all through.
  if (node.type !== 'ERROR' && (isBroken(node) || (node.type === 'type_item' && node.hasError)))
    return [cx.syntaxErrorDeclaration(node)];
  const visit = cx.visitors.itemKinds[node.type];
  if (visit) return visit(cx, node);
  if (SILENT.has(node.type)) return [];
  if (isTaskLocalMacro(node)) return taskLocalKeys(cx, node);
  if (isComment(node)) return [ts`${commentText(node.text)}`];
  if (node.type === 'mod_item') return [cx.unsupportedDeclaration(node, 'module')];
  // Rust has no statements outside functions: these come from a file that does not parse.
  if (node.type.endsWith('_statement') || node.type.endsWith('_expression') || node.type === 'let_declaration')
    return [cx.unsupportedDeclaration(node, 'statement outside a function')];
  return [cx.unsupportedDeclaration(node, node.type.replace(/_/g, ' '))];
}

export function typeAlias(cx: RustContext, node: Node): Code[] {
  const name = field(node, 'name')?.text ?? '';
  const params = cx.items.aliasParams.get(name);
  return [
    typeOnly(
      `type ${typeName(name)}${params?.length ? `<${params.join(', ')}>` : ''} = ${tsType(cx.items.typeAliases.get(name) ?? UNKNOWN) ?? 'unknown'};`,
    ),
  ];
}

/** `tokio::task_local! { static ID: u64; }` -> `const ID: LocalKey<number> = new LocalKey();` */
function taskLocalKeys(cx: RustContext, node: Node): Code[] {
  cx.use('LocalKey');
  return cx.macros
    .items(node)
    .filter((n) => n.type === 'static_item')
    .map((local) => {
      const name = field(local, 'name')?.text ?? '';
      const type = cx.items.constants.get(name) ?? UNKNOWN;
      return mapped(cx.pos(node), ts`const ${name}${annotation(type)} = new LocalKey();`);
    });
}

/** `const` and `static` items. */
export function constItem(cx: RustContext, node: Node): Code[] {
  const name = field(node, 'name')?.text ?? '';
  // The statements a value needs (`{ let a = 2; a * 3 }`) come before it.
  return cx.inStatement(node, () => {
    const declared = cx.items.constants.get(name) ?? null;
    const value = cx.exprWithExpected(field(node, 'value')!, declared);
    cx.scope.alias(name, name, cx.items.constants.get(name) ?? value.type);
    return [
      mapped(cx.pos(node), ts`const ${name}${annotation(cx.items.constants.get(name) ?? value.type)} = ${value.code};`),
    ];
  });
}
