/**
 * The search pipeline over Pagefind's JS API, shared by the search page (in
 * the browser) and the relevance tests (in Node). No DOM here.
 *
 * 1. Every query term is checked alone against the index. A term that
 *    matches nothing is not silently dropped (Pagefind's default), nor
 *    matched on a shorter word (Pagefind 1.6 falls back to the longest
 *    indexed word that starts the term: "thieudulieu" finds "thi"): we try
 *    it folded (đ→d), as Telex/VNI keystrokes, and as a typo of a word of the
 *    site; failing all that, the search reports the term as unknown and
 *    suggests the query without it.
 * 2. The query runs twice when it contains đ: as typed (exact forms; folded
 *    twins in the index make "dua" find "đua", see lib/searchText.ts) and
 *    fully folded. Results of the exact search come first, then what only the
 *    folded search found, so exact accented forms rank above folded matches.
 * 3. Vietnamese words are runs of syllables ("công đoàn", "Phú Thượng"), which
 *    Pagefind scores one by one wherever they are. The first results are
 *    re-ranked by how many neighbouring query syllables stand next to each
 *    other in the page (text, title or ward names), keeping Pagefind's order
 *    among equals.
 * 4. Filter counts are disjunctive: each filter's counts come from the search
 *    without that filter, so every option shows what choosing it would give.
 */
import { foldVietnamese } from '../lib/vietnamese.ts';
import { vi } from '../i18n/vi.ts';
import { closestWords, FILTER_KEYS, queryTerms, telexFold, vniFold, withoutTerms, type FilterKey, type SearchState } from '../lib/searchQuery.ts';
import { cleanExcerpt, highlightedPhrases, plainExcerpt, textFragment, TWIN_MARK, withoutTwins } from '../lib/searchText.ts';

/** The parts of Pagefind's JS API (pagefind.js) this module uses. */
export interface PagefindResultData {
  url: string;
  /** The indexed text; `locations` are indexes of its whitespace-separated words. */
  content: string;
  locations: number[];
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
export interface PagefindSearchOptions {
  filters?: Record<string, string | string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}
export interface PagefindApi {
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
  /** All filter values with counts; calling it loads every filter chunk, without which searches report no counts. */
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Sort key written by SearchIndexData (ISO date with +07:00, sorts as text). */
export const SORT_KEY = 'ngay';

export type TermMatch = 'as-typed' | 'folded' | 'telex' | 'vni' | 'spelling' | 'unknown';

export interface TermResolution {
  /** The term as typed. */
  term: string;
  /** What the search uses for it; null when nothing in the index matches. */
  use: string | null;
  how: TermMatch;
}

export interface FacetOption {
  value: string;
  count: number;
}

export type SearchStatus = 'idle' | 'results' | 'no-results' | 'unknown-terms';

export interface SearchOutcome {
  status: SearchStatus;
  terms: TermResolution[];
  /** Terms that match nothing, as typed. */
  unknownTerms: string[];
  /** The query without the unknown terms, when something is left. */
  suggestion: string | null;
  /** The query actually searched, when a term had to be corrected (Telex, VNI, typo). */
  correctedQuery: string | null;
  /** Results in display order. */
  results: PagefindResult[];
  /** Counts per filter value (disjunctive), values with results or selected. */
  facets: Record<FilterKey, FacetOption[]>;
}

export interface EngineOptions {
  /** Folded words of the site, most frequent first; loaded only when a term needs a spelling check. */
  vocabulary?: () => Promise<readonly string[]>;
  /** How many first results to re-rank by adjacent terms (default RERANK_DEPTH; 0 turns it off, for measurement). */
  rerankDepth?: number;
}

const EMPTY_FACETS = (): Record<FilterKey, FacetOption[]> => ({ phuong: [], 'phong-trao': [], 'chuyen-muc': [], nam: [] });

const hasDStroke = (text: string) => /[đĐ]/.test(text);

/** Pagefind's word separators in content (whitespace except U+FEFF). */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/** A word or term as compared for matching: folded, letters and digits only. */
const matchKey = (text: string) => foldVietnamese(text).replace(/[^\p{L}\p{N}]/gu, '');

/** How many of the first results are re-ranked by adjacency (their fragments are loaded for it). */
export const RERANK_DEPTH = 20;

/**
 * How many neighbouring pairs of query terms stand next to each other, in
 * order, somewhere in the texts (words compared folded; a word matches a term
 * it starts with, as in Pagefind). Twins are skipped.
 */
export function adjacentPairs(texts: readonly string[], termKeys: readonly string[]): number {
  if (termKeys.length < 2) return 0;
  const found = new Set<number>();
  for (const text of texts) {
    const words = text
      .split(WORD_SEPARATORS)
      .filter((w) => !w.startsWith(TWIN_MARK))
      .map(matchKey)
      .filter(Boolean);
    for (let i = 0; i + 1 < words.length; i++) {
      for (let j = 0; j + 1 < termKeys.length; j++) {
        if (!found.has(j) && words[i]!.startsWith(termKeys[j]!) && words[i + 1]!.startsWith(termKeys[j + 1]!)) found.add(j);
      }
    }
  }
  return found.size;
}

/** Pagefind filters for a state (one value per key, keys combine with AND). */
export function pagefindFilters(filters: SearchState['filters'], except?: FilterKey): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value && key !== except) out[key] = value;
  }
  return out;
}

export class SearchEngine {
  private readonly termCache = new Map<string, Promise<TermResolution>>();
  private vocabularyPromise: Promise<readonly string[]> | null = null;
  private dataQueue: Promise<unknown> = Promise.resolve();
  private filtersLoaded: Promise<unknown> | null = null;

  constructor(
    private readonly pagefind: PagefindApi,
    private readonly options: EngineOptions = {},
  ) {}

  /**
   * Whether some indexed word contains the term (Pagefind matches words that
   * start with it). Pagefind answers a term no word starts with by the longest
   * word the term starts with, so the best result is checked: one of its
   * matched words (or meta values) must contain the term, folded.
   */
  private async matches(term: string): Promise<boolean> {
    const response = await this.pagefind.search(term);
    const best = response?.results[0];
    if (!best) return false;
    const key = matchKey(term);
    if (!key) return false;
    const matched = await this.exclusive(async () => {
      const data = await best.data();
      const words = data.content.split(WORD_SEPARATORS);
      const found = data.locations.map((i) => words[i] ?? '');
      if (data.locations.length === 0) found.push(...Object.values(data.meta).flatMap((v) => (v ?? '').split(/\s+/)));
      return found;
    });
    return matched.some((word) => matchKey(word).includes(key));
  }

  /**
   * Run `read` alone. Pagefind's result.data() (on the main thread) returns
   * its cached fragment object after writing this search's locations and
   * excerpt into it, so two data() calls for one page at the same time would
   * overwrite each other; reading under this lock keeps each read consistent.
   */
  private exclusive<T>(read: () => Promise<T>): Promise<T> {
    const next = this.dataQueue.then(read, read);
    this.dataQueue = next.catch(() => undefined);
    return next;
  }

  /** Display data for results, read consistently. */
  views(results: readonly PagefindResult[]): Promise<ResultView[]> {
    return this.exclusive(() => Promise.all(results.map(async (r) => toResultView(await r.data()))));
  }

  private vocabulary(): Promise<readonly string[]> {
    if (!this.options.vocabulary) return Promise.resolve([]);
    this.vocabularyPromise ??= this.options.vocabulary().catch(() => []);
    return this.vocabularyPromise;
  }

  /** What the index makes of one term, tried as typed, folded, as Telex/VNI, then as a typo. */
  resolveTerm(term: string): Promise<TermResolution> {
    const key = term.toLocaleLowerCase('vi');
    let cached = this.termCache.get(key);
    if (!cached) {
      cached = this.resolveUncached(term);
      this.termCache.set(key, cached);
      // A failed lookup (network) is not an answer: try again next time.
      cached.catch(() => this.termCache.delete(key));
    }
    return cached;
  }

  private async resolveUncached(term: string): Promise<TermResolution> {
    if (await this.matches(term)) return { term, use: term, how: 'as-typed' };
    const folded = foldVietnamese(term);
    if (folded !== term.toLocaleLowerCase('vi') && (await this.matches(folded))) return { term, use: folded, how: 'folded' };
    for (const [how, candidate] of [
      ['telex', telexFold(folded)],
      ['vni', vniFold(folded)],
    ] as const) {
      if (candidate && (await this.matches(candidate))) return { term, use: candidate, how };
    }
    for (const candidate of closestWords(term, await this.vocabulary())) {
      if (await this.matches(candidate)) return { term, use: candidate, how: 'spelling' };
    }
    return { term, use: null, how: 'unknown' };
  }

  /**
   * Re-rank the first results by adjacent query terms (see adjacentPairs).
   * The first `exactCount` results (exact forms of a query with đ) stay ahead
   * of the rest; within each group, more adjacent pairs first, then
   * Pagefind's order.
   */
  private async rerank(results: PagefindResult[], termKeys: string[], exactCount: number): Promise<PagefindResult[]> {
    const depth = this.options.rerankDepth ?? RERANK_DEPTH;
    if (termKeys.length < 2 || results.length < 2 || depth <= 0) return results;
    const head = results.slice(0, depth);
    const texts = await this.exclusive(() =>
      Promise.all(
        head.map(async (r) => {
          const d = await r.data();
          return [d.content, d.meta.title ?? '', d.meta.phuong ?? ''];
        }),
      ),
    );
    const ranked = head.map((result, index) => ({ result, index, group: index < exactCount ? 0 : 1, pairs: adjacentPairs(texts[index]!, termKeys) }));
    ranked.sort((a, b) => a.group - b.group || b.pairs - a.pairs || a.index - b.index);
    return [...ranked.map((r) => r.result), ...results.slice(depth)];
  }

  /** Run a search for a state. */
  async search(state: SearchState): Promise<SearchOutcome> {
    const typed = queryTerms(state.q);
    const hasFilters = Object.keys(pagefindFilters(state.filters)).length > 0;
    const outcome: SearchOutcome = {
      status: 'idle',
      terms: [],
      unknownTerms: [],
      suggestion: null,
      correctedQuery: null,
      results: [],
      facets: EMPTY_FACETS(),
    };
    if (typed.length === 0 && !hasFilters) return outcome;

    // Pagefind counts filter values only for filter chunks it has loaded; load them all once.
    this.filtersLoaded ??= this.pagefind.filters().catch(() => undefined);
    await this.filtersLoaded;

    outcome.terms = await Promise.all(typed.map((t) => this.resolveTerm(t)));
    outcome.unknownTerms = outcome.terms.filter((t) => t.use === null).map((t) => t.term);
    if (outcome.unknownTerms.length > 0) {
      outcome.status = 'unknown-terms';
      const rest = withoutTerms(state.q, outcome.unknownTerms);
      outcome.suggestion = rest || null;
      return outcome;
    }
    const uses = outcome.terms.map((t) => t.use!);
    if (outcome.terms.some((t) => t.how === 'telex' || t.how === 'vni' || t.how === 'spelling')) {
      outcome.correctedQuery = uses.join(' ');
    }

    const exactQuery = uses.length ? uses.join(' ') : null;
    const foldedQuery = exactQuery === null ? null : foldVietnamese(exactQuery);
    const twoPass = exactQuery !== null && hasDStroke(exactQuery);
    const newest = state.sort === 'moi-nhat' || exactQuery === null;
    const sort = newest ? { [SORT_KEY]: 'desc' as const } : undefined;
    const filters = pagefindFilters(state.filters);

    // Without đ in the query, Pagefind's own tone folding finds every form, and its bonus for
    // exact diacritics ranks accented matches first: one search as typed. With đ, the folded
    // search finds everything the exact one does (twins carry every đ word), so it gives the
    // full result set and the counts; the exact search only orders the relevance list.
    const setQuery = twoPass ? foldedQuery : exactQuery;
    const folded = await this.pagefind.search(setQuery, { filters, ...(sort ? { sort } : {}) });
    let results = folded?.results ?? [];
    let exactCount = 0;
    if (twoPass && !newest) {
      const exact = (await this.pagefind.search(exactQuery, { filters }))?.results ?? [];
      const seen = new Set(exact.map((r) => r.id));
      results = [...exact, ...results.filter((r) => !seen.has(r.id))];
      exactCount = exact.length;
    }
    if (!newest) results = await this.rerank(results, uses.map(matchKey).filter(Boolean), twoPass ? exactCount : results.length);
    outcome.results = results;
    outcome.status = results.length > 0 ? 'results' : 'no-results';

    for (const key of FILTER_KEYS) {
      let counts = folded?.filters[key] ?? {};
      if (state.filters[key]) {
        const without = await this.pagefind.search(setQuery, { filters: pagefindFilters(state.filters, key) });
        counts = without?.filters[key] ?? {};
      }
      outcome.facets[key] = Object.entries(counts)
        .filter(([value, count]) => count > 0 || value === state.filters[key])
        .map(([value, count]) => ({ value, count }));
    }
    return outcome;
  }
}

/** What a result shows: title, date, category, ward, excerpt, and a link that highlights the terms. */
export interface ResultView {
  url: string;
  /** The URL with a text fragment that highlights the matched phrases (no script needed on the article). */
  href: string;
  title: string;
  date: string;
  kind: string;
  category: string;
  wards: string;
  /** Excerpt HTML (Pagefind-escaped) with <mark> on the real words. */
  excerptHtml: string;
  excerptText: string;
  phrases: string[];
}

/** Labels of the loai filter values SearchIndexData writes. */
const KIND_LABELS: Record<string, string> = { 'tin-tuc': vi.search.kindNews, 'phong-trao': vi.search.kindCampaign };

export function toResultView(data: PagefindResultData): ResultView {
  const phrases = highlightedPhrases(data.excerpt);
  const meta = (key: string) => withoutTwins(data.meta[key] ?? '');
  const kind = data.filters.loai?.[0] ?? '';
  return {
    url: data.url,
    href: data.url + textFragment(phrases),
    title: meta('title') || data.url,
    date: meta('ngay'),
    kind: KIND_LABELS[kind] ?? '',
    category: meta('chuyen-muc'),
    wards: meta('phuong'),
    excerptHtml: cleanExcerpt(data.excerpt),
    excerptText: plainExcerpt(data.excerpt),
    phrases,
  };
}
