// The visitor table: which construct function translates each kind of Go node. The context
// dispatches `cx.statement`, `cx.expr` and `cx.value` through it.
import type { Code } from '../emit/code.js';
import { field, type Node } from '../syntax.js';
import { sendStatement } from './channels.js';
import type { GoContext, Typed, Visitors } from './context.js';
import { imaginaryLiteral } from './complex-numbers.js';
import { call, callOf, callOfIndexedValue, withoutTypeArguments } from './expr-call.js';
import { compositeLiteral, placedValue } from './expr-composite-literal.js';
import { conversion } from './expr-conversion.js';
import { index, sliceExpression, typeInstantiation } from './expr-index-slice.js';
import {
  boolLiteral,
  floatLiteral,
  identifier,
  intLiteral,
  iota,
  nil,
  parenthesized,
  runeLiteral,
  stringLiteral,
  typeAssertion,
} from './expr-names-literals.js';
import { binary, unary } from './expr-operators.js';
import { selector } from './expr-selector.js';
import { parseType } from './declarations.js';
import { funcLiteral, functionDeclaration, returnStatement } from './functions.js';
import { assignment, incDec } from './stmt-assign.js';
import { constDeclaration, shortVarDeclaration, varDeclaration } from './stmt-declare.js';
import { forStatement } from './stmt-for.js';
import { deferStatement, goStatement } from './stmt-go-defer.js';
import { ifStatement, switchStatement } from './stmt-if-switch.js';
import { selectStatement } from './stmt-select.js';
import { gotoStatement, statementList } from './stmt-goto.js';
import { blockStatement, expressionStatement, jumpStatement, labeledStatement } from './stmt-simple.js';
import { typeSwitch } from './stmt-type-switch.js';
import { describeSyntaxError } from './syntax-errors.js';
import { typeDeclaration } from './type-declarations.js';
import { UNKNOWN, type GoType } from './types.js';

type StatementVisitor = (cx: GoContext, node: Node) => Code[];
type ExpressionVisitor = (cx: GoContext, node: Node, expected?: GoType) => Typed;

/** A statement visitor from a construct function that writes one statement. */
const one =
  (f: (cx: GoContext, node: Node) => Code): StatementVisitor =>
  (cx, node) => [f(cx, node)];

const nothing: StatementVisitor = () => [];

const STATEMENTS = new Map<string, StatementVisitor>([
  ['expression_statement', one(expressionStatement)],
  ['send_statement', one(sendStatement)],
  ['short_var_declaration', shortVarDeclaration],
  ['assignment_statement', one(assignment)],
  ['inc_statement', one(incDec)],
  ['dec_statement', one(incDec)],
  ['var_declaration', varDeclaration],
  ['const_declaration', constDeclaration],
  ['type_declaration', typeDeclaration],
  ['function_declaration', one(functionDeclaration)],
  ['return_statement', one(returnStatement)],
  ['if_statement', one(ifStatement)],
  ['for_statement', one(forStatement)],
  ['expression_switch_statement', one(switchStatement)],
  ['type_switch_statement', one(typeSwitch)],
  ['select_statement', selectStatement],
  ['go_statement', one(goStatement)],
  ['defer_statement', one(deferStatement)],
  ['block', one(blockStatement)],
  ['labeled_statement', labeledStatement],
  ['break_statement', one(jumpStatement)],
  ['continue_statement', one(jumpStatement)],
  ['goto_statement', gotoStatement],
  ['empty_statement', nothing],
  ['fallthrough_statement', nothing],
]);

const EXPRESSIONS = new Map<string, ExpressionVisitor>([
  ['identifier', identifier],
  ['int_literal', intLiteral],
  ['float_literal', floatLiteral],
  ['interpreted_string_literal', stringLiteral],
  ['raw_string_literal', stringLiteral],
  ['rune_literal', runeLiteral],
  ['imaginary_literal', imaginaryLiteral],
  ['true', boolLiteral],
  ['false', boolLiteral],
  ['nil', nil],
  ['iota', iota],
  ['parenthesized_expression', parenthesized],
  ['binary_expression', binary],
  ['unary_expression', unary],
  ['call_expression', call],
  ['selector_expression', selector],
  ['index_expression', (cx, node) => index(cx, node)],
  ['slice_expression', sliceExpression],
  ['composite_literal', compositeLiteral],
  ['func_literal', funcLiteral],
  ['type_assertion_expression', typeAssertion],
  ['type_conversion_expression', typeConversion],
  ['type_instantiation_expression', typeInstantiation],
  // The name of a generic function instantiated explicitly (`f[int](x)`, which the tree reads as a conversion).
  ['type_identifier', identifier],
]);

export const GO_VISITORS: Visitors = {
  statement: (cx, node) =>
    STATEMENTS.get(node.type)?.(cx, node) ?? [cx.unsupportedStatement(node, nodeDescription(node))],
  statements: statementList,
  expression: (cx, node, expected) => {
    const visitor = node.isMissing ? undefined : EXPRESSIONS.get(node.type);
    return visitor?.(cx, node, expected) ?? { code: cx.unsupported(node, nodeDescription(node)), type: UNKNOWN };
  },
  value: placedValue,
};

/** `T(x)`, or `f[int](x)`: a call of a generic function with an explicit type argument. */
function typeConversion(cx: GoContext, node: Node): Typed {
  const typeNode = field(node, 'type')!;
  const fn = withoutTypeArguments(cx, typeNode);
  if (fn !== typeNode) return callOf(cx, node, fn, [field(node, 'operand')!], typeNode);
  const indexed = typeNode.type === 'generic_type' ? callOfIndexedValue(cx, typeNode, field(node, 'operand')!) : null;
  return indexed ?? conversion(cx, parseType(typeNode), field(node, 'operand')!);
}

/** What a node no visitor translates is called in messages: its kind, or the syntax error. */
function nodeDescription(node: Node): string {
  return node.isError || node.isMissing ? describeSyntaxError(node) : node.type.replace(/_/g, ' ');
}
