// Draws one frame on the canvas: only what is in view, and at most one mark per lane and pixel
// column, so that a trace of 100,000 events draws as fast as a small one.
import type { TraceEvent } from '../../../runtime/src/core/trace.js';
import { channelName, type TimelineModel } from '../model.js';
import { laneTitle } from './describe.js';
import type { Theme } from './theme.js';
import { GUTTER, LANE, RULER, lowerBound, type Viewport } from './viewport.js';

export interface Highlight {
  selected: number;
  hoveredEvent: number;
  hoveredMessage: number;
}

export interface FrameStats {
  events: number;
  messages: number;
  spans: number;
}

/** Past this many messages in view, arrows lose their heads. */
const ARROW_HEADS_UP_TO = 2000;

export function drawFrame(
  ctx: CanvasRenderingContext2D,
  model: TimelineModel,
  view: Viewport,
  theme: Theme,
  highlight: Highlight,
): FrameStats {
  const { width, height } = view;
  ctx.fillStyle = theme.bg;
  ctx.fillRect(0, 0, width, height);
  ctx.lineWidth = theme.strong ? 2 : 1;
  const lanes = visibleLanes(model, view);
  drawLanes(ctx, model, view, theme, lanes);
  if (view.clock === 'steps') drawStepBands(ctx, model, view, theme);
  const stats = { events: 0, messages: 0, spans: 0 };
  stats.spans = drawSpans(ctx, model, view, theme, lanes);
  stats.messages = drawMessages(ctx, model, view, theme, lanes, highlight.hoveredMessage);
  stats.events = drawEvents(ctx, model, view, theme, lanes);
  drawProgramEvents(ctx, model, view, theme);
  drawHighlights(ctx, model, view, theme, highlight);
  drawRuler(ctx, model, view, theme);
  drawGutter(ctx, model, view, theme, lanes);
  return stats;
}

function visibleLanes(model: TimelineModel, view: Viewport): [number, number] {
  const first = Math.max(0, Math.floor(view.scrollY / LANE));
  const last = Math.min(model.lanes.length - 1, Math.floor((view.scrollY + view.height - RULER) / LANE));
  return [first, last];
}

function visibleIndices(view: Viewport, marginPx = 40): [number, number] {
  const p = view.positions;
  return [lowerBound(p, view.unitAt(GUTTER - marginPx)), lowerBound(p, view.unitAt(view.width + marginPx))];
}

function drawLanes(
  ctx: CanvasRenderingContext2D,
  model: TimelineModel,
  view: Viewport,
  theme: Theme,
  [first, last]: [number, number],
): void {
  for (let lane = first; lane <= last; lane++) {
    const top = view.laneTop(lane);
    if (lane % 2 === 1) {
      ctx.fillStyle = theme.lane;
      ctx.fillRect(GUTTER, top, view.width - GUTTER, LANE);
    }
    const { first: begin, last: end } = model.lanes[lane]!;
    const y = Math.round(top + LANE / 2) + 0.5;
    ctx.strokeStyle = theme.muted;
    ctx.beginPath();
    ctx.moveTo(Math.max(GUTTER, view.xOf(begin)), y);
    ctx.lineTo(Math.min(view.width, view.xOf(end)), y);
    ctx.stroke();
  }
}

/** In steps, every other scheduler step is banded, so events of one step read as a group. */
function drawStepBands(ctx: CanvasRenderingContext2D, model: TimelineModel, view: Viewport, theme: Theme): void {
  if (view.scale < 3) return;
  const [from, to] = visibleIndices(view);
  ctx.fillStyle = theme.border;
  ctx.globalAlpha = theme.strong ? 0.35 : 0.18;
  for (let i = from; i < to;) {
    const step = model.events[i]!.step;
    let j = i;
    while (j < to && model.events[j]!.step === step) j++;
    if (step % 2 === 1) {
      const x = view.xOf(i) - view.scale / 2;
      ctx.fillRect(x, RULER, j - i === 0 ? 1 : (j - i) * view.scale, view.height - RULER);
    }
    i = j;
  }
  ctx.globalAlpha = 1;
}

function spanColour(theme: Theme, family: string): string {
  return family === 'channel'
    ? theme.send
    : family === 'sync'
      ? theme.sync
      : family === 'time'
        ? theme.time
        : theme.muted;
}

function drawSpans(
  ctx: CanvasRenderingContext2D,
  model: TimelineModel,
  view: Viewport,
  theme: Theme,
  [firstLane, lastLane]: [number, number],
): number {
  const p = view.positions;
  const traceEnd = p.length === 0 ? 0 : p[p.length - 1]!;
  const left = view.unitAt(GUTTER);
  const right = view.unitAt(view.width);
  const lastRight = new Float64Array(model.lanes.length).fill(-Infinity);
  let drawn = 0;
  ctx.font = `11px ${theme.font}`;
  ctx.textBaseline = 'middle';
  for (const span of model.spans) {
    if (span.lane < firstLane || span.lane > lastLane) continue;
    const start = p[span.start]!;
    const stillBlocked = span.end < 0;
    const end = stillBlocked ? traceEnd : p[span.end]!;
    if (start > right || end < left) continue;
    const x0 = view.xAt(start);
    const x1 = Math.max(view.xAt(end), x0 + 2);
    if (x1 <= lastRight[span.lane]! + 0.5) continue;
    lastRight[span.lane] = x1;
    const top = view.laneTop(span.lane) + 9;
    const h = LANE - 18;
    const deadlocked = stillBlocked && model.stall >= 0;
    const colour = deadlocked ? theme.danger : spanColour(theme, span.family);
    ctx.fillStyle = colour;
    ctx.globalAlpha = theme.strong ? 0.45 : deadlocked ? 0.3 : 0.18;
    ctx.fillRect(x0, top, x1 - x0, h);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = colour;
    ctx.strokeRect(Math.round(x0) + 0.5, Math.round(top) + 0.5, Math.round(x1 - x0), Math.round(h));
    const label = deadlocked ? `blocked forever: ${span.waitsOn}` : span.waitsOn;
    if (x1 - x0 > 50)
      drawClippedText(ctx, label, Math.max(x0, GUTTER) + 4, top + h / 2, x1 - Math.max(x0, GUTTER) - 8, theme.fg);
    drawn++;
  }
  return drawn;
}

function drawClippedText(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  room: number,
  colour: string,
): void {
  if (room < 12) return;
  let shown = text;
  while (shown.length > 1 && ctx.measureText(shown).width > room)
    shown = `${shown.slice(0, Math.floor(shown.length * 0.8) - 1)}…`;
  ctx.fillStyle = colour;
  ctx.fillText(shown, x, y);
}

function drawMessages(
  ctx: CanvasRenderingContext2D,
  model: TimelineModel,
  view: Viewport,
  theme: Theme,
  [firstLane, lastLane]: [number, number],
  hovered: number,
): number {
  const p = view.positions;
  const left = view.unitAt(GUTTER - 10);
  const right = view.unitAt(view.width + 10);
  const inView: number[] = [];
  for (let m = 0; m < model.messages.length; m++) {
    const { send, recv } = model.messages[m]!;
    if (p[send]! > right || p[recv]! < left) continue;
    const a = model.laneOf[send]!;
    const b = model.laneOf[recv]!;
    if ((a < firstLane && b < firstLane) || (a > lastLane && b > lastLane)) continue;
    inView.push(m);
  }
  const heads = inView.length <= ARROW_HEADS_UP_TO;
  ctx.strokeStyle = theme.send;
  ctx.fillStyle = theme.send;
  ctx.lineWidth = theme.strong ? 2 : 1.25;
  ctx.globalAlpha = heads ? 0.9 : 0.35;
  ctx.beginPath();
  for (const m of inView) messagePath(ctx, model, view, m, heads);
  ctx.stroke();
  ctx.globalAlpha = 1;
  if (hovered >= 0) {
    ctx.lineWidth = 3;
    ctx.strokeStyle = theme.focus;
    ctx.beginPath();
    messagePath(ctx, model, view, hovered, true);
    ctx.stroke();
  }
  ctx.lineWidth = theme.strong ? 2 : 1;
  return inView.length;
}

/** The arrow's line: from the send's mark to the receive's; within one lane, an arc above. */
export function messageEnds(model: TimelineModel, view: Viewport, message: number): [number, number, number, number] {
  const { send, recv } = model.messages[message]!;
  const sameLane = model.laneOf[send] === model.laneOf[recv];
  const y1 = view.laneCenter(model.laneOf[send]!);
  const y2 = view.laneCenter(model.laneOf[recv]!);
  const dy = sameLane ? 0 : Math.sign(y2 - y1) * 6;
  return [view.xOf(send), y1 + dy, view.xOf(recv), y2 - dy];
}

function messagePath(
  ctx: CanvasRenderingContext2D,
  model: TimelineModel,
  view: Viewport,
  message: number,
  head: boolean,
): void {
  const [x1, y1, x2, y2] = messageEnds(model, view, message);
  ctx.moveTo(x1, y1);
  if (y1 === y2) ctx.quadraticCurveTo((x1 + x2) / 2, y1 - LANE / 2, x2, y2);
  else ctx.lineTo(x2, y2);
  if (!head) return;
  const angle = y1 === y2 ? Math.PI / 4 : Math.atan2(y2 - y1, x2 - x1);
  for (const side of [-1, 1]) {
    ctx.moveTo(x2, y2);
    ctx.lineTo(x2 - 7 * Math.cos(angle + side * 0.45), y2 - 7 * Math.sin(angle + side * 0.45));
  }
}

function drawEvents(
  ctx: CanvasRenderingContext2D,
  model: TimelineModel,
  view: Viewport,
  theme: Theme,
  [firstLane, lastLane]: [number, number],
): number {
  const [from, to] = visibleIndices(view);
  const lastColumn = new Float64Array(model.lanes.length).fill(-Infinity);
  const labelRight = new Float64Array(model.lanes.length).fill(-Infinity);
  ctx.font = `11px ${theme.mono}`;
  ctx.textBaseline = 'alphabetic';
  let drawn = 0;
  for (let i = from; i < to; i++) {
    const lane = model.laneOf[i]!;
    if (lane < firstLane || lane > lastLane) continue;
    const x = view.xOf(i);
    const column = Math.floor(x);
    if (column === lastColumn[lane]) continue;
    const event = model.events[i]!;
    const y = view.laneCenter(lane);
    if (!drawMark(ctx, event, x, y, theme)) continue;
    lastColumn[lane] = column;
    drawn++;
    const label = markLabel(model, event);
    if (label === undefined || x - 2 < labelRight[lane]!) continue;
    const shown = label.length > 18 ? `${label.slice(0, 17)}…` : label;
    ctx.fillStyle = theme.fg;
    ctx.fillText(shown, x + 5, y - 7);
    labelRight[lane] = x + 5 + ctx.measureText(shown).width + 4;
  }
  return drawn;
}

function markLabel(model: TimelineModel, event: TraceEvent): string | undefined {
  switch (event.kind) {
    case 'send':
      return event.value;
    case 'close':
      return `close ${channelName(model.channels, event.chan)}`;
    case 'drop-sender':
      return 'drop tx';
    case 'drop-receiver':
      return 'drop rx';
    case 'task-panic':
      return 'panic';
    case 'lagged':
      return `lagged ${event.skipped}`;
    default:
      return undefined;
  }
}

/** Draws the event's mark; false for events that are drawn as a span's edge only. */
function drawMark(ctx: CanvasRenderingContext2D, event: TraceEvent, x: number, y: number, theme: Theme): boolean {
  switch (event.kind) {
    case 'send':
      ctx.fillStyle = theme.send;
      circle(ctx, x, y, 4);
      ctx.fill();
      return true;
    case 'recv':
      ctx.fillStyle = theme.bg;
      ctx.strokeStyle = event.ok ? theme.recv : theme.muted;
      ctx.lineWidth = 2;
      circle(ctx, x, y, 4);
      ctx.fill();
      ctx.stroke();
      ctx.lineWidth = theme.strong ? 2 : 1;
      return true;
    case 'close':
    case 'drop-sender':
    case 'drop-receiver':
      ctx.fillStyle = theme.close;
      ctx.fillRect(x - 2, y - 10, 4, 20);
      return true;
    case 'task-panic':
      cross(ctx, x, y, 6, theme.danger);
      return true;
    case 'lagged':
      cross(ctx, x, y, 4, theme.muted);
      return true;
    case 'task-start':
    case 'task-end':
      ctx.fillStyle = theme.fg;
      ctx.fillRect(x - 1, y - 8, 2, 16);
      return true;
    case 'select':
      ctx.fillStyle = theme.send;
      ctx.beginPath();
      ctx.moveTo(x, y - 5);
      ctx.lineTo(x + 5, y);
      ctx.lineTo(x, y + 5);
      ctx.lineTo(x - 5, y);
      ctx.closePath();
      ctx.fill();
      return true;
    case 'sync':
      ctx.strokeStyle = theme.sync;
      ctx.lineWidth = 2;
      ctx.strokeRect(x - 3.5, y - 3.5, 7, 7);
      ctx.lineWidth = theme.strong ? 2 : 1;
      return true;
    case 'chan-make':
      ctx.fillStyle = theme.muted;
      ctx.fillRect(x - 4, y - 1, 8, 2);
      ctx.fillRect(x - 1, y - 4, 2, 8);
      return true;
    default:
      return false;
  }
}

function circle(ctx: CanvasRenderingContext2D, x: number, y: number, r: number): void {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, 2 * Math.PI);
}

function cross(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, colour: string): void {
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  ctx.moveTo(x - r, y - r);
  ctx.lineTo(x + r, y + r);
  ctx.moveTo(x + r, y - r);
  ctx.lineTo(x - r, y + r);
  ctx.stroke();
}

/** The events of the program rather than a task: timers on the ruler, the deadlock and the end across the lanes. */
function drawProgramEvents(ctx: CanvasRenderingContext2D, model: TimelineModel, view: Viewport, theme: Theme): void {
  const [from, to] = visibleIndices(view);
  ctx.font = `bold 12px ${theme.font}`;
  ctx.textBaseline = 'top';
  for (let i = from; i < to; i++) {
    if (model.laneOf[i]! >= 0) continue;
    const event = model.events[i]!;
    const x = Math.round(view.xOf(i)) + 0.5;
    if (event.kind === 'timer') {
      ctx.fillStyle = theme.time;
      ctx.fillRect(x - 2, RULER - 8, 4, 8);
    } else if (event.kind === 'stall' || event.kind === 'program-end') {
      const stall = event.kind === 'stall';
      ctx.strokeStyle = stall ? theme.danger : theme.muted;
      ctx.lineWidth = stall ? 3 : 1;
      ctx.setLineDash(stall ? [] : [4, 4]);
      ctx.beginPath();
      ctx.moveTo(x, RULER);
      ctx.lineTo(x, view.height);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.lineWidth = theme.strong ? 2 : 1;
      const text = stall
        ? model.language === 'go'
          ? 'deadlock: all goroutines are asleep'
          : 'hang: no task can run again'
        : `exit ${event.code}`;
      // The deadlock's words above the lanes, the exit code below them.
      const w = ctx.measureText(text).width;
      const textX = Math.max(GUTTER + 4, x - w - 8);
      const textY = stall ? RULER + 2 : Math.min(view.height - 18, view.laneTop(model.lanes.length) + 4);
      ctx.fillStyle = theme.bg;
      ctx.fillRect(textX - 3, textY - 1, w + 6, 16);
      ctx.fillStyle = stall ? theme.danger : theme.muted;
      ctx.fillText(text, textX, textY);
    }
  }
}

function drawHighlights(
  ctx: CanvasRenderingContext2D,
  model: TimelineModel,
  view: Viewport,
  theme: Theme,
  h: Highlight,
): void {
  for (const [index, radius] of [
    [h.hoveredEvent, 7],
    [h.selected, 9],
  ] as const) {
    if (index < 0) continue;
    const lane = model.laneOf[index]!;
    const x = view.xOf(index);
    ctx.strokeStyle = theme.focus;
    ctx.lineWidth = 2;
    if (lane < 0) ctx.strokeRect(x - radius, RULER, radius * 2, view.height - RULER);
    else {
      circle(ctx, x, view.laneCenter(lane), radius);
      ctx.stroke();
    }
  }
  ctx.lineWidth = theme.strong ? 2 : 1;
}

function drawRuler(ctx: CanvasRenderingContext2D, model: TimelineModel, view: Viewport, theme: Theme): void {
  ctx.fillStyle = theme.bg;
  ctx.fillRect(GUTTER, 0, view.width - GUTTER, RULER - 8);
  ctx.strokeStyle = theme.border;
  ctx.beginPath();
  ctx.moveTo(0, RULER - 0.5);
  ctx.lineTo(view.width, RULER - 0.5);
  ctx.stroke();
  ctx.font = `11px ${theme.font}`;
  ctx.textBaseline = 'top';
  ctx.fillStyle = theme.muted;
  if (view.clock === 'ms') {
    const every = niceStep(80 / view.scale);
    for (let t = Math.ceil(view.unitAt(GUTTER) / every) * every; view.xAt(t) < view.width; t += every) {
      const x = view.xAt(t);
      ctx.fillRect(x, RULER - 6, 1, 6);
      ctx.fillText(`${+t.toFixed(6)} ms`, x + 3, 4);
    }
    return;
  }
  // In steps, the label of each step that has room, at its first event.
  const [from, to] = visibleIndices(view, 0);
  let nextFree = GUTTER;
  for (let i = from; i < to; i++) {
    const step = model.events[i]!.step;
    if (i > 0 && model.events[i - 1]!.step === step) continue;
    const x = view.xOf(i);
    if (x < nextFree) continue;
    const text = `step ${step}`;
    ctx.fillRect(x, RULER - 6, 1, 6);
    ctx.fillText(text, x + 3, 4);
    nextFree = x + ctx.measureText(text).width + 12;
  }
}

/** 1, 2 or 5 times a power of ten, at least `min`. */
function niceStep(min: number): number {
  const power = 10 ** Math.floor(Math.log10(min));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= min)!;
}

function drawGutter(
  ctx: CanvasRenderingContext2D,
  model: TimelineModel,
  view: Viewport,
  theme: Theme,
  [first, last]: [number, number],
): void {
  ctx.fillStyle = theme.bg;
  ctx.fillRect(0, 0, GUTTER, view.height);
  ctx.strokeStyle = theme.border;
  ctx.beginPath();
  ctx.moveTo(GUTTER - 0.5, 0);
  ctx.lineTo(GUTTER - 0.5, view.height);
  ctx.stroke();
  ctx.fillStyle = theme.muted;
  ctx.font = `11px ${theme.font}`;
  ctx.textBaseline = 'top';
  ctx.fillText(view.clock === 'steps' ? 'logical clock (steps)' : 'real time (ms)', 8, 8);
  const stalled = new Set(model.stall >= 0 ? (model.events[model.stall] as { tasks: number[] }).tasks : []);
  for (let lane = first; lane <= last; lane++) {
    const top = view.laneTop(lane);
    if (top + LANE < RULER) continue;
    const { task, at } = model.lanes[lane]!;
    ctx.font = `bold 12px ${theme.mono}`;
    ctx.fillStyle = stalled.has(task) ? theme.danger : theme.fg;
    drawClippedText(ctx, laneTitle(model, lane), 8, top + 8, GUTTER - 16, ctx.fillStyle);
    if (at === undefined) continue;
    ctx.font = `11px ${theme.mono}`;
    const line = /:(\d+):\d+$/.exec(at)?.[1];
    drawClippedText(ctx, line === undefined ? at : `started at line ${line}`, 8, top + 25, GUTTER - 16, theme.muted);
  }
}
