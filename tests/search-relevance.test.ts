/**
 * Measured relevance on the real built indexes, in Node: the queries of
 * tests/search/queries.json run through our search (folded twins, term
 * checks, corrections) and through Pagefind's default configuration on the
 * same pages; prints recall@5, MRR, precision@10 and the must-not pages
 * returned, overall, per query kind and per query (docs/search.md records
 * them), and writes the report to tmp/search-relevance.md. The measures are
 * defined in tests/search/relevance.ts.
 *
 * Assertions are on behaviour: the queries marked "must" find every expected
 * page in the top 5 and none of their must-not pages; ours never does worse
 * than the default overall, nor on any single query on any measure.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { foldVietnamese } from '../src/lib/vietnamese.ts';
import { parseSearchParams } from '../src/search/searchQuery.ts';
import { SearchEngine, type SearchResult } from '../src/search/engine.ts';
import { BUNDLE_DIR, MANIFEST_FILE, VOCABULARY_FILE, type ShardManifest } from '../src/search/keys.ts';
import { ROOT } from './support/build.ts';
import { buildDefaultIndex, ensureSearchFixture, openPagefind, openSiteIndex, type LoadedIndex } from './search/support.ts';
import { evaluate, isPage, loadQueries, perQueryTable, regressions, reportTable, type QueryCase, type Ranked, type Scores } from './search/relevance.ts';
import { readFile } from 'node:fs/promises';

interface Setup {
  dist: string;
  ours: LoadedIndex;
  plain: LoadedIndex;
  engine: SearchEngine;
  /** The same without re-ranking by adjacent syllables, to show what that adds. */
  flat: SearchEngine;
}

async function setUp(dist: string): Promise<Setup> {
  await buildDefaultIndex(dist);
  const ours = await openSiteIndex(dist);
  const plain = await openPagefind(dist, 'pagefind-default');
  const vocabulary = JSON.parse(await readFile(join(dist, BUNDLE_DIR, VOCABULARY_FILE), 'utf8')) as string[];
  return {
    dist,
    ours,
    plain,
    engine: new SearchEngine(ours.index, { vocabulary: async () => vocabulary }),
    flat: new SearchEngine(ours.index, { vocabulary: async () => vocabulary, rerankDepth: 0 }),
  };
}

/** The three configurations compared. */
function rankers(s: Setup) {
  const ranked = async (results: SearchResult[]): Promise<Ranked[]> =>
    Promise.all(
      results.map(async (r) => {
        const d = await r.data();
        return { url: d.url, title: d.meta.title ?? '' };
      }),
    );
  const run = (engine: SearchEngine) => async (q: string) =>
    (await engine.views((await engine.search(parseSearchParams(new URLSearchParams({ q })))).results)).map((v) => ({ url: v.url, title: v.title }));
  return {
    ours: run(s.engine),
    oursFlat: run(s.flat),
    pagefind: async (q: string) => ranked((await s.plain.index.search(q))?.results ?? []),
    pagefindFoldedQuery: async (q: string) => ranked((await s.plain.index.search(foldVietnamese(q)))?.results ?? []),
  };
}

const NAMES = {
  ours: 'Tin Phường',
  oursFlat: 'Tin Phường without adjacency re-ranking',
  pagefind: 'Pagefind 1.6 default',
  pagefindFoldedQuery: 'Pagefind default, query folded (đ→d) only',
};

const report: string[] = [];

/** Bytes of Pagefind's index proper (index, fragment and filter chunks, meta, in every nested bundle), gzipped as Pagefind writes them. */
function pagefindBytes(bundle: string): number {
  let total = 0;
  for (const entry of readdirSync(bundle, { recursive: true, encoding: 'utf8' })) {
    const path = join(bundle, entry);
    if (statSync(path).isFile() && /(^|[\\/])(index|fragment|filter)[\\/]|\.pf_meta$/.test(entry)) total += statSync(path).size;
  }
  return total;
}

function sizeLine(dist: string, pages: number): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const shards = (JSON.parse(readFileSync(join(dist, BUNDLE_DIR, MANIFEST_FILE), 'utf8')) as ShardManifest).shards.length;
  return `Index size, gzipped (${pages} pages): ours ${kb(pagefindBytes(join(dist, BUNDLE_DIR)))} (Pagefind's index, fragment and filter chunks and meta, ${shards} bundle(s)), Pagefind default ${kb(pagefindBytes(join(dist, 'pagefind-default')))} (one bundle).`;
}

async function measure(title: string, cases: QueryCase[], s: Setup): Promise<Record<keyof typeof NAMES, Scores>> {
  const r = rankers(s);
  const scores = {
    ours: await evaluate(cases, r.ours),
    oursFlat: await evaluate(cases, r.oursFlat),
    pagefind: await evaluate(cases, r.pagefind),
    pagefindFoldedQuery: await evaluate(cases, r.pagefindFoldedQuery),
  };
  const table = reportTable(
    title,
    (Object.keys(NAMES) as (keyof typeof NAMES)[]).map((k) => ({ name: NAMES[k], scores: scores[k] })),
  );
  const perQuery = perQueryTable(title, { name: 'ours', scores: scores.ours }, { name: 'default', scores: scores.pagefind });
  const pages = (await s.ours.index.search(null, {}))?.results.length ?? 0;
  const size = sizeLine(s.dist, pages);
  report.push(table, size, perQuery);
  console.log(`\n${table}\n\n${size}\n\n${perQuery}\n`);
  return scores;
}

/**
 * What the index of our own scored before search went back to Pagefind
 * (its last commit, dae3b43, same queries, same measures, four decimals
 * rounded down): Pagefind with our layer must do no worse on any of them.
 */
const BEFORE = {
  fixture: { recallAt5: 0.9688, mrr: 0.9733, precisionAt10: 0.8358, mustNotReturned: 0 },
  site: { recallAt5: 1, mrr: 1, precisionAt10: 0.9506, mustNotReturned: 0 },
};

function assertNoWorseThanBefore(scores: Scores, before: (typeof BEFORE)['site']) {
  expect(scores.recallAt5).toBeGreaterThanOrEqual(before.recallAt5);
  expect(scores.mrr).toBeGreaterThanOrEqual(before.mrr);
  expect(scores.precisionAt10).toBeGreaterThanOrEqual(before.precisionAt10);
  expect(scores.mustNotReturned).toBeLessThanOrEqual(before.mustNotReturned);
}

/** Every must-work query finds all its expected pages in the top 5 (all failures listed at once). */
function assertMusts(cases: QueryCase[], scores: Scores) {
  const missing = cases.flatMap((c, i) =>
    c.must && scores.perQuery[i]!.recall !== 1 ? [`"${c.q}" (recall@5 ${scores.perQuery[i]!.recall.toFixed(2)}) → ${scores.perQuery[i]!.top.join(', ')}`] : [],
  );
  expect(missing).toEqual([]);
}

/** The must-work queries return none of their must-not pages, anywhere in the results. */
function assertMustNots(cases: QueryCase[], scores: Scores) {
  const returned = cases.flatMap((c, i) => (c.must && c.mustNot?.length ? scores.perQuery[i]!.unwanted.map((u) => `"${c.q}" → ${u}`) : []));
  expect(returned).toEqual([]);
}

/** No query scores worse with ours than with Pagefind's default, on any measure. */
function assertNoQueryWorse(scores: Record<keyof typeof NAMES, Scores>) {
  const worse = regressions(scores.ours, scores.pagefind).map((r) => `"${r.q}": ${r.measure} ${+r.ours.toFixed(3)} (default ${+r.baseline.toFixed(3)})`);
  expect(worse).toEqual([]);
}

/**
 * Cases are measurable and name real pages: at least one expected page, no
 * page both expected and must-not, and every entry (URL or title piece) is a
 * page of the index, so a typo cannot make a must-not list pass by naming nothing.
 */
async function assertWellFormed(cases: QueryCase[], s: Setup) {
  // A filter-only search lists every page of our index; views() gives titles without twins.
  const pages: Ranked[] = await s.engine.views((await s.ours.index.search(null, {}))?.results ?? []);
  const problems: string[] = [];
  for (const c of cases) {
    if (c.expect.length === 0) problems.push(`"${c.q}": nothing expected`);
    for (const entry of [...c.expect, ...(c.mustNot ?? [])]) {
      if (!pages.some((p) => isPage(entry, p))) problems.push(`"${c.q}": no page ${entry}`);
    }
    for (const entry of c.mustNot ?? []) {
      const clash = pages.filter((p) => isPage(entry, p) && c.expect.some((e) => isPage(e, p)));
      if (clash.length) problems.push(`"${c.q}": ${entry} is both expected and must-not`);
    }
  }
  expect(problems).toEqual([]);
}

afterAll(() => {
  if (!report.length) return;
  mkdirSync(resolve(ROOT, 'tmp'), { recursive: true });
  writeFileSync(resolve(ROOT, 'tmp/search-relevance.md'), report.join('\n\n') + '\n');
});

describe('relevance on the search fixture', () => {
  const cases = loadQueries('fixture');
  let s: Setup;
  let scores: Record<keyof typeof NAMES, Scores>;
  beforeAll(async () => {
    s = await setUp(ensureSearchFixture(inject('siteDir')));
    scores = await measure('Search fixture (tests/fixtures/search-content)', cases, s);
  });
  afterAll(async () => {
    await s?.ours.close();
    await s?.plain.close();
  });

  it('names real, distinct pages in every case', async () => {
    await assertWellFormed(cases, s);
  });
  it('finds every expected page of the must-work queries in the top 5', () => {
    assertMusts(cases, scores.ours);
  });
  it('returns none of the must-not pages of the must-work queries', () => {
    assertMustNots(cases, scores.ours);
  });
  it('does at least as well as Pagefind by default', () => {
    expect(scores.ours.recallAt5).toBeGreaterThanOrEqual(scores.pagefind.recallAt5);
    expect(scores.ours.mrr).toBeGreaterThanOrEqual(scores.pagefind.mrr);
    expect(scores.ours.precisionAt10).toBeGreaterThanOrEqual(scores.pagefind.precisionAt10);
    expect(scores.ours.mustNotReturned).toBeLessThanOrEqual(scores.pagefind.mustNotReturned);
  });
  it('does no worse than Pagefind by default on any query, on any measure', () => {
    assertNoQueryWorse(scores);
  });
  it('does no worse than the index of our own did', () => {
    assertNoWorseThanBefore(scores.ours, BEFORE.fixture);
  });
});

describe('relevance on the real content', () => {
  const cases = loadQueries('site');
  const dist = inject('siteDir');
  let s: Setup;
  let scores: Record<keyof typeof NAMES, Scores>;
  beforeAll(async () => {
    s = await setUp(dist);
    scores = await measure('Real content (content/)', cases, s);
  });
  afterAll(async () => {
    await s?.ours.close();
    await s?.plain.close();
  });

  it('has an index of the real content and queries to run on it', async () => {
    // An empty index or no queries would make every measure below vacuous: that fails here, never switches them off.
    expect(existsSync(join(dist, BUNDLE_DIR, MANIFEST_FILE))).toBe(true);
    expect((await s.ours.index.search(null, {}))?.results.length).toBeGreaterThan(0);
    expect(cases.length).toBeGreaterThan(0);
  });
  it('names real, distinct pages in every case', async () => {
    await assertWellFormed(cases, s);
  });
  it('finds every expected page of the must-work queries in the top 5', () => {
    assertMusts(cases, scores.ours);
  });
  it('returns none of the must-not pages of the must-work queries', () => {
    assertMustNots(cases, scores.ours);
  });
  it('does at least as well as Pagefind by default', () => {
    expect(scores.ours.recallAt5).toBeGreaterThanOrEqual(scores.pagefind.recallAt5);
    expect(scores.ours.mrr).toBeGreaterThanOrEqual(scores.pagefind.mrr);
    expect(scores.ours.precisionAt10).toBeGreaterThanOrEqual(scores.pagefind.precisionAt10);
    expect(scores.ours.mustNotReturned).toBeLessThanOrEqual(scores.pagefind.mustNotReturned);
  });
  it('does no worse than Pagefind by default on any query, on any measure', () => {
    assertNoQueryWorse(scores);
  });
  it('does no worse than the index of our own did', () => {
    assertNoWorseThanBefore(scores.ours, BEFORE.site);
  });
});
