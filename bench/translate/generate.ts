/**
 * A deterministic Go file of exactly `lines` lines for the translator bench: units of
 * structs with methods, generator/filter pipelines, select loops with a timeout, worker pools
 * with a WaitGroup and a Mutex, labelled loops with switch, and a main that calls them. The
 * constants come from a fixed-seed generator, so every run (and every machine) translates the
 * same text. The output is gofmt-clean Go that `go vet` accepts.
 */

/** A small LCG (Numerical Recipes constants): the same numbers on every run. */
function numbers(seed: number): (lo: number, hi: number) => number {
  let state = seed >>> 0;
  return (lo, hi) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return lo + (state % (hi - lo + 1));
  };
}

interface Unit {
  /** The unit's declarations, one string per line. */
  lines: string[];
  /** One-line statements of main that use the unit (each adds to `total`). */
  call: string;
}

type Template = (k: number, pick: (lo: number, hi: number) => number) => Unit;

const pipeline: Template = (k, pick) => {
  const a = pick(2, 9);
  const b = pick(3, 7);
  const cap = pick(1, 16);
  return {
    lines: [
      `type Item${k} struct {`,
      `\tID    int`,
      `\tValue int`,
      `\tTag   string`,
      `}`,
      ``,
      `func (it Item${k}) Weight() int {`,
      `\treturn it.ID*${a} + it.Value%${b}`,
      `}`,
      ``,
      `func produce${k}(n int) <-chan Item${k} {`,
      `\tout := make(chan Item${k}, ${cap})`,
      `\tgo func() {`,
      `\t\tdefer close(out)`,
      `\t\tfor i := 0; i < n; i++ {`,
      `\t\t\tout <- Item${k}{ID: i, Value: i * ${a}, Tag: fmt.Sprintf("item-%d", i)}`,
      `\t\t}`,
      `\t}()`,
      `\treturn out`,
      `}`,
      ``,
      `func filter${k}(in <-chan Item${k}) <-chan Item${k} {`,
      `\tout := make(chan Item${k})`,
      `\tgo func() {`,
      `\t\tdefer close(out)`,
      `\t\tfor it := range in {`,
      `\t\t\tif it.Weight()%${b} != 0 {`,
      `\t\t\t\tout <- it`,
      `\t\t\t}`,
      `\t\t}`,
      `\t}()`,
      `\treturn out`,
      `}`,
      ``,
      `func consume${k}(n int) int {`,
      `\ttotal := 0`,
      `\tfor it := range filter${k}(produce${k}(n)) {`,
      `\t\ttotal += it.Weight()`,
      `\t}`,
      `\treturn total`,
      `}`,
    ],
    call: `total += consume${k}(${pick(2, 6)})`,
  };
};

const race: Template = (k, pick) => {
  const a = pick(2, 9);
  const cap = pick(1, 8);
  return {
    lines: [
      `func race${k}(n int) int {`,
      `\tleft := make(chan int)`,
      `\tright := make(chan int, ${cap})`,
      `\tquit := make(chan struct{})`,
      `\tgo func() {`,
      `\t\tfor i := 0; i < n; i++ {`,
      `\t\t\tleft <- i`,
      `\t\t}`,
      `\t}()`,
      `\tgo func() {`,
      `\t\tfor i := 0; i < n; i++ {`,
      `\t\t\tright <- i * ${a}`,
      `\t\t}`,
      `\t\tclose(quit)`,
      `\t}()`,
      `\tfromLeft, fromRight := 0, 0`,
      `\tfor received := 0; received < 2*n; {`,
      `\t\tselect {`,
      `\t\tcase v := <-left:`,
      `\t\t\tfromLeft += v`,
      `\t\t\treceived++`,
      `\t\tcase v, ok := <-right:`,
      `\t\t\tif !ok {`,
      `\t\t\t\treturn -1`,
      `\t\t\t}`,
      `\t\t\tfromRight += v`,
      `\t\t\treceived++`,
      `\t\tcase <-time.After(time.Second):`,
      `\t\t\treturn -1`,
      `\t\t}`,
      `\t}`,
      `\t<-quit`,
      `\treturn fromLeft*${a} + fromRight`,
      `}`,
    ],
    call: `total += race${k}(${pick(2, 6)})`,
  };
};

const pool: Template = (k, pick) => {
  const b = pick(2, 5);
  return {
    lines: [
      `type Counter${k} struct {`,
      `\tmu   sync.Mutex`,
      `\thits map[string]int`,
      `}`,
      ``,
      `func (c *Counter${k}) Hit(key string) {`,
      `\tc.mu.Lock()`,
      `\tdefer c.mu.Unlock()`,
      `\tc.hits[key]++`,
      `}`,
      ``,
      `func pool${k}(workers, jobs int) int {`,
      `\tc := &Counter${k}{hits: make(map[string]int)}`,
      `\twork := make(chan int)`,
      `\tvar wg sync.WaitGroup`,
      `\tfor w := 0; w < workers; w++ {`,
      `\t\twg.Add(1)`,
      `\t\tgo func() {`,
      `\t\t\tdefer wg.Done()`,
      `\t\t\tfor j := range work {`,
      `\t\t\t\tc.Hit(fmt.Sprintf("k%d", j%${b}))`,
      `\t\t\t}`,
      `\t\t}()`,
      `\t}`,
      `\tfor j := 0; j < jobs; j++ {`,
      `\t\twork <- j`,
      `\t}`,
      `\tclose(work)`,
      `\twg.Wait()`,
      `\treturn len(c.hits)`,
      `}`,
    ],
    call: `total += pool${k}(${pick(2, 4)}, ${pick(4, 12)})`,
  };
};

const classify: Template = (k, pick) => {
  const big = pick(20, 60);
  const limit = pick(5, 15);
  return {
    lines: [
      `func classify${k}(values []int) int {`,
      `\tevens, odds, big := 0, 0, 0`,
      `\tdone := make(chan bool, 1)`,
      `outer:`,
      `\tfor i, v := range values {`,
      `\t\tswitch {`,
      `\t\tcase v > ${big}:`,
      `\t\t\tbig++`,
      `\t\t\tif i > ${limit} {`,
      `\t\t\t\tbreak outer`,
      `\t\t\t}`,
      `\t\tcase v%2 == 0:`,
      `\t\t\tevens++`,
      `\t\tdefault:`,
      `\t\t\todds++`,
      `\t\t}`,
      `\t}`,
      `\tdone <- true`,
      `\t<-done`,
      `\treturn evens*100 + odds*10 + big`,
      `}`,
    ],
    call: `total += classify${k}([]int{${pick(1, 99)}, ${pick(1, 99)}, ${pick(1, 99)}, ${pick(1, 99)}})`,
  };
};

const TEMPLATES: readonly Template[] = [pipeline, race, pool, classify];

const HEADER = [
  '// Generated for the translator bench (bench/translate/generate.ts): do not edit.',
  'package main',
  '',
  'import (',
  '\t"fmt"',
  '\t"sync"',
  '\t"time"',
  ')',
];

/** Exactly `lines` lines of Go (at least 40), ending with a newline. */
export function generateGoFile(lines: number, seed = 20240611): string {
  const pick = numbers(seed);
  const mainHead = ['func main() {', '\tstart := time.Now()', '\ttotal := 0'];
  const mainTail = ['\tfmt.Println("total:", total, time.Since(start) >= 0)', '}'];
  const out = [...HEADER];
  const calls: string[] = [];
  // Declarations while there is room for them, a blank line, main and at least one call each.
  for (let k = 0; ; k++) {
    const unit = TEMPLATES[k % TEMPLATES.length]!(k, pick);
    const after = out.length + 1 + unit.lines.length + 1 + mainHead.length + calls.length + 1 + mainTail.length;
    if (after > lines) break;
    out.push('', ...unit.lines);
    calls.push(unit.call);
  }
  if (calls.length === 0) throw new Error(`generateGoFile: ${lines} lines is too few`);
  out.push('', ...mainHead);
  // Fill main with more calls, round robin over the units, to land on exactly `lines`.
  const room = lines - out.length - mainTail.length;
  for (let i = 0; i < room; i++) out.push(`\t${calls[i % calls.length]}`);
  out.push(...mainTail);
  return out.join('\n') + '\n';
}
