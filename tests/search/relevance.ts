/**
 * Relevance measurement: recall@5 and MRR of a ranking function over a set
 * of queries with the pages each should find (tests/search/queries.json).
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
  /** Asserted: every expected page in the top 5 with our search. */
  must?: boolean;
}

export interface QueryScore {
  q: string;
  kind: string;
  /** Share of expected pages in the top 5 (of at most 5 expected). */
  recall: number;
  /** 1 / rank of the first expected page; 0 when none is returned. */
  reciprocalRank: number;
  top: string[];
}

export interface Scores {
  queries: number;
  recallAt5: number;
  mrr: number;
  /** Queries with no expected page in the top 5. */
  missed: number;
  perQuery: QueryScore[];
}

export function loadQueries(set: 'fixture' | 'site'): QueryCase[] {
  const file = JSON.parse(readFileSync(resolve(import.meta.dirname, 'queries.json'), 'utf8')) as Record<string, unknown>;
  return (file[set] as QueryCase[] | undefined) ?? [];
}

/** Result URLs normalised to paths ("http://…/x/#:~:text=…" → "/x/"). */
export function pathOf(url: string): string {
  return new URL(url, 'http://x').pathname;
}

/** Which expected entry (index) a result is, or -1. */
function expectedIndex(c: QueryCase, result: Ranked): number {
  const path = pathOf(result.url);
  const title = foldVietnamese(result.title);
  return c.expect.findIndex((e) => (e.startsWith('/') ? e === path : title.includes(foldVietnamese(e))));
}

export function scoreQuery(c: QueryCase, ranked: Ranked[]): QueryScore {
  const matched = ranked.map((r) => expectedIndex(c, r));
  const top = new Set(matched.slice(0, 5).filter((i) => i >= 0));
  const first = matched.findIndex((i) => i >= 0);
  return {
    q: c.q,
    kind: c.kind,
    recall: top.size / Math.min(c.expect.length, 5),
    reciprocalRank: first < 0 ? 0 : 1 / (first + 1),
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
    missed: perQuery.filter((s) => s.recall === 0).length,
    perQuery,
  };
}

/** Scores per query kind, for the report. */
export function byKind(scores: Scores): Map<string, { n: number; recall: number; mrr: number }> {
  const out = new Map<string, { n: number; recall: number; mrr: number }>();
  for (const s of scores.perQuery) {
    const k = out.get(s.kind) ?? { n: 0, recall: 0, mrr: 0 };
    k.n++;
    k.recall += s.recall;
    k.mrr += s.reciprocalRank;
    out.set(s.kind, k);
  }
  for (const k of out.values()) {
    k.recall /= k.n;
    k.mrr /= k.n;
  }
  return out;
}

const f2 = (n: number) => n.toFixed(2);

/** A Markdown table comparing configurations on one query set. */
export function reportTable(title: string, runs: { name: string; scores: Scores }[]): string {
  const lines = [`### ${title} (${runs[0]?.scores.queries ?? 0} queries)`, '', '| Configuration | recall@5 | MRR | queries with nothing relevant in the top 5 |', '|---|---|---|---|'];
  for (const { name, scores } of runs) lines.push(`| ${name} | ${f2(scores.recallAt5)} | ${f2(scores.mrr)} | ${scores.missed} |`);
  lines.push('', '| Query kind | n | ' + runs.map((r) => `${r.name} recall@5 / MRR`).join(' | ') + ' |', '|---|---|' + runs.map(() => '---|').join(''));
  const kinds = runs.map((r) => byKind(r.scores));
  for (const kind of kinds[0]?.keys() ?? []) {
    lines.push(`| ${kind} | ${kinds[0]!.get(kind)!.n} | ` + kinds.map((k) => `${f2(k.get(kind)!.recall)} / ${f2(k.get(kind)!.mrr)}`).join(' | ') + ' |');
  }
  return lines.join('\n');
}
