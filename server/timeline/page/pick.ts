// What is under the pointer: the nearest event mark in the lane, else an arrow, else one of
// the program's own events (the deadlock line, the end).
import type { TimelineModel } from '../model.js';
import { messageEnds } from './draw.js';
import { LANE, RULER, lowerBound, type Viewport } from './viewport.js';

export type Hit = { event: number; message: -1 } | { event: -1; message: number };

const REACH = 7;
/** At most this many events are looked at under one pointer (a dense, zoomed-out view). */
const MAX_CANDIDATES = 4000;

export function pick(model: TimelineModel, view: Viewport, x: number, y: number): Hit | null {
  const p = view.positions;
  const from = lowerBound(p, view.unitAt(x - REACH));
  const to = Math.min(lowerBound(p, view.unitAt(x + REACH)), from + MAX_CANDIDATES);
  const lane = view.laneAt(y);
  let best = -1;
  let bestDistance = Infinity;
  for (let i = from; i < to; i++) {
    const own = model.laneOf[i]!;
    const event = model.events[i]!;
    const onLine = own < 0 && (event.kind === 'stall' || event.kind === 'program-end') && y >= RULER;
    if (own !== lane && !onLine) continue;
    if (event.kind === 'wake' || event.kind === 'block') continue;
    const distance = Math.abs(view.xOf(i) - x);
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  }
  if (best >= 0) return { event: best, message: -1 };
  const message = nearestMessage(model, view, x, y);
  return message < 0 ? null : { event: -1, message };
}

function nearestMessage(model: TimelineModel, view: Viewport, x: number, y: number): number {
  let best = -1;
  let bestDistance = REACH / 2 + 1;
  for (let m = 0; m < model.messages.length; m++) {
    const [x1, y1, x2, y2] = messageEnds(model, view, m);
    if (x < Math.min(x1, x2) - REACH || x > Math.max(x1, x2) + REACH) continue;
    const distance = y1 === y2 ? arcDistance(x, y, x1, x2, y1) : segmentDistance(x, y, x1, y1, x2, y2);
    if (distance < bestDistance) [best, bestDistance] = [m, distance];
  }
  return best;
}

function segmentDistance(px: number, py: number, x1: number, y1: number, x2: number, y2: number): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}

/** The arc of a message within one lane peaks half a lane above it, at its middle. */
function arcDistance(px: number, py: number, x1: number, x2: number, y: number): number {
  const t = (px - x1) / (x2 - x1 || 1);
  return Math.abs(py - (y - t * (1 - t) * LANE));
}
