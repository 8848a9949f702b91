// `goto` and the labels it jumps to, within one block: the statements from each such label on
// become a case of a switch in a loop, and a jump names its case and continues the loop.
//   neg := false                    -> let neg = false;
//   skip:                              let jumpTo = 'skip';
//   if s[i] == '0' {                   jumps: for (;;) {
//     i++                                switch (jumpTo) {
//     goto skip                            case 'skip':
//   }                                        if (s[i] === 48) { i++; jumpTo = 'skip'; continue jumps; }
//   return s[i:]                             return slice(s, i);
//                                        }
//                                      }
// The statements before the first label and the first goto run before the loop. A
// case's declarations would not outlive a jump back into the switch, nor would an unlabelled
// break or continue reach the loop or switch around the block: with either, the jumps stay
// unsupported (a panic when reached).
import { dedent, indent, newline, ts, typeOnly, Code } from '../emit/code.js';
import { kids, walk, type Node } from '../syntax.js';
import type { GoContext } from './context.js';
import { quote } from './literals.js';
import { labeledStatement } from './stmt-simple.js';

/** Statements that declare names in the block they are in. */
const DECLARATIONS = new Set(['short_var_declaration', 'var_declaration', 'const_declaration', 'type_declaration']);

/** Statements inside which an unlabelled break (or, for loops, continue) has a target of its own. */
const BREAK_TARGETS = new Set([
  'for_statement',
  'expression_switch_statement',
  'type_switch_statement',
  'select_statement',
]);

/** A block's statements, with the labels `goto` jumps to translated as cases of a loop. */
export function statementList(cx: GoContext, nodes: Node[]): Code[] {
  const targets = gotoTargets(nodes);
  if (targets.size === 0) return nodes.flatMap((n) => cx.statement(n));
  const segments = splitAtLabels(nodes, targets);
  // What runs before the first jump stays before the loop.
  const first = segments[0]!.statements;
  const firstJump = first.findIndex((n) => jumpsIn([n]).length > 0);
  const prefix = first.splice(0, firstJump === -1 ? first.length : firstJump);
  if (first.length === 0) segments.shift();
  if (!canBeCases(segments)) return nodes.flatMap((n) => cx.statement(n));
  const before = prefix.flatMap((n) => cx.statement(n));
  const state = cx.freshName('jumpTo');
  const loop = cx.freshName('jumps');
  const jumps = new Map(cx.gotoTargets);
  for (const label of targets) jumps.set(label, { state, loop });
  const cases = cx.with({ gotoTargets: jumps }, () =>
    segments.map((s) =>
      caseOf(
        s.label ?? '',
        s.statements.flatMap((n) => labelledOrPlain(cx, n, targets)),
      ),
    ),
  );
  const switchCode = new Code([
    `switch (${state}) {`,
    indent,
    ...cases.flatMap((c) => [newline, c]),
    dedent,
    newline,
    '}',
  ]);
  const fallsOut = !endsInJump(segments[segments.length - 1]!.statements);
  const body = new Code(['{', indent, newline, switchCode]);
  if (fallsOut) body.append(newline, 'break;');
  body.append(dedent, newline, '}');
  return [
    ...before,
    ts`let ${state}${typeOnly(': string')} = ${quote(segments[0]!.label ?? '')};`,
    ts`${loop}: for (;;) ${body}`,
  ];
}

/** `goto L`: the case of L, and round the loop to it. */
export function gotoStatement(cx: GoContext, node: Node): Code[] {
  const label = kids(node)[0]?.text ?? '';
  const target = cx.gotoTargets.get(label);
  if (!target) return [cx.unsupportedStatement(node, `goto ${label} ${CANNOT_JUMP}`)];
  return [ts`${target.state} = ${quote(label)};`, ts`continue ${target.loop};`];
}

interface Segment {
  /** The label it starts at; null for the statements before the first. */
  label: string | null;
  statements: Node[];
}

/** The labels of these statements that some `goto` among them jumps to. */
function gotoTargets(nodes: Node[]): Set<string> {
  const labels = new Set(nodes.filter((n) => n.type === 'labeled_statement').map((n) => kids(n)[0]!.text));
  const targets = new Set<string>();
  if (labels.size === 0) return targets;
  for (const jump of jumpsIn(nodes)) {
    const label = kids(jump)[0]?.text;
    if (label && labels.has(label)) targets.add(label);
  }
  return targets;
}

/** The goto statements in these statements, outside function literals. */
function jumpsIn(nodes: Node[]): Node[] {
  const found: Node[] = [];
  for (const node of nodes)
    walk(node, (n) => {
      if (n.type === 'func_literal') return false;
      if (n.type === 'goto_statement') found.push(n);
    });
  return found;
}

function splitAtLabels(nodes: Node[], targets: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [{ label: null, statements: [] }];
  for (const node of nodes) {
    const label = node.type === 'labeled_statement' ? kids(node)[0]!.text : null;
    if (label !== null && targets.has(label)) segments.push({ label, statements: [node] });
    else segments[segments.length - 1]!.statements.push(node);
  }
  return segments;
}

/** Why a goto stays unsupported. */
const CANNOT_JUMP =
  '(a label in another block, a declaration between the labels, or an unlabelled break or continue beside them)';

/** Whether these segments can be the cases of a switch: no declaration outside the last, no unlabelled break or continue out of them. */
function canBeCases(segments: Segment[]): boolean {
  const inner = segments.slice(0, -1).flatMap((s) => s.statements.map(unlabelled));
  if (inner.some((n) => n !== null && DECLARATIONS.has(n.type))) return false;
  return !segments.some((s) => s.statements.some((n) => walkFinds(n, isOuterJump, BREAK_TARGETS)));
}

/** The statement a label stands before (null for a label before nothing). */
function unlabelled(node: Node): Node | null {
  return node.type === 'labeled_statement' ? (kids(node)[1] ?? null) : node;
}

function isOuterJump(n: Node): boolean {
  return (n.type === 'break_statement' || n.type === 'continue_statement') && kids(n).length === 0;
}

/** Whether `node` or a node under it, outside function literals and the kinds in `stop`, satisfies `test`. */
function walkFinds(node: Node, test: (n: Node) => boolean, stop: ReadonlySet<string>): boolean {
  let found = false;
  walk(node, (n) => {
    if (found || n.type === 'func_literal' || stop.has(n.type)) return false;
    found = test(n);
    return !found;
  });
  return found;
}

/** A goto target's statement without its label (a loop keeps it, for break and continue). */
function labelledOrPlain(cx: GoContext, node: Node, targets: ReadonlySet<string>): Code[] {
  if (node.type !== 'labeled_statement' || !targets.has(kids(node)[0]!.text)) return cx.statement(node);
  const inner = unlabelled(node);
  if (inner === null) return [];
  return BREAK_TARGETS.has(inner.type) ? labeledStatement(cx, node) : cx.statement(inner);
}

function caseOf(label: string, statements: Code[]): Code {
  const c = new Code([`case ${quote(label)}:`, indent]);
  for (const s of statements) if (!s.isEmpty) c.append(newline, s);
  return c.append(dedent);
}

function endsInJump(stmts: Node[]): boolean {
  const last = stmts[stmts.length - 1];
  const statement = last && unlabelled(last);
  return !!statement && ['return_statement', 'goto_statement'].includes(statement.type);
}
