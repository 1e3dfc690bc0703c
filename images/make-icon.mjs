// Draws the extension icon, images/icon.png: a white "N" on lintblauw
// (#154273, the Rijksoverheid blue), 128x128 as the Marketplace wants.
// Plain Node (zlib only), so anyone can redraw it without ImageMagick:
//   node images/make-icon.mjs
import fs from 'node:fs';
import zlib from 'node:zlib';

const SIZE = 128;
const BLUE = [0x15, 0x42, 0x73];
const SAMPLES = 4; // 4x4 samples per pixel smooth the diagonal's edges

// The letter as three strokes in pixel coordinates: two stems and the diagonal.
const TOP = 28, BOTTOM = 100, LEFT = 32, RIGHT = 96, STEM = 18;
function inLetter(x, y) {
  if (y < TOP || y > BOTTOM) return false;
  if (x >= LEFT && x <= LEFT + STEM) return true;
  if (x >= RIGHT - STEM && x <= RIGHT) return true;
  // Diagonal from the top of the left stem to the bottom of the right stem.
  const t = (y - TOP) / (BOTTOM - TOP);
  const from = LEFT + t * (RIGHT - STEM - LEFT);
  return x >= from && x <= from + STEM;
}

const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = Buffer.alloc(1 + SIZE * 3); // filter byte 0, then RGB
  for (let x = 0; x < SIZE; x++) {
    let hits = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) if (inLetter(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES)) hits++;
    }
    const white = hits / (SAMPLES * SAMPLES);
    for (let c = 0; c < 3; c++) row[1 + x * 3 + c] = Math.round(BLUE[c] + (255 - BLUE[c]) * white);
  }
  rows.push(row);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bits per channel
header[9] = 2; // truecolour RGB
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
fs.writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
