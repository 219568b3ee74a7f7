import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CardDrawer } from './cardDrawer.ts';
import type { ShareCard } from './card.ts';

const root = mkdtempSync(join(tmpdir(), 'card-drawer-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const worker = fileURLToPath(new URL('./cardWorker.ts', import.meta.url));
const card = (headline: string): ShareCard => ({ eyebrow: 'Phường Phúc Lợi', kicker: 'Tin tức – Sự kiện', headline, footer: 'Tin Phường' });

describe('the card thread', () => {
  it('hands each card its file, drawn on the thread, and says how many it drew', async () => {
    const drawer = new CardDrawer(worker, join(root, 'cache'), [card('Một'), card('Hai'), card('Một')]);
    const [a, b, c] = await Promise.all([drawer.file(0), drawer.file(1), drawer.file(2)]);
    expect(a).toBe(c);
    expect(a).not.toBe(b);
    expect(readFileSync(b!).subarray(1, 4).toString()).toBe('PNG');
    expect(await drawer.finished).toEqual({ drawn: 2 });
  });

  it('fails the card, with the reason, when it cannot be drawn', async () => {
    // The cache folder is a file: nothing can be written there.
    const blocked = join(root, 'blocked');
    writeFileSync(blocked, 'not a folder');
    const drawer = new CardDrawer(worker, blocked, [card('Ba')]);
    await expect(drawer.file(0)).rejects.toThrow(/^ảnh chia sẻ: không vẽ được ảnh: .*(EEXIST|ENOTDIR)/);
  });
});
