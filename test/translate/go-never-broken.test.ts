// Whatever the Go input, its TypeScript and JavaScript parse: what cannot be translated (a syntax
// error, what Go itself rejects, what is not supported yet) becomes code that panics when it is
// reached, and the rest still translates; valid Go still runs as Go runs it. One test for each
// way the translator once wrote code that does not parse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { translate, type Translation } from '../../server/translate/index.js';
import { GO_CORPUS, runtimeEntry } from '../support/corpus.js';
import { assertParses } from '../support/fuzz.js';
import { runTsProgram } from '../support/run-ts-program.js';
import { typecheckFolder } from '../support/typecheck.js';

/** Translates `go` (a file, declarations or statements), checking that both outputs parse. */
async function translated(go: string): Promise<Translation> {
  const result = await translate(go, { language: 'go' });
  assertParses(result.typescript, 'ts');
  assertParses(result.javascript, 'js');
  return result;
}

/** The TypeScript of `go`, which must hold each of `expected` as a line, in order. */
async function expectLines(go: string, expected: string[]): Promise<Translation> {
  const result = await translated(go);
  const lines = result.typescript.split('\n').map((l) => l.trim());
  let at = 0;
  for (const want of expected) {
    const found = lines.indexOf(want, at);
    assert.ok(found >= 0, `expected line ${JSON.stringify(want)} (in order) in:\n${result.typescript}`);
    at = found + 1;
  }
  return result;
}

/** What the translation of a valid program prints and how it exits (Node parses its JavaScript as a module). */
async function runs(go: string): Promise<{ stdout: string; code: number }> {
  const result = await translate(go, { language: 'go', runtimeSpecifier: runtimeEntry(GO_CORPUS, 'url-of-ts') });
  assertParses(result.javascript, 'js');
  const dir = mkdtempSync(join(tmpdir(), 'chan2ts-go-never-broken-'));
  try {
    const file = join(dir, 'main.mjs');
    writeFileSync(file, result.javascript);
    const { stdout, code } = await runTsProgram(file);
    return { stdout, code };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('syntax_error_in_a_statement_becomes_a_panic_in_its_place', async () => {
  const result = await expectLines('x := 1\ny := f(1,, 2)\nif x > {\n}\nprintln(x)', [
    'const x = 1;',
    "unsupported('syntax error: ,', 'main.go:2:9');",
    "unsupported('syntax error: missing identifier', 'main.go:3:7');",
    'fmt.eprintln(x);',
  ]);
  assert.ok(result.diagnostics.some((d) => d.code === 'syntax-error' && d.range.start.line === 1));
});

test('syntax_error_in_a_declaration_header_becomes_a_panic_when_the_program_starts', async () => {
  const result = await expectLines(
    'package main\n\ntype S struct{}\n\nfunc (s *S) M(a int b) {}\n\nfunc h(a int, b c d) {}\n\nfunc main() {}\n',
    [
      'class S {',
      "unsupported('syntax error: b', 'main.go:5:21');",
      "unsupported('syntax error: d', 'main.go:7:19');",
      'async function main(): Promise<void> {}',
    ],
  );
  assert.ok(!result.typescript.includes('m(a'), result.typescript);
});

test('break_outside_a_loop_becomes_a_panic_when_reached', async () => {
  await expectLines('break', ["unsupported('break outside a loop, switch or select', 'main.go:1:1');"]);
  await expectLines(
    'for i := 0; i < 2; i++ {\n\tfunc() {\n\t\tbreak\n\t}()\n\tswitch i {\n\tcase 0:\n\t\tbreak\n\t}\n}\nswitch {\ndefault:\n\tcontinue\n}',
    [
      "unsupported('break outside a loop, switch or select', 'main.go:3:3');",
      'case 0: {',
      'break;',
      "unsupported('continue outside a loop', 'main.go:12:2');",
    ],
  );
});

test('jump_to_a_label_of_no_enclosing_loop_becomes_a_panic_when_reached', async () => {
  await expectLines('continue r', ["unsupported('continue r: no enclosing loop has this label', 'main.go:1:1');"]);
  await expectLines(
    'L:\n\tswitch {\n\tdefault:\n\t\tcontinue L\n\t}\nM:\n\tx := 1\n\tfor {\n\t\tbreak M\n\t}\n\t_ = x',
    [
      'L: switch (true) {',
      "unsupported('continue L: no enclosing loop has this label', 'main.go:4:3');",
      'const x = 1;',
      "unsupported('break M: no enclosing loop, switch or select has this label', 'main.go:9:3');",
    ],
  );
});

test('label_on_nothing_on_a_declaration_or_inside_its_namesake_is_left_out', async () => {
  const result = await translated('l:');
  assert.ok(!result.typescript.includes('l:'), result.typescript);
  await expectLines('label:\nlabel:\n\tfor {\n\t}', ['label: for (;;) {}']);
});

test('labelled_select_and_labels_named_like_the_translations_own_run_as_go', async () => {
  const go = `package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	n := 0
L:
	select {
	case v := <-ch:
		n += v
		break L
	default:
		n = -1
	}
body:
	for i := 0; i < 3; i++ {
		var x any = i
		switch x.(type) {
		case int:
			if i == 1 {
				continue body
			}
			if i == 2 {
				break body
			}
		}
		n += 10
	}
typeSwitch:
	for {
		var y any = "s"
		switch y.(type) {
		case string:
			break typeSwitch
		}
	}
	fmt.Println(n)
}
`;
  await expectLines(go, [
    'L: {',
    'break L;',
    'body_: for (let i = 0; i < 3; i++) {',
    'continue body_;',
    'typeSwitch_: for (;;) {',
    'break typeSwitch_;',
  ]);
  assert.deepEqual(await runs(go), { stdout: '11\n', code: 0 });
});

test('return_or_defer_outside_a_function_becomes_a_panic', async () => {
  await expectLines('package main\nreturn\ndefer f()\nfunc main() {}\n', [
    "unsupported('return outside a function', 'main.go:2:1');",
    "unsupported('defer outside a function', 'main.go:3:1');",
  ]);
});

test('letters_javascript_parsers_may_not_accept_are_escaped', async () => {
  const go = `package main

import "fmt"

type ᚠBox struct {
	größe int
	ᚠ     int
}

func (b ᚠBox) Sum() int { return b.größe + b.ᚠ }

func main() {
	ᚠ := ᚠBox{größe: 1, ᚠ: 2}
	π, 世界 := 3, "世界"
ᚠloop:
	for {
		break ᚠloop
	}
	fmt.Println(ᚠ.Sum(), ᚠ.ᚠ, π, 世界)
}
`;
  await expectLines(go, [
    'class _u16a0_Box {',
    '_u16a0_: number;',
    'const _u16a0_ = new _u16a0_Box({ größe: 1, _u16a0_: 2 });',
    "const [π, 世界] = [3, '世界'];",
    '_u16a0_loop: for (;;) {',
  ]);
  assert.deepEqual(await runs(go), { stdout: '3 2 3 世界\n', code: 0 });
  // A letter newer than Go's own tables: Go rejects it, the output still parses.
  await expectLines('𓑠 := 1\nprintln(𓑠)', ['const _u13460_ = 1;']);
});

test('names_javascript_reserves_are_renamed', async () => {
  const go = `package main

import "fmt"

type let struct {
	new   int
	class string
}

type number int

func (n number) String() string { return fmt.Sprintf("#%d", int(n)) }

func main() {
	true := false
	await, yield := 1, 2
	var x let = let{new: await + yield, class: "c"}
	var n number = 7
	fmt.Println(true, x.new, x.class, n)
}
`;
  await expectLines(go, [
    'class let_ {',
    'type number_ = number;',
    'const true_ = false;',
    'const [await_, yield_] = [1, 2];',
    "const x: let_ = new let_({ new: await_ + yield_, class: 'c' });",
  ]);
  assert.deepEqual(await runs(go), { stdout: 'false 3 c #7\n', code: 0 });
});

test('field_or_method_named_constructor_is_not_the_class_constructor', async () => {
  const go =
    'package main\n\ntype S struct {\n\tconstructor int\n}\n\nfunc (s S) Constructor() int { return s.constructor }\n\nfunc main() { println(S{constructor: 1}.Constructor()) }\n';
  // The method is camel-cased as every method is (constructor_); the field beside it yields (constructor__).
  await expectLines(go, ['constructor__: number;', 'constructor_(): number {', 'return this.constructor__;']);
});

test('blank_and_unnamed_parameters_get_names_of_their_own', async () => {
  const go = `package main

import "fmt"

type Celsius float64

func (_ Celsius) Unit(_ int, _ string) string { return "C" }

func apply(f func(int, int) int, _, _ int) int { return f(2, 3) }

func first(_ int, _ string) (_ int, err error) { return 1, nil }

func main() {
	n, _ := first(0, "")
	fmt.Println(apply(func(a, b int) int { return a * b }, 0, 0), n, Celsius(1).Unit(0, ""))
}
`;
  await expectLines(go, [
    'function celsiusUnit(_: Celsius, _2: number, _3: string): string {',
    'function apply(f: (a0: number, a1: number) => any, _: number, _2: number): number {',
    'function first(_: number, _2: string): [number, GoError | null] {',
    'let _3: number = 0;',
  ]);
  assert.deepEqual(await runs(go), { stdout: '6 1 C\n', code: 0 });
});

test('parameter_named_deferred_in_a_function_that_defers_is_renamed', async () => {
  const go =
    'package main\n\nfunc f(deferred int) (total int) {\n\tdefer func() { total++ }()\n\treturn deferred\n}\n\nfunc main() { println(f(1)) }\n';
  await expectLines(go, [
    'async function f(deferred2: number): Promise<number> {',
    'const deferred = new DeferStack();',
    'total = deferred2;',
  ]);
});

test('name_declared_twice_in_one_block_gets_a_name_of_its_own', async () => {
  // Go rejects the second `x :=`; `sel` after a select is valid Go.
  await expectLines('x := 1\nx := 2\nprintln(x)', ['let x = 1;', 'let x2 = 2;', 'fmt.eprintln(x2);']);
  await expectLines('ch := make(chan int)\nselect {\ncase <-ch:\ndefault:\n}\nsel := 2\nprintln(sel)', [
    'const sel = await select([recvCase(ch)], true);',
    'const sel2 = 2;',
    'fmt.eprintln(sel2);',
  ]);
});

test('package_level_names_that_the_runtime_import_binds_are_renamed', async () => {
  const go = `package main

import "fmt"

type point struct{ x, y int }

var index = 1

var errors []string

func equal(a, b int) bool { return a == b }

func main() {
	xs := []int{10, 20}
	errors = append(errors, "e")
	fmt.Println(xs[index], len(errors), equal(1, 1), point{1, 2} == point{1, 2})
}
`;
  const result = await expectLines(go, [
    'let index_: number = 1;',
    'let errors_: string[] = [];',
    'function equal_(a: number, b: number): boolean {',
  ]);
  assert.match(result.typescript, /^import \{ equal, fmt, index, runMain \} from/);
  assert.deepEqual(await runs(go), { stdout: '20 1 true true\n', code: 0 });
});

test('second_function_of_the_same_name_gets_a_name_and_an_async_of_its_own', async () => {
  await expectLines('package main\n\nfunc init() {}\n\nfunc init() {}\n\nfunc main() {}\n', [
    'function init(): void {}',
    'function init2(): void {}',
  ]);
  await expectLines(
    'package main\n\nfunc f() { ch := make(chan int, 1); ch <- 1 }\n\nfunc f() {}\n\nfunc main() { f() }\n',
    ['async function f(): Promise<void> {', 'function f2(): void {}'],
  );
});

test('method_function_named_like_a_function_of_the_program_is_renamed', async () => {
  await expectLines(
    'package main\n\ntype State int\n\nfunc (s State) String() string { return "s" }\n\nfunc stateString() string { return "f" }\n\nfunc main() { println(State(1).String(), stateString()) }\n',
    [
      'function stateString_(s: State): string {',
      'function stateString(): string {',
      'fmt.eprintln(stateString_(1), stateString());',
    ],
  );
});

test('type_declared_twice_in_one_block_becomes_a_panic', async () => {
  await expectLines('type T int\ntype T string', [
    'type T = number;',
    "unsupported('type T declared again in this block', 'main.go:2:6');",
  ]);
});

test('non_name_left_of_a_short_declaration_becomes_a_panic', async () => {
  await expectLines('*e := 1\n"s" := 2\ng.W := 3', [
    "unsupported('*e on the left of := (Go declares names only)', 'main.go:1:1');",
    "unsupported('\"s\" on the left of := (Go declares names only)', 'main.go:2:1');",
    "unsupported('g.W on the left of := (Go declares names only)', 'main.go:3:1');",
  ]);
});

test('assignment_to_what_cannot_be_assigned_becomes_a_panic', async () => {
  await expectLines(
    'type T struct{ Inc func() }\nvar t T\n"" = 0\nt.Inc = nil\ns := "abc"\ns[0] = \'x\'\n"s"++\nm := map[string]int{}\nvar a int\n(m["k"]) = 3\na, m["k"] = 1, 2',
    [
      "unsupported('assignment to \"\"', 'main.go:3:1');",
      't.Inc = null;',
      "unsupported('assignment to s[0]', 'main.go:6:1');",
      "unsupported('assignment to \"s\"', 'main.go:7:1');",
      "m.set('k', 3);",
      "unsupported('assignment to a, m[\"k\"]', 'main.go:11:1');",
    ],
  );
  await expectLines('ch := make(chan int)\nselect {\ncase -t = <-ch:\n}', [
    "unsupported('assignment to -t', 'main.go:3:6');",
  ]);
});

test('range_assigning_to_an_element_evaluates_it_before_the_index_changes', async () => {
  // Go evaluates x[i] before it assigns i: the targets are assigned last first.
  await expectLines('var i int\nx := make([]int, 3)\nfor i, x[i] = range []int{7, 8, 9} {\n}\nprintln(i, x)', [
    'for (const [i2, value] of [7, 8, 9].entries()) {',
    'x[i] = value;',
    'i = i2;',
  ]);
});

test('function_literal_called_on_the_spot_or_as_an_operand_is_parenthesized', async () => {
  const go =
    'package main\n\nimport "fmt"\n\nfunc main() {\n\tfunc() { fmt.Println("now") }()\n\ty := func(n int) int { return n * 2 }(21)\n\tfmt.Println(y)\n}\n';
  await expectLines(go, ['((): void => {', '})();', 'const y = ((n: number): number => {', '})(21);']);
  assert.deepEqual(await runs(go), { stdout: 'now\n42\n', code: 0 });
});

test('operator_result_or_whole_number_before_a_member_is_parenthesized', async () => {
  await expectLines('ch := make(chan int)\nq := 1\na := 1\n<-iota\na*iota <- q\n_ = ch', [
    'await (0).recv();',
    'await (a * 0).send(q);',
  ]);
  const go =
    'package main\n\nimport "fmt"\n\nfunc main() {\n\tch := make(chan []int, 1)\n\tch <- []int{1, 2, 3}\n\tfmt.Println(len(<-ch))\n}\n';
  await expectLines(go, ['fmt.println((await ch.recv()).length);']);
  assert.deepEqual(await runs(go), { stdout: '3\n', code: 0 });
});

test('dereferenced_address_of_a_whole_number_is_parenthesized', async () => {
  await expectLines('*&iota\n_ = *&5', ['(0).value;', '(5).value;']);
});

test('minus_of_a_negative_is_not_a_decrement', async () => {
  await expectLines('a := 1\nb := - -a\nc := + +a\nprintln(b, c)', ['const b = - -a;', 'const c = + +a;']);
});

test('hexadecimal_floats_and_leading_zeros_become_javascript_numbers', async () => {
  const go = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println(0x1p-2, 01.5, 0x1.8p1, 00.5)\n}\n';
  await expectLines(go, ['fmt.println(fmt.float64(0.25), fmt.float64(1.5), fmt.float64(3), fmt.float64(0.5));']);
  assert.deepEqual(await runs(go), { stdout: '0.25 1.5 3 0.5\n', code: 0 });
});

test('literal_of_a_type_the_translator_does_not_know_is_an_array_object_or_map', async () => {
  await expectLines('x := e{1}\ny := e{A: 1, B: 2}\nz := e{"k": 1}\nw := Pair[int]{A: 1}', [
    'const x = [1];',
    'const y = { A: 1, B: 2 };',
    "const z = new Map([['k', 1]]);",
    'const w = { A: 1 };',
  ]);
});

test('unused_anonymous_struct_value_is_an_expression_statement', async () => {
  await expectLines('struct{ A, B int }{1, 2}\n_ = struct{ A, B int }{1, 2}', [
    '({ A: 1, B: 2 });',
    '({ A: 1, B: 2 });',
  ]);
  await expectLines('package main\n\nfunc main() {\n\tdefer w{}.Close()\n\tdefer e{}\n}\n', [
    'deferred.push(() => ({  }));',
  ]);
});

test('several_default_cases_become_a_panic', async () => {
  await expectLines('select {\ndefault:\ndefault:\n}\nswitch {\ndefault:\ndefault:\n}', [
    "unsupported('a select with several default cases', 'main.go:1:1');",
    "unsupported('a switch with several default cases', 'main.go:5:1');",
  ]);
});

test('variadic_parameter_before_the_last_is_a_plain_parameter', async () => {
  await expectLines('func c(x ...int, p int) {}', ['function c(x: number[], p: number): void {}']);
});

test('declaration_in_a_for_post_statement_becomes_a_panic', async () => {
  await expectLines('for x := 0; x < 3; x := 1 {\n}', [
    "unsupported('a declaration in a for statement\\'s post statement', 'main.go:1:20');",
  ]);
});

test('qualified_type_is_its_package_and_name_whatever_lies_between', async () => {
  await expectLines('var x context./* c */Context\n_ = x', ['const x: context.Context = null;']);
});

test('member_of_a_package_the_runtime_lacks_becomes_a_panic_when_reached', async () => {
  await expectLines(
    'package main\n\nimport weird "example.com/a b"\n\nfunc main() {\n\tx := weird.Value\n\tprintln(x)\n}\n',
    ["const x = (unsupported('example.com/a b.Value', 'main.go:6:7') as any);"],
  );
});

test('types_of_packages_the_runtime_lacks_type_check_and_their_calls_panic_only_when_reached', async () => {
  const go = `package main

import (
	"encoding/csv"
	"fmt"
	"net/url"
	"os"
	"strings"
)

type feed struct {
	name   string
	rows   *csv.Reader
	origin *url.URL
}

func (f *feed) open(text string) {
	f.rows = csv.NewReader(strings.NewReader(text))
	f.rows.Comma = ';'
}

func describe(f feed) string {
	if f.origin != nil {
		return f.name + " from " + f.origin.Host
	}
	return f.name + " (not opened)"
}

func main() {
	feeds := []feed{{name: "prices"}, {name: "stock"}}
	if len(os.Args) > 2 {
		u, _ := url.Parse(os.Args[1])
		feeds[0].origin = u
		feeds[1].open(os.Args[2])
		record, err := feeds[1].rows.Read()
		fmt.Println(record, err)
	}
	for _, f := range feeds {
		fmt.Println(describe(f))
	}
	var params url.Values
	fmt.Println(len(params), params == nil)
}
`;
  const result = await translate(go, { language: 'go', runtimeSpecifier: runtimeEntry(GO_CORPUS, 'path-of-js') });
  const reported = result.diagnostics.map((d) => d.message).join('\n');
  for (const name of ['encoding/csv.NewReader', 'net/url.Parse']) assert.match(reported, new RegExp(name));
  const dir = mkdtempSync(join(tmpdir(), 'chan2ts-go-never-broken-'));
  try {
    writeFileSync(join(dir, 'main.ts'), result.typescript);
    const checked = await typecheckFolder(dir);
    assert.equal(checked.code, 0, checked.lines.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.deepEqual(await runs(go), { stdout: 'prices (not opened)\nstock (not opened)\n0 true\n', code: 0 });
});
