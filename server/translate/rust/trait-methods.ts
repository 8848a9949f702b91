// The methods a trait declared in the file lists, and those an impl of it inherits.
import { field, kids, type Node } from '../syntax.js';

/** A trait's methods: required ones (signatures) and default ones (with a body). */
export function traitMethods(trait: Node): Node[] {
  return kids(field(trait, 'body')).filter((m) => m.type === 'function_item' || m.type === 'function_signature_item');
}

/** The default methods of the trait `impl` implements that it does not override. */
export function inheritedMethods(traits: ReadonlyMap<string, Node>, impl: Node): Node[] {
  const named = field(impl, 'trait');
  // `impl Store<String> for M` implements `Store`.
  const path = named?.type === 'generic_type' ? field(named, 'type') : named;
  const trait = traits.get(path?.text ?? '');
  if (!trait) return [];
  const own = new Set(
    kids(field(impl, 'body'))
      .filter((m) => m.type === 'function_item')
      .map((m) => field(m, 'name')?.text),
  );
  return traitMethods(trait).filter((m) => m.type === 'function_item' && !own.has(field(m, 'name')?.text));
}
