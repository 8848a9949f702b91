// What `chan2ts run --trace OUT` and `--trace-summary` do with the recorded trace once the
// program has ended (in the worker, before it exits): OUT in the format its name asks for,
// the summary on stderr, after the program's own output.
import { writeFileSync } from 'node:fs';
import type { TraceRecorder } from '../../runtime/src/core/trace.js';
import { chromeTrace } from '../../runtime/src/trace/chrome.js';
import { traceDocument, traceJson } from '../../runtime/src/trace/json.js';
import { traceSummary } from '../../runtime/src/trace/summary.js';
import { timelineHtml } from '../timeline/html.js';
import { timelinePageScript } from '../timeline/page-script.js';
import type { SourceLanguage } from '../translate/index.js';
import { say } from './output.js';
import { fileError } from './source.js';

export interface TraceRequest {
  /** Where to write the trace: Chrome's format for a name ending in .trace.json, the timeline page for .html, else chan2ts's JSON. */
  file?: string;
  /** Print the plain-text summary to stderr. */
  summary: boolean;
}

const CHROME_SUFFIX = '.trace.json';
const HTML_SUFFIX = '.html';

export function writeTraceOutputs(
  recorder: Pick<TraceRecorder, 'events' | 'dropped' | 'cap'>,
  request: TraceRequest,
  language: SourceLanguage,
  programName: string,
): void {
  const { file } = request;
  if (file !== undefined) {
    const text = file.endsWith(CHROME_SUFFIX)
      ? JSON.stringify(chromeTrace(recorder.events, `chan2ts run ${programName}`))
      : file.endsWith(HTML_SUFFIX)
        ? timelineHtml(traceDocument(recorder, language), { title: programName, script: timelinePageScript() })
        : traceJson(traceDocument(recorder, language));
    try {
      writeFileSync(file, text);
    } catch (error) {
      say(`chan2ts: the trace was not written: ${fileError(file, error).message}`);
    }
  }
  if (request.summary) say(traceSummary(recorder.events, recorder.dropped));
}
