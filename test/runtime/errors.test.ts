// Conformance of errors.New/Is/As/Unwrap/Join and fmt.Errorf's %w with Go's.
// Expected texts were checked against go1.23.5.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errors, fmt } from '../../runtime/src/go/index.js';

class NotFoundError {
  constructor(readonly name: string) {}
  Error(): string {
    return `${this.name}: not found`;
  }
}

class TimeoutError {
  Error(): string {
    return 'timeout';
  }
}

test('errors.new makes a distinct error each time, even for the same text', () => {
  const a = errors.new('boom');
  const b = errors.new('boom');
  assert.equal(a.Error(), 'boom');
  assert.equal(b.Error(), 'boom');
  assert.equal(errors.is(a, a), true);
  assert.equal(errors.is(a, b), false);
  assert.equal(errors.is(b, a), false);
});

test('errorf with %w wraps: errors.is finds the wrapped error through the chain', () => {
  const base = errors.new('not found');
  const mid = fmt.errorf('read config: %w', base);
  const outer = fmt.errorf('start: %w', mid);
  assert.equal(outer.Error(), 'start: read config: not found');
  assert.equal(errors.is(outer, base), true);
  assert.equal(errors.is(outer, mid), true);
  assert.equal(errors.is(outer, errors.new('not found')), false);
});

test('errors.unwrap gives the error wrapped by %w, one level at a time', () => {
  const base = errors.new('not found');
  const mid = fmt.errorf('read config: %w', base);
  const outer = fmt.errorf('start: %w', mid);
  assert.equal(errors.unwrap(outer), mid);
  assert.equal(errors.unwrap(mid), base);
  assert.equal(errors.unwrap(base), null);
});

test('errorf with %v formats the error without wrapping it', () => {
  const base = errors.new('not found');
  const err = fmt.errorf('read config: %v', base);
  assert.equal(err.Error(), 'read config: not found');
  assert.equal(errors.unwrap(err), null);
  assert.equal(errors.is(err, base), false);
});

test('errors.join wraps every non-nil error and joins their texts with newlines', () => {
  const a = errors.new('a failed');
  const b = errors.new('b failed');
  const joined = errors.join(a, null, b);
  assert.notEqual(joined, null);
  assert.equal(joined!.Error(), 'a failed\nb failed');
  assert.equal(errors.is(joined, a), true);
  assert.equal(errors.is(joined, b), true);
  assert.equal(errors.is(joined, errors.new('a failed')), false);
  // errors.Unwrap only follows Unwrap() error, not Unwrap() []error.
  assert.equal(errors.unwrap(joined), null);
});

test('errors.join of only nil errors is nil', () => {
  assert.equal(errors.join(), null);
  assert.equal(errors.join(null, null), null);
});

test('errors.as finds the first error of a class in the chain', () => {
  const cause = new NotFoundError('config.yaml');
  const err = fmt.errorf('load: %w', fmt.errorf('open: %w', cause));
  const found = errors.as(err, NotFoundError);
  assert.equal(found, cause);
  assert.equal(found?.name, 'config.yaml');
  assert.equal(errors.as(err, TimeoutError), null);
  assert.equal(errors.as(errors.new('config.yaml: not found'), NotFoundError), null);
});

test('errors.as looks inside joined errors', () => {
  const timeout = new TimeoutError();
  const joined = errors.join(errors.new('first'), fmt.errorf('second: %w', timeout));
  assert.equal(errors.as(joined, TimeoutError), timeout);
  assert.equal(errors.as(joined, NotFoundError), null);
});
