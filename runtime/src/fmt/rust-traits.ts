// One formatted argument: the trait its placeholder names, applied to the value.

import { debug } from './rust-debug.js';
import { display } from './rust-display.js';
import { exponentFloat } from './rust-float.js';
import { exponentInteger, isInteger, radixInteger, type Radix } from './rust-int.js';
import type { Spec, Trait } from './rust-spec.js';
import { F64, missingTrait } from './rust-values.js';

export function formatWithTrait(value: unknown, trait: Trait, spec: Spec): string {
  switch (trait) {
    case 'Display':
      return display(value, spec);
    case 'Debug':
      return debug(value, spec);
    case 'LowerExp':
    case 'UpperExp':
      return exponent(value, trait, spec);
    default:
      return radix(value, trait, spec);
  }
}

function radix(value: unknown, trait: Radix, spec: Spec): string {
  if (!isInteger(value)) throw missingTrait(value, trait);
  return radixInteger(value, trait, spec);
}

function exponent(value: unknown, trait: 'LowerExp' | 'UpperExp', spec: Spec): string {
  const upper = trait === 'UpperExp';
  if (isInteger(value)) return exponentInteger(value, upper, spec);
  if (value instanceof F64) return exponentFloat(value.value, upper, spec);
  if (typeof value === 'number') return exponentFloat(value, upper, spec);
  throw missingTrait(value, trait);
}
