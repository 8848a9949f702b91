// Go methods: the name a method has in TypeScript, and the declaration a call reaches.
import type { Declarations, MethodDecl } from './declarations.js';
import { propertyName, safeName } from './names.js';
import { camelCase } from './stdlib.js';
import { namedOf, tupleOf, UNKNOWN, type GoType } from './types.js';

/**
 * Methods are camelCase, except String and Error (fmt calls them by these names) and a
 * name whose camelCase form is a field of a type declaring it (`balance` and `Balance()`).
 */
export function methodName(decls: Declarations, name: string): string {
  if (name === 'String' || name === 'Error') return name;
  const camel = propertyName(safeName(camelCase(name)));
  for (const [typeName, methods] of decls.methods) {
    const t = decls.underlying(typeName);
    if (methods.has(name) && t?.kind === 'struct' && t.fields.some((f) => propertyName(f.name) === camel))
      return propertyName(name);
  }
  return camel;
}

/** Methods on non-struct types (`type State int`) become functions: `stateString` (`stateString_` if the program has a function of that name). */
export function methodFunctionName(decls: Declarations, typeName: string, method: string): string {
  const name = safeName(`${camelCase(typeName)}${method.slice(0, 1).toUpperCase()}${method.slice(1)}`);
  return decls.functions.has(name) ? `${name}_` : name;
}

/** A method of `typeName` or promoted from its embedded fields, with the path to its receiver. */
export function findMethod(
  decls: Declarations,
  typeName: string,
  name: string,
  depth = 0,
): { method: MethodDecl; path: string } | null {
  const own = decls.method(typeName, name);
  if (own) return { method: own, path: '' };
  const t = decls.underlying(typeName);
  if (t?.kind !== 'struct' || depth > 4) return null;
  for (const f of t.fields.filter((x) => x.embedded)) {
    const inner = namedOf(f.type);
    const found = inner ? findMethod(decls, inner, name, depth + 1) : null;
    if (found) return { method: found.method, path: `.${propertyName(f.name)}${found.path}` };
  }
  return null;
}

/** The result type of the first method of that name on any type (the receiver's type is unknown). */
export function anyMethodResult(decls: Declarations, name: string): GoType {
  for (const methods of decls.methods.values()) {
    const m = methods.get(name);
    if (m) return tupleOf(m.results.map((r) => r.type));
  }
  return UNKNOWN;
}
