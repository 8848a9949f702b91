// select, on the runtime's `select`, which commits exactly one ready case (at random among
// several, as Go does) and says which by its index:
//   select {                        -> const sel = await select([recvCase(ch), sendCase(out, v)], true);
//   case v, ok := <-ch: ...            switch (sel.index) {
//   case out <- v: ...                   case 0: { const v = sel.value; const ok = sel.ok; ...; break; }
//   default: ...                         case 1: { ...; break; }
//   }                                    default: { ...; break; } }
// Without `default` the call blocks until a case is ready; `select {}` blocks forever. A second
// `default`, which Go rejects, makes the select a panic when reached.
import { block, join, ts, typeOnly, type Code } from '../emit/code.js';
import { field, kids, statementsOf, type Node } from '../syntax.js';
import { caseBody, hasSeveralDefaults } from './case-body.js';
import { channelOperand } from './channels.js';
import type { GoContext } from './context.js';
import { assignTranslated } from './stmt-assign.js';
import { BOOL, isChan, tsTypeOrNull, UNKNOWN } from './types.js';
import { nilableType } from './values.js';

export function selectStatement(cx: GoContext, node: Node): Code[] {
  const clauses = kids(node).filter((n) => n.type === 'communication_case' || n.type === 'default_case');
  if (hasSeveralDefaults(clauses)) return [cx.unsupportedStatement(node, 'a select with several default cases')];
  cx.use('select');
  const name = cx.freshName('sel');
  const cases: Code[] = [];
  const branches: Code[] = [];
  let hasDefault = false;
  for (const clause of clauses) {
    const stmts = statementsOf(clause);
    if (clause.type === 'default_case') {
      hasDefault = true;
      branches.push(ts`default: ${block(caseBody(cx, stmts))}`);
      continue;
    }
    const index = cases.length;
    const comm = field(clause, 'communication')!;
    const body = caseBody(cx, stmts, () => {
      if (comm.type === 'send_statement') {
        cases.push(sendCase(cx, comm));
        return [];
      }
      const received = receiveCase(cx, comm, name);
      cases.push(received.selectCase);
      return received.prologue;
    });
    branches.push(ts`case ${String(index)}: ${block(body)}`);
  }
  const call = cx.awaitOperation(ts`select([${join(cases, ', ')}]${hasDefault ? ', true' : ''})`);
  if (cases.length === 0 && !hasDefault) return [ts`${call};`];
  return [ts`const ${name} = ${call};`, ts`switch (${name}.index) ${block(branches)}`];
}

/** `case ch <- v:` */
function sendCase(cx: GoContext, comm: Node): Code {
  const ch = cx.expr(field(comm, 'channel')!);
  const elem = isChan(ch.type) ? ch.type.elem : UNKNOWN;
  cx.use('sendCase');
  return ts`sendCase(${channelOperand(field(comm, 'channel')!, ch)}, ${cx.value(field(comm, 'value')!, elem)})`;
}

/** `case <-ch:`, `case v := <-ch:`, `case v, ok = <-ch:`: the case, and the statements taking the value from `sel`. */
function receiveCase(cx: GoContext, comm: Node, sel: string): { selectCase: Code; prologue: Code[] } {
  const recvExpr = comm.type === 'receive_statement' ? field(comm, 'right')! : kids(comm)[0]!;
  const chNode = field(recvExpr, 'operand') ?? recvExpr;
  const ch = cx.expr(chNode);
  const elem = isChan(ch.type) ? ch.type.elem : UNKNOWN;
  cx.use('recvCase');
  const selectCase = ts`recvCase(${channelOperand(chNode, ch)})`;
  const prologue: Code[] = [];
  if (comm.type === 'receive_statement') {
    const left = kids(field(comm, 'left'));
    const isDefine = comm.children.some((c) => c?.type === ':=');
    const sources = [`${sel}.value`, `${sel}.ok`];
    // Go allows `v` or `v, ok`; more names only come from a syntax error, reported elsewhere.
    left.slice(0, sources.length).forEach((l, i) => {
      if (l.text === '_') return;
      if (isDefine) {
        const b = cx.scope.declare(l.text, i === 0 ? elem : BOOL);
        // A channel's element admits nil (a closed channel gives the zero value).
        b.maybeNil = i === 0 && nilableType(cx, elem);
        prologue.push(ts`const ${b.tsName}${typeOnly(`: ${tsTypeOrNull(b.type, cx.decls)}`)} = ${sources[i]!};`);
      } else {
        prologue.push(assignTranslated(cx, l, l, ts`${sources[i]!}`));
      }
    });
  }
  return { selectCase, prologue };
}
