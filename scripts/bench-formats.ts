/**
 * What AVIF would cost against WebP for the site's photo widths (360, 720,
 * 1080: astro.config.mjs `image.breakpoints`), per transform, at the encoder
 * efforts sharp offers. Decides whether AVIF pays (docs/PERFORMANCE.md).
 * `node scripts/bench-formats.ts [photo.jpg]`; without a photo, a synthetic
 * 4000 × 3000 one (gradients, grain and edges, so sizes are a photo's).
 */
import sharp, { type Sharp } from 'sharp';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

async function synthetic(width: number, height: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  let seed = 7;
  for (let i = 0; i < width * height; i++) {
    const x = i % width;
    const y = (i / width) | 0;
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const grain = (seed >> 16) % 32;
    const edge = ((x >> 7) + (y >> 7)) % 2 ? 60 : 0;
    raw[i * 3] = Math.min(255, (x * 180) / width + grain + edge);
    raw[i * 3 + 1] = Math.min(255, (y * 180) / height + grain);
    raw[i * 3 + 2] = Math.min(255, ((x + y) * 90) / (width + height) + grain + (edge >> 1));
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 88 })
    .toBuffer();
}

const source = process.argv[2] ? readFileSync(process.argv[2]) : await synthetic(4000, 3000);
const widths = [360, 720, 1080];
const formats: [string, (s: Sharp) => Sharp][] = [
  ['webp (quality 80, effort 4: sharp’s defaults)', (s) => s.webp({ quality: 80 })],
  ['avif effort 0', (s) => s.avif({ quality: 50, effort: 0 })],
  ['avif effort 2', (s) => s.avif({ quality: 50, effort: 2 })],
  ['avif effort 4 (default)', (s) => s.avif({ quality: 50, effort: 4 })],
];
sharp.concurrency(1);
console.log(`source ${(source.length / 1024).toFixed(0)} KB; one thread (sharp.concurrency(1)); best of 3 per width\n`);
console.log('| format | ' + widths.map((w) => `${w} px: ms / KB`).join(' | ') + ' | all three widths, ms |');
console.log('|---|' + widths.map(() => '---|').join('') + '---|');
for (const [name, encode] of formats) {
  const cells: string[] = [];
  let total = 0;
  for (const width of widths) {
    let best = Infinity;
    let bytes = 0;
    for (let run = 0; run < 3; run++) {
      const t = performance.now();
      bytes = (await encode(sharp(source).resize({ width })).toBuffer()).length;
      best = Math.min(best, performance.now() - t);
    }
    total += best;
    cells.push(`${best.toFixed(0)} / ${(bytes / 1024).toFixed(1)}`);
  }
  console.log(`| ${name} | ${cells.join(' | ')} | ${total.toFixed(0)} |`);
}
