/**
 * Go's hash/crc32: reflected CRC-32 with a 256-entry table per polynomial (`crc32.IEEE`,
 * `Castagnoli`, `Koopman`); `ChecksumIEEE(data)`, `Checksum(data, table)`, `Update(crc, table,
 * data)`, `MakeTable(poly)`, and `New(table)` / `NewIEEE()`, a hash.Hash32.
 */
import { Uint32Hash } from './hash32.js';

export const size = 4;
export const IEEE = 0xedb88320;
export const Castagnoli = 0x82f63b78;
export const Koopman = 0xeb31d82e;

/** A `*crc32.Table`: 256 uint32 values. */
export type Table = number[];

export function makeTable(poly: number): Table {
  const table: Table = [];
  for (let i = 0; i < 256; i++) {
    let crc = i;
    for (let j = 0; j < 8; j++) crc = crc & 1 ? (crc >>> 1) ^ poly : crc >>> 1;
    table.push(crc >>> 0);
  }
  return table;
}

export const IEEETable: Table = makeTable(IEEE);

export function update(crc: number, table: Table, data: ArrayLike<number> | null): number {
  const bytes = data ?? [];
  let c = ~crc >>> 0;
  for (let i = 0; i < bytes.length; i++) c = (table[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8)) >>> 0;
  return ~c >>> 0;
}

export function checksum(data: ArrayLike<number> | null, table: Table): number {
  return update(0, table, data);
}

export function checksumIEEE(data: ArrayLike<number> | null): number {
  return update(0, IEEETable, data);
}

export class Digest extends Uint32Hash {
  constructor(private readonly table: Table) {
    super(0, 1);
  }

  protected fold(state: number, data: ArrayLike<number>): number {
    return update(state, this.table, data);
  }
}

function newDigest(table: Table): Digest {
  return new Digest(table);
}
export { newDigest as new };

export function newIEEE(): Digest {
  return new Digest(IEEETable);
}
