import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import type { ShareCard } from './card.ts';
import type { CardReport } from './cardWorker.ts';

const root = mkdtempSync(join(tmpdir(), 'card-worker-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const card = (headline: string): ShareCard => ({ eyebrow: 'Phường Phúc Lợi', kicker: 'Tin tức – Sự kiện', headline, footer: 'Tin Phường' });

/** The thread as the build runs it: started first, the list written later, then told the pages are done. */
async function run(cacheDir: string, list: [string, ShareCard][] | null): Promise<CardReport> {
  const listFile = join(root, `list-${Math.random()}.json`);
  const worker = new Worker(fileURLToPath(new URL('./cardWorker.ts', import.meta.url)));
  const report = new Promise<CardReport>((resolve) => worker.once('message', (m: { report: CardReport }) => resolve(m.report)));
  worker.postMessage({ listFile, cacheDir });
  await new Promise((r) => setTimeout(r, 100));
  if (list) writeFileSync(listFile, JSON.stringify(list));
  else worker.postMessage({ done: true });
  try {
    return await report;
  } finally {
    await worker.terminate();
  }
}

describe('the card thread', () => {
  it('draws the list once it appears, each card once, and says how many it drew', async () => {
    const report = await run(join(root, 'cache'), [
      ['/anh-chia-se/a.png', card('Một')],
      ['/anh-chia-se/b.png', card('Hai')],
      ['/anh-chia-se/c.png', card('Một')],
    ]);
    expect(report.errors).toEqual([]);
    expect(report.drawn).toBe(2);
    expect(report.cards.map(([src]) => src)).toEqual(['/anh-chia-se/a.png', '/anh-chia-se/b.png', '/anh-chia-se/c.png']);
    expect(report.cards[0]![1]).toBe(report.cards[2]![1]);
    expect(readFileSync(report.cards[1]![1]).subarray(1, 4).toString()).toBe('PNG');
  });

  it('reports a card it cannot draw, with the reason', async () => {
    const blocked = join(root, 'blocked');
    writeFileSync(blocked, 'not a folder');
    const report = await run(blocked, [['/anh-chia-se/d.png', card('Ba')]]);
    expect(report.errors).toEqual([expect.stringMatching(/^\/anh-chia-se\/d\.png: .*(EEXIST|ENOTDIR)/)]);
  });

  it('ends with nothing to do when no list came before the pages were done', async () => {
    expect(await run(join(root, 'none'), null)).toEqual({ cards: [], drawn: 0, errors: [] });
  });
});
