import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { moduleDir } from './module-dir.js';
import { translate, TranslateError, type SourceLanguage, type Translation } from './translate/index.js';
import type { Diagnostic } from './translate/diagnostics.js';

const USAGE = `usage: chan2ts <command> FILE [options]

commands:
  translate FILE   print the TypeScript translation of FILE
  run FILE         translate FILE and run it: output and exit code as the original's

FILE is a .go or .rs file, a Markdown lesson (its first go/rust code block), or - for stdin.

options:
  -o, --out OUT        write the translation to OUT instead of stdout (translate)
  --lang go|rust       the source language, when the file name does not tell
  --block N            the Nth go/rust code block of a Markdown file (1-based)
  --runtime SPEC       the runtime import specifier (default @chan2ts/runtime/go)
  --js                 print JavaScript instead of TypeScript (translate)
  -h, --help           show this help
`;

interface Args {
  command: 'translate' | 'run';
  file: string;
  out?: string;
  lang?: SourceLanguage;
  block?: number;
  runtime?: string;
  js: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args | null {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help')) return null;
  const [command, ...rest] = argv;
  if (command !== 'translate' && command !== 'run') throw new UsageError(`unknown command '${command}' (use translate or run)`);
  const args: Partial<Args> & { js: boolean } = { command, js: false };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '-o' || a === '--out') args.out = value();
    else if (a === '--lang') {
      const lang = value();
      if (lang !== 'go' && lang !== 'rust') throw new UsageError(`unknown language '${lang}' (use go or rust)`);
      args.lang = lang;
    } else if (a === '--block') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new UsageError('--block takes a whole number from 1');
      args.block = n;
    } else if (a === '--runtime') args.runtime = value();
    else if (a === '--js') args.js = true;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option '${a}'`);
    else if (args.file === undefined) args.file = a;
    else throw new UsageError(`unexpected argument '${a}'`);
  }
  if (args.file === undefined) throw new UsageError('no FILE given');
  return args as Args;
}

function readInput(file: string): string {
  if (file === '-') return readFileSync(0, 'utf8');
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  return readFileSync(file, 'utf8');
}

function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${file}:${d.range.start.line + 1}:${d.range.start.column + 1}: ${d.severity}: ${d.message}`;
}

/** The built runtime the translated program imports when run here. */
function runtimeUrl(language: SourceLanguage): string {
  const lang = language === 'rust' ? 'tokio' : 'go';
  const here = moduleDir();
  const candidates = [join(here, 'runtime', `${lang}.js`), resolve(here, '..', 'runtime', 'dist', 'esm', `${lang}.js`), resolve('runtime', 'dist', 'esm', `${lang}.js`)];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`the built runtime is missing (looked for ${candidates.join(', ')}): run npm run build`);
  return pathToFileURL(found).href;
}

async function translateFile(args: Args): Promise<Translation> {
  const text = readInput(args.file);
  return translate(text, {
    language: args.lang,
    fileName: args.file === '-' ? (args.lang === 'rust' ? 'stdin.rs' : 'stdin.go') : args.file,
    block: args.block,
    runtimeSpecifier: args.runtime,
  });
}

async function runTranslated(args: Args): Promise<void> {
  const result = await translateFile({ ...args, runtime: undefined });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  // Only errors: the program's own stderr must stay as the original's (`translate` shows the rest).
  for (const d of errors) process.stderr.write(`chan2ts: ${formatDiagnostic(args.file, d)}\n`);
  if (errors.length > 0) {
    process.stderr.write('chan2ts: not running a program with syntax errors\n');
    process.exit(1);
  }
  const spec = runtimeUrl(result.language);
  const js = result.javascript.replace(/from '@chan2ts\/runtime\/(go|tokio)'/g, `from '${spec}'`);
  const dir = mkdtempSync(join(tmpdir(), 'chan2ts-run-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const program = join(dir, 'program.mjs');
  writeFileSync(program, `${js}//# sourceMappingURL=program.mjs.map\n`, { mode: 0o600 });
  writeFileSync(`${program}.map`, JSON.stringify({ ...result.javascriptMap, sources: [resolve(args.file)] }), { mode: 0o600 });
  await import(pathToFileURL(program).href);
}

async function main(argv: string[]): Promise<number> {
  let args: Args | null;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`chan2ts: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args === null) {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    if (args.command === 'run') {
      await runTranslated(args);
      return -1;
    }
    const result = await translateFile(args);
    for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(args.file, d)}\n`);
    const output = args.js ? result.javascript : result.typescript;
    if (args.out) writeFileSync(args.out, output);
    else process.stdout.write(output);
    return 0;
  } catch (error) {
    const known = error instanceof TranslateError || error instanceof UsageError;
    process.stderr.write(`chan2ts: ${known ? (error as Error).message : (error as Error).stack}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  if (code >= 0) process.exitCode = code;
});
