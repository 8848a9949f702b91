// Go's math package. Every expected value is what Go 1.23 prints for the same call.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { math } from '../../runtime/src/go/index.js';

const negZero = -0;

test('round goes half away from zero, roundToEven half to even', () => {
  assert.deepEqual(
    [math.round(2.5), math.round(-2.5), math.round(-0.4), math.round(0.5), math.round(0.49999999999999994)],
    [3, -3, -0, 1, 0],
  );
  assert.equal(math.signbit(math.round(-0.4)), true);
  assert.deepEqual([math.roundToEven(2.5), math.roundToEven(-0.5), math.roundToEven(3.5)], [2, -0, 4]);
  assert.equal(math.signbit(math.roundToEven(-0.5)), true);
});

test('max and min follow Go rules for NaN, infinities and signed zeros', () => {
  assert.equal(math.max(NaN, Infinity), Infinity); // Math.max gives NaN
  assert.ok(Number.isNaN(math.max(1, NaN)));
  assert.equal(math.signbit(math.max(negZero, 0)), false);
  assert.equal(math.signbit(math.min(negZero, 0)), true);
  assert.equal(math.min(NaN, -Infinity), -Infinity);
  assert.ok(Number.isNaN(math.min(NaN, 1)));
  assert.deepEqual([math.max(3, 7), math.min(3, 7)], [7, 3]);
});

test('mod has the sign of x', () => {
  assert.deepEqual(
    [math.mod(7, 3), math.mod(-7, 3), math.mod(7, -3), math.mod(5.5, 2), math.mod(3, Infinity)],
    [1, -1, 1, 1.5, 3],
  );
  assert.ok(Number.isNaN(math.mod(1, 0)));
  assert.ok(Number.isNaN(math.mod(Infinity, 1)));
  assert.equal(math.signbit(math.mod(-6, 3)), true);
});

test('pow has Go special cases and Go results for integer powers', () => {
  assert.equal(math.pow(1, NaN), 1); // Math.pow gives NaN
  assert.equal(math.pow(-1, Infinity), 1); // Math.pow gives NaN
  assert.equal(math.pow(2, 10), 1024);
  assert.equal(math.pow(1.05, 10), 1.6288946267774416); // Math.pow: 1.6288946267774422
  assert.ok(Number.isNaN(math.pow(-8, 1 / 3)));
  assert.deepEqual(
    [math.pow(0, -1), math.pow(negZero, -1), math.pow(-2, 3), math.pow(2, -2), math.pow(10, 15)],
    [Infinity, -Infinity, -8, 0.25, 1e15],
  );
  assert.equal(math.pow(1.1, 3), 1.3310000000000004);
});

test('inf, isInf, isNaN and signbit', () => {
  assert.deepEqual(
    [math.isInf(math.inf(1), 1), math.isInf(math.inf(-1), 1), math.isInf(math.inf(-1), 0), math.isInf(1e308, 0)],
    [true, false, true, false],
  );
  assert.deepEqual([math.isNaN(math.naN()), math.isNaN(Infinity)], [true, false]);
  assert.deepEqual([math.signbit(negZero), math.signbit(0), math.signbit(-3)], [true, false, true]);
});

test('modf splits into integer and fraction parts that both keep the sign', () => {
  assert.deepEqual(math.modf(-3.5), [-3, -0.5]);
  const [int, frac] = math.modf(-3);
  assert.equal(int, -3);
  assert.ok(Object.is(frac, -0));
  const [infInt, infFrac] = math.modf(Infinity);
  assert.equal(infInt, Infinity);
  assert.ok(Number.isNaN(infFrac));
});

test('trunc, floor, ceil and abs', () => {
  assert.deepEqual(
    [math.trunc(-2.7), math.floor(-2.5), math.ceil(-2.5), math.floor(2.5), math.abs(-3.2)],
    [-2, -3, -2, 2, 3.2],
  );
  assert.ok(Object.is(math.ceil(-0.5), -0));
});

test('log2 and log10 compute as Go does', () => {
  assert.deepEqual(
    [
      math.log2(8),
      math.log2(10),
      math.log10(1000),
      math.log10(2),
      math.log10(5),
      math.log(Math.E),
      math.log(0),
      math.exp(0),
    ],
    [3, 3.321928094887362, 3, 0.3010299956639812, 0.6989700043360187, 1, -Infinity, 1],
  );
  assert.ok(Number.isNaN(math.log(-1)));
});

test('hypot, sqrt and cbrt', () => {
  assert.deepEqual(
    [math.hypot(3, 4), math.sqrt(2), math.cbrt(27), math.hypot(Infinity, NaN), math.hypot(1e200, 1e200)],
    [5, 1.4142135623730951, 3, Infinity, 1.414213562373095e200],
  );
  assert.ok(Number.isNaN(math.sqrt(-1)));
});

test('frexp and ldexp split and scale by powers of two, rounding subnormals once', () => {
  assert.deepEqual(math.frexp(8), [0.5, 4]);
  assert.deepEqual(math.frexp(5e-324), [0.5, -1073]);
  assert.deepEqual(
    [math.ldexp(0.5, 4), math.ldexp(1, -1075), math.ldexp(3, -1075), math.ldexp(1, 1024)],
    [8, 0, 1e-323, Infinity],
  );
});

test('constants and pow10, dim, copysign', () => {
  assert.deepEqual(
    [
      math.maxInt32,
      math.minInt32,
      math.maxUint32,
      math.maxInt8,
      math.maxUint16,
      math.maxFloat64,
      math.smallestNonzeroFloat64,
      math.maxFloat32,
    ],
    [2147483647, -2147483648, 4294967295, 127, 65535, 1.7976931348623157e308, 5e-324, 3.4028234663852886e38],
  );
  assert.deepEqual([math.pi, math.e, math.sqrt2], [3.141592653589793, 2.718281828459045, 1.4142135623730951]);
  assert.deepEqual([math.pow10(3), math.pow10(-2), math.pow10(400), math.pow10(-400)], [1000, 0.01, Infinity, 0]);
  assert.deepEqual([math.dim(5, 3), math.dim(3, 5), math.copysign(3, -1)], [2, 0, -3]);
});

test('maxInt is the largest integer a number holds exactly (Go has 2^63 - 1, which a double cannot hold)', () => {
  assert.equal(math.maxInt, Number.MAX_SAFE_INTEGER);
  assert.equal(math.minInt, Number.MIN_SAFE_INTEGER);
  assert.equal(math.maxInt + 1 > math.maxInt, true);
});
