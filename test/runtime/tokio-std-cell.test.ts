// RefCell with Rust's borrow rules checked when the program runs (runtime/src/tokio/std-cell.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { format, rs } from '../../runtime/src/tokio/index.js';

const panicOf = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return { message: (error as Error).message, location: (error as { location?: string }).location };
  }
  return null;
};

test('many_borrows_at_once_but_borrow_mut_panics_while_one_is_alive', () => {
  const cell = new rs.RefCell([1, 2]);
  const first = cell.borrow('src/main.rs:3:7');
  const second = cell.borrow('src/main.rs:4:7');
  assert.deepEqual(second.value, [1, 2]);
  assert.deepEqual(
    panicOf(() => cell.borrowMut('src/main.rs:5:7')),
    {
      message: 'RefCell already borrowed',
      location: 'src/main.rs:5:7',
    },
  );
  first.drop();
  second.drop();
  second.drop(); // a second drop releases nothing more
  const writer = cell.borrowMut();
  writer.value = [3];
  assert.deepEqual(panicOf(() => cell.borrow('src/main.rs:9:1'))?.message, 'RefCell already mutably borrowed');
  writer.drop();
  assert.deepEqual(cell.borrow().value, [3]);
});

test('try_borrow_gives_err_and_debug_shows_a_mutably_borrowed_cell_as_borrowed', () => {
  const cell = new rs.RefCell(5);
  const reader = cell.borrow();
  const refused = cell.tryBorrowMut();
  assert.ok(refused.isErr());
  assert.equal(format('{:?} {}', [refused.error, refused.error]), 'BorrowMutError RefCell already borrowed');
  reader.drop();
  const writer = cell.tryBorrowMut();
  assert.ok(writer.isOk());
  assert.equal(format('{:?}', [cell]), 'RefCell { value: <borrowed> }');
  const denied = cell.tryBorrow();
  assert.ok(denied.isErr());
  assert.equal(format('{:?} {}', [denied.error, denied.error]), 'BorrowError RefCell already mutably borrowed');
  rs.drop(writer);
  assert.equal(format('{:?}', [cell]), 'RefCell { value: 5 }');
});

test('cell_get_set_replace_take_share_one_value', () => {
  const cell = new rs.Cell(3);
  cell.set(cell.get() + 1);
  assert.equal(cell.replace(10), 4);
  assert.equal(cell.take(0), 10);
  assert.equal(cell.get(), 0);
  assert.equal(format('{:?}', [new rs.Cell('x')]), 'Cell { value: "x" }');
});
