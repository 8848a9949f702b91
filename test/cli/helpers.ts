// Runs the built command line (dist/cli.mjs) as a user would, and makes the files it reads.
import { after } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, runProcess, type ProcessResult, type RunOptions } from '../support/run-ts-program.js';

export const CLI = join(PROJECT_ROOT, 'dist', 'cli.mjs');

export function chan2ts(args: readonly string[], options: RunOptions = {}): Promise<ProcessResult> {
  return runProcess(process.execPath, [CLI, ...args], options);
}

const made: string[] = [];
after(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chan2ts-cli-'));
  made.push(dir);
  return dir;
}

/** A file named `name` holding `content` in a fresh temporary folder; its path. */
export function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

/** A line Node prints for a stack frame: chan2ts's own errors must never show one. */
export const STACK_FRAME = /^\s+at .*(\(|node:|file:|\.m?js:\d)/m;

export const PING_GO = `package main

import "fmt"

func main() {
	ch := make(chan string)
	go func() { ch <- "ping" }()
	fmt.Println(<-ch)
}
`;
