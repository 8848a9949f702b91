// Complex arithmetic and math/cmplx (runtime/src/go/cmplx.ts): each expected pair is what Go
// 1.23 computes for the same operands (its runtime's complex128div, math/cmplx's algorithms).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  abs,
  complex,
  conj,
  exp,
  isInf,
  isNaN,
  log,
  phase,
  pow,
  sqrt,
  type Complex,
} from '../../runtime/src/go/cmplx.js';

const parts = (c: Complex): [number, number] => [c.re, c.im];

test('complex division follows Go: Smith’s algorithm, then infinities and zeros where it gives NaNs', () => {
  const cases: [string, Complex, [number, number]][] = [
    ['(1+2i)/(3-4i)', complex(1, 2).div(complex(3, -4)), [-0.2, 0.4]],
    ['(1e300+1e300i)/(1e-300+1e-300i)', complex(1e300, 1e300).div(complex(1e-300, 1e-300)), [Infinity, 0]],
    ['(1+2i)/(1e-300+3i)', complex(1, 2).div(complex(1e-300, 3)), [0.6666666666666666, -0.3333333333333333]],
    ['1/0', complex(1, 0).div(complex(0, 0)), [Infinity, NaN]],
    ['(-1+1i)/0', complex(-1, 1).div(0), [-Infinity, Infinity]],
    ['inf/(2+1i)', complex(Infinity, 0).div(complex(2, 1)), [Infinity, -Infinity]],
    ['(1+1i)/(inf+0i)', complex(1, 1).div(complex(Infinity, 0)), [0, 0]],
    ['(nan+0i)/0', complex(NaN, 0).div(0), [NaN, NaN]],
  ];
  for (const [what, got, want] of cases) assert.deepEqual(parts(got), want, what);
});

test('complex +, -, *, negation and == take numbers for untyped constants', () => {
  const c = complex(3, 4);
  assert.deepEqual(parts(c.mul(complex(3, -4))), [25, 0]);
  assert.deepEqual(parts(c.add(1).sub(complex(0, 1)).mul(2)), [8, 6]);
  assert.deepEqual(parts(c.neg()), [-3, -4]);
  assert.equal(c.equals(complex(3, 4)), true);
  assert.equal(complex(2, 0).equals(2), true);
  // Go's ==: NaN parts are never equal, and 0 equals -0.
  assert.equal(complex(NaN, 0).equals(complex(NaN, 0)), false);
  assert.equal(complex(0, 0).equals(complex(-0, 0)), true);
});

test('math/cmplx gives Go’s values, special cases included', () => {
  const cases: [string, Complex, [number, number]][] = [
    ['Sqrt(-5+12i)', sqrt(complex(-5, 12)), [2, 3]],
    ['Sqrt(-4)', sqrt(complex(-4, 0)), [0, 2]],
    ['Sqrt(2i)', sqrt(complex(0, 2)), [1, 1]],
    ['Sqrt(1e300+1e300i)', sqrt(complex(1e300, 1e300)), [1.09868411346781e150, 4.550898605622274e149]],
    ['Sqrt(1e-300-3e-300i)', sqrt(complex(1e-300, -3e-300)), [1.442615274452683e-150, -1.0397782600555704e-150]],
    ['Exp(1)', exp(complex(1, 0)), [2.718281828459045, 0]],
    ['Exp(-inf+infi)', exp(complex(-Infinity, Infinity)), [0, 0]],
    ['Pow(0, -1)', pow(complex(0, 0), complex(-1, 0)), [Infinity, 0]],
    ['Pow(0, 0)', pow(complex(0, 0), complex(0, 0)), [1, 0]],
    ['Pow(4, 0.5)', pow(complex(4, 0), complex(0.5, 0)), [2, 0]],
    ['Log(-1)', log(complex(-1, 0)), [0, 3.141592653589793]],
    ['Conj(1+2i)', conj(complex(1, 2)), [1, -2]],
  ];
  for (const [what, got, want] of cases) assert.deepEqual(parts(got), want, what);
  assert.deepEqual([abs(complex(3, 4)), phase(complex(3, 4))], [5, 0.9272952180016122]);
  assert.deepEqual(
    [isNaN(complex(NaN, 1)), isNaN(complex(NaN, Infinity)), isInf(complex(1, -Infinity))],
    [true, false, true],
  );
});
