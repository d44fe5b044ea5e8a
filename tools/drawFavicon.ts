/**
 * Draws our favicon (adapters/web/public/favicon.ico): the launcher's chat bubble, white on the
 * brand navy, with three orange dots. Kept as code rather than a file from an editor, so the icon
 * is ours, reviewable, and redrawn with `npx tsx tools/drawFavicon.ts` if the brand changes.
 * The ICO holds 16 and 32 px images as 32-bit BMPs (alpha channel), which every browser reads.
 */
import fs from 'node:fs';
import path from 'node:path';

type Rgba = [number, number, number, number];
const NAVY: Rgba = [0x0a, 0x3d, 0x62, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const ORANGE: Rgba = [0xe8, 0x59, 0x0c, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** The colour at (x, y) of the design, in a 0..1 square. */
function design(x: number, y: number): Rgba {
  // Rounded navy square.
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR;
  // Three dots on the bubble.
  for (const dx of [0.32, 0.5, 0.68]) if ((x - dx) ** 2 + (y - 0.43) ** 2 < 0.065 ** 2) return ORANGE;
  // The bubble: a rounded box with a tail at the bottom left.
  const inBox = x > 0.16 && x < 0.84 && y > 0.2 && y < 0.66;
  const inTail = y >= 0.66 && y < 0.84 && x > 0.26 && x < 0.26 + (0.84 - y) * 1.1;
  return inBox || inTail ? WHITE : NAVY;
}

/** One size, 4 × 4 supersampled so the edges are smooth; rows top to bottom, RGBA. */
function render(size: number): Rgba[][] {
  const n = 4;
  return Array.from({ length: size }, (_, py) =>
    Array.from({ length: size }, (_, px) => {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const c = design((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          for (let i = 0; i < 3; i++) sum[i] += c[i] * c[3];
          sum[3] += c[3];
        }
      const a = sum[3] / (n * n);
      return sum[3] === 0
        ? CLEAR
        : ([...sum.slice(0, 3).map((v) => Math.round(v / sum[3])), Math.round(a)] as Rgba);
    }),
  );
}

/** A BMP as an ICO holds it: header with doubled height, BGRA rows bottom-up, an empty AND mask. */
function bmp(pixels: Rgba[][]): Buffer {
  const size = pixels.length;
  const maskRow = Math.ceil(size / 32) * 4;
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8);
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(size * size * 4 + maskRow * size, 20);
  const data = Buffer.alloc(size * size * 4);
  pixels
    .slice()
    .reverse()
    .forEach((row, y) => row.forEach(([r, g, b, a], x) => data.set([b, g, r, a], (y * size + x) * 4)));
  return Buffer.concat([header, data, Buffer.alloc(maskRow * size)]);
}

/** The ICO container over several sizes. */
export function drawFavicon(sizes: number[] = [16, 32]): Buffer {
  const images = sizes.map((s) => bmp(render(s)));
  const head = Buffer.alloc(6 + 16 * sizes.length);
  head.writeUInt16LE(1, 2);
  head.writeUInt16LE(sizes.length, 4);
  let offset = head.length;
  sizes.forEach((s, i) => {
    const e = 6 + 16 * i;
    head.writeUInt8(s, e);
    head.writeUInt8(s, e + 1);
    head.writeUInt16LE(1, e + 4);
    head.writeUInt16LE(32, e + 6);
    head.writeUInt32LE(images[i].length, e + 8);
    head.writeUInt32LE(offset, e + 12);
    offset += images[i].length;
  });
  return Buffer.concat([head, ...images]);
}

if (require.main === module) {
  const out = path.resolve(__dirname, '..', 'adapters', 'web', 'public', 'favicon.ico');
  fs.writeFileSync(out, drawFavicon());
  process.stdout.write(`wrote ${out}\n`);
}
