// The rounds of nil-slot discovery (server/translate/go/nil-slots.ts): a round is repeated only
// when a slot it found holding nil was asked about while taken as not holding it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NilSlots, variableSlot } from '../../server/translate/go/nil-slots.js';

test('a slot found holding nil that no code asked about needs no second round', () => {
  const round = new NilSlots();
  round.holds(variableSlot(1));
  round.store(variableSlot(2));
  assert.equal(round.changesTranslation(), false);
  assert.deepEqual([...round.found()], [variableSlot(2)]);
});

test('a slot asked about before it was found holding nil needs a second round', () => {
  const round = new NilSlots();
  assert.equal(round.holds(variableSlot(1)), false);
  round.store(variableSlot(1));
  assert.equal(round.changesTranslation(), true);
});

test('a slot asked about after it was found holding nil needs a second round', () => {
  const round = new NilSlots();
  round.store(variableSlot(1));
  round.holds(variableSlot(1));
  assert.equal(round.changesTranslation(), true);
});

test('a round that assumed every slot it asked about and found is the last', () => {
  const round = new NilSlots(new Set([variableSlot(1)]));
  assert.equal(round.holds(variableSlot(1)), true);
  round.store(variableSlot(1));
  assert.equal(round.changesTranslation(), false);
  assert.deepEqual([...round.found()], [variableSlot(1)]);
});
