/**
 * Real Go for differential tests: find a Go 1.23+ toolchain, build a set of Go programs once,
 * run the binaries.
 *
 *     const go = findGo();                       // null when there is no Go 1.23+
 *     if (go === null) ...                       // fail under CI, skip otherwise: GO_MISSING
 *     const built = await buildGoPrograms(go, [{ name: 'pipeline', file: 'programs/pipeline.go' }]);
 *     const { stdout, stderr, code } = await built.run('pipeline');
 *     await built.cleanup();
 *
 * All programs are built by one `go build` in a temporary module (`go.mod` says `go 1.23`),
 * each as its own main package in a subfolder, so the toolchain starts once and compiles in
 * parallel. Binaries are run directly, never with `go run` (which reports exit status 1 for a
 * program that panics or deadlocks; the binary itself exits 2).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { runProcess, type ProcessResult, type RunOptions } from './run-ts-program.js';

export type { ProcessResult, RunOptions };

/** Why a test that needs Go cannot run, and how to fix it. */
export const GO_MISSING = 'go 1.23 not found: apt-get install -t bookworm-backports golang-1.23-go (see .ci/run)';

/** Where bookworm-backports' golang-1.23-go puts the toolchain (not on PATH by default). */
export const BACKPORTS_GO = '/usr/lib/go-1.23/bin/go';

/** The oldest Go the programs are written for (range over int, per-iteration loop variables). */
const MIN_MINOR = 23;

/** A Go toolchain found on this machine. */
export interface GoToolchain {
  /** Absolute path of the `go` command. */
  path: string;
  /** As `go env GOVERSION` says, e.g. "go1.23.5". */
  version: string;
}

/** One program to build: its name (the binary's name) and its single Go source file. */
export interface GoProgram {
  name: string;
  /** A `package main` file; it becomes `<module>/<name>/main.go`. */
  file: string;
}

/** Programs built by `buildGoPrograms`: run them by name, then remove the temporary files. */
export interface GoBuild {
  /** The temporary directory holding the module and the binaries. */
  dir: string;
  /** Absolute path of each program's binary, by name. */
  binaries: ReadonlyMap<string, string>;
  /** Runs a built program's binary (see `runProcess` for options and the timeout). */
  run(name: string, options?: RunOptions): Promise<ProcessResult>;
  /** Removes the temporary directory. */
  cleanup(): Promise<void>;
}

/**
 * Environment for every `go` invocation: never download a toolchain or a module, and have a
 * build cache even where HOME is not set.
 */
function goEnv(): Record<string, string> {
  const env: Record<string, string> = { GOTOOLCHAIN: 'local', GOPROXY: 'off', GOFLAGS: '', GO111MODULE: 'on' };
  if (!process.env.GOCACHE && !process.env.HOME && !process.env.XDG_CACHE_HOME) {
    env.GOCACHE = join(tmpdir(), 'chan2ts-go-build-cache');
  }
  return env;
}

/** `go env GOVERSION` of the go command at `path`, or null if it does not run. */
function goVersion(path: string): string | null {
  try {
    return execFileSync(path, ['env', 'GOVERSION'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, ...goEnv() },
      timeout: 20_000,
    }).trim();
  } catch {
    return null;
  }
}

function isRecentEnough(version: string): boolean {
  const match = /^go1\.(\d+)/.exec(version);
  return match !== null && Number(match[1]) >= MIN_MINOR;
}

/**
 * Finds Go 1.23 or newer: first `go` on PATH, then /usr/lib/go-1.23/bin/go (where Debian's
 * backports package installs it). Returns null when neither exists or is recent enough.
 */
export function findGo(): GoToolchain | null {
  const candidates = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .map((dir) => join(dir, 'go'));
  candidates.push(BACKPORTS_GO);
  for (const path of candidates) {
    if (!existsSync(path)) continue;
    const version = goVersion(path);
    if (version !== null && isRecentEnough(version)) return { path, version };
  }
  return null;
}

/**
 * Builds every program with one `go build` in a fresh temporary module and returns where the
 * binaries are. Rejects with the compiler's output when a program does not build.
 */
export async function buildGoPrograms(
  go: GoToolchain,
  programs: readonly GoProgram[],
  options: { timeoutMs?: number } = {},
): Promise<GoBuild> {
  const names = new Set<string>();
  for (const { name } of programs) {
    if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error(`bad Go program name: ${JSON.stringify(name)}`);
    if (names.has(name)) throw new Error(`two Go programs named ${name}`);
    names.add(name);
  }

  const dir = await mkdtemp(join(tmpdir(), 'chan2ts-go-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    const moduleDir = join(dir, 'src');
    const binDir = join(dir, 'bin');
    await mkdir(binDir, { recursive: true });
    await mkdir(moduleDir, { recursive: true });
    await writeFile(join(moduleDir, 'go.mod'), 'module chan2ts.test/programs\n\ngo 1.23\n');
    for (const { name, file } of programs) {
      await mkdir(join(moduleDir, name));
      await copyFile(file, join(moduleDir, name, 'main.go'));
    }

    const binaries = new Map<string, string>();
    if (programs.length > 0) {
      // With several packages and `-o DIR/`, go build writes one binary per main package,
      // named after its folder.
      const result = await runProcess(
        go.path,
        ['build', '-o', binDir + '/', ...programs.map(({ name }) => `./${name}`)],
        { cwd: moduleDir, env: goEnv(), timeoutMs: options.timeoutMs ?? 300_000 },
      );
      if (result.code !== 0) {
        throw new Error(`go build failed (exit ${result.code}):\n${result.stderr}${result.stdout}`);
      }
      for (const { name } of programs) {
        const binary = join(binDir, name);
        if (!existsSync(binary)) throw new Error(`go build did not produce ${binary}`);
        binaries.set(name, binary);
      }
    }

    return {
      dir,
      binaries,
      run(name, runOptions = {}) {
        const binary = binaries.get(name);
        if (binary === undefined) return Promise.reject(new Error(`no Go program named ${name} was built`));
        return runProcess(binary, runOptions.args ?? [], runOptions);
      },
      cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/**
 * Runs a Go binary directly and returns what it printed and its exit code (2 after a panic
 * or a deadlock). GOTRACEBACK and GODEBUG are left as the caller's environment has them.
 */
export function runGoBinary(binary: string, options: RunOptions = {}): Promise<ProcessResult> {
  return runProcess(binary, options.args ?? [], options);
}
