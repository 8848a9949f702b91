/** `sync.Pool`: Get gives back a value Put there, or New's, or nil when New is unset. */
export class Pool<T = unknown> {
  /** Go's `New` field: makes a value when the pool is empty. */
  new: (() => T) | null;
  private readonly items: T[] = [];

  constructor(init: { new?: (() => T) | null } = {}) {
    this.new = init.new ?? null;
  }

  get(): T | null {
    if (this.items.length > 0) return this.items.pop()!;
    return this.new ? this.new() : null;
  }

  put(x: T): void {
    if (x !== null && x !== undefined) this.items.push(x);
  }
}
