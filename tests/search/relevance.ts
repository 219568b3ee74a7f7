/**
 * Relevance measurement of a ranking function over a set of queries with the
 * pages each should find, and the pages each must not return
 * (tests/search/queries.json):
 *
 * - recall@5: share of the expected pages (at most 5 counted) in the top 5;
 * - reciprocal rank (mean: MRR): 1 / rank of the first expected page, 0 when
 *   none is returned;
 * - precision@10: of the first min(10, n) results (n = results returned),
 *   the share that are expected pages; 0 when nothing is returned. Not the
 *   textbook relevant/10: most queries here expect fewer than 10 pages, and
 *   relevant/10 scores a query that returns its one expected page alone the
 *   same as one that returns it among nine wrong pages (both 0.1). Dividing
 *   by what was actually shown (up to 10) tells them apart (1.0 and 0.1).
 *   Returning fewer pages cannot buy precision at no cost: recall@5 counts the
 *   expected pages left out. A page that matches the query's words but is
 *   not in `expect` counts as not relevant;
 * - must-not returned: how many of the query's `mustNot` pages are anywhere
 *   in the results (all of them, not only the top 10); summed over queries.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { foldVietnamese } from '../../src/lib/vietnamese.ts';

/** A result as the measurement sees it. */
export interface Ranked {
  url: string;
  title: string;
}

export interface QueryCase {
  q: string;
  /**
   * The pages the query should find: a URL path ("/tin-tuc/2015/…/"), or a
   * piece of the page's title (compared folded), for content whose URLs the
   * importer chooses.
   */
  expect: string[];
  kind: string;
  /**
   * Asserted: every expected page in the top 5 with our search, and none of
   * the `mustNot` pages anywhere in its results.
   */
  must?: boolean;
  /**
   * Pages that must not be returned anywhere in the results, in the same
   * forms as `expect`: pages whose words equal the query's only without its
   * tones or only as prefixes ("đà nẵng" → "Đảng", "đã", "nâng"), or that
   * belong to another province than the one the query names.
   */
  mustNot?: string[];
}

export interface QueryScore {
  q: string;
  kind: string;
  /** Share of expected pages in the top 5 (of at most 5 expected). */
  recall: number;
  /** 1 / rank of the first expected page; 0 when none is returned. */
  reciprocalRank: number;
  /** Expected pages among the first min(10, results) results, over min(10, results); 0 with no results. */
  precision: number;
  /** How many results (anywhere in the list) are mustNot pages. */
  mustNotReturned: number;
  /** Paths of those results. */
  unwanted: string[];
  /** How many results the query returned. */
  results: number;
  top: string[];
}

export interface Scores {
  queries: number;
  recallAt5: number;
  mrr: number;
  /** Mean precision@10 over the queries. */
  precisionAt10: number;
  /** mustNot pages returned, summed over the queries. */
  mustNotReturned: number;
  /** Queries with no expected page in the top 5. */
  missed: number;
  perQuery: QueryScore[];
}

/** The measures compared query by query; `better` says which direction is an improvement. */
export const MEASURES = [
  { key: 'recall', label: 'recall@5', better: 'higher' },
  { key: 'reciprocalRank', label: 'reciprocal rank', better: 'higher' },
  { key: 'precision', label: 'precision@10', better: 'higher' },
  { key: 'mustNotReturned', label: 'must-not returned', better: 'lower' },
] as const;

export function loadQueries(set: 'fixture' | 'site'): QueryCase[] {
  const file = JSON.parse(readFileSync(resolve(import.meta.dirname, 'queries.json'), 'utf8')) as Record<string, unknown>;
  return (file[set] as QueryCase[] | undefined) ?? [];
}

/** Result URLs normalised to paths ("http://…/x/#:~:text=…" → "/x/"). */
export function pathOf(url: string): string {
  return new URL(url, 'http://x').pathname;
}

/** Whether a result is the page an `expect` or `mustNot` entry names (URL path, or folded title piece). */
export function isPage(entry: string, result: Ranked): boolean {
  return entry.startsWith('/') ? entry === pathOf(result.url) : foldVietnamese(result.title).includes(foldVietnamese(entry));
}

/** Which expected entry (index) a result is, or -1. */
function expectedIndex(c: QueryCase, result: Ranked): number {
  return c.expect.findIndex((e) => isPage(e, result));
}

export function scoreQuery(c: QueryCase, ranked: Ranked[]): QueryScore {
  const matched = ranked.map((r) => expectedIndex(c, r));
  const top = new Set(matched.slice(0, 5).filter((i) => i >= 0));
  const first = matched.findIndex((i) => i >= 0);
  const shown = Math.min(10, ranked.length);
  const relevantShown = matched.slice(0, 10).filter((i) => i >= 0).length;
  const unwanted = ranked.filter((r) => (c.mustNot ?? []).some((e) => isPage(e, r))).map((r) => pathOf(r.url));
  return {
    q: c.q,
    kind: c.kind,
    recall: top.size / Math.min(c.expect.length, 5),
    reciprocalRank: first < 0 ? 0 : 1 / (first + 1),
    precision: shown === 0 ? 0 : relevantShown / shown,
    mustNotReturned: unwanted.length,
    unwanted,
    results: ranked.length,
    top: ranked.slice(0, 5).map((r) => pathOf(r.url)),
  };
}

export async function evaluate(cases: QueryCase[], rank: (q: string) => Promise<Ranked[]>): Promise<Scores> {
  const perQuery: QueryScore[] = [];
  for (const c of cases) perQuery.push(scoreQuery(c, await rank(c.q)));
  const mean = (f: (s: QueryScore) => number) => perQuery.reduce((sum, s) => sum + f(s), 0) / Math.max(perQuery.length, 1);
  return {
    queries: perQuery.length,
    recallAt5: mean((s) => s.recall),
    mrr: mean((s) => s.reciprocalRank),
    precisionAt10: mean((s) => s.precision),
    mustNotReturned: perQuery.reduce((sum, s) => sum + s.mustNotReturned, 0),
    missed: perQuery.filter((s) => s.recall === 0).length,
    perQuery,
  };
}

/**
 * Where `ours` does worse than `baseline` on one query and one measure
 * (queries compared by position: both scored on the same cases).
 */
export interface Regression {
  /** Position of the query in the set. */
  index: number;
  q: string;
  measure: string;
  ours: number;
  baseline: number;
}

export function regressions(ours: Scores, baseline: Scores): Regression[] {
  const out: Regression[] = [];
  const EPSILON = 1e-9;
  for (const [i, a] of ours.perQuery.entries()) {
    const b = baseline.perQuery[i]!;
    for (const m of MEASURES) {
      const worse = m.better === 'higher' ? a[m.key] < b[m.key] - EPSILON : a[m.key] > b[m.key] + EPSILON;
      if (worse) out.push({ index: i, q: a.q, measure: m.label, ours: a[m.key], baseline: b[m.key] });
    }
  }
  return out;
}

interface KindScore {
  n: number;
  recall: number;
  mrr: number;
  precision: number;
  mustNot: number;
}

/** Scores per query kind, for the report (means, except mustNot: a sum). */
export function byKind(scores: Scores): Map<string, KindScore> {
  const out = new Map<string, KindScore>();
  for (const s of scores.perQuery) {
    const k = out.get(s.kind) ?? { n: 0, recall: 0, mrr: 0, precision: 0, mustNot: 0 };
    k.n++;
    k.recall += s.recall;
    k.mrr += s.reciprocalRank;
    k.precision += s.precision;
    k.mustNot += s.mustNotReturned;
    out.set(s.kind, k);
  }
  for (const k of out.values()) {
    k.recall /= k.n;
    k.mrr /= k.n;
    k.precision /= k.n;
  }
  return out;
}

const f2 = (n: number) => n.toFixed(2);
const cell = (text: string) => text.replaceAll('|', '\\|');

/** A Markdown table comparing configurations on one query set. */
export function reportTable(title: string, runs: { name: string; scores: Scores }[]): string {
  const lines = [
    `### ${title} (${runs[0]?.scores.queries ?? 0} queries)`,
    '',
    '| Configuration | recall@5 | MRR | precision@10 | must-not pages returned | queries with nothing relevant in the top 5 |',
    '|---|---|---|---|---|---|',
  ];
  for (const { name, scores } of runs) {
    lines.push(`| ${name} | ${f2(scores.recallAt5)} | ${f2(scores.mrr)} | ${f2(scores.precisionAt10)} | ${scores.mustNotReturned} | ${scores.missed} |`);
  }
  lines.push(
    '',
    '| Query kind | n | ' + runs.map((r) => `${r.name} recall@5 / MRR / P@10 / must-not`).join(' | ') + ' |',
    '|---|---|' + runs.map(() => '---|').join(''),
  );
  const kinds = runs.map((r) => byKind(r.scores));
  for (const kind of kinds[0]?.keys() ?? []) {
    lines.push(
      `| ${cell(kind)} | ${kinds[0]!.get(kind)!.n} | ` +
        kinds
          .map((k) => {
            const s = k.get(kind)!;
            return `${f2(s.recall)} / ${f2(s.mrr)} / ${f2(s.precision)} / ${s.mustNot}`;
          })
          .join(' | ') +
        ' |',
    );
  }
  return lines.join('\n');
}

/**
 * A Markdown table of every query, ours against a baseline: each cell is
 * "ours / baseline"; the last column names the measures on which ours is worse.
 */
export function perQueryTable(title: string, ours: { name: string; scores: Scores }, baseline: { name: string; scores: Scores }): string {
  const worse = new Map<number, string[]>();
  for (const r of regressions(ours.scores, baseline.scores)) worse.set(r.index, [...(worse.get(r.index) ?? []), r.measure]);
  const lines = [
    `### ${title}: per query, ${ours.name} / ${baseline.name}`,
    '',
    `| Query | Kind | recall@5 | RR | P@10 | must-not | results | worse than ${baseline.name} on |`,
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [i, a] of ours.scores.perQuery.entries()) {
    const b = baseline.scores.perQuery[i]!;
    lines.push(
      `| ${cell(a.q)} | ${cell(a.kind)} | ${f2(a.recall)} / ${f2(b.recall)} | ${f2(a.reciprocalRank)} / ${f2(b.reciprocalRank)} | ${f2(a.precision)} / ${f2(b.precision)} | ${a.mustNotReturned} / ${b.mustNotReturned} | ${a.results} / ${b.results} | ${(worse.get(i) ?? []).join(', ')} |`,
    );
  }
  return lines.join('\n');
}
