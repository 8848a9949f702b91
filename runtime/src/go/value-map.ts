// Go maps whose keys are structs, arrays or complex numbers: two keys are the same key when their values are
// equal, where a JavaScript Map compares objects by identity.

/** A Map whose struct and array keys match by value (`map[Point]bool`, `map[[2]int]int`). */
export class ValueMap<K, V> extends Map<K, V> {
  /** The key object stored for each key value, by the key's text. */
  private readonly stored = new Map<string, K>();

  constructor(entries?: Iterable<readonly [K, V]> | null) {
    super();
    for (const [k, v] of entries ?? []) this.set(k, v);
  }

  override get(key: K): V | undefined {
    const stored = this.stored.get(keyText(key));
    return stored === undefined ? undefined : super.get(stored);
  }

  override has(key: K): boolean {
    return this.stored.has(keyText(key));
  }

  override set(key: K, value: V): this {
    const text = keyText(key);
    let stored = this.stored.get(text);
    if (stored === undefined) {
      // Go copies the key into the map: later changes to the caller's value do not move it.
      stored = copyKey(key);
      this.stored.set(text, stored);
    }
    return super.set(stored, value);
  }

  override delete(key: K): boolean {
    const text = keyText(key);
    const stored = this.stored.get(text);
    if (stored === undefined) return false;
    this.stored.delete(text);
    return super.delete(stored);
  }

  override clear(): void {
    this.stored.clear();
    super.clear();
  }
}

/** The same text for equal Go values: arrays by element, structs by type and field. */
function keyText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(keyText).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const fields = Object.entries(value).map(([k, v]) => `${k}:${keyText(v)}`);
    return `${value.constructor?.name ?? ''}{${fields.join(',')}}`;
  }
  return typeof value === 'string' ? JSON.stringify(value) : `${typeof value}:${String(value)}`;
}

function copyKey<K>(key: K): K {
  if (Array.isArray(key)) return key.map(copyKey) as K;
  const clone = (key as { clone?: () => K } | null)?.clone;
  return typeof clone === 'function' ? clone.call(key) : key;
}
