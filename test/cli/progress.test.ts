// Progress of a long translation on stderr: on a terminal only, for input big enough to take
// over a second, phase by phase, and gone before anything else is written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BYTES_WORTH_SHOWING, translationProgress } from '../../server/cli/progress.js';
import { translate } from '../../server/translate/index.js';
import { chan2ts, CLI, tempDir, tempFile } from './helpers.js';
import { runProcess } from '../support/run-ts-program.js';

/** A Go program of many small functions, at least `bytes` long. */
function bigGoProgram(bytes: number): string {
  const parts = ['package main\n\nimport "fmt"\n\n'];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const fn = `func relay${i}(in <-chan int, out chan<- int) {\n\tfor v := range in {\n\t\tout <- v + ${i}\n\t}\n\tclose(out)\n}\n\n`;
    parts.push(fn);
    size += fn.length;
  }
  parts.push('func main() {\n\tfmt.Println("done")\n}\n');
  return parts.join('');
}

function terminal(): { isTTY: boolean; written: string[]; write(text: string): void } {
  return {
    isTTY: true,
    written: [],
    write(text) {
      this.written.push(text);
    },
  };
}

test('progress_names_each_phase_in_order_then_clears_its_line', async () => {
  const source = bigGoProgram(BYTES_WORTH_SHOWING);
  const stream = terminal();
  const progress = translationProgress('big.go', source.length, stream)!;
  assert.ok(progress, 'big input on a terminal shows progress');
  await translate(source, { language: 'go', onPhase: progress.phase });
  progress.done();
  const phases = stream.written.map((w) => /: (\w+)\.\.\. [\d.]+ s$/.exec(w)?.[1] ?? w);
  assert.deepEqual(phases, ['parsing', 'translating', 'writing', '\r\x1b[K']);
  assert.match(stream.written[0]!, /^\r\x1b\[Kchan2ts: big\.go \(0\.3 MB\): parsing\.\.\. /);
});

test('no_progress_when_stderr_is_not_a_terminal', () => {
  assert.equal(translationProgress('big.go', 10 * BYTES_WORTH_SHOWING, { write: () => true }), null);
});

test('no_progress_for_input_that_translates_in_under_a_second', () => {
  assert.equal(translationProgress('small.go', BYTES_WORTH_SHOWING - 1, terminal()), null);
});

test('the_command_line_shows_progress_on_a_terminal_and_the_output_is_unchanged', async () => {
  const file = tempFile('big.go', bigGoProgram(BYTES_WORTH_SHOWING));
  const out = join(tempDir(), 'big.ts');
  // script(1) gives the command a terminal; its output is what that terminal showed.
  const shown = await runProcess('script', [
    '-qec',
    `${process.execPath} ${CLI} translate ${file} -o ${out}`,
    '/dev/null',
  ]);
  assert.equal(shown.code, 0, shown.stdout);
  assert.match(shown.stdout, /chan2ts: .*big\.go \(0\.3 MB\): translating\.\.\./);
  const piped = await chan2ts(['translate', file]);
  assert.equal(piped.stderr, '', 'no progress into a pipe');
  assert.equal(readFileSync(out, 'utf8'), piped.stdout);
});
