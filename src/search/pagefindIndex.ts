/**
 * The index the query engine (engine.ts) searches: Pagefind's JS API
 * (`pagefind.js`, its worker and WebAssembly) over the site's bundles, one
 * per shard of years (indexer.ts), merged into the hub with mergeIndex, in
 * the browser (the search page) and in Node (the relevance tests, over
 * HTTP). The engine asks for strings of syllable keys; this layer turns
 * Pagefind's answers into what the engine relies on:
 *
 * - **Every word must match.** Pagefind drops a query word that matches
 *   nothing in a bundle and answers with the others, and each merged
 *   bundle decides alone. So each word is first looked up alone (cached),
 *   which tells the shards that have it, and the search is limited to the
 *   shards that have them all (filter `nam`). A word that is not a key
 *   ("2015x") may be answered by a shorter word it starts with ("2015"), so
 *   each shard's best page must really have it.
 * - **Newest first, truly.** Pagefind merges sorted bundles by their own
 *   ranks (a 2023 page may come before a 2025 one), so a sorted search runs
 *   shard by shard, newest first.
 * - **The newest shard answers first.** Only the hub (the newest years) is
 *   loaded at first; `expand()` merges the older shards, one after the other,
 *   when the engine needs them (engine.ts: after the first results show, or
 *   at once when the newest years alone find nothing). A year filter merges
 *   its own shard.
 * - **A typed mark counts.** "nẵ" (keys.markedPrefixKey) asks Pagefind for
 *   the letters ("na") and keeps the pages whose words have the marks.
 * - **Excerpts of our own** from the page's indexed text: the words that
 *   really match (never Pagefind's prefix extensions), punctuation outside
 *   the highlight, starting where a sentence starts.
 */
import { KEY_PREFIX, termStart, termTest } from './syllables.ts';
import { remembered } from './recent.ts';
import { FILTER, MANIFEST_FILE, META, META_WEIGHTS, SEARCHED_META, type Shard, type ShardManifest } from './keys.ts';

export interface ResultData {
  url: string;
  /** The indexed text; `locations` index its space-separated words. */
  content: string;
  /** Words that match a query term. */
  locations: number[];
  /** About `excerptLength` words around the densest matches, matched letters in <mark>, HTML-escaped. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  /** Searched meta values (keys.SEARCHED_META) that hold a query term the text does not have (place context). */
  metaOnly: string[];
  /** When the place names answered for the text (place context): the names that did, as indexed ("TP Đà Nẵng" keyed). */
  places: string[];
}
export interface SearchResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
export interface SearchResponse {
  results: SearchResult[];
  /** Per filter, each value's count among the results; empty until filters() has loaded them. */
  filters: Record<string, Record<string, number>>;
}
export interface SearchRequest {
  /** Filter key → the value a page must have. */
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}
/** What engine.ts asks of an index. */
export interface IndexApi {
  search(query: string | null, request?: SearchRequest): Promise<SearchResponse | null>;
  /** Whether search(word) would find a page, answered without ranking them where the index can. */
  has?(word: string): Promise<boolean>;
  /** Every filter value's count over all pages; loads the filter chunks, after which searches report counts too. */
  filters(): Promise<Record<string, Record<string, number>>>;
  /** Whether searches cover every page (false while older shards are not loaded yet). */
  complete?(): boolean;
  /** Load what is missing, so that searches cover every page. */
  expand?(): Promise<void>;
  /**
   * Once every shard is loaded: the newest shard alone, in an instance of
   * its own, for a first answer while the whole archive is searched (null
   * while there is nothing else, or with one shard only).
   */
  newest?(): IndexApi | null;
}

/** The parts of Pagefind's JS API used here (pagefind.js 1.6). */
export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
type PagefindFilter = string | { any: string[] };
/** One Pagefind instance: a loaded pagefind.js module (each has its own worker). */
export interface PagefindInstance {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, PagefindFilter>; sort?: Record<string, string> }): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
export type PagefindApi = PagefindInstance;

export interface OpenOptions {
  /** Words in an excerpt (default 32). */
  excerptLength?: number;
  /** Shown where an excerpt cuts the text (default "…"). */
  ellipsis?: string;
  /** How to load `pagefind.js` (the browser: import() of its URL). */
  load: (url: string) => Promise<PagefindApi>;
  /** How to read the manifest (default fetch). */
  fetchJson?: (url: string) => Promise<unknown>;
}

const defaultFetch = async (url: string): Promise<unknown> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
};

/** What the site answers when it has nothing indexed yet (Pagefind refuses to start on no records). */
const EMPTY: IndexApi = { search: async () => ({ results: [], filters: {} }), filters: async () => ({}) };

/**
 * Open the bundles served at `base` ("/pagefind/"): the hub with its
 * runtime; the older shards when they are needed, merged one after the
 * other (two starting at once can race in Pagefind's WebAssembly start)
 * into a second instance, so that the hub's own stays for first answers
 * (`newest()`).
 */
export async function openPagefindIndex(base: string, options: OpenOptions): Promise<IndexApi> {
  // The runtime and the list of shards at once: one round trip less on a phone's network before the first search.
  const loading = options.load(`${base}pagefind.js`);
  // A site with nothing indexed has no pagefind.js: its failure matters only if the manifest lists shards.
  loading.catch(() => {});
  const manifest = (await (options.fetchJson ?? defaultFetch)(base + MANIFEST_FILE)) as ShardManifest;
  if (!manifest?.shards?.length) return EMPTY;
  const pagefind = await loading;
  // baseUrl "/": result URLs are the records' own, wherever the bundle is served from.
  const common = { baseUrl: '/', metaCacheTag: manifest.build, ranking: { metaWeights: META_WEIGHTS } };
  const start = async (instance: PagefindInstance) => {
    await instance.options({ basePath: base, ...common });
    await instance.init();
    return instance;
  };
  await start(pagefind);
  const whole: Bundles = {
    // A second copy of the module, not createInstance(): instances of one module share its one
    // worker, where a search of the whole archive would hold up the hub's answer to the next key.
    open: async () => start(await options.load(`${base}pagefind.js?${WHOLE_ARCHIVE}`)),
    merge: (instance, shard) => instance.mergeIndex(`${base}${shard.dir}`, { language: 'vi', ...common }),
  };
  return new PagefindIndex(pagefind, manifest.shards, whole, options.excerptLength ?? 32, options.ellipsis ?? '…');
}

/** The query string of the whole archive's copy of pagefind.js (its own module, so its own worker). */
export const WHOLE_ARCHIVE = 'whole';

/** How the index grows past the hub. */
interface Bundles {
  /** A new instance on the hub, for the whole archive (null: the older shards are merged into the instance searched). */
  open: (() => Promise<PagefindInstance>) | null;
  merge: (instance: PagefindInstance, shard: Shard) => Promise<void>;
}

// ---------------------------------------------------------------------------
// Words: the indexed text holds syllable keys and words as written.

/** A syllable key as the engine compares it: without its tone position and case letters. */
const SYLLABLE_KEY = /^zj(?:[a-vx-z]|wa)+wz[a-j]+$/;

/**
 * The index words of one whitespace-free token of indexed text: a syllable
 * key up to its modifiers ("zjnangwzecbb," → "zjnangwzec"); any other token
 * joined ("34-CT/TW" → "34cttw") and, when punctuation splits it, its parts
 * too, as Pagefind indexes them.
 */
export function tokenWords(token: string): string[] {
  const parts = token
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (parts.length === 0) return [];
  if (parts.length === 1 && SYLLABLE_KEY.test(parts[0]!)) return [parts[0]!.slice(0, -2)];
  const joined = parts.join('');
  return parts.length > 1 ? [...new Set([joined, ...parts])] : [joined];
}

/** A query term as the index compares it: lowercase letters and digits ("34-CT/TW" → "34cttw"). */
export const termWord = (term: string) => term.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether a token's index words (tokenWords) answer one of the term tests. */
const answers = (words: readonly string[], tests: readonly ((word: string) => boolean)[]) => words.some((w) => tests.some((test) => test(w)));

/** A page's indexed text as words, each with its index words. */
export interface PageWords {
  words: string[];
  tokens: string[][];
  /** The words joined by single spaces (what ResultData.content holds). */
  content: string;
}

/** Split an indexed text into words and their index words. */
export function pageWords(text: string): PageWords {
  const words = text.split(/\s+/).filter(Boolean);
  return { words, tokens: words.map(tokenWords), content: words.join(' ') };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Punctuation around a word (kept outside a highlight). */
const EDGES = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;
/** A word that ends a sentence, a heading or a list item (pageRecord adds "." at a block's end). */
const ENDS_SENTENCE = /[.!?;:…]["”)»]*$/;
/** A word that ends a clause. */
const ENDS_CLAUSE = /[,–-]["”)»]*$/;

/** `<mark>` around a word's letters and digits, its punctuation outside: "thưởng." → "<mark>thưởng</mark>.". */
function markWord(word: string): string {
  const [, pre, core, post] = EDGES.exec(word)!;
  return core ? `${escapeHtml(pre!)}<mark>${escapeHtml(core)}</mark>${escapeHtml(post!)}` : escapeHtml(word);
}

/**
 * The window of `length` words with the most matches, moved back to where
 * its sentence starts (or, failing that, its clause) when that is near, so
 * an excerpt never opens on half a phrase ("… đua là yêu nước").
 */
export function excerptOf(words: readonly string[], locations: readonly number[], length: number, ellipsis: string): string {
  length = Math.min(length, words.length);
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
    // The earliest of the best windows: moving back to a sentence start then keeps its matches.
    start = bestStarts[0] ?? 0;
    const first = locations.find((l) => l >= start) ?? start;
    const back = (ends: RegExp, reach: number) => {
      for (let i = first; i > 0 && i >= first - reach; i--) if (ends.test(words[i - 1]!)) return i;
      return -1;
    };
    const sentence = first === 0 ? 0 : back(ENDS_SENTENCE, Math.floor(length / 2));
    const clause = sentence >= 0 ? sentence : back(ENDS_CLAUSE, Math.floor(length / 3));
    if (clause >= 0) start = clause;
    else if (start > 0) start = Math.max(0, first - 2);
  }
  const marked = new Set(locations);
  const shown = words.slice(start, start + length).map((w, i) => (marked.has(start + i) ? markWord(w) : escapeHtml(w)));
  const pre = start > 0 ? `${ellipsis} ` : '';
  const post = start + length < words.length ? ` ${ellipsis}` : '';
  return pre + shown.join(' ') + post;
}

/**
 * Result data for the engine: the words matching `terms`, an excerpt, the
 * meta values only the meta matched. `text` is the page's content split by
 * pageWords (worked out once per page by a caller that keeps it).
 */
export function resultData(data: PagefindData, terms: readonly string[], excerptLength: number, ellipsis: string, text = pageWords(data.content)): ResultData {
  const { words, tokens } = text;
  const tests = terms.map(termTest);
  const locations: number[] = [];
  if (terms.length) tokens.forEach((t, i) => answers(t, tests) && locations.push(i));
  const missing = tests.filter((test) => !locations.some((l) => answers(tokens[l]!, [test])));
  const inWords = (value: string) => value.split(/\s+/).some((w) => answers(tokenWords(w), missing));
  const metaOnly = missing.length ? Object.keys(SEARCHED_META).filter((key) => inWords(data.meta[key] ?? '')) : [];
  // The place names (comma-separated in the meta) that hold a term the text lacks: why this page was found.
  const places = metaOnly.includes(META.places) ? [...new Set((data.meta[META.places] ?? '').split(/,\s*/))].filter(inWords) : [];
  return {
    url: data.url,
    content: text.content,
    locations,
    excerpt: excerptOf(words, locations, excerptLength, ellipsis),
    meta: { ...data.meta },
    filters: data.filters ?? {},
    metaOnly,
    places,
  };
}

/** Whether a page's text or searched meta has a word for each term. */
function hasEveryTerm(data: Pick<PagefindData, 'content' | 'meta'>, terms: readonly string[], text = pageWords(data.content)): boolean {
  const texts = [text.tokens, ...Object.keys(SEARCHED_META).map((k) => pageWords(data.meta[k] ?? '').tokens)];
  return terms.map(termTest).every((test) => texts.some((tokens) => tokens.some((t) => answers(t, [test]))));
}

/** How many pages' data a search index keeps (pageWords included): a few pages of results for each of the last few queries. */
const PAGES_KEPT = 200;

interface LoadedPage {
  data: PagefindData;
  text: PageWords;
}

/** How many first results are checked for a typed mark (their data is loaded for display anyway). */
const CHECKED = 10;

/** A filter on the years of some shards. */
const yearsOf = (shards: readonly Shard[]): PagefindFilter => {
  const years = shards.flatMap((s) => s.years);
  return years.length === 1 ? years[0]! : { any: years };
};

class PagefindIndex implements IndexApi {
  /** The instance searched: the hub's, then (once an older shard is needed) the whole archive's. */
  private pagefind: PagefindInstance;
  private readonly shards: readonly Shard[];
  private readonly bundles: Bundles;
  /** The hub's own instance once the whole archive has one of its own, as an index (newest()). */
  private hubView: PagefindIndex | null = null;
  private readonly excerptLength: number;
  private readonly ellipsis: string;
  /** Shards searched so far: the hub, then older ones as they are merged. */
  private readonly merged = new Set<Shard>();
  /** Merges run one after the other: two at once can race in Pagefind's start. */
  private merging: Promise<void> = Promise.resolve();
  private filtersLoaded = false;
  /** Whether a shard has a word starting with `word`, per "word\0dir". */
  private readonly wordInShard = new Map<string, Promise<boolean>>();
  /**
   * Each page's data as Pagefind first gave it, with its words split: only
   * its URL, text, meta and filters are read (never Pagefind's locations or
   * excerpt, which its data() rewrites for each search), so later searches
   * that find the page reuse it, and one data() call at a time per page is
   * all there is.
   */
  private readonly pages = remembered(
    (result: PagefindResult): Promise<LoadedPage> => {
      const page = result.data().then((data) => ({ data, text: pageWords(data.content) }));
      page.catch(() => this.pages.forget(result));
      return page;
    },
    PAGES_KEPT,
    (result) => result.id,
  );

  constructor(pagefind: PagefindInstance, shards: readonly Shard[], bundles: Bundles, excerptLength: number, ellipsis: string) {
    this.pagefind = pagefind;
    this.shards = shards;
    this.bundles = bundles;
    this.excerptLength = excerptLength;
    this.ellipsis = ellipsis;
    this.merged.add(shards[0]!);
  }

  complete(): boolean {
    return this.merged.size === this.shards.length;
  }

  expand(): Promise<void> {
    return this.ensure(this.shards);
  }

  newest(): IndexApi | null {
    return this.complete() ? this.hubView : null;
  }

  /** Merge the shards that are not merged yet, newest first. */
  private ensure(shards: readonly Shard[]): Promise<void> {
    for (const shard of shards) {
      if (this.merged.has(shard)) continue;
      if (this.merged.size === 1 && this.bundles.open) this.fork(this.bundles.open);
      this.merged.add(shard);
      this.merging = this.merging.then(async () => {
        await this.bundles.merge(this.pagefind, shard);
        // Filter counts already loaded must cover the new shard too.
        if (this.filtersLoaded) await this.pagefind.filters();
      });
    }
    return this.merging;
  }

  /**
   * The first older shard is needed: the whole archive gets an instance of
   * its own, and the hub's instance, with what it has loaded, stays as
   * newest(). Keystrokes are answered from the hub first: a word's chunks
   * from every shard cost seconds on a phone (docs/search.md).
   */
  private fork(open: () => Promise<PagefindInstance>): void {
    const hub = this.pagefind;
    this.hubView = new PagefindIndex(hub, this.shards.slice(0, 1), { open: null, merge: this.bundles.merge }, this.excerptLength, this.ellipsis);
    if (this.filtersLoaded) this.hubView.filtersLoaded = true;
    let opened: PagefindInstance | null = null;
    const ready = this.merging.then(async () => {
      opened = await open();
      if (this.filtersLoaded) await opened.filters();
    });
    // Searches wait for the merges (search(): `await this.merging`); the new instance is used from then on.
    this.merging = ready.then(() => {
      this.pagefind = opened!;
    });
  }

  async filters(): Promise<Record<string, Record<string, number>>> {
    await this.merging;
    this.filtersLoaded = true;
    return this.pagefind.filters();
  }

  /** The merged shards that have a word starting with `word` (asked alone, so Pagefind drops nothing). */
  private async shardsWith(word: string, shards: readonly Shard[]): Promise<Set<Shard>> {
    const key = (shard: Shard) => `${word}\0${shard.dir}`;
    const pending = shards.filter((shard) => !this.wordInShard.has(key(shard)));
    if (pending.length) {
      const lookup = (async (): Promise<Set<Shard>> => {
        // One bundle: the engine checks what it asks (engine.matchesAsTyped), nothing to narrow.
        if (this.shards.length === 1) return new Set(((await this.pagefind.search(word))?.results.length ?? 0) > 0 ? pending : []);
        const response = await this.pagefind.search(word, { filters: { [FILTER.year]: yearsOf(pending) } });
        const years = new Set(
          Object.entries(response?.filters[FILTER.year] ?? {})
            .filter(([, n]) => n > 0)
            .map(([y]) => y),
        );
        const found = pending.filter((s) => s.years.some((y) => years.has(y)));
        if (word.startsWith(KEY_PREFIX)) return new Set(found);
        // Not a key: a shard may have answered with a shorter word; its best page tells.
        const real = await Promise.all(
          found.map(async (shard) => {
            const best = (await this.pagefind.search(word, { filters: { [FILTER.year]: yearsOf([shard]) } }))?.results[0];
            return best && (await this.hasEvery(best, [word])) ? shard : null;
          }),
        );
        return new Set(real.filter((s): s is Shard => s !== null));
      })();
      for (const shard of pending) {
        const has = lookup.then((set) => set.has(shard));
        this.wordInShard.set(key(shard), has);
        // A failed lookup (network) is not an answer: ask again next time.
        has.catch(() => this.wordInShard.delete(key(shard)));
      }
    }
    const answers = await Promise.all(shards.map((shard) => this.wordInShard.get(key(shard))!));
    return new Set(shards.filter((_, i) => answers[i]));
  }

  private wrap(result: PagefindResult, terms: readonly string[]): SearchResult {
    let data: Promise<ResultData> | undefined;
    return {
      id: result.id,
      score: result.score,
      data: () => (data ??= this.pages(result).then((page) => resultData(page.data, terms, this.excerptLength, this.ellipsis, page.text))),
    };
  }

  /** Whether a result's page has a word for each term. */
  private async hasEvery(result: PagefindResult, terms: readonly string[]): Promise<boolean> {
    const page = await this.pages(result);
    return hasEveryTerm(page.data, terms, page.text);
  }

  /**
   * Whether a search for `word` alone finds a page. A plain word is looked up
   * once per shard and cached (shardsWith), where a search would also rank
   * every page that has it.
   */
  async has(word: string): Promise<boolean> {
    const term = termWord(word);
    if (!term || termStart(term) !== term) return ((await this.search(word))?.results.length ?? 0) > 0;
    await this.merging;
    return (await this.shardsWith(term, [...this.merged])).size > 0;
  }

  async search(query: string | null, request: SearchRequest = {}): Promise<SearchResponse | null> {
    const terms = [...new Set((query ?? '').split(/\s+/).map(termWord).filter(Boolean))];
    // A marked prefix ("zjnawyec") is asked for by its letters; its marks are checked below.
    const asked = [...new Set(terms.map(termStart))];
    const year = request.filters?.[FILTER.year];
    // A year asked for is searched in its own shard, merged now if need be.
    if (year) await this.ensure(this.shards.filter((s) => s.years.includes(year)));
    await this.merging;
    let shards = this.shards.filter((s) => this.merged.has(s) && (!year || s.years.includes(year)));
    const term = asked.length ? asked.join(' ') : null;
    const filters: Record<string, PagefindFilter> = { ...request.filters };
    const sort = request.sort ? { ...request.sort } : undefined;
    let responses: PagefindResponse[] | null = null;
    if (this.merged.size === 1 && term) {
      // One bundle loaded (the hub at first, or the only one), no shard to choose: one search. Pagefind drops a word no page has, so its best page
      // must have every word (then every page it found has); that page's data is shown anyway.
      const r = await this.pagefind.search(term, { filters, ...(sort ? { sort } : {}) });
      const best = r?.results[0];
      if (!best) return { results: [], filters: r?.filters ?? {} };
      if (await this.hasEvery(best, asked)) responses = [r];
    }
    if (!responses) {
      const have = await Promise.all(asked.map((word) => this.shardsWith(word, shards)));
      shards = shards.filter((s) => have.every((set) => set.has(s)));
      if (!shards.length) return { results: [], filters: {} };
      responses = await this.searchShards(term, shards, filters, sort, year);
    }
    let results = responses.flatMap((r) => r.results).map((r) => this.wrap(r, terms));
    if (asked.length !== terms.length || asked.some((w, i) => w !== terms[i])) {
      // Typed marks: the first results must have them (the engine shows and ranks those).
      const head = await Promise.all(results.slice(0, CHECKED).map(async (r) => (hasEveryTerm(await r.data(), terms) ? r : null)));
      results = [...head.filter((r): r is SearchResult => r !== null), ...results.slice(CHECKED)];
    }
    const counts: Record<string, Record<string, number>> = {};
    for (const r of responses) {
      for (const [key, values] of Object.entries(r.filters ?? {})) {
        const into = (counts[key] ??= {});
        for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
      }
    }
    return { results, filters: counts };
  }

  /** A search of some shards (each has every word asked). */
  private async searchShards(
    term: string | null,
    shards: readonly Shard[],
    filters: Record<string, PagefindFilter>,
    sort: Record<string, 'asc' | 'desc'> | undefined,
    year: string | undefined,
  ): Promise<PagefindResponse[]> {
    if (sort && shards.length > 1) {
      // Newest first across shards: each shard's bundle sorted alone, newest shard first.
      const responses: PagefindResponse[] = [];
      for (const shard of shards) {
        const r = await this.pagefind.search(term, { filters: { ...filters, [FILTER.year]: year ?? yearsOf([shard]) }, sort });
        if (r) responses.push(r);
      }
      return responses;
    }
    if (!year && shards.length < this.merged.size) filters = { ...filters, [FILTER.year]: yearsOf(shards) };
    const r = await this.pagefind.search(term, { filters, ...(sort ? { sort } : {}) });
    return r ? [r] : [];
  }
}
