// The program's traits implemented for types it does not define: a std type (`impl Shout for
// str`) or every type at once (`impl<T: Display> Shout for T`). Their methods become functions
// taking the value first, as an enum's do, and a call on a value of such a type reaches them.
//   impl Shout for str { fn shout(&self) -> String }  -> function strShout(self: string): string
//   "hi".shout()                                      -> strShout("hi")
import { field, type Node } from '../syntax.js';
import { typeNameOfImpl } from './facts.js';
import { typeParameterNames } from './generics.js';
import type { FnDecl, Items } from './items.js';
import type { RustType } from './types.js';

/** Whether `impl` implements one of the program's traits for a type the program does not define. */
export function isForeignImpl(items: Items, impl: Node): boolean {
  const trait = field(impl, 'trait');
  const traitName = (trait?.type === 'generic_type' ? field(trait, 'type') : trait)?.text.split('::').pop();
  if (!traitName || !items.traits.has(traitName)) return false;
  const name = typeNameOfImpl(impl);
  return !items.structs.has(name) && !items.enums.has(name) && !items.traits.has(name);
}

/** The names an impl can give a std type (`impl X for str` and `impl X for String` both reach a String). */
function implNames(t: RustType): string[] {
  switch (t.kind) {
    case 'int':
      return [t.name];
    case 'float':
      return ['f64', 'f32'];
    case 'string':
      return ['str', 'String'];
    case 'vec':
      return ['Vec'];
    case 'map':
      return [t.sorted ? 'BTreeMap' : 'HashMap'];
    case 'set':
      return [t.sorted ? 'BTreeSet' : 'HashSet'];
    case 'option':
      return ['Option'];
    case 'result':
      return ['Result'];
    case 'named':
      return [t.name];
    default:
      return [t.kind];
  }
}

/** The foreign impl's method `method` that a value of `type` calls, and the impl's type name; null when none. */
export function foreignMethod(items: Items, type: RustType, method: string): { owner: string; sig: FnDecl } | null {
  const names = implNames(type);
  let blanket: { owner: string; sig: FnDecl } | null = null;
  for (const [owner, methods] of items.methods) {
    const sig = methods.get(method);
    const impl = sig?.node.parent?.parent;
    if (!sig || impl?.type !== 'impl_item' || !isForeignImpl(items, impl)) continue;
    if (names.includes(owner)) return { owner, sig };
    if (typeParameterNames(impl).includes(owner)) blanket ??= { owner, sig };
  }
  return blanket;
}
