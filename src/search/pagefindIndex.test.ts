import { describe, expect, it } from 'vitest';
import { excerptOf, openPagefindIndex, resultData, tokenWords, type PagefindApi } from './pagefindIndex.ts';
import { groupYears } from './indexer.ts';
import { toIndexText } from './searchText.ts';
import { exactKey, foldedKey } from './syllables.ts';
import { toResultView } from './engine.ts';

const words = (text: string) => toIndexText(text).split(' ');

describe('excerpts of our own', () => {
  it('starts where the sentence of the first match starts, not mid-phrase', () => {
    const text = 'Một câu mở đầu khá dài để đẩy đoạn sau ra xa. Thi đua là yêu nước, yêu nước thì phải thi đua. Câu cuối.';
    const w = words(text);
    const at = w.findIndex((x, i) => i > 12 && x.startsWith(foldedKey('dua')!));
    const excerpt = toResultView({
      url: '/a/',
      content: w.join(' '),
      locations: [at],
      excerpt: excerptOf(w, [at], 8, '…'),
      meta: {},
      filters: {},
      metaOnly: [],
      places: [],
    }).excerptText;
    expect(excerpt.startsWith('… Thi đua là yêu nước')).toBe(true);
  });
  it('highlights a word’s letters, never its punctuation', () => {
    const w = words('Công tác thi đua, khen thưởng.');
    const view = toResultView({
      url: '/a/',
      content: w.join(' '),
      locations: [3, 5],
      excerpt: excerptOf(w, [3, 5], 30, '…'),
      meta: {},
      filters: {},
      metaOnly: [],
      places: [],
    });
    expect(view.excerptHtml).toBe('Công tác thi <mark>đua</mark>, khen <mark>thưởng</mark>.');
  });
});

describe('result data', () => {
  const meta = { title: toIndexText('Tổng kết năm 2013'), noi: toIndexText('Phường Hòa Hiệp Bắc, Quận Liên Chiểu, Thành phố Đà Nẵng, Thành phố Đà Nẵng') };
  it('marks the words that match a term, and names the place that found a page whose text lacks it', () => {
    const terms = [exactKey('đà')!, exactKey('nẵng')!];
    const data = resultData({ url: '/a/', content: toIndexText('Khối phường quận Liên Chiểu tổng kết.'), meta, filters: {} }, terms, 30, '…');
    expect(data.locations).toEqual([]);
    expect(data.metaOnly).toEqual(['noi']);
    expect(toResultView(data).place).toBe('Thành phố Đà Nẵng');
  });
  it('names no place when the text has the words', () => {
    const terms = [foldedKey('lien')!, foldedKey('chieu')!];
    const data = resultData({ url: '/a/', content: toIndexText('Khối phường quận Liên Chiểu tổng kết.'), meta, filters: {} }, terms, 30, '…');
    expect(data.locations).toEqual([3, 4]);
    expect(toResultView(data).place).toBe('');
  });
  it('splits words that are not syllables as Pagefind indexes them', () => {
    expect(tokenWords('54/KH-UBND,')).toEqual(['54khubnd', '54', 'kh', 'ubnd']);
  });
});

describe('shards', () => {
  it('groups consecutive years from the oldest until they hold enough pages; a small newest run joins the one before', () => {
    const counts = new Map([
      ['2014', 1],
      ['2015', 600],
      ['2016', 200],
      ['2017', 300],
      ['2018', 10],
    ]);
    expect(groupYears(counts, 500)).toEqual([
      ['2018', '2017', '2016'],
      ['2015', '2014'],
    ]);
    expect(groupYears(counts, 1)).toEqual([['2018'], ['2017'], ['2016'], ['2015'], ['2014']]);
    expect(groupYears(new Map([['2025', 3]]), 500)).toEqual([['2025']]);
  });
});

describe('opening the index', () => {
  it('asks for the runtime and the list of shards at once (one round trip less before the first search)', async () => {
    let manifestAnswer!: (value: unknown) => void;
    const asked: string[] = [];
    const opening = openPagefindIndex('/pagefind/', {
      fetchJson: (url) => (asked.push(url), new Promise((done) => (manifestAnswer = done))),
      load: async (url) => (asked.push(url), Promise.reject(new Error('no runtime in this test'))),
    });
    await Promise.resolve();
    expect(asked).toEqual(['/pagefind/pagefind.js', '/pagefind/tin-phuong.json']);
    // A site with nothing indexed has no pagefind.js: it answers with no results, never with the failed import.
    manifestAnswer({ shards: [], build: 'x' });
    const index = await opening;
    expect((await index.search('phuong'))?.results).toEqual([]);
  });

  it("fails with the runtime's error when there are shards to search", async () => {
    const opening = openPagefindIndex('/pagefind/', {
      fetchJson: async () => ({ shards: [{ dir: '', years: ['2025'] }], build: 'x' }),
      load: (): Promise<PagefindApi> => Promise.reject(new Error('pagefind.js: HTTP 404')),
    });
    await expect(opening).rejects.toThrow('pagefind.js: HTTP 404');
  });
});
