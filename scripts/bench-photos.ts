/**
 * What the build's photo check (src/schema/photos.ts) costs: per photo by size
 * and format, and for 1,000 photos cold, warm (cache by mtime) and after a
 * fresh clone (cache by content hash). `node scripts/bench-photos.ts`
 */
import sharp from 'sharp';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PhotoChecks, photoProblem } from '../src/schema/photos.ts';

/** Gradients with grain, so JPEG sizes are those of photos, not of flat colour. */
async function make(width: number, height: number, format: 'jpeg' | 'png'): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  let seed = 1;
  for (let i = 0; i < width * height; i++) {
    const x = i % width;
    const y = (i / width) | 0;
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const grain = (seed >> 16) % 24;
    raw[i * 3] = (x * 200) / width + grain;
    raw[i * 3 + 1] = (y * 200) / height + grain;
    raw[i * 3 + 2] = ((x + y) * 100) / (width + height) + grain;
  }
  const image = sharp(raw, { raw: { width, height, channels: 3 } });
  return format === 'png' ? image.png().toBuffer() : image.jpeg({ quality: 85 }).toBuffer();
}

const dir = mkdtempSync(join(tmpdir(), 'tin-phuong-bench-photos-'));
try {
  for (const [name, width, height, format] of [
    ['corpus cover 1200 × 800 JPEG', 1200, 800, 'jpeg'],
    ['camera 4000 × 3000 JPEG', 4000, 3000, 'jpeg'],
    ['camera 6000 × 4000 JPEG', 6000, 4000, 'jpeg'],
    ['2000 × 1500 PNG', 2000, 1500, 'png'],
  ] as const) {
    const bytes = await make(width, height, format);
    await photoProblem(bytes);
    const runs = 10;
    const start = performance.now();
    for (let i = 0; i < runs; i++) await photoProblem(bytes);
    console.log(`${name} (${(bytes.length / 1048576).toFixed(1)} MB): ${((performance.now() - start) / runs).toFixed(1)} ms`);
  }
  const cover = await make(1200, 800, 'jpeg');
  const files = Array.from({ length: 1000 }, (_, i) => {
    const file = join(dir, `anh-${i}.jpg`);
    // Distinct bytes per file (a trailing byte after the JPEG's end), so no two share a hash.
    writeFileSync(file, Buffer.concat([cover, Buffer.from(String(i))]));
    return file;
  });
  const cache = join(dir, 'checks.json');
  for (const label of ['cold', 'warm (mtime)', 'fresh clone (hash)']) {
    if (label.startsWith('fresh')) for (const file of files) utimesSync(file, new Date(), new Date(Date.now() + 10_000));
    const checks = new PhotoChecks(cache);
    const start = performance.now();
    await Promise.all(files.map((file) => checks.check(file)));
    await checks.save();
    console.log(`1,000 covers, ${label}: ${(performance.now() - start).toFixed(0)} ms, ${checks.decoded} decoded`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
