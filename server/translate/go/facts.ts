import { field, fields, kids, operatorOf, type Node, type TreeVisitor } from '../syntax.js';

/** What the translator needs to know about a function body before translating it. */
export interface FunctionFacts {
  /** Names assigned after their declaration (they become `let`), here or in nested literals. */
  reassigned: Set<string>;
  /** Names assigned nil (their TypeScript type must admit null), here or in nested literals. */
  nilAssigned: Set<string>;
  /** Whether the body itself defers calls (not counting function literals inside it). */
  defers: boolean;
  /** For a method: whether it assigns to its receiver or the receiver's fields. */
  modifiesReceiver: boolean;
  /** Whether the body itself calls `recover()` (not counting function literals inside it). */
  recovers: boolean;
}

export interface ProgramFacts {
  byFunction: Map<number, FunctionFacts>;
  /** Names assigned nil anywhere: package-level variables among them admit null. */
  nilAssigned: Set<string>;
  /** Whether the program tests what methods a value has (type assertions and switches, errors.As): struct classes then list their pointer methods (type-declarations.ts). */
  testsMethodSets: boolean;
  /**
   * Whether the program asks for a capacity (`cap(s)`) or points into a slice (`&s[i]`, whose
   * element an append past the capacity leaves behind): its appends then keep count of it (element-layout.ts).
   */
  countsCapacity: boolean;
  /** Whether the program takes the address of an element (`&s[i]`): appends that move a slice's elements copy its structs. */
  pointsIntoSlices: boolean;
  /** Package-level functions that call `recover()` themselves: `defer f()` hands them its DeferStack. */
  recovering: Set<string>;
  /**
   * Names compared with == or != or switched on: a constant among them is typed by its
   * declaration (`const day: number = 6`), since TypeScript's `6` would compare with no other number.
   */
  compared: Set<string>;
  /**
   * Targets of `errors.As` in a switch's case (`case errors.As(err, &ne):`): TypeScript does not
   * see an assignment in a case label, so their declarations keep the type from narrowing to null.
   */
  assignedInCases: Set<string>;
}

const FUNCTIONS = new Set(['function_declaration', 'method_declaration', 'func_literal']);

interface Frame {
  id: number;
  facts: FunctionFacts;
  declared: Set<string>;
  receiver: string | null;
}

export interface FactsCollector extends TreeVisitor {
  /** Complete once the walk is done. */
  readonly facts: ProgramFacts;
}

/** Every function's facts, gathered as a visitor of one walk over the whole tree (index.ts). */
export function factsCollector(root: Node): FactsCollector {
  const byFunction = new Map<number, FunctionFacts>();
  const nilAssigned = new Set<string>();
  const stack: Frame[] = [];
  const pointerMethods = pointerMethodNames(root);
  const everyFrame = (f: (frame: Frame) => void) => stack.forEach(f);
  const facts: ProgramFacts = {
    byFunction,
    nilAssigned,
    countsCapacity: false,
    pointsIntoSlices: false,
    testsMethodSets: false,
    recovering: new Set(),
    compared: new Set(),
    assignedInCases: new Set(),
  };

  const enter = (n: Node): void => {
    const type = n.type;
    const isFunction = FUNCTIONS.has(type);
    if (isFunction) {
      const facts: FunctionFacts = {
        reassigned: new Set(),
        nilAssigned: new Set(),
        defers: false,
        modifiesReceiver: false,
        recovers: false,
      };
      byFunction.set(n.id, facts);
      stack.push({
        id: n.id,
        facts,
        declared: new Set(),
        receiver: type === 'method_declaration' ? receiverName(n) : null,
      });
    }
    const top = stack[stack.length - 1];
    switch (type) {
      case 'assignment_statement': {
        const left = kids(field(n, 'left'));
        for (const l of left) everyFrame((f) => f.facts.reassigned.add(l.text));
        kids(field(n, 'right')).forEach((r, i) => {
          if (r.type === 'nil' && left[i]) addNil(left[i]!.text);
        });
        if (top?.receiver && left.some((l) => rootIdentifier(l) === top.receiver)) top.facts.modifiesReceiver = true;
        break;
      }
      case 'inc_statement':
      case 'dec_statement': {
        const target = kids(n)[0];
        if (target) everyFrame((f) => f.facts.reassigned.add(target.text));
        if (top?.receiver && target && rootIdentifier(target) === top.receiver) top.facts.modifiesReceiver = true;
        break;
      }
      case 'unary_expression':
        if (operatorOf(n) === '&') {
          const operand = field(n, 'operand');
          if (operand) everyFrame((f) => f.facts.reassigned.add(operand.text));
          if (operand?.type === 'index_expression') facts.pointsIntoSlices = facts.countsCapacity = true;
        }
        break;
      case 'receive_statement':
      case 'range_clause':
        if (!n.children.some((c) => c?.type === ':=')) {
          for (const l of kids(field(n, 'left'))) everyFrame((f) => f.facts.reassigned.add(l.text));
        }
        break;
      case 'short_var_declaration':
        // `a, err := f()` after an earlier `err` assigns err again.
        for (const l of kids(field(n, 'left'))) {
          everyFrame((f) => {
            if (f.declared.has(l.text)) f.facts.reassigned.add(l.text);
            f.declared.add(l.text);
          });
        }
        break;
      case 'var_spec':
      case 'parameter_declaration':
        for (const name of fields(n, 'name')) top?.declared.add(name.text);
        break;
      case 'defer_statement':
        if (top) top.facts.defers = true;
        break;
      case 'binary_expression':
        if (/^[!=]=$/.test(operatorOf(n)))
          for (const side of [field(n, 'left'), field(n, 'right')])
            if (side?.type === 'identifier') facts.compared.add(side.text);
        break;
      case 'expression_switch_statement': {
        const value = field(n, 'value');
        if (value?.type === 'identifier') facts.compared.add(value.text);
        break;
      }
      case 'type_assertion_expression':
      case 'type_switch_statement':
        facts.testsMethodSets = true;
        break;
      case 'call_expression':
        addressedReceiver(n, pointerMethods, (name) => everyFrame((f) => f.facts.reassigned.add(name)));
        if (field(n, 'function')?.text === 'cap') facts.countsCapacity = true;
        if (field(n, 'function')?.text === 'recover' && top) top.facts.recovers = true;
        if (field(n, 'function')?.text === 'errors.As') {
          facts.testsMethodSets = true;
          const target = kids(field(n, 'arguments'))[1];
          const name = target?.type === 'unary_expression' ? (field(target, 'operand')?.text ?? '') : '';
          if (name) addNil(name);
          if (name && inCaseLabel(n)) facts.assignedInCases.add(name);
        }
        break;
    }
  };
  const leave = (n: Node): void => {
    if (!FUNCTIONS.has(n.type)) return;
    const frame = stack.pop();
    if (n.type === 'function_declaration' && frame?.facts.recovers) facts.recovering.add(field(n, 'name')?.text ?? '');
  };

  function addNil(name: string): void {
    nilAssigned.add(name);
    everyFrame((f) => f.facts.nilAssigned.add(name));
  }

  return { enter, leave, facts };
}

/** Names of the methods declared with a pointer receiver on a type that is not a struct: calling one on a variable takes its address. */
function pointerMethodNames(root: Node): Set<string> {
  const structs = new Set(
    kids(root)
      .filter((n) => n.type === 'type_declaration')
      .flatMap((d) => kids(d))
      .filter((spec) => field(spec, 'type')?.type === 'struct_type')
      .map((spec) => field(spec, 'name')?.text),
  );
  const names = new Set<string>();
  for (const n of kids(root)) {
    const receiver = n.type === 'method_declaration' ? kids(field(n, 'receiver'))[0] : undefined;
    const type = receiver && field(receiver, 'type');
    const name = field(n, 'name')?.text;
    if (type?.type === 'pointer_type' && name && !structs.has(kids(type)[0]?.text.replace(/\[.*$/, '')))
      names.add(name);
  }
  return names;
}

/** `x.inc()` with a pointer method inc: x may change (x is a number whose method takes a Ptr to it). */
function addressedReceiver(call: Node, pointerMethods: Set<string>, reassigned: (name: string) => void): void {
  const fn = field(call, 'function');
  const operand = fn?.type === 'selector_expression' ? field(fn, 'operand') : null;
  if (operand?.type === 'identifier' && pointerMethods.has(field(fn!, 'field')?.text ?? '')) reassigned(operand.text);
}

/** Whether the node is in the expression of a switch case (`case errors.As(err, &e):`). */
function inCaseLabel(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parent) {
    const parent = n.parent;
    if (parent?.type === 'expression_case' && field(parent, 'value')?.id === n.id) return true;
    if (n.type === 'block' || n.type === 'func_literal') return false;
  }
  return false;
}

function receiverName(method: Node): string | null {
  const receiver = kids(field(method, 'receiver')).find((n) => n.type === 'parameter_declaration');
  return (receiver && field(receiver, 'name')?.text) || null;
}

function rootIdentifier(n: Node): string | null {
  let cur: Node | null = n;
  while (cur && (cur.type === 'selector_expression' || cur.type === 'index_expression')) cur = field(cur, 'operand');
  return cur?.type === 'identifier' ? cur.text : null;
}
