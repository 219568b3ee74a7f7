/**
 * The index `astro build` writes for the search fixture
 * (tests/fixtures/search-content): what is in it, what must never be, the
 * filters and metadata each page carries, and that readers' pages are
 * untouched by the indexing-only folded twins.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSearchParams } from '../src/search/searchQuery.ts';
import { SearchEngine } from '../src/search/engine.ts';
import { BUNDLE_DIR, VOCABULARY_FILE } from '../src/search/keys.ts';
import { INDEX_FILE, type IndexFile } from '../src/search/index/format.ts';
import { ensureSearchFixture, openSiteIndex, type LoadedIndex } from './search/support.ts';

let dist: string;
let loaded: LoadedIndex;
let engine: SearchEngine;

beforeAll(async () => {
  dist = ensureSearchFixture(inject('siteDir'));
  loaded = await openSiteIndex(dist);
  engine = new SearchEngine(loaded.index);
});
afterAll(async () => loaded?.close());

/** Every page of the index with its URL, filters and meta (a filter-only search lists them all). */
async function everything() {
  const response = await loaded.index.search(null, {});
  return engine.views(response?.results ?? []).then(async (views) => {
    const data = await Promise.all((response?.results ?? []).map((r) => r.data()));
    return views.map((v, i) => ({ ...v, filters: data[i]!.filters }));
  });
}

describe('search index of the fixture build', () => {
  it('holds exactly the public articles and the campaign pages', async () => {
    const urls = (await everything()).map((p) => p.url).sort();
    expect(urls).toEqual([
      '/phong-trao/cai-cach-hanh-chinh-2017/',
      '/phong-trao/den-on-dap-nghia/',
      '/phong-trao/thi-dua-yeu-nuoc/',
      '/tin-tuc/2014/tong-ket-thi-dua-khen-thuong-khoi-phuong-quan-lien-chieu/',
      '/tin-tuc/2015/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong/',
      '/tin-tuc/2016/ung-ho-quy-den-on-dap-nghia-to-dan-pho/',
      '/tin-tuc/2018/ket-qua-phong-trao-thi-dua-phuong-thuong-thanh-nam-2017/',
      '/tin-tuc/2019/dang-bo-phuong-tay-ho-nang-cao-nang-luc-lanh-dao/',
      '/tin-tuc/2019/phuong-ngoc-lam-ngay-hoi-dai-doan-ket/',
      '/tin-tuc/2020/phuong-tay-ho-khoi-phuc-nghe-uop-tra-sen/',
      '/tin-tuc/2020/phuong-viet-hung-thu-hut-dau-tu/',
      '/tin-tuc/2021/ban-giao-nha-van-hoa-to-dan-pho-so-7/',
      '/tin-tuc/2021/tap-huan-phong-chay-tai-cay-xang/',
      '/tin-tuc/2022/giai-bong-da-thieu-nien-phuong-tay-ho/',
      '/tin-tuc/2022/ra-quan-bao-dam-trat-tu-an-toan-giao-thong/',
      '/tin-tuc/2023/ket-qua-phong-trao-thi-dua-yeu-nuoc-nam-2022/',
      '/tin-tuc/2023/tong-ket-cong-tac-ke-toan-thong-ke-nam-2022/',
      '/tin-tuc/2024/bieu-duong-nguoi-tot-viec-tot/',
      '/tin-tuc/2024/hoi-phu-nu-phuong-tay-ho-ho-tro-hoi-vien/',
      '/tin-tuc/2024/phuong-hai-van-ra-quan-lam-sach-bai-bien-xuan-thieu/',
      '/tin-tuc/2025/phuong-phu-xuan-ra-mat-tuyen-pho-van-minh/',
      '/tin-tuc/2025/trien-khai-nghi-quyet-sap-xep-don-vi-hanh-chinh/',
    ]);
  });

  it('never finds drafts, future-dated or withdrawn articles, nor header, footer or side boxes', async () => {
    // Words only in the draft, the 2099 article, the withdrawn one, and the footer's phone number.
    for (const word of ['nhapbimat', 'tuonglaibimat', 'dagobimat', '3875']) {
      expect((await engine.search(parseSearchParams(`q=${word}`))).status, word).toBe('unknown-terms');
    }
    const vocabulary = JSON.parse(readFileSync(join(dist, BUNDLE_DIR, VOCABULARY_FILE), 'utf8')) as string[];
    for (const word of ['nhapbimat', 'tuonglaibimat', 'dagobimat']) expect(vocabulary).not.toContain(word);
  });

  it('files articles under their wards, the successors of historic wards, campaigns, category, year and kind', async () => {
    const pages = await everything();
    const phucLoi2015 = pages.find((p) => p.url.includes('/2015/'))!;
    expect(phucLoi2015.filters).toEqual({
      phuong: expect.arrayContaining(['phuong-phuc-loi-cu-00136', 'phuong-phuc-loi-00136', 'phuong-viet-hung-00127']),
      'phong-trao': expect.arrayContaining(['thi-dua-yeu-nuoc', 'den-on-dap-nghia']),
      'chuyen-muc': ['hoat-dong-khoi-chinh-quyen'],
      nam: ['2015'],
      loai: ['tin-tuc'],
    });
    expect(phucLoi2015).toMatchObject({ title: 'Phường Phúc Lợi: Với công tác thi đua khen thưởng.', date: '07/09/2015', category: 'Hoạt động khối chính quyền', wards: 'Phường Phúc Lợi (cũ)', kind: 'Tin tức' });
    const campaign = pages.find((p) => p.url === '/phong-trao/den-on-dap-nghia/')!;
    expect(campaign.filters['phong-trao']).toEqual(['den-on-dap-nghia']);
    expect(campaign.kind).toBe('Phong trào');
  });

  it('finds the article stored decomposed (NFD) with a precomposed query', async () => {
    const outcome = await engine.search(parseSearchParams(`q=${encodeURIComponent('biểu dương')}`));
    const urls = (await engine.views(outcome.results)).map((v) => v.url);
    expect(urls).toContain('/tin-tuc/2024/bieu-duong-nguoi-tot-viec-tot/');
  });

  it('leaves readers’ pages untouched: no twins in any HTML file', () => {
    const html = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(html.length).toBeGreaterThan(10);
    for (const file of html) expect(readFileSync(join(dist, file), 'utf8').includes('\u2063'), file).toBe(false);
  });

  it('ships the index file, one folder of this build’s files and the vocabulary, and no script or WebAssembly', () => {
    const bundle = readdirSync(join(dist, BUNDLE_DIR));
    const index = JSON.parse(readFileSync(join(dist, BUNDLE_DIR, INDEX_FILE), 'utf8')) as IndexFile;
    expect(bundle.sort()).toEqual([index.build, INDEX_FILE, VOCABULARY_FILE].sort());
    const files = readdirSync(join(dist, BUNDLE_DIR), { recursive: true, encoding: 'utf8' });
    expect(files.filter((f) => /\.(js|wasm|pagefind|pf_\w+)$/.test(f))).toEqual([]);
    expect(readdirSync(join(dist, BUNDLE_DIR, index.build, 'trang'))).toHaveLength(index.pages);
  });
});

describe('search index of the real content (content/)', () => {
  const site = inject('siteDir');
  let real: LoadedIndex;
  let realEngine: SearchEngine;
  beforeAll(async () => {
    real = await openSiteIndex(site);
    realEngine = new SearchEngine(real.index);
  });
  afterAll(async () => real?.close());

  it('indexes the real content’s pages', () => {
    // An empty index is the failure these tests exist to catch: it fails here instead of switching them off.
    const file = join(site, BUNDLE_DIR, INDEX_FILE);
    expect(existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as IndexFile).pages : 0).toBeGreaterThan(0);
  });

  it('finds the issue’s examples', async () => {
    for (const [q, fragment] of [
      ['thi dua khen thuong', 'thi đua khen thưởng'],
      ['phuong phuc loi', 'Phúc Lợi'],
      ['Đền ơn đáp nghĩa', 'Phúc Lợi'],
      ['den on dap nghia', 'Phúc Lợi'],
      ['cbccvcnld', 'CBCCVCNLĐ'],
      ['lien chieu', 'Liên Chiểu'],
    ] as const) {
      const outcome = await realEngine.search(parseSearchParams(new URLSearchParams({ q })));
      const titles = (await realEngine.views(outcome.results)).map((v) => v.title);
      expect(titles.some((t) => t.toLocaleLowerCase('vi').includes(fragment.toLocaleLowerCase('vi'))), `${q}: ${titles.join(' | ')}`).toBe(true);
    }
  });

  it('keeps the old portals’ side boxes out of the index', async () => {
    const outcome = await realEngine.search(parseSearchParams(new URLSearchParams({ q: 'thời tiết các vùng' })));
    expect(outcome.results).toEqual([]);
  });
});
