// The timeline as one self-contained HTML page: the trace embedded as JSON (packed-trace.ts), the page's script
// and style inline under a Content-Security-Policy that allows only them (by a nonce), and no
// other resource, so the file opens from disk, offline, and in a VS Code webview alike.
import { randomBytes } from 'node:crypto';
import type { TraceDocument } from '../../runtime/src/trace/json.js';
import { packTrace } from './page/packed-trace.js';
import { TRACE_ELEMENT_ID } from './page/trace-element.js';
import { TIMELINE_STYLE } from './style.js';

export interface TimelinePageOptions {
  /** The page's title, e.g. the program's name. */
  title: string;
  /** The bundled page script (timelinePageScript()). */
  script: string;
  /** A fresh random one by default. */
  nonce?: string;
}

export function timelineHtml(document: TraceDocument, options: TimelinePageOptions): string {
  const nonce = options.nonce ?? randomBytes(18).toString('base64');
  const csp = `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style nonce="${nonce}">${TIMELINE_STYLE}</style>
</head>
<body>
<header>
  <h1>${escapeHtml(options.title)}</h1>
  <div role="group" aria-label="Clock">
    <button type="button" id="clock-steps" aria-pressed="true" title="One column per event, banded by the scheduler's step (S)">Steps</button>
    <button type="button" id="clock-ms" aria-pressed="false" title="Wall-clock milliseconds (T)">Real time</button>
  </div>
  <div role="group" aria-label="Zoom">
    <button type="button" id="zoom-out" title="Zoom out (-)">−</button>
    <button type="button" id="zoom-fit" title="Show everything (0)">Fit</button>
    <button type="button" id="zoom-in" title="Zoom in (+)">+</button>
  </div>
  <p id="facts"></p>
</header>
<main>
  <canvas id="timeline" tabindex="0" role="img" aria-describedby="help details"></canvas>
  <div id="tooltip" role="tooltip" hidden></div>
  <ol id="lanes" class="visually-hidden" aria-label="Goroutines and tasks"></ol>
</main>
<footer>
  <p id="details" role="status" aria-live="polite">Click an event, or press → to step through them.</p>
  <p id="help">← → events · ↑ ↓ lanes · + − zoom · 0 fit · drag or wheel to pan (Ctrl+wheel zooms) · S/T clock · Enter reveals the source</p>
</footer>
<script type="application/json" id="${TRACE_ELEMENT_ID}">${jsonForScript(packTrace(document))}</script>
<script nonce="${nonce}">${options.script.replace(/<\/(script)/gi, '<\\/$1')}</script>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that cannot end its <script> element or open a comment: every `<` escaped. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
