import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeStale } from './staleFiles.ts';

const dir = mkdtempSync(join(tmpdir(), 'stale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('files a build did not make', () => {
  it('are removed, with the folders they leave empty; kept outputs and new files stay', async () => {
    const old = new Date(Date.now() - 60_000);
    const file = (path: string, written: Date | null) => {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), path);
      if (written) utimesSync(join(dir, path), written, written);
      return join(dir, path);
    };
    const kept = file('tin-tuc/2016/a/index.html', old);
    file('tin-tuc/2016/bai-da-xoa/index.html', old);
    file('anh-chia-se/tin-tuc/2016/bai-da-xoa.png', old);
    file('_astro/site.abc.css', null);
    // The last build's script is stale; its compressed copies were made again this build (precompression).
    file('_astro/a.cu.js', old);
    file('_astro/a.cu.js.br', null);
    file('_astro/a.cu.js.gz', null);
    // A folder a step replaces whole (the search index, its shards linked with their old times) is that step's.
    const linked = file('pagefind/nam-2015/fragment/a.pf_fragment', old);
    file('tin-tuc/pagefind/cu.html', old);
    const since = Date.now() - 1000;
    expect(await removeStale(dir, new Set([kept]), since, new Set(['pagefind']))).toBe(6);
    expect(existsSync(linked)).toBe(true);
    expect(existsSync(join(dir, 'tin-tuc/pagefind'))).toBe(false);
    expect(existsSync(join(dir, '_astro/a.cu.js.br'))).toBe(false);
    expect(existsSync(kept)).toBe(true);
    expect(existsSync(join(dir, '_astro/site.abc.css'))).toBe(true);
    expect(existsSync(join(dir, 'tin-tuc/2016/bai-da-xoa'))).toBe(false);
    expect(existsSync(join(dir, 'anh-chia-se'))).toBe(false);
  });
});
