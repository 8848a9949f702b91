// container/heap over a type with Go's five methods, container/list and container/ring.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { heap, list, ring } from '../../runtime/src/go/index.js';

/** What a Go IntHeap translates to: a slice with Len, Less, Swap, Push and Pop. */
class IntHeap implements heap.Interface {
  constructor(public items: number[]) {}
  len() {
    return this.items.length;
  }
  less(i: number, j: number) {
    return this.items[i]! < this.items[j]!;
  }
  swap(i: number, j: number) {
    [this.items[i], this.items[j]] = [this.items[j]!, this.items[i]!];
  }
  push(x: unknown) {
    this.items.push(x as number);
  }
  pop() {
    return this.items.pop();
  }
}

function drain(h: IntHeap): unknown[] {
  const out: unknown[] = [];
  while (h.len() > 0) out.push(heap.pop(h));
  return out;
}

test('heap_pop_gives_the_smallest', () => {
  const h = new IntHeap([5, 2, 8, 1, 9]);
  heap.init(h);
  heap.push(h, 3);
  assert.deepEqual(drain(h), [1, 2, 3, 5, 8, 9]);
});

test('heap_fix_restores_the_order_after_an_element_changes', () => {
  const h = new IntHeap([1, 4, 6, 7]);
  heap.init(h);
  h.items[0] = 10;
  heap.fix(h, 0);
  assert.deepEqual(drain(h), [4, 6, 7, 10]);
});

test('heap_remove_takes_out_the_element_at_an_index', () => {
  const h = new IntHeap([1, 2, 3, 4, 5]);
  heap.init(h);
  assert.equal(heap.remove(h, 1), 2);
  assert.deepEqual(drain(h), [1, 3, 4, 5]);
});

function values(l: list.List): unknown[] {
  const out: unknown[] = [];
  for (let e = l.front(); e !== null; e = e.next()) out.push(e.value);
  return out;
}

test('list_inserts_moves_and_walks_both_ways', () => {
  const l = list.new();
  const b = l.pushBack('b');
  l.pushFront('a');
  l.insertAfter('c', b);
  l.moveToFront(b);
  assert.deepEqual(values(l), ['b', 'a', 'c']);
  assert.deepEqual([l.back()!.value, l.back()!.prev()!.value, l.front()!.prev()], ['c', 'a', null]);
});

test('list_remove_of_an_element_of_another_list_changes_nothing', () => {
  const l = list.new();
  l.pushBack(1);
  const other = new list.List();
  const foreign = other.pushBack(2);
  assert.equal(l.remove(foreign), 2);
  assert.deepEqual([l.len(), other.len()], [1, 1]);
});

test('ring_unlink_cuts_out_the_elements_after_and_link_puts_them_back', () => {
  let r = ring.new(5)!;
  for (let i = 0; i < 5; i++, r = r.next()) r.value = i;
  const cut = r.unlink(2)!;
  const kept: unknown[] = [];
  r.do((v) => kept.push(v));
  assert.deepEqual([kept, cut.len()], [[0, 3, 4], 2]);
  r.link(cut);
  assert.equal(r.len(), 5);
  assert.deepEqual([r.move(-1).value, r.move(6).value], [4, 1]);
});
