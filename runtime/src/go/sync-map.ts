/**
 * `sync.Map`: a map that goroutines share without a lock. Here goroutines take turns on one
 * thread, so it is a Map with Go's methods; Range visits keys in insertion order, one of the
 * orders Go allows.
 */
export class SyncMap<K = unknown, V = unknown> {
  private readonly entries = new Map<K, V>();

  load(key: K): [value: V | null, ok: boolean] {
    return this.entries.has(key) ? [this.entries.get(key)!, true] : [null, false];
  }

  store(key: K, value: V): void {
    this.entries.set(key, value);
  }

  /** The value already there (loaded true), or stores value and gives it back. */
  loadOrStore(key: K, value: V): [actual: V, loaded: boolean] {
    if (this.entries.has(key)) return [this.entries.get(key)!, true];
    this.entries.set(key, value);
    return [value, false];
  }

  loadAndDelete(key: K): [value: V | null, loaded: boolean] {
    const found = this.load(key);
    this.entries.delete(key);
    return found;
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  swap(key: K, value: V): [previous: V | null, loaded: boolean] {
    const found = this.load(key);
    this.entries.set(key, value);
    return found;
  }

  compareAndSwap(key: K, old: V, value: V): boolean {
    if (!this.entries.has(key) || this.entries.get(key) !== old) return false;
    this.entries.set(key, value);
    return true;
  }

  compareAndDelete(key: K, old: V): boolean {
    if (!this.entries.has(key) || this.entries.get(key) !== old) return false;
    this.entries.delete(key);
    return true;
  }

  /** Calls f for each entry until it returns false. */
  range(f: (key: K, value: V) => boolean): void {
    for (const [k, v] of this.entries) if (!f(k, v)) return;
  }

  clear(): void {
    this.entries.clear();
  }
}
