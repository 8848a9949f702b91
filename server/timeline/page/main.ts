// The timeline page: reads the trace embedded in the HTML (html.ts), draws it on the canvas and
// answers the pointer and the keyboard. window.__timeline tells tests what is drawn.
import { placeOf, timelineModel, type Clock } from '../model.js';
import { describeEvent, describeMessage, laneTitle } from './describe.js';
import { drawFrame, type FrameStats, type Highlight } from './draw.js';
import { canReveal, reveal } from './host.js';
import { pick } from './pick.js';
import { onThemeChange, readTheme } from './theme.js';
import { unpackTrace, type PackedTrace } from './packed-trace.js';
import { TRACE_ELEMENT_ID } from './trace-element.js';
import { GUTTER, Viewport } from './viewport.js';

interface TimelineState {
  lanes: string[];
  messages: number;
  events: number;
  clock: Clock;
  /** The index of the deadlock (hang) event; -1 if none. */
  stall: number;
  selected: number;
  frames: number;
  lastFrame: FrameStats | null;
  /** Where event `index`'s mark is on the canvas, in CSS pixels. */
  markAt(index: number): { x: number; y: number };
}

declare global {
  interface Window {
    __timeline: TimelineState;
  }
}

const ZOOM_STEP = 1.5;

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const trace = unpackTrace(JSON.parse(element(TRACE_ELEMENT_ID).textContent!) as PackedTrace);
const model = timelineModel(trace);
const canvas = element<HTMLCanvasElement>('timeline');
const ctx = canvas.getContext('2d')!;
const tooltip = element('tooltip');
const details = element('details');
const view = new Viewport(model);
const highlight: Highlight = { selected: -1, hoveredEvent: -1, hoveredMessage: -1 };
let theme = readTheme();
let pending = false;

const state: TimelineState = {
  lanes: model.lanes.map((_, lane) => laneTitle(model, lane)),
  messages: model.messages.length,
  events: model.events.length,
  clock: view.clock,
  stall: model.stall,
  selected: -1,
  frames: 0,
  lastFrame: null,
  markAt: (index) => ({ x: view.xOf(index), y: view.laneCenter(model.laneOf[index]!) }),
};
window.__timeline = state;

function showTraceFacts(): void {
  const dropped = model.dropped > 0 ? ` · ${model.dropped} more dropped (over the cap)` : '';
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const tasks = count(model.lanes.length, model.language === 'go' ? 'goroutine' : 'task');
  element('facts').textContent =
    `${tasks} · ${count(model.messages.length, 'message')} · ${count(model.events.length, 'event')}${dropped}`;
  const list = element('lanes');
  for (const title of state.lanes) list.append(Object.assign(document.createElement('li'), { textContent: title }));
  document.body.dataset.lanes = String(model.lanes.length);
  document.body.dataset.messages = String(model.messages.length);
}

function redraw(): void {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    const ratio = window.devicePixelRatio || 1;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    state.lastFrame = drawFrame(ctx, model, view, theme, highlight);
    state.frames++;
    document.body.dataset.frames = String(state.frames);
  });
}

function resize(): void {
  const ratio = window.devicePixelRatio || 1;
  const { width, height } = canvas.getBoundingClientRect();
  const first = view.width === 0;
  view.width = width;
  view.height = height;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  if (first) view.reset();
  redraw();
}

function select(index: number): void {
  if (model.events.length === 0) return;
  const clamped = Math.max(0, Math.min(model.events.length - 1, index));
  highlight.selected = state.selected = clamped;
  view.reveal(clamped);
  details.textContent = describeEvent(model, clamped);
  redraw();
}

function revealSource(index: number): void {
  const at = placeOf(model, index);
  if (at !== undefined && canReveal()) reveal(at, model.events[index]!.seq);
}

/** The event of the next lane up or down nearest in time to the selected one. */
function laneNeighbour(direction: 1 | -1): number {
  const from = highlight.selected;
  const lane = from < 0 ? -1 : model.laneOf[from]!;
  for (let target = lane + direction; target >= 0 && target < model.lanes.length; target += direction) {
    const { first, last } = model.lanes[target]!;
    const near = Math.max(first, Math.min(last, from));
    for (let d = 0; near - d >= first || near + d <= last; d++) {
      for (const i of [near - d, near + d]) if (i >= first && i <= last && model.laneOf[i] === target) return i;
    }
  }
  return from;
}

function setClock(clock: Clock): void {
  view.switchClock(clock, highlight.selected);
  state.clock = clock;
  element('clock-steps').setAttribute('aria-pressed', String(clock === 'steps'));
  element('clock-ms').setAttribute('aria-pressed', String(clock === 'ms'));
  redraw();
}

function zoom(factor: number): void {
  const x = highlight.selected >= 0 ? view.xOf(highlight.selected) : (GUTTER + view.width) / 2;
  view.zoomAt(Math.max(GUTTER, Math.min(view.width, x)), factor);
  redraw();
}

function fit(): void {
  view.fit();
  redraw();
}

const KEYS: Record<string, () => void> = {
  ArrowRight: () => select(highlight.selected + 1),
  ArrowLeft: () => select(highlight.selected < 0 ? 0 : highlight.selected - 1),
  ArrowDown: () => select(laneNeighbour(1)),
  ArrowUp: () => select(laneNeighbour(-1)),
  Home: () => select(0),
  End: () => select(model.events.length - 1),
  '+': () => zoom(ZOOM_STEP),
  '=': () => zoom(ZOOM_STEP),
  '-': () => zoom(1 / ZOOM_STEP),
  '0': fit,
  s: () => setClock('steps'),
  t: () => setClock('ms'),
  Enter: () => highlight.selected >= 0 && revealSource(highlight.selected),
};

canvas.addEventListener('keydown', (event) => {
  const action = KEYS[event.key];
  if (action === undefined || event.ctrlKey || event.metaKey || event.altKey) return;
  event.preventDefault();
  action();
});

function showTooltip(text: string | null, x: number, y: number): void {
  tooltip.hidden = text === null;
  if (text === null) return;
  tooltip.textContent = text;
  const room = canvas.clientWidth - tooltip.offsetWidth - 8;
  tooltip.style.left = `${Math.min(x + 14, room)}px`;
  tooltip.style.top = `${y + 14}px`;
}

let drag: { x: number; y: number; moved: boolean } | null = null;

canvas.addEventListener('pointerdown', (event) => {
  drag = { x: event.offsetX, y: event.offsetY, moved: false };
  canvas.setPointerCapture(event.pointerId);
});

canvas.addEventListener('pointermove', (event) => {
  const { offsetX: x, offsetY: y } = event;
  if (drag !== null && (drag.moved || Math.hypot(x - drag.x, y - drag.y) > 3)) {
    drag.moved = true;
    canvas.classList.add('dragging');
    view.panBy(x - drag.x, drag.y - y);
    drag.x = x;
    drag.y = y;
    showTooltip(null, 0, 0);
    redraw();
    return;
  }
  const hit = x < GUTTER ? null : pick(model, view, x, y);
  highlight.hoveredEvent = hit?.event ?? -1;
  highlight.hoveredMessage = hit?.message ?? -1;
  const text =
    hit === null ? null : hit.event >= 0 ? describeEvent(model, hit.event) : describeMessage(model, hit.message);
  showTooltip(text, x, y);
  redraw();
});

canvas.addEventListener('pointerup', (event) => {
  const click = drag !== null && !drag.moved;
  drag = null;
  canvas.classList.remove('dragging');
  if (!click) return;
  const hit = pick(model, view, event.offsetX, event.offsetY);
  const index = hit === null ? -1 : hit.event >= 0 ? hit.event : model.messages[hit.message]!.send;
  if (index < 0) return;
  select(index);
  revealSource(index);
});

canvas.addEventListener('pointerleave', () => {
  highlight.hoveredEvent = highlight.hoveredMessage = -1;
  showTooltip(null, 0, 0);
  redraw();
});

canvas.addEventListener(
  'wheel',
  (event) => {
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) view.zoomAt(event.offsetX, Math.exp(-event.deltaY / 300));
    else if (event.shiftKey) view.panBy(-event.deltaY - event.deltaX, 0);
    // With every lane in view, the wheel moves along the time.
    else if (view.lanesFit()) view.panBy(-event.deltaX - event.deltaY, 0);
    else view.panBy(-event.deltaX, event.deltaY);
    redraw();
  },
  { passive: false },
);

element('clock-steps').addEventListener('click', () => setClock('steps'));
element('clock-ms').addEventListener('click', () => setClock('ms'));
element('zoom-in').addEventListener('click', () => zoom(ZOOM_STEP));
element('zoom-out').addEventListener('click', () => zoom(1 / ZOOM_STEP));
element('zoom-fit').addEventListener('click', fit);
onThemeChange(() => {
  theme = readTheme();
  redraw();
});
new ResizeObserver(resize).observe(canvas);
showTraceFacts();
canvas.focus();
