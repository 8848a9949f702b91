/**
 * chan2ts on the programs suite: `node dist/cli.mjs run FILE --quiet -- N` in a fresh process,
 * exactly as a user runs a program (translation included), and `translate()` in this process,
 * to tell how much of that wall time the translation is.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { translate } from '../../server/translate/index.js';
import { runProcess, type ProcessResult } from '../../test/support/run-ts-program.js';
import { median, now } from '../harness.js';
import type { BenchProgram } from './programs.js';

export const CHAN2TS_RUN = 'chan2ts';
export const CHAN2TS_TRANSLATE = 'chan2ts-translate';

export const CLI = fileURLToPath(new URL('../../dist/cli.mjs', import.meta.url));

/** Why `run` cannot be measured, or null when dist/cli.mjs is there. */
export function cliMissing(): string | null {
  return existsSync(CLI) ? null : `${CLI} is missing: npm run -s build first`;
}

export function runWithCli(program: BenchProgram, n: number, timeoutMs: number): Promise<ProcessResult> {
  return runProcess(process.execPath, [CLI, 'run', program.file, '--quiet', '--', String(n)], { timeoutMs });
}

// Two warm-up calls left the first program's figure ten times the others' (JIT still cold).
const WARMUP_CALLS = 20;

/** The median time of `calls` translations of the program, after WARMUP_CALLS that warm the translator up. */
export async function translateMs(program: BenchProgram, calls: number): Promise<number> {
  const text = readFileSync(program.file, 'utf8');
  const once = async () => {
    const t0 = now();
    await translate(text, { fileName: program.file, language: program.language });
    return now() - t0;
  };
  for (let i = 0; i < WARMUP_CALLS; i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < calls; i++) samples.push(await once());
  return median(samples);
}
