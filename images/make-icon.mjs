// Draws the extension's 128×128 icon (images/icon.png): a page of text under a magnifying glass
// on a rounded square. Plain shapes, 4×4 supersampled, written as a PNG with node:zlib (no image
// dependencies). Run `node images/make-icon.mjs` after changing it, and commit the PNG.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

const BACKGROUND = [30, 78, 121];
const PAGE = [250, 250, 247];
const TEXT_LINE = [138, 154, 170];
const MARK = [231, 157, 38];
const LENS = [255, 236, 200];

/** Whether (x, y) lies inside a rectangle with rounded corners. */
function roundedRect(x, y, left, top, right, bottom, radius) {
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return x >= left && x <= right && y >= top && y <= bottom && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** Distance from (x, y) to the segment (ax, ay)–(bx, by). */
function segmentDistance(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** The colour at a point, or null outside the icon (transparent). Later shapes are drawn over earlier ones. */
function colourAt(x, y) {
  if (!roundedRect(x, y, 4, 4, 124, 124, 24)) {
    return null;
  }
  let colour = BACKGROUND;
  if (roundedRect(x, y, 26, 18, 86, 104, 6)) {
    colour = PAGE;
    for (const [top, right] of [[32, 74], [44, 74], [56, 66], [68, 74], [80, 58]]) {
      if (roundedRect(x, y, 36, top, right, top + 5, 2.5)) {
        colour = TEXT_LINE;
      }
    }
  }
  const lensX = 78;
  const lensY = 70;
  const r = Math.hypot(x - lensX, y - lensY);
  if (segmentDistance(x, y, 92, 84, 110, 102) <= 6.5) {
    colour = MARK;
  }
  if (r <= 17) {
    colour = mix(colour, LENS, 0.55);
  }
  if (r > 17 && r <= 24) {
    colour = MARK;
  }
  return colour;
}

function mix(a, b, t) {
  return a.map((v, i) => Math.round(v * (1 - t) + b[i] * t));
}

const rows = [];
for (let py = 0; py < SIZE; py++) {
  const row = Buffer.alloc(1 + SIZE * 4);
  for (let px = 0; px < SIZE; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const c = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
        if (c) {
          r += c[0];
          g += c[1];
          b += c[2];
          a++;
        }
      }
    }
    const o = 1 + px * 4;
    if (a > 0) {
      row[o] = Math.round(r / a);
      row[o + 1] = Math.round(g / a);
      row[o + 2] = Math.round(b / a);
      row[o + 3] = Math.round((255 * a) / SAMPLES ** 2);
    }
  }
  rows.push(row);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) {
    c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter method, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = join(dirname(fileURLToPath(import.meta.url)), 'icon.png');
writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
