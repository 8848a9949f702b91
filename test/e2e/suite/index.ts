// The e2e suite's entry, for both runners: @vscode/test-electron calls run() as its
// extensionTestsPath, and the code-server harness extension calls it on activation. The
// suite (trusted or untrusted) comes from CHAN2TS_E2E_MODE; the results go to
// CHAN2TS_E2E_RESULTS as JSON when it is set.
import { writeFileSync } from 'node:fs';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import type { Chan2tsApi } from '../../../extension/src/extension.js';
import { EXTENSION_ID } from './helpers.js';

interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  error?: string;
}

export async function run(): Promise<void> {
  const mode = process.env.CHAN2TS_E2E_MODE === 'untrusted' ? 'untrusted' : 'trusted';
  const mocha = new Mocha({ ui: 'bdd', timeout: 150_000, color: false, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, `${mode}.suite`, mocha);
  if (mode === 'untrusted') await import('./untrusted.suite.js');
  else await import('./trusted.suite.js');
  const tests: TestResult[] = [];
  // Written after every test too, so a run that stops half-way still tells how far it got.
  const progress = process.env.CHAN2TS_E2E_RESULTS ? `${process.env.CHAN2TS_E2E_RESULTS}.partial` : undefined;
  const record = (result: TestResult) => {
    tests.push(result);
    if (progress) writeFileSync(progress, JSON.stringify({ mode, tests }, null, 2));
  };
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', (test) => record({ title: test.fullTitle(), state: 'passed' }));
    runner.on('pending', (test) => record({ title: test.fullTitle(), state: 'pending' }));
    runner.on('fail', (test, error: Error) =>
      record({ title: test.fullTitle(), state: 'failed', error: error.stack ?? String(error) }),
    );
  });
  const api = vscode.extensions.getExtension<Chan2tsApi>(EXTENSION_ID)?.exports;
  const results = { mode, vscodeVersion: vscode.version, activationMs: api?.activationMs ?? null, failures, tests };
  if (process.env.CHAN2TS_E2E_RESULTS) writeFileSync(process.env.CHAN2TS_E2E_RESULTS, JSON.stringify(results, null, 2));
  if (failures > 0) throw new Error(`${failures} e2e test(s) failed`);
}
