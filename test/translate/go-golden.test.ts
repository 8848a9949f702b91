import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translate } from '../../server/translate/index.js';
import { expectTranslation as expectGolden } from '../support/golden.js';

const expectTranslation = (go: string, expected: string[]) => expectGolden('go', go, expected);

test('make chan with a buffer becomes makeChan with the element zero value', async () => {
  await expectTranslation('ch := make(chan string, 3)\n_ = ch', ["const ch = makeChan<string>(3, '');"]);
});

test('send and receive statements are awaited channel methods', async () => {
  await expectTranslation('ch := make(chan int)\ngo func() { ch <- 42 }()\nv := <-ch\n<-ch\n_ = v', [
    'await ch.send(42);',
    'const v = await ch.recv();',
    'await ch.recv();',
  ]);
});

test('receive with ok destructures recvOk', async () => {
  await expectTranslation('ch := make(chan int)\nclose(ch)\nv, ok := <-ch\nprintln(v, ok)', [
    'close(ch);',
    'const [v, ok] = await ch.recvOk();',
  ]);
});

test('ranging over a channel is for await', async () => {
  await expectTranslation('ch := make(chan int)\nfor v := range ch {\n\tprintln(v)\n}', [
    'for await (const v of ch) {',
  ]);
});

test('range over an integer counts from zero', async () => {
  await expectTranslation('for i := range 3 {\n\tprintln(i)\n}', ['for (let i = 0; i < 3; i++) {']);
});

test('range over a slice with index and value uses entries', async () => {
  await expectTranslation('xs := []int{1, 2}\nfor i, x := range xs {\n\tprintln(i, x)\n}', [
    'const xs = [1, 2];',
    'for (const [i, x] of xs.entries()) {',
  ]);
});

test('range over a map destructures key and value', async () => {
  await expectTranslation('m := map[string]int{"a": 1}\nfor k, v := range m {\n\tprintln(k, v)\n}', [
    "const m = new Map<string, number>([['a', 1]]);",
    'for (const [k, v] of m) {',
  ]);
});

test('go with a named function passes the arguments evaluated now', async () => {
  await expectTranslation('package main\nfunc worker(id int) {}\nfunc main() {\n\tgo worker(1)\n}', ['go(worker, 1);']);
});

test('go with a function literal and an argument', async () => {
  await expectTranslation('for i := 0; i < 2; i++ {\n\tgo func(n int) {\n\t\tprintln(n)\n\t}(i)\n}', [
    'go((n: number): void => {',
  ]);
});

test('select becomes one select call and a switch on the chosen case', async () => {
  const go = `a := make(chan int)
b := make(chan string)
select {
case v := <-a:
	println(v)
case b <- "x":
	println("sent")
default:
	println("none")
}`;
  await expectTranslation(go, [
    "const sel = await select([recvCase(a), sendCase(b, 'x')], true);",
    'switch (sel.index) {',
    'case 0: {',
    'const v: number = sel.value;',
    'case 1: {',
    'default: {',
  ]);
});

test('a receive-with-ok select case binds value and ok', async () => {
  await expectTranslation('a := make(chan int)\nselect {\ncase v, ok := <-a:\n\tprintln(v, ok)\n}', [
    'const v: number = sel.value;',
    'const ok: boolean = sel.ok;',
  ]);
});

test('break inside a select case leaves the select, labelled break leaves the loop', async () => {
  const go = `a := make(chan int)
loop:
for {
	select {
	case v := <-a:
		if v > 2 {
			break loop
		}
		break
	}
}`;
  await expectTranslation(go, ['loop: for (;;) {', 'break loop;', 'break;']);
});

test('defer runs through a DeferStack with try and finally', async () => {
  const go = `package main
import "sync"
func work(wg *sync.WaitGroup) {
	defer wg.Done()
}
func main() {}`;
  await expectTranslation(go, [
    'async function work(wg: sync.WaitGroup): Promise<void> {',
    'const deferred = new DeferStack();',
    'try {',
    'deferred.push(() => wg.done());',
    '} catch (e) {',
    'deferred.panicked(e);',
    '} finally {',
    'await deferred.run();',
  ]);
});

test('a function that never blocks stays synchronous', async () => {
  await expectTranslation('package main\nfunc square(x int) int { return x * x }\nfunc main() { println(square(2)) }', [
    'function square(x: number): number {',
    'fmt.eprintln(square(2));',
  ]);
});

test('a function that calls a blocking function is async and awaited', async () => {
  const go = `package main
import "time"
func pause() { time.Sleep(time.Millisecond) }
func twice() { pause(); pause() }
func main() { twice() }`;
  await expectTranslation(go, [
    'async function pause(): Promise<void> {',
    'await time.sleep(time.millisecond);',
    'async function twice(): Promise<void> {',
    'await pause();',
    'await twice();',
  ]);
});

test('multiple results become a tuple', async () => {
  await expectTranslation(
    'package main\nfunc div(a, b int) (int, int) { return a / b, a % b }\nfunc main() { q, r := div(7, 2); println(q, r) }',
    [
      'function div(a: number, b: number): [number, number] {',
      'return [intDiv(a, b), intMod(a, b)];',
      'const [q, r] = div(7, 2);',
    ],
  );
});

test('integer division by a constant truncates', async () => {
  await expectTranslation('x := 7\ny := x / 2\nprintln(y)', ['const y = Math.trunc(x / 2);']);
});

test('a struct becomes a class with zero-valued fields', async () => {
  await expectTranslation(
    'package main\ntype Point struct {\n\tX, Y int\n\tName string\n}\nfunc main() { p := Point{X: 1}; println(p.X) }',
    [
      'class Point {',
      'X: number;',
      'constructor(init: Partial<Point> = {}) {',
      'this.X = init.X ?? 0;',
      "this.Name = init.Name ?? '';",
      'const p = new Point({ X: 1 });',
    ],
  );
});

test('a pointer-receiver method becomes a class method using this', async () => {
  await expectTranslation(
    'package main\ntype C struct{ n int }\nfunc (c *C) Inc() { c.n++ }\nfunc main() { c := &C{}; c.Inc() }',
    ['inc(): void {', 'this.n++;', 'c.inc();'],
  );
});

test('assigning a struct value copies it', async () => {
  await expectTranslation(
    'package main\ntype P struct{ X int }\nfunc main() { a := P{1}; b := a; b.X = 2; println(a.X, b.X) }',
    ['const b = a.clone();'],
  );
});

test('append to the same slice pushes', async () => {
  await expectTranslation('var xs []int\nxs = append(xs, 1, 2)\nprintln(len(xs))', [
    'let xs: number[] = [];',
    'xs.push(1, 2);',
    'fmt.eprintln(xs.length);',
  ]);
});

test('map index assignment and increment use set and get', async () => {
  await expectTranslation(
    'm := make(map[string]int)\nm["a"] = 1\nm["a"]++\nv, ok := m["b"]\ndelete(m, "a")\nprintln(v, ok)',
    [
      "m.set('a', 1);",
      "m.set('a', (m.get('a') ?? 0) + 1);",
      "const [v, ok] = [m.get('b') ?? 0, m.has('b')];",
      "m.delete('a');",
    ],
  );
});

test('iota constants count up', async () => {
  await expectTranslation('package main\nconst (\n\tA = iota\n\tB\n\tC\n)\nfunc main() {}', [
    'const A = 0;',
    'const B = 1;',
    'const C = 2;',
  ]);
});

test('a tagless switch is a switch on true and keeps Go break semantics', async () => {
  await expectTranslation(
    'x := 3\nswitch {\ncase x > 2:\n\tprintln("big")\n\tfallthrough\ncase x > 1:\n\tprintln("medium")\ndefault:\n\tprintln("small")\n}',
    ['switch (true) {', 'case x > 2: {', 'case x > 1: {', 'break;'],
  );
});

test('statements alone become the body of an async main that runs', async () => {
  const ts = await expectTranslation('println("hi")', ['async function main(): Promise<void> {', 'runMain(main);']);
  assert.match(ts, /^import \{ fmt, runMain \} from '@chan2ts\/runtime\/go';/);
});

test('the runtime import names only what is used', async () => {
  const { typescript } = await translate('ch := make(chan int, 1)\nch <- 1', { language: 'go' });
  assert.equal(
    typescript.split('\n')[0],
    "import { type Chan, makeChan, runMain } from '@chan2ts/runtime/go';".replace('type Chan, ', ''),
  );
});

test('the runtime import specifier can be configured', async () => {
  const { typescript } = await translate('println(1)', { language: 'go', runtimeSpecifier: './runtime/go.js' });
  assert.match(typescript, /from '\.\/runtime\/go\.js';/);
});

test('JavaScript output has no type annotations', async () => {
  const { javascript } = await translate(
    'package main\nfunc add(a, b int) int { return a + b }\nfunc main() { println(add(1, 2)) }',
    { language: 'go' },
  );
  assert.ok(javascript.includes('function add(a, b) {'), javascript);
  assert.ok(!/: number/.test(javascript), javascript);
});

test('wg.Go from Go 1.25 becomes WaitGroup.go', async () => {
  const go = `package main
import ("fmt"; "sync")
func main() {
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Go(func() { fmt.Println(i) })
	}
	wg.Wait()
}`;
  await expectTranslation(go, [
    'const wg: sync.WaitGroup = new sync.WaitGroup();',
    'wg.go((): void => {',
    'await wg.wait();',
  ]);
});

test('a method promoted from an embedded struct is a method of the outer class, for interfaces', async () => {
  await expectTranslation(
    'package main\ntype Base struct{ n int }\nfunc (b Base) Describe() string { return "base" }\ntype Outer struct {\n\tBase\n\tname string\n}\nfunc main() { o := Outer{}; println(o.Describe()) }',
    [
      'describe(): string {',
      'class Outer {',
      'describe() {',
      'return this.Base.describe();',
      'fmt.eprintln(o.Base.describe());',
    ],
  );
});

test('an embedded mutex locks through its field', async () => {
  await expectTranslation(
    'package main\nimport "sync"\nvar counter struct {\n\tsync.Mutex\n\tn int\n}\nfunc main() { counter.Lock(); counter.n++; counter.Unlock() }',
    [
      'let counter: { Mutex: sync.Mutex; n: number } = { Mutex: new sync.Mutex(), n: 0 };',
      'await counter.Mutex.lock();',
      'counter.Mutex.unlock();',
    ],
  );
});

test('a named non-struct type with methods has a class that carries them into interfaces', async () => {
  await expectTranslation(
    'package main\nimport "fmt"\ntype Celsius float64\nfunc (c Celsius) String() string { return "warm" }\nfunc main() { var s fmt.Stringer = Celsius(20); fmt.Println(s, Celsius(3)) }',
    [
      'type Celsius = number;',
      'function celsiusString(c: Celsius): string {',
      'class CelsiusValue extends Named<Celsius> {',
      "readonly goType = 'main.Celsius';",
      'return celsiusString(this.value);',
      'const s: any = new CelsiusValue(20);',
      'fmt.println(s, new CelsiusValue(3));',
    ],
  );
});

test('a rune or a named type without methods goes into an interface boxed with its Go type, and comes out on a checked assertion', async () => {
  await expectTranslation(
    'package main\nimport (\n\t"context"\n\t"fmt"\n)\ntype ctxKey int\nconst userKey ctxKey = 0\nfunc main() {\n\tctx := context.WithValue(context.Background(), userKey, "ana")\n\tvar r any = \'x\'\n\tif v, ok := r.(rune); ok {\n\t\tfmt.Println(v, ctx.Value(userKey) == "ana", r == \'x\')\n\t}\n\tn := r.(int32)\n\t_ = n\n}',
    [
      "const ctx = context.withValue(context.background(), box(userKey, 'main.ctxKey', 'int'), 'ana');",
      "const r: any = box(120 /* 'x' */, 'int32');",
      "const [v, ok] = isBoxed(r, 'int32') ? [r.value, true] : [0, false];",
      "fmt.println(v, ctx.value(box(userKey, 'main.ctxKey', 'int')) === 'ana', r === box(120 /* 'x' */, 'int32'));",
      "const n = assertType(r, (v) => isBoxed(v, 'int32'), 'interface {}', 'int32').value;",
    ],
  );
});

test('complex numbers are the runtime’s cmplx.Complex, their operators its methods', async () => {
  await expectTranslation(
    'package main\nimport "fmt"\nfunc main() {\n\tc := complex(1, -2)\n\tvar z complex128\n\tz += c*c + 2i\n\tfmt.Println(z, real(z), imag(c), z == c, -c, 2*c)\n}',
    [
      'const c = cmplx.complex(1, -2);',
      'let z: cmplx.Complex = cmplx.complex(0, 0);',
      'z = z.add(c.mul(c).add(cmplx.complex(0, 2)));',
      'fmt.println(z, fmt.float64(z.re), fmt.float64(c.im), z.equals(c), c.neg(), cmplx.complex(2, 0).mul(c));',
    ],
  );
});

test('a pointer method on a named int takes a Ptr to the variable', async () => {
  await expectTranslation(
    'package main\ntype Counter int\nfunc (c *Counter) Inc() { *c++ }\nfunc main() { var c Counter; c.Inc(); println(c) }',
    [
      'function counterInc(c: Ptr<Counter>): void {',
      'c.value++;',
      'let c: Counter = 0;',
      'counterInc(pointerTo(() => c, (v) => (c = v)));',
    ],
  );
});

test('arrays copy on assignment, compare with equal and take keyed literals', async () => {
  await expectTranslation('a := [5]int{100, 3: 400}\nb := a\nb[0] = 1\nprintln(a == b)', [
    'const a = [100, 0, 0, 400, 0];',
    'const b = a.slice();',
    'fmt.eprintln(equal(a, b));',
  ]);
});

test('a type switch on channel types checks the element type', async () => {
  await expectTranslation(
    'var x interface{} = make(chan int)\nswitch x.(type) {\ncase chan string:\n\tprintln("s")\ncase chan int:\n\tprintln("i")\n}',
    ["if (isChanOf(subject, 'chan string')) {", "} else if (isChanOf(subject, 'chan int')) {"],
  );
});

test('a generic function call names its type arguments, given or inferred', async () => {
  await expectTranslation(
    'package main\nfunc Map[T, U any](xs []T, f func(T) U) []U { return nil }\nfunc main() {\n\t_ = Map[int, string](nil, nil)\n\t_ = Map([]int{1}, func(n int) bool { return n > 0 })\n}',
    [
      // A caller passes nil for f: its parameter admits null.
      'function Map_<T, U>(xs: T[], f: ((a0: T) => any) | null): U[] {',
      'Map_<number, string>([] as number[], null);',
      'Map_<number, boolean>([1], (n: number): boolean => {',
    ],
  );
});

test('bitwise_operators_are_parenthesized_where_javascript_binds_them_looser', async () => {
  await expectTranslation('a, b := 6, 3\nprintln(a&3<<1, a%4 + b<<2, -a&0xff == 2)', [
    'fmt.eprintln((a & 3) * 2 ** 1, a % 4 + b * 2 ** 2, (-a & 0xff) === 2);',
  ]);
});

test('bit_operations_on_an_int_are_64_bit_unless_a_small_mask_keeps_low_bits', async () => {
  await expectTranslation('n := 1 << 40\nprintln(n|1, n^n, n&^3, n&1)', [
    'fmt.eprintln(or64(n, 1), xor64(n, n), andNot64(n, 3), n & 1);',
  ]);
});

test('sized_integers_wrap_around_after_arithmetic', async () => {
  await expectTranslation('var b byte = 250\nb += 10\nb++\nvar x int32 = 7\nprintln(x*x, ^uint32(x), -b)', [
    'b = b + 10 & 0xff;',
    'b = b + 1 & 0xff;',
    'fmt.eprintln(Math.imul(x, x), ~(x >>> 0) >>> 0, -b & 0xff);',
  ]);
});

test('unsigned_64_bit_integers_are_bigints_with_exact_constants', async () => {
  await expectTranslation('var u uint64 = 1<<64 - 1\nu--\nprintln(^uint(0), u>>1 == 5, int(u))', [
    'let u: bigint = 18446744073709551615n;',
    'u = BigInt.asUintN(64, u - 1n);',
    'fmt.eprintln(BigInt.asUintN(64, ~0n), u >> 1n === 5n, Number(BigInt.asIntN(64, u)));',
  ]);
});

test('library_int64_results_are_bigints_and_int64_parameters_take_constants_exactly', async () => {
  const go =
    'package main\n\nimport (\n\t"fmt"\n\t"math"\n\t"sync/atomic"\n\t"time"\n)\n\nfunc main() {\n\td := 3 * time.Second\n' +
    '\tvar n int64 = time.Now().UnixNano()\n\tn += d.Milliseconds()\n\tvar c atomic.Int64\n\tc.CompareAndSwap(0, math.MaxInt64)\n' +
    '\tatomic.StoreInt64(&n, math.MinInt64)\n\tfmt.Println(n, int64(d), c.Load())\n}\n';
  await expectTranslation(go, [
    'const d = 3 * time.second;',
    'let n: bigint = time.now().unixNano();',
    'n = BigInt.asIntN(64, n + time.durationMilliseconds(d));',
    'c.compareAndSwap(0n, 9223372036854775807n);',
    'atomic.storeInt64(pointerTo(() => n, (v) => (n = v)), -9223372036854775808n);',
    'fmt.println(n, BigInt.asIntN(64, BigInt(d)), c.load());',
  ]);
});

test('rand_uint64_is_a_bigint_and_format_int_takes_min_int64_exactly', async () => {
  const go =
    'package main\n\nimport (\n\t"fmt"\n\t"math"\n\t"math/rand"\n\t"strconv"\n)\n\nfunc main() {\n' +
    '\tr := rand.New(rand.NewSource(1))\n\tvar u uint64 = r.Uint64()\n\tfmt.Println(u, strconv.FormatInt(math.MinInt64, 2))\n}\n';
  await expectTranslation(go, [
    'const u: bigint = r.uint64();',
    'fmt.println(u, strconv.formatInt(-9223372036854775808n, 2));',
  ]);
});

test('byte_appends_and_append_results_count_capacity_in_a_program_that_asks_for_it', async () => {
  const go =
    'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar b []byte\n\tb = append(b, \'x\')\n\ts := []int{1}\n' +
    '\tt := append(s, 2)\n\tfmt.Println(cap(b), cap(t))\n}\n';
  await expectTranslation(go, [
    "b = pushAllBytes(b, [120 /* 'x' */], { size: 1, pointers: false });",
    'const t = appended(s, [2], { size: 8, pointers: false });',
  ]);
});

test('int64_is_a_bigint_that_wraps_to_negative_past_its_largest_value', async () => {
  await expectTranslation(
    'var h int64 = 1<<63 - 1\nh++\nh *= 31\nn := 5\nh += int64(n)\nprintln(h, int(h), uint64(h))',
    [
      'let h: bigint = 9223372036854775807n;',
      'h = BigInt.asIntN(64, h + 1n);',
      'h = BigInt.asIntN(64, h * 31n);',
      'h = BigInt.asIntN(64, h + BigInt.asIntN(64, BigInt(n)));',
      'fmt.eprintln(h, Number(BigInt.asIntN(64, h)), BigInt.asUintN(64, h));',
    ],
  );
});

test('an_int_declared_with_a_constant_past_2_53_is_held_as_an_int64', async () => {
  const go =
    'package main\n\nimport "math"\n\nfunc main() {\n\tx := math.MaxInt64\n\tx++\n\ty := 3\n\tx = y\n\tprintln(x == math.MinInt64, x < 10)\n}\n';
  await expectTranslation(go, [
    'let x = 9223372036854775807n;',
    'x = BigInt.asIntN(64, x + 1n);',
    'x = BigInt(y);',
    'fmt.eprintln(x === -9223372036854775808n, x < 10n);',
  ]);
});

test('a_program_that_asks_for_cap_counts_capacity_at_each_append', async () => {
  await expectTranslation('var s []string\ns = append(s, "a")\ns = append(s, "b", "c")\nprintln(cap(s))', [
    "pushAll(s, ['a'], { size: 16, pointers: true });",
    "pushAll(s, ['b', 'c'], { size: 16, pointers: true });",
    'fmt.eprintln(cap(s, { size: 16, pointers: true }));',
  ]);
});

test('appends_stay_pushes_where_no_capacity_is_asked_for', async () => {
  await expectTranslation('var s []int\ns = append(s, 1)\nprintln(len(s))', ['s.push(1);']);
});

test('a_type_parameter_admitting_int_and_int64_starts_at_zero_and_adds_through_numeric', async () => {
  const go =
    'package main\n\nfunc Sum[T ~int | ~int64](xs []T) T {\n\tvar s T\n\tfor _, x := range xs {\n\t\ts += x\n\t}\n\treturn s\n}\n\nfunc main() { println(Sum([]int64{1, 2})) }\n';
  await expectTranslation(go, ['let s: T = 0 as T;', "s = numeric(s, '+', x);"]);
});

test('package_variables_that_need_the_running_program_and_init_functions_run_before_main', async () => {
  const go =
    'package main\n\nimport "time"\n\nvar tick = time.Tick(time.Millisecond)\n\nvar names = map[int]string{}\n\nfunc init() { names[1] = "one" }\n\nfunc init() { <-tick }\n\nfunc main() { println(names[1]) }\n';
  await expectTranslation(go, [
    // time.Tick gives nil for a duration <= 0.
    'let tick: Chan<time.Time> | null;',
    'let names: Map<number, string> = new Map<number, string>();',
    'function init(): void {',
    'async function init2(): Promise<void> {',
    'async function initPackage(): Promise<void> {',
    'tick = time.tick(time.millisecond);',
    'init();',
    'await init2();',
    'runMain(main, { init: initPackage });',
  ]);
});

test('a_variable_declared_with_the_name_it_reads_takes_another_name', async () => {
  await expectTranslation('v := "a"\n{\n\tv, ok := f(v)\n\tprintln(v, ok)\n}\nprintln(v)', [
    'let [v2, ok] = f(v);',
    'fmt.eprintln(v2, ok);',
    'fmt.eprintln(v);',
  ]);
});

test('defer_evaluates_the_callee_and_a_builtin_println_at_once', async () => {
  await expectTranslation('x := 1\ndefer register()()\ndefer println("x", x)\nx = 2', [
    'deferred.push(register());',
    "deferred.push(fmt.eprintln, 'x', x);",
  ]);
});

test('string_escapes_that_are_no_utf8_stay_bytes', async () => {
  await expectTranslation('s := "\\xff\\x41é"\nprintln(len(s))', ["const s = '\\udcffAé';"]);
});

test('goto within a block becomes a case of a loop over its labels; a declaration between two labels leaves the goto unsupported', async () => {
  await expectTranslation(
    'package main\nfunc count(n int) int {\n\ti := 0\nnext:\n\ti++\n\tif i < n {\n\t\tgoto next\n\t}\n\treturn i\n}\nfunc main() {\n\tn := 0\nfirst:\n\tx := n * 2\n\tn++\nsecond:\n\tprintln(x, count(n))\n\tif n < 3 {\n\t\tgoto first\n\t}\n\tgoto second\n}',
    [
      'let i = 0;',
      "let jumpTo: string = 'next';",
      'jumps: for (;;) {',
      'switch (jumpTo) {',
      "case 'next':",
      'i++;',
      "jumpTo = 'next';",
      'continue jumps;',
      'return i;',
      "unsupported('goto first (a label in another block, a declaration between the labels, or an unlabelled break or continue beside them)', 'main.go:19:3');",
    ],
  );
});
