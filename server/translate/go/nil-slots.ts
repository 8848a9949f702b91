// Where a Go nil may be stored, so that the TypeScript type there admits `null` (Go's nil is
// always `null`, and a type says `| null` exactly where the program can put one):
//   a struct field, a channel's element     always (its zero value is nil; a closed channel gives it)
//   a variable declared without a value    always (`var p *Node` -> let p: Node | null = null)
//   a parameter, a result, a variable, a slice's, array's or map's element type
//                                           where the translation stores nil or a value that may be
//                                           nil there (`insert(nil, v)`, `return nil`, `p = p.next`,
//                                           `make([]*T, n)`)
// A store is known only once its value is translated, perhaps after the declaration was written:
// the translator records the slots it found holding nil (`store`) and translates the file again
// assuming them (translator.ts), until nothing new turns up. A round whose new slots no code
// asked about (`holds`) is not repeated: the next one would make the same choices and write the
// same text (a variable whose declaration admits nil because of its initial value never asks).
//
// Slot keys: `param:F#i`, `result:F#i` (F a function's name, `Type.Method`, or a literal's key),
// `var:ID` (the declaring identifier's node id), `elem:T` (T a slice, array or map type as
// describeType spells it), `key:T` (a map type's keys: a nil pointer may be a key). The same
// rounds find which generic declarations need a type parameter's zero value from whoever
// instantiates them: `zero:D#T` (declarations.ts, `typeParameterZeroCode`).

export class NilSlots {
  /** Slots found holding nil that this round did not assume. */
  private readonly discovered = new Set<string>();
  /** Slots this round's translation asked about and took as not holding nil. */
  private readonly deniedQueries = new Set<string>();

  constructor(private readonly assumed: ReadonlySet<string> = new Set()) {}

  /** Whether the slot admits nil in this round's types. */
  holds(slot: string): boolean {
    if (this.assumed.has(slot)) return true;
    this.deniedQueries.add(slot);
    return false;
  }

  /** A nil, or a value that may be nil, goes into the slot. */
  store(slot: string): void {
    if (!this.assumed.has(slot)) this.discovered.add(slot);
  }

  /**
   * Whether a round assuming `found()` would translate differently: a slot this round found
   * was asked about before it was known to hold nil.
   */
  changesTranslation(): boolean {
    for (const slot of this.discovered) if (this.deniedQueries.has(slot)) return true;
    return false;
  }

  /** The slots the next round assumes: this round's and the ones it found. */
  found(): ReadonlySet<string> {
    return this.discovered.size === 0 ? this.assumed : new Set([...this.assumed, ...this.discovered]);
  }
}

export function paramSlot(fnKey: string, i: number): string {
  return `param:${fnKey}#${i}`;
}

export function resultSlot(fnKey: string, i: number): string {
  return `result:${fnKey}#${i}`;
}

export function variableSlot(nodeId: number): string {
  return `var:${nodeId}`;
}

export function elementSlot(containerType: string): string {
  return `elem:${containerType}`;
}

export function keySlot(mapType: string): string {
  return `key:${mapType}`;
}
