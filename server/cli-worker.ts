// The worker thread of `chan2ts run` (dist/cli-worker.mjs, a bundle of its own so that a run
// does not load the translators twice): runs one translated program (see cli/run.ts).
import { workerData } from 'node:worker_threads';
import { isProgramData, runProgramWorker } from './cli/program-worker.js';

if (isProgramData(workerData)) void runProgramWorker(workerData);
