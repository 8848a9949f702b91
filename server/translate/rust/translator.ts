// The Rust translator: the visitor table that connects the construct families, and the entry
// that builds a context and translates a file with it. The families do not import one another:
// they recurse through the context (`cx.expr`, `cx.statement`...), which dispatches here.
import type { Code } from '../emit/code.js';
import type { Node } from '../syntax.js';
import { call, callArguments } from './calls.js';
import { futureArgument } from './calls-spawn.js';
import { RustContext, type Visitors } from './context.js';
import {
  blockInto,
  breakInto,
  continueInto,
  hoistValue,
  ifExpression,
  ifInto,
  jumpExpression,
  loopExpression,
  returnInto,
  valueInto,
} from './control.js';
import { loopStatement } from './control-loops.js';
import { matchStatement } from './control-match.js';
import {
  arrayExpression,
  awaitExpression,
  booleanLiteral,
  charLiteral,
  expr,
  exprWithExpected,
  floatLiteral,
  genericFunction,
  identifier,
  integerLiteral,
  negativeLiteral,
  parenthesized,
  path,
  reference,
  selfExpression,
  stringLiteral,
  structExpression,
  tryExpression,
  tupleExpression,
  unitExpression,
} from './expressions.js';
import { asyncBlock, closure, closureExpression, functionItem, functionLike } from './functions.js';
import type { Items } from './items.js';
import { macro, macroInto } from './macro-calls.js';
import type { MacroParser } from './macros.js';
import { assignment, binary, cast, compoundAssignment, range, rangeExpression, unary } from './operators.js';
import type { Ownership } from './ownership/index.js';
import { patternTest } from './patterns.js';
import { entryOrInsert, fieldAccess, indexExpression, place } from './places.js';
import { constItem, item, program, typeAlias } from './program.js';
import { operation } from './select.js';
import { blockStatements, statement } from './statements.js';
import { enumItem, implItem, structItem } from './structs.js';
import { traitItem } from './traits.js';

/** The construct functions, by the node kind they translate, and by name for recursion through the context. */
const VISITORS: Visitors = {
  itemKinds: {
    function_item: functionItem,
    struct_item: structItem,
    enum_item: enumItem,
    impl_item: implItem,
    trait_item: traitItem,
    type_item: typeAlias,
    const_item: constItem,
    static_item: constItem,
  },
  expressionKinds: {
    integer_literal: integerLiteral,
    float_literal: floatLiteral,
    string_literal: stringLiteral,
    raw_string_literal: stringLiteral,
    char_literal: charLiteral,
    boolean_literal: booleanLiteral,
    negative_literal: negativeLiteral,
    unit_expression: unitExpression,
    identifier,
    self: selfExpression,
    scoped_identifier: path,
    parenthesized_expression: parenthesized,
    tuple_expression: tupleExpression,
    array_expression: arrayExpression,
    struct_expression: structExpression,
    reference_expression: reference,
    generic_function: genericFunction,
    await_expression: awaitExpression,
    try_expression: tryExpression,
    binary_expression: binary,
    unary_expression: unary,
    assignment_expression: assignment,
    compound_assignment_expr: compoundAssignment,
    type_cast_expression: cast,
    range_expression: rangeExpression,
    field_expression: fieldAccess,
    index_expression: indexExpression,
    call_expression: call,
    macro_invocation: macro,
    closure_expression: closureExpression,
    async_block: asyncBlock,
    if_expression: ifExpression,
    block: hoistValue,
    match_expression: hoistValue,
    loop_expression: hoistValue,
    unsafe_block: hoistValue,
    return_expression: jumpExpression,
    break_expression: jumpExpression,
    continue_expression: jumpExpression,
    while_expression: loopExpression,
    for_expression: loopExpression,
  },
  valueKinds: {
    block: blockInto,
    unsafe_block: blockInto,
    if_expression: ifInto,
    match_expression: matchStatement,
    loop_expression: loopStatement,
    while_expression: loopStatement,
    for_expression: loopStatement,
    return_expression: returnInto,
    break_expression: breakInto,
    continue_expression: continueInto,
    macro_invocation: macroInto,
    expression_statement: statement,
  },
  item,
  statement,
  blockStatements,
  valueInto,
  hoistValue,
  expr,
  exprWithExpected,
  arrayExpression,
  range,
  place,
  entryOrInsert,
  patternTest,
  functionLike,
  closure,
  asyncBlock,
  arguments: callArguments,
  futureArgument,
  operation,
};

/** Translates a Rust file (its items, or a selection's statements) with a new context, which holds what it gathered. */
export function translateRust(
  root: Node,
  items: Items,
  ownership: Ownership,
  macros: MacroParser,
  fileName: string,
): { body: Code; translator: RustContext } {
  const translator = new RustContext(items, ownership, macros, fileName, VISITORS);
  return { body: program(translator, root), translator };
}
