import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { brotliParams, precompress } from './precompressAssets.ts';

const root = mkdtempSync(join(tmpdir(), 'precompress-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('precompressed copies and their cache', () => {
  it('never serves a cached copy cut short: it is made again', async () => {
    const dir = join(root, '_astro');
    const cache = join(root, 'cache');
    mkdirSync(dir);
    const script = `console.log(${JSON.stringify('Quản trị nội dung '.repeat(400))});`;
    writeFileSync(join(dir, 'admin.js'), script);
    await precompress(dir, cache);
    // Whole files only in the cache, no temporary left behind.
    expect(readdirSync(cache).every((f) => /\.(br|gz)$/.test(f))).toBe(true);
    // A cache file cut short, as a full disk or a killed copy leaves it.
    for (const f of readdirSync(cache)) truncateSync(join(cache, f), 50);
    await precompress(dir, cache);
    expect(brotliDecompressSync(readFileSync(join(dir, 'admin.js.br'))).toString()).toBe(script);
    expect(gunzipSync(readFileSync(join(dir, 'admin.js.gz'))).toString()).toBe(script);
  });

  it("keeps brotli's best quality for the readers' files, and a quicker one for the admin's megabytes", () => {
    expect(brotliParams(80 * 1024)).toEqual({ quality: 11, window: 22 });
    expect(brotliParams(5_812_821)).toEqual({ quality: 10, window: 24 });
  });
});
