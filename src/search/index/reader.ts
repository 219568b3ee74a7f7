/**
 * Reads the search index (format.ts) where it is served: in the browser (the
 * search page) and in Node (the relevance tests, over HTTP). It answers the
 * few calls the query engine (engine.ts) makes: `search` a string of words,
 * with filters and a sort, and `filters` for every value's count.
 *
 * A query's words must all match (AND). Each word matches the index words it
 * starts with (a syllable key, a whole-syllable key, a prefix: engine.ts
 * decides which); a page's score is BM25 summed over the query's words, each
 * counting its best-matching index word, one matched only by its start half. Results come newest first when
 * asked, else by score, newer pages first among equals.
 *
 * Only what a query needs is fetched: the index file, then the shards of its
 * words, a fragment per result shown, and the filter lists once a filter is
 * chosen or counts are asked for.
 */
import {
  decodeAscending,
  decodeHtml,
  decodeNumbers,
  filtersPath,
  FORMAT_VERSION,
  fragmentPath,
  INDEX_FILE,
  MAX_PART,
  QUANT,
  shardPath,
  similarity,
  termWord,
  tokenWords,
  type FiltersFile,
  type FragmentFile,
  type IndexFile,
  type ShardFile,
} from './format.ts';
import { termStart, wordMatchesTerm } from '../../lib/syllables.ts';

export interface ResultData {
  url: string;
  /** The indexed text (HTML-escaped); `locations` index its space-separated words. */
  content: string;
  locations: number[];
  /** About `excerptLength` words around the densest matches, matched words in <mark>. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
export interface SearchResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
export interface SearchResponse {
  results: SearchResult[];
  /** Per filter, each value's count among the results; empty until filter lists are loaded (filters()). */
  filters: Record<string, Record<string, number>>;
}
export interface SearchRequest {
  /** Filter key → the value, or any of the values, a page must have. */
  filters?: Record<string, string | string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}
/** What engine.ts asks of an index. */
export interface IndexApi {
  search(query: string | null, request?: SearchRequest): Promise<SearchResponse | null>;
  /** Every filter value's count over all pages; loads the filter lists, after which searches report counts too. */
  filters(): Promise<Record<string, Record<string, number>>>;
  /** How many shards a word or prefix spans: what looking it up would fetch (nothing is fetched to answer). */
  breadth?(term: string): number;
}

export interface ReaderOptions {
  /** Words in an excerpt (default 32). */
  excerptLength?: number;
  /** Shown where an excerpt cuts the text (default "…"). */
  ellipsis?: string;
  /** How to get a file (default: fetch and parse JSON). */
  fetchJson?: (url: string) => Promise<unknown>;
}

const defaultFetch = async (url: string): Promise<unknown> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
};

/** Open the index served at `base` (a URL or path ending in "/"). */
export async function openIndex(base: string, options: ReaderOptions = {}): Promise<IndexApi> {
  const fetchJson = options.fetchJson ?? defaultFetch;
  const index = (await fetchJson(base + INDEX_FILE)) as IndexFile;
  if (index?.v !== FORMAT_VERSION) throw new Error(`search index ${base}${INDEX_FILE}: version ${String(index?.v)}, expected ${FORMAT_VERSION}`);
  return new IndexReader(base, index, fetchJson, options.excerptLength ?? 32, options.ellipsis ?? '…');
}

/** First position in sorted `list` whose item is ≥ `value` (or > with `after`). */
function bound(list: readonly string[], value: string, after = false): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value || (after && list[mid]! === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface TermMatch {
  /** Pages with the term, in the order found. */
  pages: number[];
  /** Per page: the term's weight (0 where absent): its best word's, 0…MAX_PART. */
  weights: Float32Array;
}

/**
 * Pages by score, best first, newer (smaller number) first among equals.
 * Sorting 10,000 results with a comparator takes longer than the search; so
 * each page becomes one number, score and page packed, sorted natively.
 */
function byScore(pages: readonly number[], scores: Float64Array): number[] {
  const PAGE = 2 ** 20;
  if (pages.some((p) => p >= PAGE || scores[p]! >= 2 ** 11)) return [...pages].sort((a, b) => scores[b]! - scores[a]! || a - b);
  const keys = new Float64Array(pages.length);
  // A score (a sum of idf × 2, under 2^11 for any real query) kept to 1/2^20: the key is an exact integer below 2^53.
  pages.forEach((p, i) => (keys[i] = (2 ** 32 - Math.round(scores[p]! * 2 ** 20)) * PAGE + p));
  keys.sort();
  return Array.from(keys, (k) => k % PAGE);
}

interface ReadFragment {
  fragment: FragmentFile;
  words: string[];
  forms: string[][];
}

/** Cached lookups beyond this many are dropped, oldest first (a reader types many queries). */
const TERM_CACHE = 64;

class IndexReader implements IndexApi {
  private readonly shardFiles = new Map<number, Promise<ShardFile>>();
  private readonly fragments = new Map<number, Promise<ReadFragment>>();
  private readonly terms = new Map<string, Promise<TermMatch>>();
  private filterLists: Promise<Record<string, Int32Array[]>> | null = null;
  private filtersReady: Record<string, Int32Array[]> | null = null;

  private readonly base: string;
  private readonly index: IndexFile;
  private readonly fetchJson: (url: string) => Promise<unknown>;
  private readonly excerptLength: number;
  private readonly ellipsis: string;

  constructor(base: string, index: IndexFile, fetchJson: (url: string) => Promise<unknown>, excerptLength: number, ellipsis: string) {
    this.base = base;
    this.index = index;
    this.fetchJson = fetchJson;
    this.excerptLength = excerptLength;
    this.ellipsis = ellipsis;
  }

  /** Fetch once; a failure is forgotten, so the next call tries again. */
  private cached<K, V>(cache: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
    let hit = cache.get(key);
    if (!hit) {
      hit = load();
      cache.set(key, hit);
      hit.catch(() => cache.delete(key));
    }
    return hit;
  }

  private shard(i: number): Promise<ShardFile> {
    return this.cached(this.shardFiles, i, async () => (await this.fetchJson(this.base + shardPath(this.index.build, i))) as ShardFile);
  }

  breadth(term: string): number {
    const word = termStart(termWord(term));
    return word ? this.shardsFor(word).length : 0;
  }

  /** The shards that may hold words starting with `term`. */
  private shardsFor(term: string): number[] {
    const firsts = this.index.shards;
    if (!firsts.length) return [];
    const out = [Math.max(0, bound(firsts, term, true) - 1)];
    for (let j = out[0]! + 1; j < firsts.length && firsts[j]!.startsWith(term); j++) out.push(j);
    return out;
  }

  private termMatch(term: string): Promise<TermMatch> {
    const hit = this.terms.get(term);
    if (hit) return hit;
    if (this.terms.size >= TERM_CACHE) this.terms.delete(this.terms.keys().next().value!);
    return this.cached(this.terms, term, async () => {
      const start = termStart(term);
      const shards = await Promise.all(this.shardsFor(start).map((i) => this.shard(i)));
      const weights = new Float32Array(this.index.pages);
      const pages: number[] = [];
      for (const shard of shards) {
        for (let i = bound(shard.w, start); i < shard.w.length && shard.w[i]!.startsWith(start); i++) {
          // A marked prefix ("nẵ") also needs the word's marks: nẵng, not năm.
          if (start !== term && !wordMatchesTerm(shard.w[i]!, term)) continue;
          const factor = (similarity(shard.w[i]!, term) * MAX_PART) / QUANT;
          const numbers = decodeNumbers(shard.p[i]!);
          for (let k = 0, page = 0; k < numbers.length; k += 2) {
            page += numbers[k]!;
            if (weights[page] === 0) pages.push(page);
            // The best of the words the term matches: "thanh" typed means thanh, thành or thạnh, not all of them.
            weights[page] = Math.max(weights[page]!, numbers[k + 1]! * factor);
          }
        }
      }
      return { pages, weights };
    });
  }

  private loadFilterLists(): Promise<Record<string, Int32Array[]>> {
    this.filterLists ??= (async () => {
      const file = (await this.fetchJson(this.base + filtersPath(this.index.build))) as FiltersFile;
      const lists: Record<string, Int32Array[]> = {};
      for (const [key, encoded] of Object.entries(file)) lists[key] = encoded.map((e) => Int32Array.from(decodeAscending(e)));
      this.filtersReady = lists;
      return lists;
    })();
    this.filterLists.catch(() => (this.filterLists = null));
    return this.filterLists;
  }

  async filters(): Promise<Record<string, Record<string, number>>> {
    const lists = await this.loadFilterLists();
    return this.counts(lists, null);
  }

  /** Each filter value's count among `pages` (all pages when null). */
  private counts(lists: Record<string, Int32Array[]>, pages: readonly number[] | null): Record<string, Record<string, number>> {
    let member: Uint8Array | null = null;
    if (pages) {
      member = new Uint8Array(this.index.pages);
      for (const p of pages) member[p] = 1;
    }
    const out: Record<string, Record<string, number>> = {};
    for (const [key, values] of Object.entries(this.index.filters)) {
      out[key] = {};
      values.forEach((value, i) => {
        const list = lists[key]?.[i] ?? new Int32Array();
        let count = list.length;
        if (member) {
          count = 0;
          for (const p of list) count += member[p]!;
        }
        out[key]![value] = count;
      });
    }
    return out;
  }

  async search(query: string | null, request: SearchRequest = {}): Promise<SearchResponse> {
    const words = [...new Set((query ?? '').split(/\s+/).map(termWord).filter(Boolean))];
    const total = this.index.pages;
    let pages: number[];
    let scores: Float64Array | null = null;
    if (words.length) {
      const matches = (await Promise.all(words.map((w) => this.termMatch(w)))).sort((a, b) => a.pages.length - b.pages.length);
      const idf = matches.map((m) => Math.log(1 + (total - m.pages.length + 0.5) / (m.pages.length + 0.5)));
      pages = matches[0]!.pages.filter((p) => matches.every((m) => m.weights[p]! > 0));
      scores = new Float64Array(total);
      for (const p of pages) scores[p] = matches.reduce((sum, m, i) => sum + idf[i]! * m.weights[p]!, 0);
    } else pages = Array.from({ length: total }, (_, i) => i);

    const chosen = Object.entries(request.filters ?? {})
      .map(([key, value]): [string, string[]] => [key, (Array.isArray(value) ? value : [value]).filter(Boolean)])
      .filter(([, values]) => values.length > 0);
    if (chosen.length) {
      const lists = await this.loadFilterLists();
      for (const [key, values] of chosen) {
        const allowed = new Uint8Array(total);
        for (const value of values) {
          const at = this.index.filters[key]?.indexOf(value) ?? -1;
          for (const p of (at >= 0 ? lists[key]?.[at] : undefined) ?? []) allowed[p] = 1;
        }
        pages = pages.filter((p) => allowed[p]);
      }
    }

    const direction = request.sort?.[this.index.sort];
    if (direction) pages.sort((a, b) => (direction === 'desc' ? a - b : b - a));
    else if (scores) pages = byScore(pages, scores);
    else pages.sort((a, b) => a - b);

    return {
      results: pages.map((page) => {
        let data: Promise<ResultData> | undefined;
        // Asked for several times (ranking, then display): worked out once per result.
        return { id: String(page), score: scores?.[page] ?? 0, data: () => (data ??= this.data(page, words)) };
      }),
      filters: this.filtersReady ? this.counts(this.filtersReady, pages) : {},
    };
  }

  /** A page's fragment with its words and their index words, fetched and worked out once. */
  private read(page: number): Promise<ReadFragment> {
    return this.cached(this.fragments, page, async () => {
      const fragment = (await this.fetchJson(this.base + fragmentPath(this.index.build, page))) as FragmentFile;
      const words = fragment.content.split(' ');
      return { fragment, words, forms: words.map((word) => tokenWords(decodeHtml(word))) };
    });
  }

  private async data(page: number, terms: readonly string[]): Promise<ResultData> {
    const { fragment, words, forms } = await this.read(page);
    const locations: number[] = [];
    if (terms.length) {
      forms.forEach((f, i) => {
        if (f.some((w) => terms.some((t) => wordMatchesTerm(w, t)))) locations.push(i);
      });
    }
    return { url: fragment.url, content: fragment.content, locations, excerpt: this.excerpt(words, locations), meta: { ...fragment.meta }, filters: fragment.filters };
  }

  /** The window of excerptLength words with the most matches (the middle one of equals), matches marked. */
  private excerpt(words: readonly string[], locations: readonly number[]): string {
    const length = Math.min(this.excerptLength, words.length);
    let start = 0;
    if (locations.length && words.length > length) {
      let best = -1;
      let bestStarts: number[] = [];
      for (let s = 0, i = 0, j = 0; s + length <= words.length; s++) {
        while (i < locations.length && locations[i]! < s) i++;
        while (j < locations.length && locations[j]! < s + length) j++;
        const inside = j - i;
        if (inside > best) [best, bestStarts] = [inside, [s]];
        else if (inside === best && bestStarts[bestStarts.length - 1] === s - 1) bestStarts.push(s);
      }
      start = bestStarts[Math.floor(bestStarts.length / 2)] ?? 0;
    }
    const marked = new Set(locations);
    const shown = words.slice(start, start + length).map((w, i) => (marked.has(start + i) ? `<mark>${w}</mark>` : w));
    const pre = start > 0 ? `${this.ellipsis} ` : '';
    const post = start + length < words.length ? ` ${this.ellipsis}` : '';
    return pre + shown.join(' ') + post;
  }
}
