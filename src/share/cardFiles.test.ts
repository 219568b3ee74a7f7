import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CardFiles, cardKey } from './cardFiles.ts';
import type { ShareCard } from './card.ts';

const root = mkdtempSync(join(tmpdir(), 'the-cards-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const card = (headline: string): ShareCard => ({
  eyebrow: 'Phường Phúc Lợi',
  kicker: 'Tin tức – Sự kiện',
  headline,
  footer: 'Tin Phường · phuong-mau.example.vn',
});

describe('CardFiles', () => {
  it('keys a card by its text', () => {
    expect(cardKey(card('Một'))).toBe(cardKey(card('Một')));
    expect(cardKey(card('Một'))).not.toBe(cardKey(card('Hai')));
    expect(cardKey({ ...card('Một'), kicker: 'Khác' })).not.toBe(cardKey(card('Một')));
  });

  it('draws a card once, then takes it from the cache with the same bytes, and keeps only what a build used', async () => {
    const cache = join(root, 'cache');
    const first = new CardFiles(cache);
    const one = await first.file(card('Hội nghị tổng kết năm 2015'));
    const two = await first.file(card('Khai trương trụ sở mới'));
    expect(first.drawn).toBe(2);
    const bytes = readFileSync(one);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');

    writeFileSync(join(cache, 'stale.png'), 'a card no page names any more');
    const second = new CardFiles(cache);
    expect(await second.file(card('Hội nghị tổng kết năm 2015'))).toBe(one);
    expect(second.drawn).toBe(0);
    expect(readFileSync(one).equals(bytes)).toBe(true);
    await second.keepOnly(new Set([one]));
    expect(readdirSync(cache)).toEqual([`${cardKey(card('Hội nghị tổng kết năm 2015'))}.png`]);
    expect(two).not.toBe(one);
  });

  it('draws the same bytes from a cold cache (builds are deterministic, rsync copies nothing)', async () => {
    const a = readFileSync(await new CardFiles(join(root, 'cold-a')).file(card('Đà Nẵng')));
    const b = readFileSync(await new CardFiles(join(root, 'cold-b')).file(card('Đà Nẵng')));
    expect(a.equals(b)).toBe(true);
  });
});

describe('a card cut short in the cache', () => {
  it('is drawn again, never handed out', async () => {
    const cache = join(root, 'cut');
    const file = await new CardFiles(cache).file(card('Bị cắt cụt'));
    const whole = readFileSync(file);
    writeFileSync(file, whole.subarray(0, 100));
    const again = new CardFiles(cache);
    expect(await again.file(card('Bị cắt cụt'))).toBe(file);
    expect(again.drawn).toBe(1);
    expect(readFileSync(file).equals(whole)).toBe(true);
  });
});
