// The chan2ts command line (dist/cli.mjs, the package's `chan2ts` bin). `chan2ts run` runs the
// translated program in a worker thread started from cli-worker.ts (see cli/run.ts).
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { moduleDir } from './module-dir.js';
import { translate, TranslateError, type Translation } from './translate/index.js';
import type { Diagnostic } from './translate/diagnostics.js';
import { parseCommandLine, USAGE, UsageError, type RunArgs, type TranslateArgs } from './cli/args.js';
import { BrokenPipe, say, writeAll } from './cli/output.js';
import { diagnosticLines, errorLines, noteLines, printable } from './cli/report.js';
import { translationProgress } from './cli/progress.js';
import { runProgram } from './cli/run.js';
import { CliError, encodingErrors, fileError, readSource } from './cli/source.js';

const debug = process.env.CHAN2TS_DEBUG === '1';

/** The translation of FILE, with the errors about its bytes the translator does not see. */
async function translateFile(
  args: TranslateArgs | RunArgs,
): Promise<{ translation: Translation; diagnostics: Diagnostic[] }> {
  const bytes = readSource(args.file);
  const stdinName = args.lang === undefined ? undefined : args.lang === 'rust' ? 'stdin.rs' : 'stdin.go';
  const progress = translationProgress(printable(shownName(args.file)), bytes.length, process.stderr);
  const translation = await translate(bytes.toString('utf8'), {
    language: args.lang,
    fileName: args.file === '-' ? stdinName : args.file,
    block: args.block,
    runtimeSpecifier: args.command === 'translate' ? args.runtime : undefined,
    onPhase: progress?.phase,
  }).finally(() => progress?.done());
  return { translation, diagnostics: [...encodingErrors(bytes, translation.language), ...translation.diagnostics] };
}

/** The name diagnostics give the file. */
function shownName(file: string): string {
  return file === '-' ? '<standard input>' : file;
}

function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

async function translateCommand(args: TranslateArgs): Promise<number> {
  if (args.out !== undefined && args.file !== '-' && sameFile(args.file, args.out)) {
    throw new CliError(`${printable(args.out)} is the input file: not overwriting it (choose another -o)`);
  }
  const { translation, diagnostics } = await translateFile(args);
  for (const line of diagnosticLines(shownName(args.file), diagnostics)) say(line);
  const output = args.js ? translation.javascript : translation.typescript;
  if (args.out === undefined) writeAll(1, output);
  else {
    try {
      writeFileSync(args.out, output);
    } catch (error) {
      throw fileError(args.out, error);
    }
  }
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

async function runCommand(args: RunArgs): Promise<number> {
  const { translation, diagnostics } = await translateFile(args);
  const name = shownName(args.file);
  const errors = errorLines(name, diagnostics);
  if (errors.length > 0) {
    for (const line of errors) say(line);
    say('chan2ts: not running a program with errors');
    return 1;
  }
  if (!args.quiet) for (const line of noteLines(name, diagnostics)) say(line);
  return runProgram({
    translation,
    file: args.file,
    args: args.programArgs,
    maxOldSpaceMb: args.maxOldSpaceMb,
    trace:
      args.trace === undefined && !args.traceSummary ? undefined : { file: args.trace, summary: args.traceSummary },
    workerEntry: new URL(`./cli-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'mjs'}`, import.meta.url),
  });
}

/** chan2ts's version, from the package.json above this module. */
function version(): string {
  for (let dir = moduleDir(); ; dir = dirname(dir)) {
    const path = join(dir, 'package.json');
    if (existsSync(path)) {
      const pkg = JSON.parse(readFileSync(path, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'chan2ts' && pkg.version) return pkg.version;
    }
    if (dirname(dir) === dir) return 'unknown';
  }
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(error.message ? `chan2ts: ${printable(error.message)}\n\n${USAGE}` : USAGE);
    return 2;
  }
  switch (args.command) {
    case 'help':
      writeAll(1, USAGE);
      return 0;
    case 'version':
      writeAll(1, `${version()}\n`);
      return 0;
    case 'translate':
      return translateCommand(args);
    case 'run':
      return runCommand(args);
  }
}

/** chan2ts's errors are one line; a JavaScript stack only with CHAN2TS_DEBUG=1. */
function fail(error: unknown): void {
  if (error instanceof BrokenPipe) {
    process.exitCode = 141;
    return;
  }
  const known = error instanceof CliError || error instanceof TranslateError;
  const message = error instanceof Error ? error.message : String(error);
  say(`chan2ts: ${known ? '' : 'internal error: '}${printable(message)}`);
  if (debug && !known && error instanceof Error) say(String(error.stack));
  process.exitCode = 1;
}

process.on('uncaughtException', (error) => {
  fail(error);
  process.exit();
});
main(process.argv.slice(2)).then((code) => (process.exitCode = code), fail);
