// `{}`: Rust's Display for the values that have it. A user's `impl fmt::Display` is the
// object's own toString(Formatter); like an impl that only calls write!, it ignores width and
// precision unless it reads them from the Formatter.

import { displayFloat } from './rust-float.js';
import { displayInteger, isInteger } from './rust-int.js';
import { Formatter } from './rust-formatter.js';
import { pad } from './rust-pad.js';
import type { Spec } from './rust-spec.js';
import { Char, F64, missingTrait } from './rust-values.js';

export function display(value: unknown, spec: Spec): string {
  switch (typeof value) {
    case 'string':
      return pad(value, spec);
    case 'boolean':
      return pad(String(value), spec);
    case 'number':
    case 'bigint':
      return isInteger(value) ? displayInteger(value, spec) : displayFloat(value as number, spec);
    case 'object':
      if (value instanceof F64) return displayFloat(value.value, spec);
      if (value instanceof Char) return pad(value.toString(), spec);
      if (value !== null && implementsDisplay(value)) return (value as Displayable).toString(new Formatter(spec));
  }
  throw missingTrait(value, 'Display');
}

interface Displayable {
  toString(f: Formatter): string;
}

function implementsDisplay(value: object): boolean {
  if (Array.isArray(value)) return false;
  return typeof value.toString === 'function' && value.toString !== Object.prototype.toString;
}
