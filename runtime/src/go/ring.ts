/** Go's `container/ring`: circular lists; a one-element ring is a Ring on its own. */

/** A nil *Ring: typed as a Ring, as the translation types Go pointers (nil fails where it is used, as in Go). */
export class Ring {
  next_: Ring = this;
  prev_: Ring = this;

  constructor(public value: unknown = null) {}

  next(): Ring {
    return this.next_;
  }

  prev(): Ring {
    return this.prev_;
  }

  /** The element n steps forward (backward for n < 0). */
  move(n: number): Ring {
    let r: Ring = this;
    for (; n < 0; n++) r = r.prev_;
    for (; n > 0; n--) r = r.next_;
    return r;
  }

  /** The number of elements; O(n). */
  len(): number {
    let n = 1;
    for (let p = this.next_; p !== this; p = p.next_) n++;
    return n;
  }

  /**
   * Connects this ring with s so that this.next() becomes s, and gives the original
   * this.next(). With s in the same ring, the elements between are cut out as a ring.
   */
  link(s: Ring): Ring {
    const n = this.next_;
    const p = s.prev_;
    this.next_ = s;
    s.prev_ = this;
    n.prev_ = p;
    p.next_ = n;
    return n;
  }

  /** Removes the n elements after this one; gives them as a ring. */
  unlink(n: number): Ring | null {
    if (n <= 0) return null;
    return this.link(this.move(n + 1));
  }

  /** Calls f with each element's value, forward from this one. */
  do(f: (value: unknown) => void): void {
    f(this.value);
    for (let p = this.next_; p !== this; p = p.next_) f(p.value);
  }
}

/** `ring.New(n)`: a ring of n elements (null for n <= 0), each value nil. */
export function newRing(n: number): Ring | null {
  if (n <= 0) return null;
  const r = new Ring();
  let p = r;
  for (let i = 1; i < n; i++) {
    const next = new Ring();
    next.prev_ = p;
    p.next_ = next;
    p = next;
  }
  p.next_ = r;
  r.prev_ = p;
  return r;
}
export { newRing as new };
