// Type parameters of functions and methods, kept in the TypeScript (their bounds are not).
//   fn largest<T: PartialOrd + Copy>(list: &[T]) -> T  -> function largest<T>(list: T[]): T
import { Code, typeOnly } from '../emit/code.js';
import { field, type Node } from '../syntax.js';
import { valuesOf } from './facts.js';

/** The names of an item's type parameters (`T`, `U`); lifetimes and const parameters are not types here. */
export function typeParameterNames(item: Node): string[] {
  return valuesOf(field(item, 'type_parameters'))
    .filter((p) => p.type === 'type_parameter')
    .map((p) => (field(p, 'name') ?? p).text);
}

/** `<T, U>` after a function's name, or nothing. */
export function typeParameters(item: Node): Code {
  const names = typeParameterNames(item);
  return names.length ? typeOnly(`<${names.join(', ')}>`) : new Code();
}
