// A method no handler knows on a value of a standard type: reported by its Rust name and a panic
// where it is reached, instead of a guessed JavaScript method that is not there. A method of one
// of the program's own traits (an extension trait implemented for a std type) keeps its call.
//   (-128i8).saturating_neg()  (not known)  -> (rs.unsupported("i8::saturating_neg", ...) as any)
import type { Typed } from '../context.js';
import { field, type Node } from '../../syntax.js';
import { traitMethods } from '../trait-methods.js';
import type { RustType } from '../types.js';
import type { Call } from './call.js';

/** The std type's name as Rust's docs spell the method's owner; null for a type that is not std's. */
function stdTypeName(t: RustType): string | null {
  switch (t.kind) {
    case 'int':
      return t.name;
    case 'float':
      return 'f64';
    case 'bool':
    case 'char':
      return t.kind;
    case 'string':
      return 'str';
    case 'vec':
      return 'Vec';
    case 'map':
      return t.sorted ? 'BTreeMap' : 'HashMap';
    case 'set':
      return t.sorted ? 'BTreeSet' : 'HashSet';
    case 'option':
      return 'Option';
    case 'result':
      return 'Result';
  }
  return null;
}

/** The declaration of the method in one of the program's traits, if one declares it. */
export function programTraitMethod(c: Call): Node | null {
  for (const trait of c.cx.items.traits.values()) {
    const found = traitMethods(trait).find((m) => field(m, 'name')?.text === c.method);
    if (found) return found;
  }
  return null;
}

/** The unsupported report of a std type's unknown method; null when the receiver is not std's or the program may own the method. */
export function unknownStdMethod(c: Call): Typed | null {
  const owner = stdTypeName(c.receiver.type);
  if (owner === null || programTraitMethod(c)) return null;
  return c.cx.unsupported(c.node, `${owner}::${c.method}`);
}
