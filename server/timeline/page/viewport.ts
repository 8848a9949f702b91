// Where things are on the canvas: time flows right (in steps or milliseconds), one lane per
// task below a ruler, a gutter of lane names on the left; zoom and pan move the view.
import type { Clock, TimelineModel } from '../model.js';

export const GUTTER = 180;
export const RULER = 28;
export const LANE = 46;
/** In steps, the least room per event when the page opens (a long trace starts at its beginning). */
const READABLE_STEP_PX = 12;
const MAX_PX_PER_STEP = 120;
const PADDING = 24;

export class Viewport {
  clock: Clock = 'steps';
  /** Pixels per unit of the clock (an event, or a millisecond). */
  scale = 1;
  /** The clock's value at the left edge of the plot. */
  origin = 0;
  scrollY = 0;
  width = 0;
  height = 0;

  constructor(private readonly model: TimelineModel) {}

  get positions(): Float64Array {
    return this.model.positions[this.clock];
  }

  xOf(index: number): number {
    return this.xAt(this.positions[index]!);
  }

  xAt(unit: number): number {
    return GUTTER + (unit - this.origin) * this.scale;
  }

  unitAt(x: number): number {
    return this.origin + (x - GUTTER) / this.scale;
  }

  laneTop(lane: number): number {
    return RULER + lane * LANE - this.scrollY;
  }

  laneCenter(lane: number): number {
    return this.laneTop(lane) + LANE / 2;
  }

  laneAt(y: number): number {
    if (y < RULER) return -1;
    const lane = Math.floor((y - RULER + this.scrollY) / LANE);
    return lane < this.model.lanes.length ? lane : -1;
  }

  /** The first and last positions of the trace. */
  extent(): [number, number] {
    const p = this.positions;
    return p.length === 0 ? [0, 1] : [p[0]!, Math.max(p[p.length - 1]!, p[0]! + 1)];
  }

  fitScale(): number {
    const [first, last] = this.extent();
    return Math.max(1e-9, (this.width - GUTTER - 2 * PADDING) / (last - first));
  }

  fit(): void {
    this.scale = Math.min(this.fitScale(), this.maxScale());
    this.origin = this.extent()[0] - PADDING / this.scale;
  }

  /** The first view: everything, unless in steps that is too dense, then the beginning. */
  reset(): void {
    this.fit();
    if (this.clock === 'steps' && this.scale < READABLE_STEP_PX) {
      this.scale = READABLE_STEP_PX;
      this.origin = this.extent()[0] - PADDING / this.scale;
    }
  }

  zoomAt(x: number, factor: number): void {
    const unit = this.unitAt(x);
    this.scale = Math.min(this.maxScale(), Math.max(this.fitScale() / 4, this.scale * factor));
    this.origin = unit - (x - GUTTER) / this.scale;
  }

  panBy(dx: number, dy: number): void {
    this.origin -= dx / this.scale;
    const lanesHeight = this.model.lanes.length * LANE;
    this.scrollY = Math.max(0, Math.min(lanesHeight - (this.height - RULER) + LANE, this.scrollY + dy));
  }

  lanesFit(): boolean {
    return this.model.lanes.length * LANE <= this.height - RULER;
  }

  /** Pans as little as needed to show the event. */
  reveal(index: number): void {
    const x = this.xOf(index);
    const margin = PADDING - 4;
    if (x < GUTTER + margin) this.origin -= (GUTTER + margin - x) / this.scale;
    else if (x > this.width - margin) this.origin += (x - (this.width - margin)) / this.scale;
    const lane = this.model.laneOf[index]!;
    if (lane < 0) return;
    const top = this.laneTop(lane);
    if (top < RULER) this.scrollY -= RULER - top;
    else if (top + LANE > this.height) this.scrollY += top + LANE - this.height;
  }

  /** Keeps the event where it is on screen while the clock changes. */
  switchClock(clock: Clock, anchor: number): void {
    if (clock === this.clock) return;
    const x = anchor >= 0 ? this.xOf(anchor) : GUTTER;
    this.clock = clock;
    this.reset();
    if (anchor >= 0) this.origin = this.positions[anchor]! - (x - GUTTER) / this.scale;
  }

  private maxScale(): number {
    return this.clock === 'steps' ? MAX_PX_PER_STEP : 1e6;
  }
}

/** The first index whose position is at least `unit` (positions never decrease). */
export function lowerBound(positions: Float64Array, unit: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < unit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
