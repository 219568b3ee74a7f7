/**
 * The index written and read back (writer.ts → files → reader.ts), on pages
 * made here: which pages a query finds, in which order, with which filters,
 * counts and excerpts; and what the reader fetches for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openIndex, type IndexApi } from './reader.ts';
import { IndexWriter } from './writer.ts';
import type { PageRecord } from './pageRecord.ts';
import { INDEX_FILE, type IndexFile } from './format.ts';

let dir: string;
let index: IndexApi;
const fetched: string[] = [];

const page = (url: string, date: string, text: string, extra: Partial<PageRecord> = {}): PageRecord => {
  const words = text.split(' ');
  return { url, words, weights: words.map(() => 1), meta: { title: url }, filters: {}, sort: { ngay: date }, ...extra };
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tin-phuong-index-'));
  const writer = new IndexWriter({ sort: 'ngay', searchedMeta: { noi: 1 } });
  writer.add(page('/cu/', '2015-01-01', 'alpha beta gamma', { filters: { nam: ['2015'], phuong: ['a', 'b'] } }));
  writer.add(page('/moi/', '2024-01-01', 'alpha beta beta beta', { filters: { nam: ['2024'], phuong: ['a'] } }));
  writer.add(page('/giua/', '2020-01-01', 'alphabet delta <b>', { filters: { nam: ['2020'], phuong: ['b'] }, meta: { title: 'giua', noi: 'Đà Nẵng' } }));
  writer.add(page('/dai/', '2019-01-01', Array.from({ length: 100 }, (_, i) => (i === 70 || i === 72 ? 'omega' : `w${i}`)).join(' '), { filters: { nam: ['2019'] } }));
  await writer.write(dir);
  index = await openIndex(`${dir}/`, {
    excerptLength: 6,
    fetchJson: async (path) => {
      fetched.push(path.slice(dir.length + 1));
      return JSON.parse(await readFile(path, 'utf8'));
    },
  });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const urls = async (query: string | null, request = {}) => {
  const response = await index.search(query, request);
  return Promise.all((response?.results ?? []).map(async (r) => (await r.data()).url));
};

describe('the index read back', () => {
  it('numbers pages newest first', async () => {
    const file = JSON.parse(await readFile(join(dir, INDEX_FILE), 'utf8')) as IndexFile;
    expect(file.pages).toBe(4);
    expect(await urls(null)).toEqual(['/moi/', '/giua/', '/dai/', '/cu/']);
  });
  it('finds pages with every word, a word matching the words it starts', async () => {
    expect((await urls('beta gamma')).sort()).toEqual(['/cu/']);
    expect((await urls('alpha')).sort()).toEqual(['/cu/', '/giua/', '/moi/']);
    expect(await urls('alpha nothing')).toEqual([]);
    expect(await urls('zeta')).toEqual([]);
  });
  it('ranks a page with more of a word first, a word matched only by its start last', async () => {
    expect(await urls('beta')).toEqual(['/moi/', '/cu/']);
    expect(await urls('alpha')).toEqual(['/moi/', '/cu/', '/giua/']);
  });
  it('searches meta values it is told to, not others', async () => {
    expect(await urls('nẵng')).toEqual(['/giua/']);
    expect(await urls('giua')).toEqual([]);
  });
  it('sorts by date either way when asked', async () => {
    expect(await urls('alpha', { sort: { ngay: 'desc' } })).toEqual(['/moi/', '/giua/', '/cu/']);
    expect(await urls('alpha', { sort: { ngay: 'asc' } })).toEqual(['/cu/', '/giua/', '/moi/']);
  });
  it('filters by one value or any of several, and reports counts once filter lists are loaded', async () => {
    expect((await index.search('alpha'))?.filters).toEqual({});
    expect(await urls(null, { filters: { phuong: 'b' } })).toEqual(['/giua/', '/cu/']);
    expect(await urls(null, { filters: { nam: ['2015', '2024'] } })).toEqual(['/moi/', '/cu/']);
    expect(await urls('alpha', { filters: { phuong: 'a', nam: '2015' } })).toEqual(['/cu/']);
    expect(await urls('alpha', { filters: { phuong: 'khong-co' } })).toEqual([]);
    expect((await index.search('alpha'))?.filters).toEqual({
      nam: { '2015': 1, '2019': 0, '2020': 1, '2024': 1 },
      phuong: { a: 2, b: 2 },
    });
    expect(await index.filters()).toEqual({ nam: { '2015': 1, '2019': 1, '2020': 1, '2024': 1 }, phuong: { a: 2, b: 2 } });
  });
  it('gives each result its text, the matched words’ places and an excerpt around the densest matches, escaped', async () => {
    const [long] = (await index.search('omega'))!.results;
    const data = await long!.data();
    expect(data.locations).toEqual([70, 72]);
    expect(data.excerpt).toBe('… w69 <mark>omega</mark> w71 <mark>omega</mark> w73 w74 …');
    const [html] = (await index.search('delta'))!.results;
    expect((await html!.data()).content).toBe('alphabet delta &lt;b&gt;');
  });
  it('says how many shards a word or a start spans, without fetching', async () => {
    const before = fetched.length;
    expect(index.breadth?.('alpha')).toBe(1);
    expect(index.breadth?.('—')).toBe(0);
    expect(fetched.length).toBe(before);
  });
  it('fetches the index file once, then only the shards, fragments and filter lists asked for', async () => {
    expect(fetched.filter((f) => f === INDEX_FILE)).toHaveLength(1);
    expect(fetched.filter((f) => f.includes('/trang/')).length).toBeLessThanOrEqual(4);
    expect(new Set(fetched).size).toBe(fetched.length);
  });
});
