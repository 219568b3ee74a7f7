import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CardFiles, cardKey } from './cardFiles.ts';
import type { ShareCard } from './card.ts';

const root = mkdtempSync(join(tmpdir(), 'the-cards-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const card = (headline: string): ShareCard => ({ eyebrow: 'Phường Phúc Lợi', kicker: 'Tin tức – Sự kiện', headline, footer: 'Tin Phường · phuong-mau.example.vn' });

describe('CardFiles', () => {
  it('keys a card by its text', () => {
    expect(cardKey(card('Một'))).toBe(cardKey(card('Một')));
    expect(cardKey(card('Một'))).not.toBe(cardKey(card('Hai')));
    expect(cardKey({ ...card('Một'), kicker: 'Khác' })).not.toBe(cardKey(card('Một')));
  });

  it('copies each card into the output, drawn once and then taken from the cache, with the same bytes', async () => {
    const cache = join(root, 'cache');
    const first = new CardFiles(cache);
    await first.add('/anh-chia-se/tin-tuc/2015/mot.png', card('Hội nghị tổng kết năm 2015'));
    await first.add('/anh-chia-se/tin-tuc/2016/hai.png', card('Khai trương trụ sở mới'));
    // The same path twice (two pages naming one card) is one card.
    await first.add('/anh-chia-se/tin-tuc/2016/hai.png', card('Khai trương trụ sở mới'));
    const out1 = join(root, 'out1');
    expect(await first.finish(out1)).toEqual({ written: 2, drawn: 2, errors: [] });

    writeFileSync(join(cache, 'stale.png'), 'a card no page names any more');
    const second = new CardFiles(cache);
    await second.add('/anh-chia-se/tin-tuc/2015/mot.png', card('Hội nghị tổng kết năm 2015'));
    const out2 = join(root, 'out2');
    expect(await second.finish(out2)).toEqual({ written: 1, drawn: 0, errors: [] });
    const file = 'anh-chia-se/tin-tuc/2015/mot.png';
    expect(readFileSync(join(out2, file)).equals(readFileSync(join(out1, file)))).toBe(true);
    expect(readFileSync(join(out1, file)).subarray(1, 4).toString()).toBe('PNG');
    // The cache keeps what this build used, and nothing else.
    expect(readdirSync(cache)).toEqual([`${cardKey(card('Hội nghị tổng kết năm 2015'))}.png`]);
  });

  it('draws the same bytes from a cold cache (builds are deterministic, rsync copies nothing)', async () => {
    const a = readFileSync(await new CardFiles(join(root, 'cold-a')).file(card('Đà Nẵng')));
    const b = readFileSync(await new CardFiles(join(root, 'cold-b')).file(card('Đà Nẵng')));
    expect(a.equals(b)).toBe(true);
  });
});
