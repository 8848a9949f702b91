// Draws icon.png (128x128): two channel "pipes" joined by an arrow, Go blue into TypeScript
// blue. Run once with `node scripts/icon.mjs`; the PNG is committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const BACKGROUND = [0x1e, 0x1e, 0x2e, 255];
const GO_BLUE = [0x00, 0xad, 0xd8, 255];
const TS_BLUE = [0x31, 0x78, 0xc6, 255];
const WHITE = [0xff, 0xff, 0xff, 255];

const pixels = new Uint8Array(SIZE * SIZE * 4);

function paint(x, y, color) {
  pixels.set(color, (y * SIZE + x) * 4);
}

function fill(inside, color) {
  for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) if (inside(x + 0.5, y + 0.5)) paint(x, y, color);
}

const roundedSquare = (x, y) => {
  const r = 22;
  const cx = Math.min(Math.max(x, r), SIZE - r);
  const cy = Math.min(Math.max(y, r), SIZE - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
fill(roundedSquare, BACKGROUND);
// Two pipes: a channel on the left (Go), one on the right (TypeScript).
fill((x, y) => x >= 14 && x <= 50 && y >= 50 && y <= 78, GO_BLUE);
fill((x, y) => x >= 78 && x <= 114 && y >= 50 && y <= 78, TS_BLUE);
// Values in flight: three dots in each pipe.
for (const cx of [23, 32, 41, 87, 96, 105]) fill((x, y) => (x - cx) ** 2 + (y - 64) ** 2 <= 12, WHITE);
// The arrow between them.
fill((x, y) => x >= 54 && x <= 66 && y >= 60 && y <= 68, WHITE);
fill((x, y) => x >= 66 && x <= 75 && Math.abs(y - 64) <= (75 - x) * 1.1, WHITE);

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) rows.set(pixels.subarray(y * SIZE * 4, (y + 1) * SIZE * 4), y * (SIZE * 4 + 1) + 1);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(rows)),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../icon.png', import.meta.url), png);
