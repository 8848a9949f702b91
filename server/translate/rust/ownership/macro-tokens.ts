import type { Node } from '../../syntax.js';

/*
 * Macro bodies (println!, select!, vec!, ...) are token trees in tree-sitter-rust: reading them
 * token by token tells which bindings they mention and where control may leave.
 */

export type TokenEvent =
  | { kind: 'mention'; node: Node; moved: boolean; method: string | null }
  | { kind: 'break' | 'continue'; node: Node; label: string | null }
  | { kind: 'return' | 'try'; node: Node };

/** The elements of `vec![a, b]` or `vec![x; n]`: the tokens between separators. */
export function tokenElements(tree: Node): Node[][] {
  return splitElements(inside(tree));
}

/**
 * Mentions of names and exits, in source order. `drop(x)`, `f(x)` and `v.push(x)` move a name
 * given alone as an argument; any other mention borrows, and tells which method follows it
 * (`x.send`, `x.await`) so the caller can tell whether that takes x.
 */
export function scanTokens(tree: Node): TokenEvent[] {
  const events: TokenEvent[] = [];
  const scan = (tokens: Node[]): void => {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      switch (token.type) {
        case 'token_tree':
          if (isCallArguments(token, prev, next)) callArguments(token);
          else scan(inside(token));
          break;
        case 'identifier': {
          if (['.', '::', "'"].includes(prev?.type ?? '') || ['::', '!', '='].includes(next?.type ?? '')) break;
          const method = next?.type === '.' ? tokens[i + 2] : undefined;
          const named = method && (method.type === 'identifier' || method.type === 'await') ? method.text : null;
          events.push({ kind: 'mention', node: token, moved: false, method: named });
          break;
        }
        case 'break':
        case 'continue': {
          const label = next?.type === "'" ? (tokens[i + 2]?.text ?? null) : null;
          events.push({ kind: token.type, node: token, label });
          break;
        }
        case 'return':
          events.push({ kind: 'return', node: token });
          break;
        case '?':
          events.push({ kind: 'try', node: token });
          break;
      }
    }
  };
  const callArguments = (tree: Node): void => {
    for (const element of splitElements(inside(tree))) {
      if (element.length === 1 && element[0]!.type === 'identifier') {
        events.push({ kind: 'mention', node: element[0]!, moved: true, method: null });
      } else {
        scan(element);
      }
    }
  };
  scan(inside(tree));
  return events;
}

/** `f(..)` or `x.f(..)`, not a pattern such as `Some(v) = rx.recv()` in select!. */
function isCallArguments(tree: Node, prev: Node | undefined, next: Node | undefined): boolean {
  return tree.child(0)?.type === '(' && prev?.type === 'identifier' && !/^[A-Z]/.test(prev.text) && next?.type !== '=';
}

/** The tokens of a tree without its delimiters. */
function inside(tree: Node): Node[] {
  return tree.children.filter((c): c is Node => c !== null).slice(1, -1);
}

function splitElements(tokens: Node[]): Node[][] {
  const elements: Node[][] = [[]];
  for (const token of tokens) {
    if (token.type === ',' || token.type === ';') elements.push([]);
    else elements[elements.length - 1]!.push(token);
  }
  return elements.filter((e) => e.length > 0);
}
