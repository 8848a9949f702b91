// The JavaScript for running awaits a channel, select or lock operation only when it parks
// (server/translate/emit/await-operation.ts), while the TypeScript for people keeps `await`.
// What the fast path must not change is checked against real Go by the programs of
// test/corpus/go-fast-path/ (go-differential.test.ts); these tests pin down its shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translate } from '../../server/translate/index.js';

const PROGRAM = `package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int, 1)
	var mu sync.Mutex
	ch <- 1
	mu.Lock()
	v := <-ch
	mu.Unlock()
	select {
	case ch <- v:
	default:
	}
	for x := range ch {
		fmt.Println(x)
	}
}
`;

const translated = () => translate(PROGRAM, { fileName: 'prog.go', language: 'go' });

test('javascript_awaits_channel_operations_only_when_pending', async () => {
  const { javascript } = await translated();
  for (const op of ['ch.send(1)', 'mu.lock()', 'ch.recv()', 'select(']) {
    const at = javascript.indexOf(op);
    assert.ok(at > 0, `${op} in:\n${javascript}`);
    assert.doesNotMatch(javascript.slice(at - 10, at), /await $/, `${op} is awaited unconditionally`);
    assert.match(javascript.slice(at), /^[^;]*instanceof Promise \? await \$op : \$op/, `${op} awaits only a promise`);
  }
});

test('javascript_ranges_over_a_channel_without_an_async_iterator', async () => {
  const { javascript } = await translated();
  assert.doesNotMatch(javascript, /for await/);
  assert.match(javascript, /\$ch\.rangeNext\(\)/);
  assert.match(javascript, /import \{[^}]*RANGE_END as \$end[^}]*\}/);
});

test('typescript_keeps_await_for_people', async () => {
  const { typescript } = await translated();
  assert.match(typescript, /await ch\.send\(1\);/);
  assert.match(typescript, /const v = await ch\.recv\(\);/);
  assert.match(typescript, /for await \(const x of ch\)/);
  assert.doesNotMatch(typescript, /\$op|\$end|rangeNext/);
});

test('javascript_without_channel_operations_declares_no_temporary', async () => {
  const { javascript } = await translate('package main\n\nimport "fmt"\n\nfunc main() { fmt.Println(1) }\n', {
    fileName: 'plain.go',
    language: 'go',
  });
  assert.doesNotMatch(javascript, /\$op|\$end/);
});
