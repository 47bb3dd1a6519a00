#!/usr/bin/env node
/**
 * Draws the add-in icons (assets/icon-{16,32,64,80,128}.png): a white check mark on a
 * Fluent-blue rounded square. Plain Node + zlib, no image library, so anyone can
 * regenerate the committed PNGs with `node tools/make-icons.js`.
 *
 * Why a script and not a drawing: the manifest needs exact pixel sizes (16/32/80 for the
 * ribbon, 32/64 for IconUrl/HighResolutionIconUrl) and tools/validate-manifest.js reads
 * the PNG header to check them; generating them keeps every size from one definition.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
/** Fluent "brand" blue (#0F6CBD) and white. */
const BLUE = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];
/** Sub-samples per axis; 4×4 gives smooth edges even at 16 px. */
const SUPERSAMPLE = 4;

/** The check mark as a polyline in unit coordinates (0..1, y down). */
const CHECK = [
  [0.26, 0.53],
  [0.43, 0.7],
  [0.76, 0.32],
];

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Inside a rounded square that fills the icon with a small margin. */
function insideBadge(x, y) {
  const margin = 0.04;
  const radius = 0.2;
  const lo = margin + radius;
  const hi = 1 - margin - radius;
  const cx = Math.min(Math.max(x, lo), hi);
  const cy = Math.min(Math.max(y, lo), hi);
  return Math.hypot(x - cx, y - cy) <= radius;
}

function onCheck(x, y, size) {
  // Thicker stroke at small sizes so the mark stays legible at 16 px.
  const halfWidth = size <= 16 ? 0.085 : 0.065;
  return distanceToSegment(x, y, CHECK[0], CHECK[1]) <= halfWidth || distanceToSegment(x, y, CHECK[1], CHECK[2]) <= halfWidth;
}

/** RGBA pixels, row-major, with anti-aliasing by supersampling. */
function renderPixels(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      let badge = 0;
      let mark = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (col + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (row + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insideBadge(x, y)) continue;
          badge++;
          if (onCheck(x, y, size)) mark++;
        }
      }
      const o = (row * size + col) * 4;
      const markShare = badge === 0 ? 0 : mark / badge;
      for (let ch = 0; ch < 3; ch++) pixels[o + ch] = Math.round(BLUE[ch] * (1 - markShare) + WHITE[ch] * markShare);
      pixels[o + 3] = Math.round((255 * badge) / n);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as a PNG (colour type 6, 8 bits, filter 0 on every row). */
function encodePng(size, pixels) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const rows = [];
  for (let row = 0; row < size; row++) {
    rows.push(Buffer.from([0]), pixels.subarray(row * size * 4, (row + 1) * size * 4));
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

function main() {
  const outDir = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, renderPixels(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

main();
