#!/usr/bin/env node
/**
 * How much the repository grows per 100 photos, as uploaded before and after
 * photos were scaled down in the browser (admin/photoReduce.ts, docs/cms.md).
 *
 *   node_modules/.bin/node scripts/photo-growth.ts [--photos 100]
 *
 * Makes N camera originals (6000 × 4000, about 12.8 MB each, the size in
 * issue 24; tests/support/cms.ts), commits them to one throwaway repository
 * as the admin used to; scales each down in Debian's Chromium with the
 * admin's own code, bundled as the admin bundles it, and commits those to a
 * second one, and prints what each commit added to .git (its objects, as
 * git stores them: zlib-compressed). Git finds no deltas between photos, so
 * a push or a pack carries about the same, and growth is linear: the figures
 * are per 100 photos.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'rolldown';
import { cameraPhoto } from '../tests/support/cms.ts';
import { launchChromium } from '../tests/support/chromium.ts';

const root = resolve(import.meta.dirname, '..');
const at = process.argv.indexOf('--photos');
const count = at > 0 ? Number(process.argv[at + 1]) : 100;

const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });

/** A repository with `photos` committed in one commit: the bytes its objects take in .git. */
function packedSize(dir: string, photos: Buffer[], extension: string): number {
  mkdirSync(join(dir, 'content/news/2024/anh'), { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  photos.forEach((photo, i) => writeFileSync(join(dir, `content/news/2024/anh/anh-${i}.${extension}`), photo));
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.name=Đo', '-c', 'user.email=do@example.invalid', 'commit', '-qm', 'Ảnh');
  // Loose objects, each zlib-compressed: a `git gc --aggressive` over 1.3 GB of JPEG ran for over 15 minutes.
  const size = /^size: (\d+)/m.exec(git(dir, 'count-objects', '-v'))![1]!;
  return Number(size) * 1024;
}

const work = mkdtempSync(join(tmpdir(), 'tin-phuong-photo-growth-'));
const browser = await launchChromium();
try {
  const originals: Buffer[] = [];
  for (let i = 0; i < count; i++) originals.push(await cameraPhoto(1000 + i));

  // The admin's module, bundled for the page by Rolldown, the bundler Vite (so the admin's build) uses.
  const bundle = await build({ input: resolve(root, 'admin/photoReduce.ts'), write: false, output: { format: 'iife', name: 'photoReduce' } });
  const page = await browser.newPage();
  await page.route('http://photos.invalid/**', (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    return route.fulfill(
      name === 'index'
        ? { body: '<!doctype html><title>ảnh</title>', contentType: 'text/html' }
        : { body: originals[Number(name)]!, contentType: 'image/jpeg' },
    );
  });
  await page.goto('http://photos.invalid/index');
  await page.addScriptTag({ content: bundle.output[0].code });
  const reduced: Buffer[] = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const base64 = await page.evaluate(async (i) => {
      const bytes = await (await fetch(`/${i}`)).blob();
      const { reducePhoto } = (window as unknown as { photoReduce: typeof import('../admin/photoReduce.ts') }).photoReduce;
      const { file } = await reducePhoto(new File([bytes], `anh-${i}.jpg`, { type: 'image/jpeg' }), 'jpg');
      const data = new Uint8Array(await file.arrayBuffer());
      let text = '';
      for (let j = 0; j < data.length; j += 0x8000) text += String.fromCharCode(...data.subarray(j, j + 0x8000));
      return btoa(text);
    }, i);
    reduced.push(Buffer.from(base64, 'base64'));
  }
  const perPhoto = (performance.now() - started) / count;

  const before = packedSize(join(work, 'before'), originals, 'jpg');
  const after = packedSize(join(work, 'after'), reduced, 'jpg');
  const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1);
  const per100 = (bytes: number) => mb((bytes * 100) / count);
  const sum = (list: Buffer[]) => list.reduce((total, b) => total + b.length, 0);
  console.log(`${count} ảnh 6000 × 4000 (${mb(sum(originals) / count)} MB mỗi ảnh gốc)`);
  console.log(`trước (ảnh gốc):      tệp ${mb(sum(originals))} MB, kho .git thêm ${mb(before)} MB → ${per100(before)} MB mỗi 100 ảnh`);
  console.log(`sau (thu nhỏ 2560 px): tệp ${mb(sum(reduced))} MB, kho .git thêm ${mb(after)} MB → ${per100(after)} MB mỗi 100 ảnh`);
  console.log(`thu nhỏ trong Chromium: ${(perPhoto / 1000).toFixed(2)} s mỗi ảnh`);
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
