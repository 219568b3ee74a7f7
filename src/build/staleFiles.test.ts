import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { madeByThisBuild, removeStale } from './staleFiles.ts';

const dir = mkdtempSync(join(tmpdir(), 'stale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const old = new Date(Date.now() - 60_000);
/** A file written now; `times` gives it other times, as a copy that keeps its source's times has. */
const file = (path: string, times?: Date) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), path);
  if (times) utimesSync(join(dir, path), times, times);
  return join(dir, path);
};

describe('files a build did not make', () => {
  it('are removed, with the folders they leave empty; kept outputs and what this build wrote stay', async () => {
    // The last build's files.
    const kept = file('tin-tuc/2016/a/index.html');
    file('tin-tuc/2016/bai-da-xoa/index.html');
    file('_astro/a.cu.js');
    file('_astro/bai-da-xoa.abc_1x2y.webp');
    // Folders a step replaces or cleans itself (the search index, its shards linked with their old times; the share cards).
    const linked = file('pagefind/nam-2015/fragment/a.pf_fragment');
    const card = file('anh-chia-se/tin-tuc/2016/a.png');
    file('tin-tuc/pagefind/cu.html');
    await sleep(100);
    const since = Date.now() - 50;
    // This build's files.
    file('_astro/site.abc.css');
    // The last build's script is stale; its compressed copies were made again this build (precompression).
    file('_astro/a.cu.js.br');
    file('_astro/a.cu.js.gz');
    // Copied this build with the times of their source: Astro 7.4 copies cached photos and public/ so.
    const photo = file('_astro/cay-xanh.Dgy5zdS__1BNccb.webp', old);
    const icon = file('favicon.svg', old);

    expect(await removeStale(dir, new Set([kept]), since, new Set(['pagefind', 'anh-chia-se']))).toBe(6);
    expect(existsSync(kept)).toBe(true);
    expect(existsSync(join(dir, '_astro/site.abc.css'))).toBe(true);
    expect(existsSync(photo)).toBe(true);
    expect(existsSync(icon)).toBe(true);
    expect(existsSync(linked)).toBe(true);
    expect(existsSync(card)).toBe(true);
    expect(existsSync(join(dir, '_astro/bai-da-xoa.abc_1x2y.webp'))).toBe(false);
    expect(existsSync(join(dir, '_astro/a.cu.js.br'))).toBe(false);
    expect(existsSync(join(dir, 'tin-tuc/pagefind'))).toBe(false);
    expect(existsSync(join(dir, 'tin-tuc/2016/bai-da-xoa'))).toBe(false);
    // What the redirects step asks: a page of this build, or a file it wrote, whatever its times.
    expect(madeByThisBuild(photo, new Set(), since)).toBe(true);
    expect(madeByThisBuild(kept, new Set([kept]), since)).toBe(true);
    expect(madeByThisBuild(card, new Set(), since)).toBe(false);
  });
});
