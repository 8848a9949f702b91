// The Go standard library as the translation sees it: what the runtime lacks is reported by
// its Go name and panics only where it is reached (the rest of the program runs), and calls
// through function values are awaited only when a function used as a value may block.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { translate, type Translation } from '../../server/translate/index.js';
import { GO_CORPUS, runtimeEntry } from '../support/corpus.js';
import { runTsProgram } from '../support/run-ts-program.js';

async function translated(go: string): Promise<Translation> {
  return translate(go, { language: 'go', runtimeSpecifier: runtimeEntry(GO_CORPUS, 'url-of-ts') });
}

/** What the translation prints and how it ends. */
async function run(translation: Translation): Promise<{ stdout: string; stderr: string; code: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'chan2ts-go-stdlib-'));
  try {
    const file = join(dir, 'main.mjs');
    writeFileSync(file, translation.javascript);
    return await runTsProgram(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function unsupportedMessages(translation: Translation): string[] {
  return translation.diagnostics.filter((d) => d.code === 'unsupported').map((d) => d.message);
}

test('a_function_the_runtime_lacks_is_reported_by_name_and_panics_only_when_reached', async () => {
  const t = await translated(`package main

import (
	"fmt"
	"math"
	"strings"
)

func main() {
	fmt.Println("start")
	if len("x") > 5 {
		fmt.Println(math.Nextafter32(1, 2))
	}
	fmt.Println("still running")
	fmt.Println(strings.ToValidUTF8("ok", "?"))
}
`);
  assert.deepEqual(unsupportedMessages(t), [
    'chan2ts cannot translate this yet: math.Nextafter32',
    'chan2ts cannot translate this yet: strings.ToValidUTF8',
  ]);
  const { stdout, stderr, code } = await run(t);
  assert.equal(stdout, 'start\nstill running\n');
  assert.equal(stderr.split('\n')[0], 'panic: chan2ts: strings.ToValidUTF8 is not supported (main.go:15:14)');
  assert.equal(code, 2);
});

test('a_method_a_runtime_type_lacks_is_reported_by_name', async () => {
  const t = await translated(`package main

import "strings"

func main() {
	var sb strings.Builder
	sb.WriteString("x")
	sb.Frobnicate()
}
`);
  assert.deepEqual(unsupportedMessages(t), ['chan2ts cannot translate this yet: strings.Builder.Frobnicate']);
});

test('a_package_outside_the_runtime_is_reported_by_its_import_path', async () => {
  const t = await translated(`package main

import (
	"fmt"
	"net/http"
)

func main() {
	fmt.Println("up to here")
	http.Get("http://example.com")
}
`);
  assert.deepEqual(unsupportedMessages(t), ['chan2ts cannot translate this yet: net/http.Get']);
  const { stdout, code } = await run(t);
  assert.equal(stdout, 'up to here\n');
  assert.equal(code, 2);
});

test('a_call_through_a_function_value_is_not_awaited_when_no_function_value_blocks', async () => {
  const t = await translated(`package main

import "fmt"

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	fmt.Println(apply(func(n int) int { return n * 2 }, 21))
}
`);
  assert.match(t.typescript, /^function apply\(.*\): number \{$/m);
  assert.match(t.typescript, /return f\(x\);/);
});

test('a_call_through_a_function_value_is_awaited_when_a_function_of_its_type_blocks', async () => {
  const t = await translated(`package main

import "fmt"

type getter func() int

func apply(g getter) int { return g() }

func main() {
	ch := make(chan int, 1)
	ch <- 7
	fmt.Println(apply(func() int { return <-ch }))
}
`);
  assert.match(t.typescript, /return await g\(\);/);
  assert.equal((await run(t)).stdout, '7\n');
});

test('runtime_gosched_is_awaited_so_other_goroutines_run', async () => {
  const t = await translated(`package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := false
	go func() { done = true }()
	for !done {
		runtime.Gosched()
	}
	fmt.Println("the goroutine ran")
}
`);
  assert.match(t.typescript, /await runtime\.gosched\(\);/);
  assert.equal((await run(t)).stdout, 'the goroutine ran\n');
});
