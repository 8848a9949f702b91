// `chan2ts run`: the translated program runs in a worker thread of this process, loaded from
// memory (no temporary files to leave behind on Ctrl-C), with a heap limit. The worker's end
// becomes this process's: its exit code, Go's or Rust's out-of-memory report when it reaches
// the limit (a worker that does is stopped cleanly, where a process would dump V8's crash
// report), and a quiet end, as on SIGPIPE, when the program writes to a closed pipe.
import { existsSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SourceMapPayload } from 'node:module';
import { moduleDir } from '../module-dir.js';
import type { SourceLanguage, Translation } from '../translate/index.js';
import { BrokenPipe, say, writeAll } from './output.js';
import { printable } from './report.js';
import type { ProgramData } from './program-worker.js';
import type { TraceRequest } from './trace-output.js';

const MB = 2 ** 20;

/** The default heap limit: a quarter of the memory (or of the container's share), at most 4 GB. */
export function defaultMemoryLimitMb(total = totalmem(), constrained = process.constrainedMemory?.() ?? 0): number {
  const available = constrained > 0 && constrained < total ? constrained : total;
  return Math.max(16, Math.min(4096, Math.floor(available / 4 / MB)));
}

/** The built runtime the translated program imports when run here. */
function runtimeUrl(language: SourceLanguage): string {
  const lang = language === 'rust' ? 'tokio' : 'go';
  const here = moduleDir();
  const candidates = [join(here, 'runtime', `${lang}.js`), resolve(here, '..', 'runtime', 'dist', 'esm', `${lang}.js`)];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`the built runtime is missing (looked for ${candidates.join(', ')}): run npm run build`);
  return pathToFileURL(found).href;
}

export interface RunRequest {
  translation: Translation;
  /** The source file as given (`-` for stdin): the program's name, and its source map's source. */
  file: string;
  args: string[];
  maxOldSpaceMb?: number;
  /** Record the program's trace, and what to do with it. */
  trace?: TraceRequest;
  /** The module the worker starts: the CLI's own, which runs `runProgramWorker` in a worker. */
  workerEntry: URL;
}

/** What the language prints when memory runs out, and its exit code. */
function outOfMemory(language: SourceLanguage, limitMb: number): { message: string; code: number } {
  if (language === 'rust') return { message: `memory allocation of ${limitMb * MB} bytes failed\n`, code: 134 };
  return { message: 'fatal error: runtime: out of memory\n', code: 2 };
}

/** Ends this process as a Go or Rust program ends on SIGPIPE (Node ignores the signal). */
function endOnBrokenPipe(): void {
  const restoreDefault = () => {};
  process.on('SIGPIPE', restoreDefault);
  process.off('SIGPIPE', restoreDefault);
  process.exitCode = 141;
  process.kill(process.pid, 'SIGPIPE');
}

/** Runs the program; this process ends with it. */
export function runProgram(request: RunRequest): Promise<never> {
  const { translation, file } = request;
  const runtime = runtimeUrl(translation.language);
  const javascript = translation.javascript.replace(/from '@chan2ts\/runtime\/(go|tokio)'/g, `from '${runtime}'`);
  const source = file === '-' ? `stdin.${translation.language === 'rust' ? 'rs' : 'go'}` : resolve(file);
  const limitMb = request.maxOldSpaceMb ?? defaultMemoryLimitMb();
  const data: ProgramData = {
    kind: 'chan2ts-program',
    url: `data:text/javascript;base64,${Buffer.from(javascript).toString('base64')}`,
    map: { ...translation.javascriptMap, sources: [source] } as SourceMapPayload,
    file,
    args: request.args,
    language: translation.language,
    runtime,
    trace: request.trace ?? null,
    brokenPipe: new Int32Array(new SharedArrayBuffer(4)),
  };
  const worker = new Worker(request.workerEntry, {
    workerData: data,
    resourceLimits: { maxOldGenerationSizeMb: limitMb },
    // The worker writes to descriptors 1 and 2 itself; nothing should go through this thread's streams.
    stdout: true,
    stderr: true,
  });
  const forward = (fd: number) => (chunk: Buffer) => {
    try {
      writeAll(fd, chunk);
    } catch (error) {
      if (!(error instanceof BrokenPipe)) throw error;
      Atomics.store(data.brokenPipe, 0, 1);
      void worker.terminate();
    }
  };
  worker.stdout.on('data', forward(1));
  worker.stderr.on('data', forward(2));
  let error: (Error & { code?: string }) | undefined;
  worker.on('error', (e) => (error = e));
  return new Promise<never>(() => {
    worker.on('exit', (code) => {
      if (Atomics.load(data.brokenPipe, 0) === 1) return endOnBrokenPipe();
      if (error?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        const oom = outOfMemory(translation.language, limitMb);
        say(oom.message);
        process.exit(oom.code);
      }
      if (error) {
        say(printable(`chan2ts: internal error while running ${file}: ${error.message}`));
        if (process.env.CHAN2TS_DEBUG === '1') say(String(error.stack));
        process.exit(1);
      }
      process.exit(code);
    });
  });
}
