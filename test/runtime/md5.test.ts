// crypto/md5: digests as Go 1.23's md5.Sum gives them (arrays of 16 numbers), RFC 1321's test suite among them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bytesOf, md5 } from '../../runtime/src/go/index.js';

const hex = (b: readonly number[]) => Buffer.from(b).toString('hex');

test('sum_of_the_rfc_1321_test_messages', () => {
  assert.deepEqual(
    ['', 'a', 'abc', 'message digest'].map((s) => hex(md5.sum(bytesOf(s)))),
    [
      'd41d8cd98f00b204e9800998ecf8427e',
      '0cc175b9c0f1b6a831c399e269772661',
      '900150983cd24fb0d6963f7d28e17f72',
      'f96b697d7cb7938d525a2f31aaf161d0',
    ],
  );
});

test('sum_pads_messages_at_the_block_boundaries', () => {
  assert.deepEqual(
    [
      ['x', 55],
      ['y', 56],
      ['z', 64],
    ].map(([c, n]) => hex(md5.sum(bytesOf((c as string).repeat(n as number))))),
    ['04364420e25c512fd958a70738aa8f72', '6c830a5d23df58dbe0171eb5639bf3e4', '3ecc49f9d9d6c263b4f0de7fc3f38aed'],
  );
});

test('sum_of_a_plain_array_of_bytes_and_of_nil', () => {
  assert.equal(hex(md5.sum([97, 98, 99])), '900150983cd24fb0d6963f7d28e17f72');
  assert.equal(hex(md5.sum(null)), 'd41d8cd98f00b204e9800998ecf8427e');
});

test('size_is_sixteen_bytes', () => {
  assert.deepEqual([md5.size, md5.sum(bytesOf('q')).length], [16, 16]);
});
