/**
 * The search pipeline over the site's Pagefind bundles (pagefindIndex.ts),
 * shared by the search page (in the browser) and the relevance tests (in
 * Node). No DOM here.
 *
 * The index holds syllable keys, not syllables (syllables.ts), so each
 * query term becomes the key prefix that says what the reader meant:
 * 1. **Typed with tones, matched with tones.** A query with any Vietnamese
 *    mark asks for every syllable exactly ("đà" is not đã, Đảng or đạo).
 *    Only when that finds nothing does it fall back to tone-insensitive
 *    matching, and the outcome says the results are approximate.
 * 2. **Typed without tones, matched without tones, whole syllables.** "phu"
 *    finds phú and phụ, never phường. The exception is the last term while
 *    the reader is still typing: it also matches syllables it starts, ranked
 *    below the whole-syllable matches.
 * 3. A term that matches nothing is not dropped (Pagefind's default would): it is
 *    tried folded, as Telex/VNI keystrokes and as a typo of a word of the
 *    site; failing all that, the search reports it and suggests the query
 *    without it. Terms that are not syllables (numbers, "34-CT/TW") are
 *    matched as typed.
 * 4. Vietnamese words are runs of syllables ("công đoàn"); the first results
 *    are re-ranked by how many neighbouring query terms stand next to each
 *    other in the page, keeping the index's order among equals. When some of
 *    them have the query's syllables together, those that miss more than one
 *    of its joins ("công tác … Đoàn thanh niên" for "cong doan") are left
 *    out: in a ward archive almost every page has công, đoàn and phường
 *    somewhere, and a query of many syllables is usually a name.
 * 5. Filter counts are disjunctive (each filter's counts come from the search
 *    without that filter), and are loaded only once asked for (loadFacets):
 *    their chunks would otherwise be half of a first search's transfer.
 */
import { foldVietnamese } from '../lib/vietnamese.ts';
import { exactKey, foldedKey, hasVietnameseMarks, KEY_PREFIX, markedPrefixKey, prefixKey, termTest } from './syllables.ts';
import { remembered } from './recent.ts';
import { vi } from '../i18n/vi.ts';
import { closestWords, queryTerms, telexFold, vniFold, withoutTerms, type SearchState } from './searchQuery.ts';
import { dateShown, FILTER, FILTER_KEYS, KIND, META, SORT_KEY, type FilterKey } from './keys.ts';
import { cleanExcerpt, fromIndexText, highlightedPhrases, plainExcerpt, textFragment } from './searchText.ts';

/** The index the engine searches (pagefindIndex.ts). */
export type { IndexApi, ResultData, SearchRequest, SearchResponse, SearchResult } from './pagefindIndex.ts';
import type { IndexApi, ResultData, SearchRequest, SearchResponse, SearchResult } from './pagefindIndex.ts';

/** Sort key written by SearchIndexData (keys.ts). */
export { SORT_KEY };

export type TermMatch = 'as-typed' | 'folded' | 'telex' | 'vni' | 'spelling' | 'unknown';

export interface TermResolution {
  /** The term as typed. */
  term: string;
  /** The word the search uses for it (the term, or its correction); null when nothing in the index matches. */
  use: string | null;
  how: TermMatch;
  /** The index word (key prefix, or the term itself) the search asks the index for. */
  key: string | null;
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
  /** The query had tones, nothing matched them exactly, and these results match it with tones dropped. */
  approximate: boolean;
  /** Results in display order. */
  results: SearchResult[];
  /** Counts per filter value (disjunctive), values with results or selected; empty until facets are loaded. */
  facets: Record<FilterKey, FacetOption[]>;
  /** Whether `facets` holds counts (loadFacets() was called). */
  facetsLoaded: boolean;
  /**
   * The results come from the newest years only: older ones are still to be
   * searched (complete(), then search again). Only ever set with results: a
   * search that finds nothing, or has to correct a word, waits for every year.
   */
  partial: boolean;
}

export interface SearchOptions {
  /** The reader is still typing the last term: it also matches the syllables it starts. */
  typing?: boolean;
  /**
   * Answer from the newest years first when the index has them apart
   * (IndexApi.newest): the outcome is `partial`, and the caller searches
   * again without `quick` for the whole archive.
   */
  quick?: boolean;
  /**
   * Aborted once the answer is no longer wanted (the reader typed on): the
   * search stops before loading and re-ranking its pages, rejecting with the
   * signal's reason. Pagefind's own search, once asked, runs to its end.
   */
  signal?: AbortSignal;
}

export interface EngineOptions {
  /** Folded words of the site, most frequent first; loaded only when a term needs a spelling check. */
  vocabulary?: () => Promise<readonly string[]>;
  /** How many first results to re-rank by adjacent terms (default RERANK_DEPTH; 0 turns it off, for measurement). */
  rerankDepth?: number;
}

/** Every filter with no options. */
export const emptyFacets = (): Record<FilterKey, FacetOption[]> => ({ [FILTER.ward]: [], [FILTER.campaign]: [], [FILTER.category]: [], [FILTER.year]: [] });

/** Word separators in indexed content (whitespace except U+FEFF), as the index splits it. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/** A word or term as compared for matching: folded, letters and digits only (keys and other ASCII need only lowercase). */
const matchKey = (text: string) => (/^[\x20-\x7e]*$/.test(text) ? text.toLowerCase() : foldVietnamese(text)).replace(/[^\p{L}\p{N}]/gu, '');

/**
 * A syllable still being typed is matched by its start from this many
 * letters: one letter starts words on every page ("t", "n"), whose postings
 * would be fetched at each keystroke.
 */
export const MIN_PREFIX_LETTERS = 2;

/**
 * Letters that cannot yet say which syllable they start: a Vietnamese
 * syllable's consonants before its vowel ("ph", "th", "ngh"). Every page has
 * words starting so, and searching them by their start at a keystroke kept
 * the index busy past the next one: in the bench, "tổ dân ph" took 0.8–1 s and
 * held up "tổ dân phố" behind it, 2.5–3.5 s in some runs (docs/PERFORMANCE.md).
 */
export const beforeVowel = (term: string): boolean => {
  const folded = foldVietnamese(term);
  return /^\p{L}+$/u.test(folded) && !/[aeiouy]/.test(folded);
};

/** How many of the first results are re-ranked by adjacency: one page of results, whose fragments are loaded anyway (all of them up to twice as many). */
export const RERANK_DEPTH = 10;

/** A text's words as compared for matching (matchKey); the same pages are re-ranked at every keystroke. */
const wordsOf = remembered((text: string) => text.split(WORD_SEPARATORS).map(matchKey).filter(Boolean), 256);

/**
 * How many neighbouring pairs of query terms stand next to each other, in
 * order, somewhere in the texts. Words and terms are compared as the index
 * holds them (keys, or folded words), a word matching a term it starts with.
 */
export function adjacentPairs(texts: readonly string[], termKeys: readonly string[]): number {
  if (termKeys.length < 2) return 0;
  const tests = termKeys.map(termTest);
  const found = new Set<number>();
  for (const text of texts) {
    const words = wordsOf(text);
    for (let i = 0; i + 1 < words.length; i++) {
      for (let j = 0; j + 1 < tests.length; j++) {
        if (!found.has(j) && tests[j]!(words[i]!) && tests[j + 1]!(words[i + 1]!)) found.add(j);
      }
    }
  }
  return found.size;
}

/**
 * How often the whole query stands written out (its terms next to each
 * other, in order) per 1,000 words of the text; 0 for a one-term query.
 */
export function phraseDensity(text: string, termKeys: readonly string[]): number {
  if (termKeys.length < 2) return 0;
  const tests = termKeys.map(termTest);
  const words = wordsOf(text);
  let count = 0;
  for (let i = 0; i + tests.length <= words.length; i++) {
    if (tests.every((test, j) => test(words[i + j]!))) count++;
  }
  return (count * 1000) / Math.max(1, words.length);
}

/** Index filters for a state (one value per key, keys combine with AND). */
export function indexFilters(filters: SearchState['filters'], except?: FilterKey): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value && key !== except) out[key] = value;
  }
  return out;
}

/** How a query's terms are searched: each as resolved, and the last one as a prefix too while typing. */
interface Plan {
  terms: TermResolution[];
  lastPrefix: TermResolution | null;
}

/**
 * How a term is matched: exactly (tones), whole syllable (any tone), or as
 * the start of a syllable, with the marks typed so far (exactPrefix) or any.
 */
type Matching = 'exact' | 'whole' | 'exactPrefix' | 'prefix';

/** The index word for a term, or null when the term is not a syllable (then it is matched as typed). */
function keyFor(term: string, matching: Matching): string | null {
  if (matching === 'exact') return exactKey(term);
  if (matching === 'whole') return foldedKey(term);
  if (matching === 'exactPrefix') return markedPrefixKey(term);
  return prefixKey(term);
}

/**
 * The index queries of a plan: `whole` with every term as resolved,
 * `prefix` with the last term as the start of a syllable (while typing), and
 * `set`, the one that gives the full result set (the prefix query when there
 * is one, since it finds everything the whole one does). Null when a term has
 * no index word.
 */
function queriesOf(plan: Plan, lastIndex: number): { whole: string | null; prefix: string | null; set: string | null } {
  const keys = plan.terms.map((t) => t.key);
  const whole = keys.length && keys.every((k) => k !== null) ? keys.join(' ') : null;
  const head = keys.slice(0, lastIndex);
  const prefix = plan.lastPrefix && head.every((k) => k !== null) ? [...head, plan.lastPrefix.key].join(' ') : null;
  return { whole, prefix, set: prefix ?? whole };
}

export class SearchEngine {
  private readonly termCache = new Map<string, Promise<TermResolution>>();
  private vocabularyPromise: Promise<readonly string[]> | null = null;
  private facetsPromise: Promise<unknown> | null = null;
  private readonly index: IndexApi;
  private readonly options: EngineOptions;
  /** An engine of the newest years' own index (quick searches), once the index has one. */
  private newestEngine: SearchEngine | null = null;

  constructor(index: IndexApi, options: EngineOptions = {}) {
    this.index = index;
    this.options = options;
  }

  /** Load every filter chunk, so that searches report counts from now on. */
  loadFacets(): Promise<unknown> {
    this.facetsPromise ??= this.index.filters().catch(() => {
      this.facetsPromise = null;
    });
    return this.facetsPromise;
  }

  /** Whether an index word exists (a key, or a word the term starts). */
  private async hasKey(key: string): Promise<boolean> {
    return this.index.has ? this.index.has(key) : ((await this.index.search(key))?.results.length ?? 0) > 0;
  }

  /**
   * Whether an indexed word starts with a term that is not a syllable (a
   * number, a code: "34-CT/TW" is indexed as 34cttw and its parts 34, ct, tw).
   * Pagefind answers a term no word starts with by the longest word the term
   * starts with ("2015x" → 2015), so the best result must really have it.
   * Keys start with "zj", which starts no other word: they need no such check.
   */
  private async matchesAsTyped(term: string): Promise<boolean> {
    if (matchKey(term) === '') return false;
    const best = (await this.index.search(term))?.results[0];
    if (!best) return false;
    const data = await best.data();
    return data.locations.length > 0 || data.metaOnly.length > 0;
  }

  /** Display data for results. */
  views(results: readonly SearchResult[]): Promise<ResultView[]> {
    return Promise.all(results.map(async (r) => toResultView(await r.data())));
  }

  private vocabulary(): Promise<readonly string[]> {
    if (!this.options.vocabulary) return Promise.resolve([]);
    this.vocabularyPromise ??= this.options.vocabulary().catch(() => []);
    return this.vocabularyPromise;
  }

  /** What the index makes of one term, matched as asked; corrected (folded, Telex, VNI, typo) when that finds nothing. */
  resolveTerm(term: string, matching: Matching = 'whole'): Promise<TermResolution> {
    const cacheKey = `${matching}:${term.toLocaleLowerCase('vi')}`;
    let cached = this.termCache.get(cacheKey);
    if (!cached) {
      cached = this.resolveUncached(term, matching);
      this.termCache.set(cacheKey, cached);
      // A failed lookup (network) is not an answer: try again next time.
      cached.catch(() => this.termCache.delete(cacheKey));
    }
    return cached;
  }

  private async resolveUncached(term: string, matching: Matching): Promise<TermResolution> {
    const key = keyFor(term, matching);
    if (key === null) {
      // Not a syllable: numbers, codes, words in other scripts, matched as typed.
      if (await this.matchesAsTyped(term)) return { term, use: term, how: 'as-typed', key: term.toLocaleLowerCase('vi') };
      return { term, use: null, how: 'unknown', key: null };
    }
    if (await this.hasKey(key)) return { term, use: term, how: 'as-typed', key };
    // An exact term is never corrected: the query falls back to tone-insensitive matching as a whole.
    if (matching === 'exact' || matching === 'exactPrefix') return { term, use: null, how: 'unknown', key: null };
    const folded = foldVietnamese(term);
    for (const [how, candidate] of [
      ['telex', telexFold(folded)],
      ['vni', vniFold(folded)],
    ] as const) {
      const k = candidate ? keyFor(candidate, matching) : null;
      if (candidate && k && (await this.hasKey(k))) return { term, use: candidate, how, key: k };
    }
    for (const candidate of closestWords(term, await this.vocabulary())) {
      const k = keyFor(candidate, matching);
      if (k && (await this.hasKey(k))) return { term, use: candidate, how: 'spelling', key: k };
    }
    return { term, use: null, how: 'unknown', key: null };
  }

  /**
   * Re-rank the first results by adjacent query terms (see adjacentPairs).
   * The first `groupSize` results (whole-syllable matches, when the last term
   * is still being typed) stay ahead of the rest; within each group, more
   * adjacent pairs first, then the index's order.
   */
  private async rerank(results: SearchResult[], termKeys: string[], groupSize: number): Promise<SearchResult[]> {
    const asked = this.options.rerankDepth ?? RERANK_DEPTH;
    if (termKeys.length < 2 || results.length < 2 || asked <= 0) return results;
    // A short list is re-ranked whole: Pagefind ranks pages found only by their place names low,
    // so the tail of a short list is where near-phrase matches and stray pages meet.
    const depth = results.length <= 2 * asked ? results.length : asked;
    const head = results.slice(0, depth);
    const texts = await Promise.all(
      head.map(async (r) => {
        const d = await r.data();
        return [d.content, d.meta[META.title] ?? '', d.meta[META.wards] ?? '', d.meta[META.places] ?? ''];
      }),
    );
    const ranked = head.map((result, index) => ({
      result,
      index,
      group: index < groupSize ? 0 : 1,
      pairs: adjacentPairs(texts[index]!, termKeys),
      density: phraseDensity(texts[index]![0]!, termKeys),
    }));
    // Among pages with as many joins, the query written out in full more often for its length first:
    // Pagefind's score favours long pages that have the syllables everywhere but the phrase once.
    ranked.sort((a, b) => a.group - b.group || b.pairs - a.pairs || b.density - a.density || a.index - b.index);
    // Near-phrase matches only, once there are any: at most one join of the query's syllables missing.
    const best = Math.max(...ranked.map((r) => r.pairs));
    const enough = Math.max(1, best - 1);
    return [...ranked.filter((r) => best === 0 || r.pairs >= enough).map((r) => r.result), ...results.slice(depth)];
  }

  /**
   * The common case in one search: every term a syllable, and the query as
   * keyed finds pages that have them all. Checking each term alone first (the
   * slow path) costs one index search per term, and a search for a word of
   * every page scores all 10,000 pages. Null when the slow path must decide.
   */
  private async fastPlan(
    typed: string[],
    exact: boolean,
    typing: boolean,
    options: SearchRequest,
  ): Promise<{ plan: Plan; query: string; response: SearchResponse; whole: { query: string; response: SearchResponse | null } | null } | null> {
    const matching: Matching = exact ? 'exact' : 'whole';
    const keys = typed.map((t) => keyFor(t, matching));
    if (!keys.length || keys.some((k) => k === null)) return null;
    const last = typed.length - 1;
    const prefix = typing ? keyFor(typed[last]!, exact ? 'exactPrefix' : 'prefix') : null;
    const asked: string[] = prefix ? [...(keys.slice(0, last) as string[]), prefix] : (keys as string[]);
    const query = asked.join(' ');
    // While typing, the pages with the last term as a whole syllable come first (searchOnce): asked for
    // alongside, not after. Sorted by date there is no such order, and only the word itself is looked up.
    const wholeQuery = prefix && !options.sort ? (keys as string[]).join(' ') : null;
    const [response, wholeResponse] = await Promise.all([
      this.index.search(query, options),
      wholeQuery ? this.index.search(wholeQuery, { ...(options.filters ? { filters: options.filters } : {}) }) : null,
    ]);
    // pagefindIndex finds only pages that have every word (it keeps Pagefind from dropping one), so a result means each key matched.
    if (!response?.results.length) return null;
    const terms: TermResolution[] = typed.map((term, i) => ({ term, use: term, how: 'as-typed', key: keys[i]! }));
    if (prefix) {
      // Found as a whole syllable with the other terms: it is one. Else the index says whether it is a word at all.
      const lastWhole = wholeResponse?.results.length ? terms[last]! : await this.resolveTerm(typed[last]!, matching);
      terms[last] = lastWhole.how === 'as-typed' ? lastWhole : { term: typed[last]!, use: null, how: 'unknown', key: null };
    }
    const lastPrefix: TermResolution | null = prefix ? { term: typed[last]!, use: typed[last]!, how: 'as-typed', key: prefix } : null;
    return { plan: { terms, lastPrefix }, query, response, whole: wholeQuery ? { query: wholeQuery, response: wholeResponse } : null };
  }

  /** Resolve every term of a query for one way of matching; the last term as a prefix too when typing. */
  private async plan(typed: string[], exact: boolean, typing: boolean): Promise<Plan> {
    const matching: Matching = exact ? 'exact' : 'whole';
    const terms = await Promise.all(typed.map((t) => this.resolveTerm(t, matching)));
    let lastPrefix: TermResolution | null = null;
    const last = typed[typed.length - 1];
    if (typing && last !== undefined && prefixKey(last)) {
      const prefix = await this.resolveTerm(last, exact ? 'exactPrefix' : 'prefix');
      if (prefix.how === 'as-typed') lastPrefix = prefix;
    }
    return { terms, lastPrefix };
  }

  /**
   * While the reader types, the last term as typed so far: matched by its
   * start when that start is specific enough (two letters, a vowel among
   * them); else whole, when it is a word already (an abbreviation); else left
   * out until more is typed ("t", "th": every page of the archive has a word
   * starting so, and fetching their postings at each keystroke would cost a
   * reader on a phone hundreds of kilobytes, and keep the index busy past the
   * next key).
   */
  private async typedSoFar(typed: string[], marks: boolean): Promise<{ typed: string[]; typing: boolean }> {
    const last = typed[typed.length - 1]!;
    const prefix = prefixKey(last);
    if (prefix === null) return { typed, typing: true };
    if (prefix.length - KEY_PREFIX.length >= MIN_PREFIX_LETTERS && !beforeVowel(last)) return { typed, typing: true };
    const whole = keyFor(last, marks ? 'exact' : 'whole');
    if (whole && (await this.hasKey(whole))) return { typed, typing: false };
    return { typed: typed.slice(0, -1), typing: false };
  }

  /** Whether searches cover every page already (the index loads older years on demand). */
  isComplete(): boolean {
    return this.index.complete?.() ?? true;
  }

  /** Load the rest of the index; searches then cover every page. Words are looked up again. */
  async complete(): Promise<void> {
    if (this.isComplete()) return;
    await this.index.expand?.();
    // A word unknown, or corrected, in the newest years may be in older ones.
    this.termCache.clear();
  }

  /**
   * Run a search for a state. While the index holds the newest years only,
   * a search that finds them is answered from them (`partial`); one that
   * does not (no results, an unknown or corrected word, tones dropped)
   * loads every year first, so that it never reports a word as missing
   * that older articles have.
   */
  async search(state: SearchState, options: SearchOptions = {}): Promise<SearchOutcome> {
    const newest = options.quick && !state.filters[FILTER.year] ? this.index.newest?.() : null;
    if (newest) {
      this.newestEngine ??= new SearchEngine(newest, this.options);
      if (this.facetsPromise) await this.newestEngine.loadFacets();
      const first = await this.newestEngine.searchOnce(state, options);
      // Found as typed in the newest years: shown while the whole archive is searched.
      if (first.status === 'results' && !first.correctedQuery && !first.approximate) return { ...first, partial: true };
    }
    const outcome = await this.searchOnce(state, options);
    if (outcome.status === 'idle' || !outcome.partial || (outcome.status === 'results' && !outcome.correctedQuery && !outcome.approximate)) return outcome;
    await this.complete();
    return this.searchOnce(state, options);
  }

  private async searchOnce(state: SearchState, options: SearchOptions): Promise<SearchOutcome> {
    let typed = queryTerms(state.q);
    let typing = options.typing === true;
    if (typing && typed.length) ({ typed, typing } = await this.typedSoFar(typed, hasVietnameseMarks(state.q)));
    const hasFilters = Object.keys(indexFilters(state.filters)).length > 0;
    const outcome: SearchOutcome = {
      status: 'idle',
      terms: [],
      unknownTerms: [],
      suggestion: null,
      correctedQuery: null,
      approximate: false,
      results: [],
      facets: emptyFacets(),
      facetsLoaded: this.facetsPromise !== null,
      // A year filter is searched in that year's shard, loaded for it (pagefindIndex.ts).
      partial: !this.isComplete() && !state.filters[FILTER.year],
    };
    if (typed.length === 0 && !hasFilters) return outcome;
    // A filter chosen (or shared in a link) shows its counts at once.
    if (hasFilters) await this.loadFacets();
    else if (this.facetsPromise) await this.facetsPromise;
    outcome.facetsLoaded = this.facetsPromise !== null;

    const filters = indexFilters(state.filters);
    const newest = state.sort === 'moi-nhat' || typed.length === 0;
    const sort = newest ? { [SORT_KEY]: 'desc' as const } : undefined;

    const lastIndex = typed.length - 1;
    const marks = hasVietnameseMarks(state.q);
    const searchOptions = { filters, ...(sort ? { sort } : {}) };
    const fast = typed.length ? await this.fastPlan(typed, marks, typing, searchOptions) : null;
    options.signal?.throwIfAborted();
    let plan = fast?.plan ?? (await this.plan(typed, marks, typing));
    if (marks && !fast) {
      // Nothing with exactly those tones: drop them, and say so.
      const exact = queriesOf(plan, lastIndex);
      const found = exact.set !== null && ((await this.index.search(exact.set, { filters }))?.results.length ?? 0) > 0;
      if (!found) {
        plan = await this.plan(typed, false, typing);
        outcome.approximate = true;
      }
    }

    outcome.terms = plan.terms;
    // While typing, a last term that is not (yet) a whole syllable still counts through its prefix.
    const unknown = plan.terms.filter((t, i) => t.key === null && !(i === lastIndex && plan.lastPrefix));
    outcome.unknownTerms = unknown.map((t) => t.term);
    if (outcome.unknownTerms.length > 0) {
      outcome.approximate = false;
      outcome.status = 'unknown-terms';
      outcome.suggestion = withoutTerms(state.q, outcome.unknownTerms) || null;
      return outcome;
    }
    if (plan.terms.some((t) => t.how === 'telex' || t.how === 'vni' || t.how === 'spelling')) {
      outcome.correctedQuery = plan.terms.map((t) => t.use ?? t.term).join(' ');
    }

    const queries = queriesOf(plan, lastIndex);
    const response = fast && fast.query === queries.set ? fast.response : await this.index.search(typed.length ? queries.set : null, searchOptions);
    let results = response?.results ?? [];
    let groupSize = results.length;
    if (queries.prefix && queries.whole && !newest) {
      // Whole-syllable matches of the last term first, then what only its prefix finds.
      const whole = (fast?.whole?.query === queries.whole ? fast.whole.response : await this.index.search(queries.whole, { filters }))?.results ?? [];
      const seen = new Set(whole.map((r) => r.id));
      results = [...whole, ...results.filter((r) => !seen.has(r.id))];
      groupSize = whole.length;
    }
    const setQuery = queries.set;
    options.signal?.throwIfAborted();
    if (!newest) results = await this.rerank(results, (setQuery ?? '').split(' ').map(matchKey).filter(Boolean), groupSize);
    outcome.results = results;
    outcome.status = results.length > 0 ? 'results' : 'no-results';
    if (!results.length) outcome.approximate = false;

    if (outcome.facetsLoaded) {
      for (const key of FILTER_KEYS) {
        let counts = response?.filters[key] ?? {};
        if (state.filters[key]) {
          const without = await this.index.search(typed.length ? setQuery : null, { filters: indexFilters(state.filters, key) });
          counts = without?.filters[key] ?? {};
        }
        outcome.facets[key] = Object.entries(counts)
          .filter(([value, count]) => count > 0 || value === state.filters[key])
          .map(([value, count]) => ({ value, count }));
      }
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
  /** The place names that found this page when its text lacks the query's words ("TP Đà Nẵng"), else ''. */
  place: string;
  /** Excerpt HTML (escaped) with <mark> on the letters of the real words. */
  excerptHtml: string;
  excerptText: string;
  phrases: string[];
}

/** Labels of the loai filter values SearchIndexData writes. */
const KIND_LABELS: Record<string, string> = { [KIND.news]: vi.search.kindNews, [KIND.campaign]: vi.search.kindCampaign };

export function toResultView(data: ResultData): ResultView {
  const phrases = highlightedPhrases(data.excerpt);
  const meta = (key: string) => fromIndexText(data.meta[key] ?? '');
  const kind = data.filters[FILTER.kind]?.[0] ?? '';
  return {
    url: data.url,
    href: data.url + textFragment(phrases),
    title: meta(META.title) || data.url,
    date: dateShown(data.meta[META.date] ?? ''),
    kind: KIND_LABELS[kind] ?? '',
    category: meta(META.category),
    wards: meta(META.wards),
    place: [...new Set(data.places.map((p) => fromIndexText(p)))].join(', '),
    excerptHtml: cleanExcerpt(data.excerpt),
    excerptText: plainExcerpt(data.excerpt),
    phrases,
  };
}
