/**
 * The indexer and the search engine together on hand-written pages (no
 * Astro): folding, exact-form ranking, unknown terms, filters with counts,
 * and what must never be indexed. The same checks on pages Astro built run
 * in tests/search-*.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildSearchIndex, urlOf, type IndexReport } from './indexer.ts';
import { BUNDLE_DIR, FILTER, KIND, MARKER, MARKER_ATTRIBUTE, META, SORT_KEY, VOCABULARY_FILE } from './keys.ts';
import { adjacentPairs, SearchEngine, type SearchOutcome } from './engine.ts';
import { parseSearchParams } from './searchQuery.ts';
import { buildDefaultIndex, openPagefind, openSiteIndex, writeSite, type LoadedIndex } from '../../tests/search/support.ts';

const ROOT = resolve(import.meta.dirname, '../..');
mkdirSync(resolve(ROOT, 'tmp'), { recursive: true });
/** One folder per run, removed afterwards, so parallel runs never share it. */
const SITE = mkdtempSync(resolve(ROOT, 'tmp/search-unit-'));

interface Page {
  id: string;
  title: string;
  body: string;
  date: string;
  year: string;
  wards?: string[];
  wardNames?: string;
  campaigns?: string[];
  category?: string;
  marker?: 'index' | 'exclude' | null;
}

/** What an article page looks like to the indexer: chrome outside, SearchIndexData inside the body. */
function page(p: Page): string {
  const span = (attr: string, key: string, value: string) => `<span ${attr}="${key}[data-value]" data-value="${value}"></span>`;
  const data =
    p.marker === null
      ? ''
      : p.marker === 'exclude'
        ? `<div hidden ${MARKER_ATTRIBUTE}="${MARKER.exclude}" data-pagefind-ignore="all"></div>`
        : `<div hidden ${MARKER_ATTRIBUTE}="${MARKER.index}">${[
            span('data-pagefind-meta', META.title, p.title),
            span('data-pagefind-meta', META.date, p.date),
            span('data-pagefind-filter', FILTER.kind, KIND.news),
            ...(p.wardNames ? [span('data-pagefind-meta', META.wards, p.wardNames)] : []),
            ...(p.wards ?? []).map((w) => span('data-pagefind-filter', FILTER.ward, w)),
            ...(p.campaigns ?? []).map((c) => span('data-pagefind-filter', FILTER.campaign, c)),
            ...(p.category ? [span('data-pagefind-filter', FILTER.category, p.category)] : []),
            span('data-pagefind-filter', FILTER.year, p.year),
            span('data-pagefind-sort', SORT_KEY, `${p.year}-01-01T00:00:00+07:00`),
          ].join('')}</div>`;
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${p.title}</title></head><body>
<header><nav>Trang chủ Tin tức đền ơn đáp nghĩa menuonly</nav></header>
<main><article data-pagefind-body><h1>${p.title}</h1>${p.body}${data}</article>
<aside>thời tiết các vùng sidebaronly</aside></main><footer>Ủy ban nhân dân phường</footer></body></html>`;
}

const PAGES: Page[] = [
  {
    id: '2015/phuc-loi',
    title: 'Phường Phúc Lợi: Với công tác thi đua khen thưởng.',
    body: '<p>Công tác thi đua - khen thưởng có vai trò quan trọng. Vận động nhân dân ủng hộ quỹ đền ơn đáp nghĩa 54,9 triệu đồng.</p>',
    date: '07/09/2015',
    year: '2015',
    wards: ['phuong-phuc-loi-cu-00136', 'phuong-phuc-loi-00136', 'phuong-viet-hung-00127'],
    wardNames: 'Phường Phúc Lợi (cũ)',
    campaigns: ['den-on-dap-nghia'],
    category: 'hoat-dong',
  },
  {
    id: '2016/khong-dau',
    title: 'To dan pho ung ho quy',
    body: '<p>Cac ho gia dinh ung ho quy den on dap nghia duoc 12 trieu dong.</p>',
    date: '20/07/2016',
    year: '2016',
    wards: ['phuong-giang-bien-cu-00121', 'phuong-phuc-loi-00136'],
    campaigns: ['den-on-dap-nghia'],
    category: 'van-hoa',
  },
  {
    id: '2018/thuong-thanh',
    title: 'Kết quả phong trào thi đua trong CBCCVCNLĐ cơ quan phường Thượng Thanh năm 2017.',
    body: '<p>Động viên cán bộ, công chức, viên chức, người lao động (CBCCVCNLĐ) trong cơ quan phường. Đ/c Hồng báo cáo.</p>',
    date: '19/01/2018',
    year: '2018',
    wards: ['phuong-thuong-thanh-cu-00115', 'phuong-bo-de-00118'],
    category: 'tin-tuc',
  },
  {
    id: '2020/dau-tu',
    title: 'Thu hút đầu tư hạ tầng',
    body: '<p>Các dự án đầu tư công được đẩy nhanh.</p>',
    date: '12/10/2020',
    year: '2020',
    wards: ['phuong-viet-hung-00127'],
    category: 'hoat-dong',
  },
  {
    id: '2021/xang-dau',
    title: 'Tập huấn phòng cháy cửa hàng xăng dầu',
    body: '<p>Xử lý sự cố rò rỉ dầu.</p>',
    date: '18/05/2021',
    year: '2021',
    wards: ['phuong-bo-de-00118'],
    category: 'van-hoa',
  },
  { id: '2024/nhap', title: 'Bản nháp', body: '<p>nhapbimat thi đua</p>', date: '01/01/2024', year: '2024', marker: 'exclude' },
  { id: '2024/khong-du-lieu', title: 'Không có SearchIndexData', body: '<p>thieudulieu thi đua</p>', date: '01/01/2024', year: '2024', marker: null },
];

let report: IndexReport;
let loaded: LoadedIndex;
let plain: LoadedIndex;
let engine: SearchEngine;

/** "/news/2015/phuc-loi/" → "news/2015/phuc-loi" */
const ids = async (outcome: SearchOutcome) => (await engine.views(outcome.results)).map((v) => v.url.replace(/^\/|\/$/g, ''));
const run = (query: string) => engine.search(parseSearchParams(query));

beforeAll(async () => {
  const files: Record<string, string> = { 'index.html': '<!doctype html><html lang="vi"><body><h1>Trang chủ thi đua</h1></body></html>' };
  for (const p of PAGES) files[`news/${p.id}/index.html`] = page(p);
  await writeSite(SITE, files);
  await buildDefaultIndex(SITE);
  report = await buildSearchIndex(SITE);
  loaded = await openSiteIndex(SITE);
  plain = await openPagefind(SITE, 'pagefind-default');
  const vocabulary = JSON.parse(await readFile(join(SITE, BUNDLE_DIR, VOCABULARY_FILE), 'utf8')) as string[];
  engine = new SearchEngine(loaded.index, { vocabulary: async () => vocabulary });
}, 120_000);

afterAll(async () => {
  await loaded?.close();
  await plain?.close();
  await rm(SITE, { recursive: true, force: true });
});

describe('what gets indexed', () => {
  it('indexes marked article bodies only', () => {
    expect(report.indexed).toEqual(['/news/2015/phuc-loi/', '/news/2016/khong-dau/', '/news/2018/thuong-thanh/', '/news/2020/dau-tu/', '/news/2021/xang-dau/']);
    expect(report.skipped.map((s) => s.url)).toEqual(['/news/2024/khong-du-lieu/', '/news/2024/nhap/']);
    expect(report.errors).toEqual([]);
  });
  it('never finds excluded pages, nav, side boxes or footers', async () => {
    for (const word of ['nhapbimat', 'thieudulieu', 'menuonly', 'sidebaronly']) {
      expect((await run(`q=${word}`)).status, word).toBe('unknown-terms');
    }
  });
  it('writes the vocabulary, most frequent first, without the pages left out', async () => {
    const vocabulary = JSON.parse(await readFile(join(SITE, BUNDLE_DIR, VOCABULARY_FILE), 'utf8')) as string[];
    expect(vocabulary).toContain('cbccvcnld');
    expect(vocabulary).not.toContain('nhapbimat');
    expect(vocabulary.indexOf('dua')).toBeLessThan(vocabulary.indexOf('cbccvcnld'));
  });
  it('maps files to URLs', () => {
    expect(urlOf('/x/dist', '/x/dist/news/2015/a/index.html')).toBe('/news/2015/a/');
    expect(urlOf('/x/dist', '/x/dist/index.html')).toBe('/');
  });
});

describe('matching as people type', () => {
  it('finds đ words typed with d, where plain Pagefind does not', async () => {
    expect(await ids(await run('q=thi dua khen thuong'))).toEqual(['news/2015/phuc-loi']);
    expect(await ids(await run('q=cbccvcnld'))).toEqual(['news/2018/thuong-thanh']);
    expect(await ids(await run('q=d/c hong'))).toEqual(['news/2018/thuong-thanh']);
    expect((await plain.index.search('cbccvcnld'))?.results.length).toBe(0);
  });
  it('matches a query typed with tones exactly, and one typed without tones in any tone', async () => {
    const exact = await run('q=Đền ơn đáp nghĩa');
    expect(await ids(exact)).toEqual(['news/2015/phuc-loi']);
    expect(exact.approximate).toBe(false);
    expect((await ids(await run('q=den on dap nghia'))).sort()).toEqual(['news/2015/phuc-loi', 'news/2016/khong-dau']);
  });
  it('falls back to matching without tones only when nothing matches the tones, and says so', async () => {
    // "Tổ dân phố" is written only without tones ("To dan pho"): nothing matches exactly.
    const outcome = await run('q=Tổ dân phố');
    expect(outcome.approximate).toBe(true);
    expect(await ids(outcome)).toEqual(['news/2016/khong-dau']);
  });
  it('matches complete syllables whole, and the last one by its start while it is being typed', async () => {
    // "thu" (Thu hút) is a syllable of its own: it does not find thưởng or Thượng by their start…
    expect(await ids(await run('q=thu'))).toEqual(['news/2020/dau-tu']);
    expect((await plain.index.search('thu'))?.results.length).toBeGreaterThan(1);
    // …but while the reader is still typing, "thu" may become thưởng: those come after the whole syllable.
    const typing = await ids(await engine.search(parseSearchParams('q=thu'), { typing: true }));
    expect(typing[0]).toBe('news/2020/dau-tu');
    expect(typing).toContain('news/2015/phuc-loi');
    expect(typing).toContain('news/2018/thuong-thanh');
  });
  it('while typing, waits for a second letter and a vowel', async () => {
    const typing = (q: string) => new SearchEngine(loaded.index).search(parseSearchParams(q), { typing: true });
    // One letter: every page has a word starting with it. Nothing is searched yet.
    expect((await typing('q=t')).status).toBe('idle');
    // "thi d": the last term is left out until it says more; "thi" is searched.
    expect(await ids(await typing('q=thi d'))).toEqual(await ids(await run('q=thi')));
    // Consonants before the vowel say nothing yet ("th" starts words on every page): "thi" is searched.
    const th = await typing('q=thi th');
    expect(th.terms.map((t) => t.term)).toEqual(['thi']);
    expect(await ids(th)).toEqual(await ids(await run('q=thi')));
    // A word already, though all consonants (an abbreviation): searched whole.
    expect((await typing('q=thi cbccvcnld')).terms.map((t) => t.term)).toEqual(['thi', 'cbccvcnld']);
    // Two letters with a vowel are searched by their start.
    expect(await ids(await typing('q=thi đu'))).toContain('news/2015/phuc-loi');
  });
  it('while typing with marks, matches a half-typed syllable by the marks typed so far, and marks only those words', async () => {
    const typing = (q: string) => engine.search(parseSearchParams(q), { typing: true });
    // "đầ" is on its way to đầu: not dầu (xăng dầu), not đẩy.
    expect(await ids(await typing('q=đầ'))).toEqual(['news/2020/dau-tu']);
    // A plain d may still become đ (Telex "dd"), so "dầ" finds both, as "dau" does.
    expect((await ids(await typing('q=dầ'))).sort()).toEqual(['news/2020/dau-tu', 'news/2021/xang-dau']);
    expect((await ids(await typing('q=dau'))).sort()).toEqual(['news/2020/dau-tu', 'news/2021/xang-dau']);
    // A mark not typed yet may still come: "đâ" finds đầu and đẩy, not đáp (no circumflex).
    expect(await ids(await typing('q=đâ'))).toEqual(['news/2020/dau-tu']);
    const [view] = await engine.views((await typing('q=đầ')).results);
    expect(view!.excerptHtml).toContain('<mark>đầu</mark>');
    expect(view!.excerptHtml).not.toContain('<mark>đẩy</mark>');
  });
  it('does not take a longer unknown word for a known shorter one', async () => {
    // Pagefind alone answers "thieudulieu" with pages containing "thi".
    expect((await plain.index.search('thieudulieu'))?.results.length).toBeGreaterThan(0);
    expect((await run('q=thieudulieu')).status).toBe('unknown-terms');
  });
  it('treats decomposed input like precomposed', async () => {
    const nfc = await ids(await run(`q=${encodeURIComponent('Đền ơn đáp nghĩa')}`));
    const nfd = await ids(await run(`q=${encodeURIComponent('Đền ơn đáp nghĩa'.normalize('NFD'))}`));
    expect(nfd).toEqual(nfc);
  });
  it('reports an unknown term instead of dropping it, and suggests the rest', async () => {
    const outcome = await run('q=thi xyz');
    expect(outcome.status).toBe('unknown-terms');
    expect(outcome.unknownTerms).toEqual(['xyz']);
    expect(outcome.suggestion).toBe('thi');
    expect(outcome.results).toEqual([]);
    // Pagefind alone drops "xyz" and returns every page with "thi".
    expect((await plain.index.search('thi xyz'))?.results.length).toBeGreaterThan(1);
  });
  it('corrects Telex typing and typos, saying so', async () => {
    const telex = await run('q=thi dduaw khen thuowngr');
    expect(telex.correctedQuery).toBe('thi dua khen thuong');
    expect(await ids(telex)).toEqual(['news/2015/phuc-loi']);
    const typo = await run('q=cbccvcnlđd');
    expect(typo.terms[0]).toMatchObject({ how: 'spelling', use: 'cbccvcnld' });
    expect(typo.correctedQuery).toBe('cbccvcnld');
    expect(await ids(typo)).toEqual(['news/2018/thuong-thanh']);
  });
});

describe('filters and results', () => {
  it('filters by a current ward including its predecessors, with disjunctive counts', async () => {
    const outcome = await run('q=den on dap nghia&phuong=phuong-phuc-loi-00136');
    expect((await ids(outcome)).sort()).toEqual(['news/2015/phuc-loi', 'news/2016/khong-dau']);
    const ward = Object.fromEntries(outcome.facets.phuong.map((f) => [f.value, f.count]));
    expect(ward).toMatchObject({ 'phuong-phuc-loi-00136': 2, 'phuong-phuc-loi-cu-00136': 1, 'phuong-giang-bien-cu-00121': 1 });
  });
  it('combines filters', async () => {
    const outcome = await run('q=den on dap nghia&phuong=phuong-phuc-loi-00136&nam=2016');
    expect(await ids(outcome)).toEqual(['news/2016/khong-dau']);
    expect(Object.fromEntries(outcome.facets.nam.map((f) => [f.value, f.count]))).toEqual({ '2015': 1, '2016': 1 });
  });
  it('lists by filter alone, newest first', async () => {
    const outcome = await run('chuyen-muc=hoat-dong');
    expect(await ids(outcome)).toEqual(['news/2020/dau-tu', 'news/2015/phuc-loi']);
  });
  it('sorts by date on request', async () => {
    const outcome = await run('q=thi dua&sap-xep=moi-nhat');
    expect(await ids(outcome)).toEqual(['news/2018/thuong-thanh', 'news/2015/phuc-loi']);
  });
  it('shows real Vietnamese in excerpts, highlighted, and links with a text fragment', async () => {
    const outcome = await run('q=thi dua khen thuong');
    const [view] = await engine.views(outcome.results.slice(0, 1));
    expect(view.excerptText).not.toContain('\u2063');
    expect(view.excerptHtml).toContain('<mark>đua</mark>');
    expect(view.title).toBe('Phường Phúc Lợi: Với công tác thi đua khen thưởng.');
    expect(view.date).toBe('07/09/2015');
    expect(view.wards).toBe('Phường Phúc Lợi (cũ)');
    expect(view.kind).toBe('Tin tức');
    expect(view.href).toMatch(/^\/news\/2015\/phuc-loi\/#:~:text=/);
    expect(decodeURIComponent(view.href)).toContain('thi đua');
  });
});

describe('adjacent syllables', () => {
  it('counts neighbouring query terms that stand together, folded, skipping twins', () => {
    const keys = ['cong', 'doan', 'phuong'];
    expect(adjacentPairs([`Công đoàn \u2063doan phường tổ chức`], keys)).toBe(2);
    expect(adjacentPairs(['phường có công tác đoàn thể'], keys)).toBe(0);
    expect(adjacentPairs(['tổ công đoàn', 'Phường Phúc Lợi'], keys)).toBe(1);
    expect(adjacentPairs(['Phú Thượng'], ['phu', 'thuong'])).toBe(1);
    expect(adjacentPairs(['công đoàn'], ['cong'])).toBe(0);
  });
});
