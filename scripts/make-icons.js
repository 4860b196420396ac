#!/usr/bin/env node
'use strict';
/**
 * Draws the add-in's icons (addin/assets/icon-{16,32,64,80}.png): a green
 * rounded square with a white sheet and a green check mark. Pure geometry
 * with 8×8 supersampling, so the same script always gives the same PNGs.
 *
 *   node scripts/make-icons.js
 */
const fs = require('node:fs');
const path = require('node:path');
const { PNG } = require('pngjs');

const SIZES = [16, 32, 64, 80];
const GREEN = [0x21, 0x73, 0x46];
const WHITE = [0xff, 0xff, 0xff];
const SS = 8;

/** Shapes in a unit square (0..1), painted in order: [test(x, y), colour]. */
function roundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function segmentDistance(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function polyline(points, width) {
  return (x, y) => points.slice(1).some((p, i) => segmentDistance(x, y, points[i], p) <= width / 2);
}

const SHAPES = [
  [roundedRect(0, 0, 1, 1, 0.18), GREEN],
  [roundedRect(0.2, 0.14, 0.8, 0.86, 0.06), WHITE],
  [polyline([[0.3, 0.52], [0.45, 0.67], [0.71, 0.36]], 0.12), GREEN],
];

function draw(size) {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Average colour and coverage over the pixel's subsamples.
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          let colour = null;
          for (const [inside, c] of SHAPES) if (inside(x, y)) colour = c;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a++;
          }
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round((a / (SS * SS)) * 255);
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

const dir = path.resolve(__dirname, '..', 'addin', 'assets');
fs.mkdirSync(dir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(dir, `icon-${size}.png`);
  fs.writeFileSync(file, draw(size));
  process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
}
