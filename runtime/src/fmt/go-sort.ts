// The order fmt prints map entries in (Go's internal/fmtsort).

import { asGoElements, Float64, kindOf, type Kind } from './go-values.js';

/** Keys of different kinds have no Go order (Go compares their type descriptors); any fixed one will do. */
const KIND_ORDER: readonly Kind[] = ['nil', 'bool', 'int', 'float', 'string', 'struct', 'slice', 'pointer', 'chan'];

export function sortedEntries(map: ReadonlyMap<unknown, unknown>): [key: unknown, value: unknown][] {
  const keys = asGoElements([...map.keys()]);
  const values = asGoElements([...map.values()]);
  const entries = keys.map((key, i): [unknown, unknown] => [key, values[i]]);
  return entries.sort(([a], [b]) => compareKeys(a, b));
}

function compareKeys(a: unknown, b: unknown): number {
  const kind = kindOf(a);
  const otherKind = kindOf(b);
  if (isNumeric(kind) && isNumeric(otherKind)) return compareNumbers(numericValue(a), numericValue(b));
  if (kind !== otherKind) return KIND_ORDER.indexOf(kind) - KIND_ORDER.indexOf(otherKind);
  switch (kind) {
    case 'bool':
      return Number(a) - Number(b);
    case 'string':
      return compareStrings(a as string, b as string);
    case 'struct':
      return compareLists(Object.values(a as object), Object.values(b as object));
    case 'slice':
      return compareLists(a as unknown[], b as unknown[]);
    default:
      return 0; // nil, pointers and channels: Go compares addresses we do not have
  }
}

function isNumeric(kind: Kind): boolean {
  return kind === 'int' || kind === 'float';
}

function numericValue(x: unknown): number | bigint {
  return x instanceof Float64 ? x.value : (x as number | bigint);
}

/** cmp.Compare: NaN first, -0 equal to 0. */
function compareNumbers(a: number | bigint, b: number | bigint): number {
  const aNaN = a !== a;
  const bNaN = b !== b;
  if (aNaN || bNaN) return Number(bNaN) - Number(aNaN);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Go compares UTF-8 bytes, which order as code points; JS `<` compares UTF-16 units. */
function compareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) return a.codePointAt(i)! - b.codePointAt(i)!;
  }
  return a.length - b.length;
}

function compareLists(a: readonly unknown[], b: readonly unknown[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareKeys(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
