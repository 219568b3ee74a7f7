import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkFiles } from './linkFiles.ts';

const dir = mkdtempSync(join(tmpdir(), 'link-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('linkFiles', () => {
  it('links each cached file into its place, folders made, and replaces a stale file there', async () => {
    mkdirSync(join(dir, 'cache'));
    writeFileSync(join(dir, 'cache', 'a.png'), 'card A');
    writeFileSync(join(dir, 'cache', 'b.png'), 'card B');
    mkdirSync(join(dir, 'out', 'x'), { recursive: true });
    writeFileSync(join(dir, 'out', 'x', 'b.png'), 'an old card B');
    const placed: string[] = [];
    await linkFiles(
      [
        { from: join(dir, 'cache', 'a.png'), to: join(dir, 'out', 'x', 'y', 'a.png') },
        { from: join(dir, 'cache', 'b.png'), to: join(dir, 'out', 'x', 'b.png') },
      ],
      async (to) => void placed.push(to),
    );
    expect(readFileSync(join(dir, 'out', 'x', 'y', 'a.png'), 'utf8')).toBe('card A');
    expect(readFileSync(join(dir, 'out', 'x', 'b.png'), 'utf8')).toBe('card B');
    expect(statSync(join(dir, 'out', 'x', 'b.png')).ino).toBe(statSync(join(dir, 'cache', 'b.png')).ino);
    expect(placed.sort()).toEqual([join(dir, 'out', 'x', 'b.png'), join(dir, 'out', 'x', 'y', 'a.png')]);
  });

  it('leaves a file that already is the cached one', async () => {
    const to = join(dir, 'out', 'x', 'b.png');
    const before = statSync(to);
    await linkFiles([{ from: join(dir, 'cache', 'b.png'), to }]);
    expect(statSync(to).ino).toBe(before.ino);
    expect(statSync(to).ctimeMs).toBe(before.ctimeMs);
  });
});
