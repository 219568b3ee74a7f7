/**
 * The index `astro build` writes for the search fixture
 * (tests/fixtures/search-content): what is in it, what must never be, the
 * filters and metadata each page carries, and that readers' pages are
 * untouched by the indexing-only folded twins.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseSearchParams } from '../src/search/searchQuery.ts';
import { SearchEngine } from '../src/search/engine.ts';
import { BUNDLE_DIR, MANIFEST_FILE, VOCABULARY_FILE, type ShardManifest } from '../src/search/keys.ts';
import { buildSearchIndex } from '../src/search/indexer.ts';
import { codeHash } from '../src/build/incremental.ts';
import { ROOT } from './support/build.ts';
import { ensureSearchFixture, openSiteIndex, type LoadedIndex } from './search/support.ts';

const manifestOf = (site: string) => JSON.parse(readFileSync(join(site, BUNDLE_DIR, MANIFEST_FILE), 'utf8')) as ShardManifest;

/** Every file under a folder, path → bytes. */
function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.set(join(entry.parentPath, entry.name).slice(dir.length + 1), readFileSync(join(entry.parentPath, entry.name)));
  }
  return out;
}

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
    expect(phucLoi2015).toMatchObject({
      title: 'Phường Phúc Lợi: Với công tác thi đua khen thưởng.',
      date: '07/09/2015',
      category: 'Hoạt động khối chính quyền',
      wards: 'Phường Phúc Lợi (cũ)',
      kind: 'Tin tức',
    });
    const campaign = pages.find((p) => p.url === '/phong-trao/den-on-dap-nghia/')!;
    expect(campaign.filters['phong-trao']).toEqual(['den-on-dap-nghia']);
    expect(campaign.kind).toBe('Phong trào');
  });

  it('stops a search whose answer is no longer wanted (the reader typed on)', async () => {
    const aborted = new AbortController();
    aborted.abort(new Error('gõ tiếp'));
    await expect(engine.search(parseSearchParams('q=phuong'), { signal: aborted.signal })).rejects.toThrow('gõ tiếp');
    expect((await engine.search(parseSearchParams('q=phuong'), { signal: new AbortController().signal })).results.length).toBeGreaterThan(0);
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

  it('ships Pagefind bundles: the hub with the runtime, older shards nested without it, no UI files', () => {
    const manifest = manifestOf(dist);
    const years = manifest.shards.flatMap((shard) => shard.years);
    // Every year with a public page is in one shard, newest first; the hub first.
    expect(years).toEqual([...years].sort((a, b) => Number(b) - Number(a)));
    for (const year of readdirSync(join(dist, 'tin-tuc')).filter((y) => /^\d{4}$/.test(y) && y !== '2099')) expect(years, year).toContain(year);
    expect(manifest.shards[0]!.dir).toBe('');
    const hub = readdirSync(join(dist, BUNDLE_DIR));
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind', 'pagefind-entry.json', MANIFEST_FILE, VOCABULARY_FILE])
      expect(hub, file).toContain(file);
    expect(hub.filter((f) => f.endsWith('.pf_meta'))).toHaveLength(1);
    const all = readdirSync(join(dist, BUNDLE_DIR), { recursive: true, encoding: 'utf8' });
    expect(all.filter((f) => /pagefind-(component-|modular-)?ui|pagefind-highlight|playground/.test(f))).toEqual([]);
  });
});

describe('the index built again, and in shards', () => {
  let work: string;
  let site: string;
  let built: Map<string, Buffer>;
  beforeAll(() => {
    work = mkdtempSync(resolve(dirname(dist), 'search-again-'));
    site = join(work, 'site');
    cpSync(dist, site, { recursive: true });
    built = tree(join(dist, BUNDLE_DIR));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes the same bytes for the same pages, and copies unchanged shards from the cache', async () => {
    const cache = join(work, 'cache');
    // The build keys its cache with the site's code, and so does the manifest's build tag.
    const version = codeHash(ROOT);
    const first = await buildSearchIndex(site, { cacheDir: cache, version });
    expect(first.cachedShards).toEqual([]);
    expect(tree(join(site, BUNDLE_DIR))).toEqual(built);
    expect(first.keyedPages).toBe(first.indexed.length);
    const second = await buildSearchIndex(site, { cacheDir: cache, version });
    expect(second.builtShards).toEqual([]);
    expect(second.cachedShards).toHaveLength(manifestOf(dist).shards.length);
    // Nothing changed: no page file is read, no page's text keyed again.
    expect(second.keyedPages).toBe(0);
    expect(second.readPages).toBe(0);
    expect(second.skipped).toEqual(first.skipped);
    expect(second.indexed).toEqual(first.indexed);
    expect(tree(join(site, BUNDLE_DIR))).toEqual(built);
    // Other code: every shard is indexed again, its pages keyed again.
    const otherCode = await buildSearchIndex(site, { cacheDir: cache, version: 'other code' });
    expect(otherCode.cachedShards).toEqual([]);
    expect(otherCode.keyedPages).toBe(first.indexed.length);
  }, 120_000);

  it('in shards of a few pages: re-indexes only the shard that changed, and searches across shards as in one bundle', async () => {
    const cache = join(work, 'cache-shards');
    const first = await buildSearchIndex(site, { cacheDir: cache, shardPages: 3 });
    const shards = manifestOf(site).shards;
    expect(shards.length).toBeGreaterThan(3);
    expect(first.builtShards).toHaveLength(shards.length);
    for (const shard of shards.slice(1)) {
      const files = readdirSync(join(site, BUNDLE_DIR, shard.dir));
      expect(files, shard.dir).toContain('pagefind-entry.json');
      expect(
        files.filter((f) => /^(pagefind\.js|pagefind-worker\.js|wasm\.)/.test(f)),
        shard.dir,
      ).toEqual([]);
    }
    const urls = async (e: SearchEngine, q: string) => (await e.views((await e.search(parseSearchParams(q))).results)).map((v) => v.url);
    const sharded = await openSiteIndex(site);
    try {
      const shardedEngine = new SearchEngine(sharded.index);
      // A word only some shards have must not be dropped by the others (Pagefind would answer with the rest of the query).
      for (const q of ['q=34-CT/TW', 'q=an+to%C3%A0n+giao+th%C3%B4ng', 'q=thi+dua+khen+thuong', 'q=long+bien', 'q=54%2FKH-UBND']) {
        expect((await urls(shardedEngine, q)).sort(), q).toEqual((await urls(engine, q)).sort());
      }
      // Newest first across shards, as in one bundle.
      for (const q of ['q=thi+dua&sap-xep=moi-nhat', 'phuong=phuong-phuc-loi-00136']) expect(await urls(shardedEngine, q), q).toEqual(await urls(engine, q));
    } finally {
      await sharded.close();
    }
    // At first only the newest shard is loaded: it answers alone when it finds something…
    const fresh = await openSiteIndex(site, { complete: false });
    try {
      const progressive = new SearchEngine(fresh.index);
      const hub = shards[0]!;
      const first = await progressive.search(parseSearchParams('q=phuong'));
      expect(first.partial).toBe(true);
      const firstYears = (await progressive.views(first.results)).map((v) => v.url.match(/\/(\d{4})\//)?.[1] ?? '');
      expect(firstYears.length).toBeGreaterThan(0);
      for (const year of firstYears.filter(Boolean)) expect(hub.years, year).toContain(year);
      // A word the newest years lack, beside one they have: Pagefind would answer with the other word's pages.
      const mixed = await progressive.search(parseSearchParams('q=phuong+cbccvcnld'));
      expect((await progressive.views(mixed.results)).map((v) => v.url).sort()).toEqual((await urls(engine, 'q=phuong+cbccvcnld')).sort());
      // …and a word only older years have is looked for there before it is called unknown.
      const old = await progressive.search(parseSearchParams('q=cbccvcnld'));
      expect(old.status).toBe('results');
      expect(old.partial).toBe(false);
      expect(progressive.isComplete()).toBe(true);
      const all = await progressive.search(parseSearchParams('q=phuong'));
      expect(all.partial).toBe(false);
      expect(all.results.length).toBeGreaterThan(first.results.length);
      // Every shard loaded, a quick search (search as you type) is still answered by the newest years first…
      const quick = await progressive.search(parseSearchParams('q=phuong'), { quick: true });
      expect(quick.partial).toBe(true);
      expect((await urls(progressive, 'q=phuong')).length).toBe(all.results.length);
      const quickYears = (await progressive.views(quick.results)).map((v) => v.url.match(/\/(\d{4})\//)?.[1] ?? '');
      expect(quickYears.sort()).toEqual(firstYears.sort());
      // …but not when they have nothing: a word of older years only is answered from every year at once.
      const olderOnly = await progressive.search(parseSearchParams('q=cbccvcnld'), { quick: true });
      expect(olderOnly.partial).toBe(false);
      expect(olderOnly.results.length).toBe(old.results.length);
      expect((await urls(progressive, 'q=phuong')).sort()).toEqual((await urls(engine, 'q=phuong')).sort());
    } finally {
      await fresh.close();
    }
    // One article changed: its shard alone is indexed again.
    const article = join(site, 'tin-tuc/2015/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong/index.html');
    writeFileSync(article, readFileSync(article, 'utf8').replace('</h1>', ' sửađổi</h1>'));
    // The bundle is updated in place: a file of an unchanged shard is not linked again (a link or an unlink would
    // change its ctime), and a file of no shard (left by an earlier build) goes.
    const unchangedShard = shards.find((s) => !s.years.includes('2015'))!;
    const kept = join(site, BUNDLE_DIR, unchangedShard.dir, 'pagefind-entry.json');
    const keptStat = statSync(kept);
    mkdirSync(join(site, BUNDLE_DIR, 'nam-1900', 'fragment'), { recursive: true });
    writeFileSync(join(site, BUNDLE_DIR, 'nam-1900', 'fragment', 'cu.pf_fragment'), 'cũ');
    const again = await buildSearchIndex(site, { cacheDir: cache, shardPages: 3 });
    expect(statSync(kept).ctimeMs).toBe(keptStat.ctimeMs);
    expect(statSync(kept).ino).toBe(keptStat.ino);
    const fresh2 = join(work, 'site-fresh');
    cpSync(site, fresh2, { recursive: true });
    rmSync(join(fresh2, BUNDLE_DIR), { recursive: true });
    await buildSearchIndex(fresh2, { shardPages: 3 });
    expect(tree(join(site, BUNDLE_DIR))).toEqual(tree(join(fresh2, BUNDLE_DIR)));
    const shard2015 = shards.find((s) => s.years.includes('2015'))!;
    expect(again.builtShards).toEqual([shard2015.years.length > 1 ? `${shard2015.years.at(-1)}–${shard2015.years[0]}` : '2015']);
    expect(again.cachedShards).toHaveLength(shards.length - 1);
    // Only that shard's pages were keyed again (its articles, and campaign pages dated in its years).
    const articlesOf2015 = first.indexed.filter((url) => shard2015.years.some((y) => url.includes(`/${y}/`)));
    expect(again.keyedPages).toBeGreaterThanOrEqual(articlesOf2015.length);
    expect(again.keyedPages).toBeLessThan(first.indexed.length);
    // The edited page is read; the others are known by their size and time.
    expect(again.readPages).toBe(1);
  }, 120_000);
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

  it('indexes the real content’s pages', async () => {
    // An empty index is the failure these tests exist to catch: it fails here instead of switching them off.
    expect(existsSync(join(site, BUNDLE_DIR, MANIFEST_FILE)) ? manifestOf(site).shards.length : 0).toBeGreaterThan(0);
    expect((await real.index.search(null, {}))?.results.length).toBeGreaterThan(0);
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
      expect(
        titles.some((t) => t.toLocaleLowerCase('vi').includes(fragment.toLocaleLowerCase('vi'))),
        `${q}: ${titles.join(' | ')}`,
      ).toBe(true);
    }
  });

  it('keeps the old portals’ side boxes out of the index', async () => {
    const outcome = await realEngine.search(parseSearchParams(new URLSearchParams({ q: 'thời tiết các vùng' })));
    expect(outcome.results).toEqual([]);
  });
});
