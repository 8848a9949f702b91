/** Go's `container/list`: a doubly linked list; the zero List is an empty list ready to use. */

export class Element {
  next_: Element | null = null;
  prev_: Element | null = null;
  list: List | null = null;

  constructor(public value: unknown) {}

  /** The next element, or null after the last. */
  next(): Element | null {
    const n = this.next_;
    return this.list !== null && n !== this.list.root ? n! : null;
  }

  /** The previous element, or null before the first. */
  prev(): Element | null {
    const p = this.prev_;
    return this.list !== null && p !== this.list.root ? p! : null;
  }
}

export class List {
  /** A sentinel: root.next_ is the first element, root.prev_ the last. */
  readonly root = new Element(null);
  private length = 0;

  constructor() {
    this.init();
  }

  /** Empties the list. */
  init(): List {
    this.root.next_ = this.root;
    this.root.prev_ = this.root;
    this.length = 0;
    return this;
  }

  len(): number {
    return this.length;
  }

  front(): Element | null {
    return this.length === 0 ? null : this.root.next_!;
  }

  back(): Element | null {
    return this.length === 0 ? null : this.root.prev_!;
  }

  private insert(e: Element, at: Element): Element {
    e.prev_ = at;
    e.next_ = at.next_;
    e.prev_.next_ = e;
    e.next_!.prev_ = e;
    e.list = this;
    this.length++;
    return e;
  }

  private unlink(e: Element): void {
    e.prev_!.next_ = e.next_;
    e.next_!.prev_ = e.prev_;
    e.next_ = null;
    e.prev_ = null;
    e.list = null;
    this.length--;
  }

  private move(e: Element, at: Element): void {
    if (e === at) return;
    e.prev_!.next_ = e.next_;
    e.next_!.prev_ = e.prev_;
    e.prev_ = at;
    e.next_ = at.next_;
    e.prev_.next_ = e;
    e.next_!.prev_ = e;
  }

  /** Removes e if it is in this list; gives its value. */
  remove(e: Element): unknown {
    if (e.list === this) this.unlink(e);
    return e.value;
  }

  pushFront(v: unknown): Element {
    return this.insert(new Element(v), this.root);
  }

  pushBack(v: unknown): Element {
    return this.insert(new Element(v), this.root.prev_!);
  }

  /** A new element before mark; null (and no change) when mark is not in this list. */
  insertBefore(v: unknown, mark: Element): Element | null {
    return mark.list === this ? this.insert(new Element(v), mark.prev_!) : null;
  }

  insertAfter(v: unknown, mark: Element): Element | null {
    return mark.list === this ? this.insert(new Element(v), mark) : null;
  }

  moveToFront(e: Element): void {
    if (e.list === this && this.root.next_ !== e) this.move(e, this.root);
  }

  moveToBack(e: Element): void {
    if (e.list === this && this.root.prev_ !== e) this.move(e, this.root.prev_!);
  }

  moveBefore(e: Element, mark: Element): void {
    if (e !== mark && e.list === this && mark.list === this) this.move(e, mark.prev_!);
  }

  moveAfter(e: Element, mark: Element): void {
    if (e !== mark && e.list === this && mark.list === this) this.move(e, mark);
  }

  /** Copies of other's values at the back (other may be this list). */
  pushBackList(other: List): void {
    for (let i = other.len(), e = other.front(); i > 0 && e !== null; i--, e = e.next()) this.pushBack(e.value);
  }

  pushFrontList(other: List): void {
    for (let i = other.len(), e = other.back(); i > 0 && e !== null; i--, e = e.prev()) this.pushFront(e.value);
  }
}

/** `list.New()` */
export function newList(): List {
  return new List();
}
export { newList as new };
