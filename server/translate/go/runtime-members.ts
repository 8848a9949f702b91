// What the Go runtime provides, read from the runtime itself: a call of a package function or
// a method of a runtime type that it lacks is reported unsupported by name (and panics when
// reached) instead of failing in the translated program as a TypeError.
import * as goRuntime from '../../../runtime/src/go/index.js';

const namespaces = goRuntime as unknown as Record<string, Record<string, unknown> | undefined>;

/** Whether the runtime has namespace `pkg` (`strings`, `rand`). */
export function runtimeHasNamespace(pkg: string): boolean {
  return namespaces[pkg] !== undefined;
}

/** Whether runtime namespace `pkg` (`strings`, `rand`) has `member` (the runtime's name: `toUpper`). */
export function runtimeHasMember(pkg: string, member: string): boolean {
  const ns = namespaces[pkg];
  return ns !== undefined && Object.prototype.hasOwnProperty.call(ns, member);
}

/**
 * Whether the runtime class for Go type `typeName` (`strings.Builder`) has method `member`;
 * true when the type is no runtime class (a number type, an interface the runtime declares).
 */
export function runtimeTypeHasMethod(typeName: string, member: string): boolean {
  const cls = runtimeClass(typeName);
  return cls === null || member in cls.prototype;
}

/** The runtime's class for Go type `typeName` (`strconv.NumError`), or null. */
function runtimeClass(typeName: string): { prototype: object } | null {
  const [pkg, type] = typeName.split('.') as [string, string];
  const cls = namespaces[pkg]?.[type];
  return typeof cls === 'function' ? (cls as { prototype: object }) : null;
}

/** Whether Go type `typeName` is a class of the runtime (so `instanceof` can test for it). */
export function isRuntimeClass(typeName: string): boolean {
  return runtimeClass(typeName) !== null;
}
