import { field, kids, type Node } from '../../syntax.js';
import { rawPath, type ProgramItems, type Shape } from './resources.js';

/*
 * Rust patterns (let, parameters, match arms, if let, for) bind names to parts of a value. A
 * part's shape comes from the value's shape (tuples, Some/Ok) or from the declared fields of
 * the struct or enum variant the pattern names.
 */

export interface PatternContext {
  items: ProgramItems;
  /** The type of `Self` where the pattern is. */
  self: string | null;
  /** The value is a temporary: a part matched by `_` is dropped at once. */
  fresh: boolean;
  /** Collects those `_` patterns. */
  discarded: Node[];
  declare(name: string, decl: Node, shape: Shape, byValue: boolean): void;
}

/** Binds the names of a pattern; returns whether it takes (moves) any part of the value. */
export function bindPattern(pattern: Node, shape: Shape, byValue: boolean, context: PatternContext): boolean {
  const inner = (node: Node | null, part: Shape, owned = byValue) =>
    node ? bindPattern(node, part, owned, context) : false;
  switch (pattern.type) {
    case 'identifier':
      if (/^[A-Z]/.test(pattern.text)) return false;
      context.declare(pattern.text, pattern, shape, byValue);
      return true;
    case 'mut_pattern':
    case 'match_pattern':
      return inner(kids(pattern).find((c) => c.type !== 'mutable_specifier') ?? null, shape);
    case 'ref_pattern':
    case 'reference_pattern':
      return inner(kids(pattern)[0] ?? null, null, false);
    case '_':
      if (shape !== null && context.fresh && byValue) context.discarded.push(pattern);
      return false;
    case 'captured_pattern': {
      const [name, rest] = kids(pattern);
      const took = name ? inner(name, shape) : false;
      return inner(rest ?? null, shape) || took;
    }
    case 'or_pattern':
      return inner(kids(pattern)[0] ?? null, shape);
    case 'tuple_pattern': {
      let took = false;
      let afterRest = false;
      patternParts(pattern).forEach((part, i) => {
        if (part.type === 'remaining_field_pattern' || part.type === 'rest_pattern') afterRest = true;
        const partShape = !afterRest && shape?.kind === 'container' ? (shape.parts?.[i] ?? null) : null;
        took = inner(part, partShape) || took;
      });
      return took;
    }
    case 'slice_pattern':
      return patternParts(pattern).reduce(
        (took, part) => inner(part, shape?.kind === 'container' ? shape.inner : null) || took,
        false,
      );
    case 'tuple_struct_pattern': {
      const path = rawPath(field(pattern, 'type'));
      const parts = patternParts(pattern).slice(1);
      const name = path[path.length - 1];
      return parts.reduce((took, part, i) => {
        let partShape: Shape = null;
        if (name === 'Some' || name === 'Ok') partShape = shape?.kind === 'container' ? shape.inner : null;
        else if (name !== 'Err') partShape = context.items.recordFieldShape(path, i, context.self);
        return inner(part, partShape) || took;
      }, false);
    }
    case 'struct_pattern': {
      const path = rawPath(field(pattern, 'type'));
      let took = false;
      for (const f of kids(pattern)) {
        if (f.type !== 'field_pattern') continue;
        const name = field(f, 'name');
        if (!name) continue;
        const partShape = context.items.recordFieldShape(path, name.text, context.self);
        const sub = field(f, 'pattern');
        const byRef = f.children.some((c) => c?.type === 'ref');
        if (sub) {
          took = inner(sub, partShape) || took;
        } else {
          context.declare(name.text, name, partShape, byValue && !byRef);
          took = took || !byRef;
        }
      }
      return took;
    }
    default:
      return false;
  }
}

/** The sub-patterns of a tuple, tuple struct or slice pattern, `_` included (it keeps the positions). */
function patternParts(pattern: Node): Node[] {
  return pattern.children.filter((c): c is Node => c !== null && (c.isNamed || c.type === '_') && c.type !== 'comment');
}
