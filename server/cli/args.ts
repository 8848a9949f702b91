// The command line: `chan2ts translate|run FILE [options] [-- ARGS...]`, parsed with
// node:util parseArgs. Every option belongs to a command; one the command would ignore is an
// error, not silence.
import { parseArgs } from 'node:util';
import type { SourceLanguage } from '../translate/index.js';

export const USAGE = `usage: chan2ts translate FILE [-o OUT] [--lang go|rust] [--block N] [--runtime SPEC] [--js]
       chan2ts run FILE [--lang go|rust] [--block N] [--quiet] [--max-old-space-size MB]
                   [--trace OUT] [--trace-summary] [-- ARGS...]

commands:
  translate FILE   print the TypeScript translation of FILE
  run FILE         translate FILE and run it: output and exit code as the original's

FILE is a .go or .rs file, a Markdown lesson (its first go/rust code block), or - for stdin.

options:
  -o, --out OUT               write the translation to OUT instead of stdout (translate)
  --lang go|rust              the source language, when the file name does not tell
  --block N                   the Nth go/rust code block of a Markdown file (1-based)
  --runtime SPEC              the runtime import specifier (translate; default
                              @chan2ts/runtime/go or @chan2ts/runtime/tokio)
  --js                        print JavaScript instead of TypeScript (translate)
  -q, --quiet                 do not print the notes about the translation (run)
  --max-old-space-size MB     the program's memory limit (run; default a quarter of
                              the memory, at most 4096)
  --trace OUT                 record what every goroutine/task and channel did and
                              write it to OUT (run): the Chrome trace event format
                              (Perfetto, chrome://tracing) when OUT ends in
                              .trace.json, a timeline page to open in a browser when
                              it ends in .html, else chan2ts's JSON (docs/trace-format.md)
  --trace-summary             after the run, print a summary of the trace to stderr:
                              messages per channel, longest waits, who was blocked (run)
  -- ARGS...                  the program's arguments (run)
  -h, --help                  show this help
  --version                   print chan2ts's version
`;

/** A wrong command line: the message, then the usage, exit 2. An empty message: usage alone. */
export class UsageError extends Error {}

export interface TranslateArgs {
  command: 'translate';
  file: string;
  lang?: SourceLanguage;
  block?: number;
  out?: string;
  runtime?: string;
  js: boolean;
}

export interface RunArgs {
  command: 'run';
  file: string;
  lang?: SourceLanguage;
  block?: number;
  quiet: boolean;
  maxOldSpaceMb?: number;
  /** Where to write the trace. */
  trace?: string;
  traceSummary: boolean;
  programArgs: string[];
}

export type Args = TranslateArgs | RunArgs | { command: 'help' } | { command: 'version' };

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  lang: { type: 'string' },
  block: { type: 'string' },
  runtime: { type: 'string' },
  js: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'max-old-space-size': { type: 'string' },
  trace: { type: 'string' },
  'trace-summary': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

type OptionName = keyof typeof OPTIONS;

const COMMAND_OPTIONS: Record<'translate' | 'run', ReadonlySet<OptionName>> = {
  translate: new Set(['out', 'lang', 'block', 'runtime', 'js']),
  run: new Set(['lang', 'block', 'quiet', 'max-old-space-size', 'trace', 'trace-summary']),
};

function isOption(name: string): name is OptionName {
  return Object.hasOwn(OPTIONS, name);
}

function wholeNumber(raw: string, option: string, min: number): number {
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min)
    throw new UsageError(`${option} takes a whole number from ${min}, not '${raw}'`);
  return n;
}

export function parseCommandLine(argv: readonly string[]): Args {
  if (argv.length === 0) throw new UsageError('');
  // Not strict: the checks below give messages about this command line, not parseArgs's.
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values = new Map<OptionName, string | true>();
  const given = new Map<OptionName, string>();
  const positionals: string[] = [];
  let programArgs: string[] | null = null;
  for (const token of tokens) {
    if (token.kind === 'option-terminator') {
      programArgs = argv.slice(token.index + 1);
      break;
    }
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    const { name, rawName, value } = token;
    if (!isOption(name)) throw new UsageError(`unknown option '${rawName}'`);
    if (OPTIONS[name].type === 'string' && value === undefined)
      throw new UsageError(`option '${rawName}' needs a value`);
    if (OPTIONS[name].type === 'boolean' && value !== undefined)
      throw new UsageError(`option '${rawName}' takes no value`);
    if (values.has(name)) throw new UsageError(`option '${rawName}' is given twice`);
    values.set(name, value ?? true);
    given.set(name, rawName);
  }
  if (values.has('help')) return { command: 'help' };
  if (values.has('version')) return { command: 'version' };

  const [command, file, extra] = positionals;
  if (command === undefined) throw new UsageError('no command (use translate or run)');
  if (command !== 'translate' && command !== 'run')
    throw new UsageError(`unknown command '${command}' (use translate or run)`);
  for (const [name, rawName] of given) {
    if (!COMMAND_OPTIONS[command].has(name)) throw new UsageError(`option '${rawName}' does not apply to ${command}`);
  }
  if (file === undefined) throw new UsageError('no FILE given');
  if (extra !== undefined) {
    throw new UsageError(
      `unexpected argument '${extra}'${command === 'run' ? " (the program's arguments go after --)" : ''}`,
    );
  }
  if (command === 'translate' && programArgs !== null)
    throw new UsageError('translate takes no program arguments (after --)');

  const lang = values.get('lang') as string | undefined;
  if (lang !== undefined && lang !== 'go' && lang !== 'rust')
    throw new UsageError(`unknown language '${lang}' (use go or rust)`);
  const block = values.get('block') as string | undefined;
  const common = {
    file,
    lang: lang as SourceLanguage | undefined,
    block: block === undefined ? undefined : wholeNumber(block, '--block', 1),
  };
  if (command === 'translate') {
    return {
      command,
      ...common,
      out: values.get('out') as string | undefined,
      runtime: values.get('runtime') as string | undefined,
      js: values.has('js'),
    };
  }
  const memory = values.get('max-old-space-size') as string | undefined;
  return {
    command,
    ...common,
    quiet: values.has('quiet'),
    maxOldSpaceMb: memory === undefined ? undefined : wholeNumber(memory, '--max-old-space-size', 16),
    trace: values.get('trace') as string | undefined,
    traceSummary: values.has('trace-summary'),
    programArgs: programArgs ?? [],
  };
}
