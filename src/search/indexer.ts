/**
 * Builds the search index: Pagefind bundles, one per publication year, fed
 * through Pagefind's Node API with records of our own; Node only.
 *
 * Pages reach it one at a time (`SearchIndexer.add`) as built HTML: after
 * `astro build` from the files of the output folder (integration.ts; with
 * Astro's incremental builds an unchanged page is copied, not rendered, so
 * nothing may depend on rendering), under `astro dev` from the dev server's
 * own pages (devIndex.ts), in tests from a folder (`buildSearchIndex`).
 *
 * - Only pages that carry SearchIndexData's marker inside their
 *   data-pagefind-body are indexed (articles and campaigns that are public);
 *   a page marked "exclude" (draft, future, withdrawn) or a body without the
 *   marker is skipped and reported.
 * - Each page becomes a Pagefind custom record: its data-pagefind-body's
 *   words with every syllable written as its syllable key
 *   (search/searchText.ts, search/syllables.ts) for tone-exact, whole-syllable
 *   matching; the searched meta (title, ward, category, place names) keyed
 *   the same way; the filters and the date sort. The HTML on disk is untouched.
 * - One bundle per shard: a run of consecutive publication years (filter
 *   `nam`) of at least SHARD_PAGES pages, so about a year each on a real
 *   archive. The newest shard's is the hub at `pagefind/`, each older one at
 *   `pagefind/nam-YYYY[-YYYY]/`, read together with Pagefind's mergeIndex
 *   (pagefindIndex.ts). A shard whose records did not change since the last
 *   build is copied from the cache (`<cacheDir>/pagefind/`) instead of being
 *   indexed again.
 * - The same records give the same bytes: records go to Pagefind in URL
 *   order, and nothing of the build's time or machine is written.
 * - Next to the hub go the manifest (shards, build hash) and the site's
 *   vocabulary (folded words, most frequent first) for spelling suggestions.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { linkFiles, type Placement } from '../build/linkFiles.ts';
import { toIndexPage } from './searchText.ts';
import { ShardThread } from './shardThread.ts';
import { firstFilter, pageRecord } from './pageRecord.ts';
import {
  BUNDLE_DIR,
  dateWord,
  FILTER,
  MANIFEST_FILE,
  MARKER,
  MARKER_ATTRIBUTE,
  META,
  shardDir,
  VOCABULARY_FILE,
  type Shard,
  type ShardManifest,
} from './keys.ts';

// Shared with the search page and SearchIndexData (keys.ts); re-exported for the tools that read the bundle.
export { BUNDLE_DIR, MARKER_ATTRIBUTE, VOCABULARY_FILE };

/**
 * Word locations per index chunk (Pagefind's default is 20,000). Smaller
 * chunks keep a rare word from dragging its neighbours' postings along:
 * docs/search.md has the figures. Unstable in Pagefind, hence the pinned
 * version (package.json) and the figure in the cache key. Set
 * PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE to compare others (the bench).
 */
export const INDEX_CHUNK_SIZE = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE || '2000';

/** Bumped when what is written for the same records changes (the cache key). */
const LAYOUT = 2;

/** Files of Pagefind's bundle that the search page never loads: its ready-made UIs and the playground. */
const UNUSED = /^(pagefind-(component-|modular-)?ui\.(js|css)|pagefind-highlight\.js|playground\/.*)$/;
/** The runtime every bundle gets; merged (older) shards use the hub's. */
const RUNTIME = /^(pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/;

/** What Pagefind gets for one page. */
export interface SearchRecord {
  url: string;
  /** Publication year (filter `nam`): which shard holds it. */
  year: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

export interface IndexReport {
  /** Pages indexed, by URL. */
  indexed: string[];
  /** Pages with a search body that were left out, and why. */
  skipped: { url: string; reason: string }[];
  /** Shards indexed anew, and shards copied from the cache ("2015", "2014–2016"). */
  builtShards: string[];
  cachedShards: string[];
  /** Distinct folded words in the vocabulary. */
  vocabularySize: number;
  /** Bytes of everything written under pagefind/. */
  bundleBytes: number;
  /** Pages whose text was keyed (the others' shards came from the cache). */
  keyedPages: number;
  /** Page files read to find out what they hold (the others were as the last build left them). */
  readPages: number;
  errors: string[];
}

/** A bundle's files in memory: path inside the bundle folder → bytes. */
export type BundleFiles = Map<string, Uint8Array>;

/** The public URL of a built file: "news/2015/x/index.html" → "/news/2015/x/". */
export function urlOf(outDir: string, file: string): string {
  const rel = relative(outDir, file).split(sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

/** Whether a page asks to be indexed: "index", "exclude", or null (no marker). */
export function markerOf(html: string): (typeof MARKER)[keyof typeof MARKER] | null {
  const match = new RegExp(`${MARKER_ATTRIBUTE}="(${MARKER.index}|${MARKER.exclude})"`).exec(html);
  return (match?.[1] as (typeof MARKER)[keyof typeof MARKER] | undefined) ?? null;
}

/**
 * The element that carries data-pagefind-body, as a document of its own
 * (`<html lang>` kept), or null when
 * the page has none. Elements of the same name nest; others do not matter.
 */
export function searchBody(html: string): string | null {
  const at = html.search(/<[a-z][\w-]*\b[^>]*\sdata-pagefind-body\b/i);
  if (at < 0) return null;
  const name = /^<([a-z][\w-]*)/i.exec(html.slice(at))![1]!.toLowerCase();
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = at;
  let depth = 0;
  let end = html.length;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      end = m.index + m[0].length;
      break;
    }
  }
  const lang = /<html\b[^>]*\blang="([^"]*)"/i.exec(html)?.[1] ?? 'vi';
  return `<!doctype html><html lang="${lang}"><body>${html.slice(at, end)}</body></html>`;
}

/** The Pagefind the records are written for (package.json pins it). */
const PAGEFIND_VERSION = '1.6.0';

const byUrl = (a: { url: string }, b: { url: string }) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);

/** A Pagefind bundle, in memory (UI files left out), of the records `feed` adds (in URL order: the service takes them in that order, so the same records give the same files). */
async function pagefindBundle(feed: (add: (record: SearchRecord) => void) => Promise<void>): Promise<{ files: BundleFiles; errors: string[] }> {
  // The service Pagefind spawns reads it at start; the cache key carries the value.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = INDEX_CHUNK_SIZE;
  const created = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!created.index) return { files: new Map(), errors: created.errors };
  const index = created.index;
  const errors = [...created.errors];
  const added: ReturnType<typeof index.addCustomRecord>[] = [];
  await feed((r) => added.push(index.addCustomRecord({ url: r.url, content: r.content, language: 'vi', meta: r.meta, filters: r.filters, sort: r.sort })));
  for (const a of await Promise.all(added)) errors.push(...a.errors);
  const got = await index.getFiles();
  errors.push(...got.errors);
  await index.deleteIndex().catch(() => {});
  const files: BundleFiles = new Map();
  for (const f of got.files.sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const path = f.path.split(sep).join('/').replace(/^\/+/, '');
    if (!UNUSED.test(path)) files.set(path, f.content);
  }
  return { files, errors };
}

/** A page to key: its URL and search body. */
export interface BodyPage {
  url: string;
  body: string;
}

/** One page keyed (search/searchText.ts): its record; its folded words counted into `words`. */
function keyPage({ url, body }: BodyPage, words: Map<string, number>): SearchRecord {
  const page = pageRecord(url, toIndexPage(body, words));
  const meta = { ...page.meta };
  if (meta[META.date]) meta[META.date] = dateWord(meta[META.date]);
  return { url, year: page.filters[FILTER.year]?.[0] ?? NO_YEAR, content: page.words.join(' '), meta, filters: page.filters, sort: page.sort };
}

/** Pages keyed between two turns of the event loop, so that Pagefind's service takes the first ones while the next are keyed. */
const KEYED_PER_TURN = 16;

/**
 * One shard's pages keyed and indexed: its bundle, its words, each page's
 * year (on either thread: shardWorker.ts). Each record goes to Pagefind as
 * soon as it is keyed: its service (another process) indexes while this
 * thread keys the next pages, which at one shard (a rebuild after an edit)
 * took about a second off the step (docs/PERFORMANCE.md).
 */
export async function indexPages(pages: readonly BodyPage[]): Promise<{ files: BundleFiles; errors: string[]; words: Map<string, number>; years: string[] }> {
  const words = new Map<string, number>();
  const years: string[] = [];
  const order = pages.map((page, i) => ({ page, i })).sort((a, b) => byUrl(a.page, b.page));
  const { files, errors } = await pagefindBundle(async (add) => {
    for (const [n, { page, i }] of order.entries()) {
      const record = keyPage(page, words);
      years[i] = record.year;
      add(record);
      if (n % KEYED_PER_TURN === KEYED_PER_TURN - 1) await new Promise((turn) => setImmediate(turn));
    }
  });
  return { files, errors, words, years };
}

/** The year of a page without one (never a real year: it sorts before them all). */
const NO_YEAR = '0';

async function readTree(dir: string): Promise<BundleFiles> {
  const files: BundleFiles = new Map();
  for (const path of await treeFiles(dir)) files.set(path, await readFile(join(dir, path)));
  return files;
}

async function writeTree(dir: string, files: BundleFiles, skip?: RegExp): Promise<number> {
  let bytes = 0;
  for (const [path, content] of files) {
    if (skip?.test(path)) continue;
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
    bytes += content.byteLength;
  }
  return bytes;
}

/** Years oldest first (numbers as numbers). */
const byYear = (a: string, b: string) => (Number(a) || 0) - (Number(b) || 0) || (a < b ? -1 : a > b ? 1 : 0);

/**
 * Pages a shard gathers before it closes: runs of consecutive years are
 * put together from the oldest until they hold this many pages, and a
 * newest run with fewer joins the one before. Pagefind weighs a word by how
 * rare it is in its own bundle, so bundles of a handful of pages rank their
 * results against each other badly; at about a thousand articles a year
 * (docs/PERFORMANCE.md) every year is a shard of its own.
 */
export const SHARD_PAGES = 500;

/** Consecutive years grouped into shards (see SHARD_PAGES), newest first; each shard's years newest first. */
export function groupYears(counts: ReadonlyMap<string, number>, minPages = SHARD_PAGES): string[][] {
  const groups: { years: string[]; pages: number }[] = [];
  let current: { years: string[]; pages: number } = { years: [], pages: 0 };
  for (const year of [...counts.keys()].sort(byYear)) {
    current.years.push(year);
    current.pages += counts.get(year)!;
    if (current.pages >= minPages) {
      groups.push(current);
      current = { years: [], pages: 0 };
    }
  }
  if (current.years.length) {
    const previous = groups[groups.length - 1];
    if (previous && current.pages < minPages) previous.years.push(...current.years);
    else groups.push(current);
  }
  return groups.reverse().map((g) => g.years.reverse());
}

export interface IndexerOptions {
  /** Where bundles of earlier builds are kept (`<cacheDir>/pagefind/`); none: index every shard. */
  cacheDir?: string;
  /** Pages a shard gathers (SHARD_PAGES). */
  shardPages?: number;
}

/** A page offered to the indexer: keyed only if its shard must be indexed again. */
interface PageEntry {
  url: string;
  year: string;
  /** A hash of the page's URL and search body: what its record is made from. */
  key: string;
  /** The search body, when it was read; else `file` is read if the page must be keyed. */
  body?: string;
  file?: string;
}

/** A page file as it was when it was read. */
export interface FileStamp {
  path: string;
  size: number;
  mtimeMs: number;
}

/**
 * What the cache remembers of each page file (by URL): its size and time
 * when it was read, and what it held: the key of its search body and its
 * year (its shard), why it was skipped, or nothing (no search body).
 */
interface KnownPage {
  size: number;
  mtimeMs: number;
  key?: string;
  year?: string;
  skipped?: string;
}
const PAGES_FILE = 'pages.json';
/** A shard's vocabulary counts and sizes, kept beside its bundle in the cache (never in the output). */
const WORDS_FILE = 'tin-phuong-words.json';
interface ShardWords {
  /** Bytes of the bundle, and of its runtime files (which only the hub ships). */
  bytes: number;
  runtimeBytes: number;
  words: [string, number][];
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 24);

/** One shard's bundle: in memory (indexed now), or a folder of the cache (linked into the output). */
interface ShardBundle {
  files: BundleFiles;
  from?: string;
  words: Map<string, number>;
  bytes: number;
  runtimeBytes: number;
}

const SKIP_PRIVATE = 'không công khai (nháp, hẹn giờ hoặc đã gỡ)';
const SKIP_NO_DATA = 'thiếu SearchIndexData trong vùng data-pagefind-body';

/**
 * Every page, grouped by year, fed page by page; bundles written at the
 * end. Keying a page's text (toIndexPage) is most of the indexer's time:
 * pages are grouped into shards by the year their tags give, and keyed
 * only when their shard is indexed, half the shards on each thread (the
 * main one and shardThread.ts). A shard whose pages' search bodies are the
 * ones an earlier build indexed comes from the cache, none of its pages
 * keyed, and is hard-linked into the output; a page file that the build
 * left as it was (same size and time: Astro's incremental builds leave an
 * unchanged page in place) is not even read (docs/PERFORMANCE.md: 22 s of
 * a rebuild at 10,000 articles went to reading and keying them all).
 */
export class SearchIndexer {
  private readonly report: IndexReport = {
    indexed: [],
    skipped: [],
    builtShards: [],
    cachedShards: [],
    vocabularySize: 0,
    bundleBytes: 0,
    keyedPages: 0,
    readPages: 0,
    errors: [],
  };
  private readonly years = new Map<string, PageEntry[]>();
  /** Page files of the last build, from the cache (empty without one). */
  private readonly known: ReadonlyMap<string, KnownPage>;
  /** Page files of this build, for the next one. */
  private readonly seen = new Map<string, KnownPage>();
  /** Part of every shard's cache key: what else decides the records (the site's code, when the build knows it). */
  private readonly version: string;

  constructor(options: { cacheDir?: string; version?: string } = {}) {
    this.version = options.version ?? '';
    let known: Record<string, KnownPage> = {};
    if (options.cacheDir) {
      try {
        known = JSON.parse(readFileSync(join(options.cacheDir, BUNDLE_DIR, PAGES_FILE), 'utf8')) as Record<string, KnownPage>;
      } catch {
        known = {};
      }
    }
    this.known = new Map(Object.entries(known).filter(([, page]) => typeof page?.size === 'number'));
  }

  /** Offer one built page; only marked search bodies are indexed. `file`: where it was read, and its stamp then. */
  add(url: string, html: string, file?: FileStamp): void {
    const stamp = file ? { size: file.size, mtimeMs: file.mtimeMs } : null;
    if (file) this.report.readPages++;
    const body = searchBody(html);
    if (!body) {
      if (stamp) this.seen.set(url, stamp);
      return;
    }
    const marker = markerOf(body);
    if (marker !== MARKER.index) {
      const reason = marker === MARKER.exclude ? SKIP_PRIVATE : SKIP_NO_DATA;
      this.report.skipped.push({ url, reason });
      if (stamp) this.seen.set(url, { ...stamp, skipped: reason });
      return;
    }
    const key = sha(`${url}\0${body}`);
    const known = this.known.get(url);
    // The year groups pages into shards; the page's text is keyed only when its shard is indexed.
    const year = known?.key === key && known.year ? known.year : (firstFilter(body, FILTER.year) ?? NO_YEAR);
    this.put({ url, year, key, body }, stamp);
  }

  /**
   * Offer a page file the last build read with this same size and time,
   * without reading it: what it held then is what it holds. False when the
   * file is not known so (then read it and `add()` it).
   */
  addUnchanged(url: string, file: FileStamp): boolean {
    if (!this.unchanged(url, file)) return false;
    const known = this.known.get(url)!;
    if (known.skipped) {
      this.report.skipped.push({ url, reason: known.skipped });
      this.seen.set(url, known);
    } else if (known.key && known.year) {
      this.put({ url, year: known.year, key: known.key, file: file.path }, known);
    } else this.seen.set(url, known);
    return true;
  }

  /** Whether the last build read this page file with this same size and time. */
  unchanged(url: string, file: FileStamp): boolean {
    const known = this.known.get(url);
    return known !== undefined && known.size === file.size && known.mtimeMs === file.mtimeMs;
  }

  private put(entry: PageEntry, stamp: { size: number; mtimeMs: number } | null): void {
    this.report.indexed.push(entry.url);
    (this.years.get(entry.year) ?? this.years.set(entry.year, []).get(entry.year)!).push(entry);
    if (stamp) this.seen.set(entry.url, { size: stamp.size, mtimeMs: stamp.mtimeMs, key: entry.key, year: entry.year });
  }

  /** The folded words of some counts, most frequent first. */
  static vocabularyList(counts: ReadonlyMap<string, number>): string[] {
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([word]) => word);
  }

  /** The shards, newest first: the hub, then the older ones with their folders. */
  shards(minPages = SHARD_PAGES): Shard[] {
    const counts = new Map([...this.years].map(([year, records]) => [year, records.length]));
    return groupYears(counts, minPages).map((years, i) => ({ dir: i === 0 ? '' : shardDir(years), years }));
  }

  private pages(shard: Shard): PageEntry[] {
    return shard.years.flatMap((y) => this.years.get(y)!);
  }

  /** A shard's cache key: its pages' keys (records are made from them alone) and what turns them into files. */
  private shardKey(shard: Shard): string {
    const hash = createHash('sha256').update(JSON.stringify({ LAYOUT, pagefind: PAGEFIND_VERSION, chunk: INDEX_CHUNK_SIZE, version: this.version }));
    for (const page of [...this.pages(shard)].sort((a, b) => (a.url < b.url ? -1 : 1))) hash.update('\0').update(page.key);
    return hash.digest('hex').slice(0, 16);
  }

  /**
   * One shard's bundle and vocabulary counts: the folder
   * `<cacheDir>/pagefind/<years>-<key>/` when an earlier build indexed the
   * same pages, else keyed and indexed now (and cached).
   */
  private async shardBundle(shard: Shard, key: string, cacheDir: string | undefined, other?: ShardThread): Promise<ShardBundle> {
    const label = shard.years.length > 1 ? `${shard.years[shard.years.length - 1]}–${shard.years[0]}` : shard.years[0]!;
    const cached = cacheDir ? join(cacheDir, BUNDLE_DIR, cacheName(shard, key)) : null;
    const known = cached
      ? await readFile(join(cached, WORDS_FILE), 'utf8').then(
          (text) => JSON.parse(text) as ShardWords,
          () => null,
        )
      : null;
    if (cached && known?.words) {
      this.report.cachedShards.push(label);
      return { files: new Map(), from: cached, words: new Map(known.words), bytes: known.bytes, runtimeBytes: known.runtimeBytes };
    }
    const shardPages = this.pages(shard);
    const pages: BodyPage[] = [];
    for (const page of shardPages) pages.push({ url: page.url, body: page.body ?? searchBody(await readFile(page.file!, 'utf8')) ?? '' });
    const { files, words, years, errors } = await (other ? other.index(pages) : indexPages(pages));
    this.report.keyedPages += pages.length;
    // Grouped by the year its tags give, keyed by its text: the two must agree.
    shardPages.forEach(
      (page, i) => years[i] !== undefined && years[i] !== page.year && errors.push(`${page.url}: năm ${years[i]} khác năm ${page.year} đã xếp chỉ mục`),
    );
    this.report.errors.push(...errors.map((e) => `${label}: ${e}`));
    this.report.builtShards.push(label);
    let bytes = 0;
    let runtimeBytes = 0;
    for (const [path, content] of files) {
      bytes += content.byteLength;
      if (RUNTIME.test(path)) runtimeBytes += content.byteLength;
    }
    if (cached && !errors.length) {
      // Written beside, then renamed: a build stopped halfway leaves no half bundle to copy later.
      const partial = `${cached}.tmp-${process.pid}`;
      await rm(partial, { recursive: true, force: true });
      const meta: ShardWords = { bytes, runtimeBytes, words: [...words] };
      await writeTree(partial, new Map([...files, [WORDS_FILE, Buffer.from(JSON.stringify(meta))]]));
      await rm(cached, { recursive: true, force: true });
      await rename(partial, cached);
      // Linked into the output from the cache, as an unchanged shard is: the next build finds them in place.
      return { files: new Map(), from: cached, words, bytes, runtimeBytes };
    }
    return { files, words, bytes, runtimeBytes };
  }

  /** Every shard's bundle (two lanes, one per core), the manifest and the vocabulary; the cache tidied. */
  private async bundles(options: IndexerOptions): Promise<{ shards: Shard[]; bundles: ShardBundle[]; extra: BundleFiles }> {
    const shards = this.shards(options.shardPages);
    const keys = shards.map((shard) => this.shardKey(shard));
    const bundles: ShardBundle[] = [];
    // Two lanes, one per core, each with its Pagefind service and keying its own shards, one after
    // the other: the shards to index go to shardThread.ts and the main thread in turn, the thread
    // first, and the cached ones to the main thread. A rebuild indexes one shard, and keys it on the
    // thread: the main thread meanwhile runs the build's other last steps (search.done waits).
    const fresh = shards.map((shard, i) => !options.cacheDir || !existsSync(join(options.cacheDir, BUNDLE_DIR, cacheName(shard, keys[i]!), WORDS_FILE)));
    const other = fresh.some(Boolean) ? new ShardThread() : undefined;
    const lanes: number[][] = [[], []];
    let turn = other ? 1 : 0;
    fresh.forEach((indexed, i) => {
      lanes[indexed ? turn : 0]!.push(i);
      if (indexed && other) turn = 1 - turn;
    });
    try {
      await Promise.all(
        [undefined, other].map(async (lane, l) => {
          for (const i of lanes[l]!) bundles[i] = await this.shardBundle(shards[i]!, keys[i]!, options.cacheDir, lane);
        }),
      );
    } finally {
      await pagefind.close();
      await other?.close();
    }
    if (options.cacheDir) {
      // Only this build's bundles stay in the cache: it never grows past one copy of the index.
      const keep = new Set([PAGES_FILE, ...shards.map((shard, i) => cacheName(shard, keys[i]!))]);
      const folder = join(options.cacheDir, BUNDLE_DIR);
      for (const name of await readdir(folder).catch(() => [] as string[])) if (!keep.has(name)) await rm(join(folder, name), { recursive: true, force: true });
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, PAGES_FILE), JSON.stringify(Object.fromEntries(this.seen)));
    }
    const vocabulary = new Map<string, number>();
    for (const bundle of bundles) for (const [word, n] of bundle.words) vocabulary.set(word, (vocabulary.get(word) ?? 0) + n);
    const words = SearchIndexer.vocabularyList(vocabulary);
    this.report.vocabularySize = words.length;
    const manifest: ShardManifest = { shards, build: createHash('sha256').update(keys.join()).digest('hex').slice(0, 12) };
    const extra: BundleFiles = new Map([
      [MANIFEST_FILE, Buffer.from(JSON.stringify(manifest))],
      [VOCABULARY_FILE, Buffer.from(JSON.stringify(words))],
    ]);
    return { shards, bundles, extra };
  }

  /**
   * Every file of `pagefind/`, in memory: the hub (newest shard, with the
   * runtime, the manifest and the vocabulary) and each older shard in its
   * folder, without the runtime it takes from the hub.
   */
  async files(options: IndexerOptions = {}): Promise<BundleFiles> {
    const { shards, bundles, extra } = await this.bundles(options);
    const out: BundleFiles = new Map();
    for (const [i, shard] of shards.entries()) {
      const files = bundles[i]!.from ? await readTree(bundles[i]!.from!) : bundles[i]!.files;
      for (const [path, content] of files) if (path !== WORDS_FILE && (i === 0 || !RUNTIME.test(path))) out.set(shard.dir + path, content);
    }
    for (const [path, content] of extra) out.set(path, content);
    return out;
  }

  /**
   * Write `<outDir>/pagefind/`, in place: each file of a shard from the
   * cache is hard-linked, and left alone when it already is the cached file
   * (`dist/` is kept between builds: a rebuild touches only the shard that
   * changed); files of no shard of this build are removed. Linking a fresh
   * copy of all 16,000 files beside it and removing the old ones was 2–3 s
   * of every rebuild at 10,000 articles (docs/PERFORMANCE.md). A build
   * stopped halfway may leave a mixed bundle, and no up-to-date stamp
   * (build/upToDate.ts): the next build puts it right before it is deployed.
   * The clean-up of the output (build/staleFiles.ts) leaves this folder to
   * this step.
   */
  async finish(outDir: string, options: IndexerOptions = {}): Promise<IndexReport> {
    const { shards, bundles, extra } = await this.bundles(options);
    const bundle = join(outDir, BUNDLE_DIR);
    const links: Placement[] = [];
    const writes = new Map<string, Uint8Array>();
    let bytes = 0;
    for (const [i, shard] of shards.entries()) {
      const { from, files } = bundles[i]!;
      const target = join(bundle, shard.dir);
      // Older shards take the runtime from the hub.
      const leave = (path: string) => path === WORDS_FILE || (i > 0 && RUNTIME.test(path));
      if (from) {
        bytes += bundles[i]!.bytes - (i > 0 ? bundles[i]!.runtimeBytes : 0);
        for (const path of await treeFiles(from)) if (!leave(path)) links.push({ from: join(from, path), to: join(target, path) });
      } else
        for (const [path, content] of files)
          if (!leave(path)) {
            writes.set(join(target, path), content);
            bytes += content.byteLength;
          }
    }
    for (const [path, content] of extra) {
      writes.set(join(bundle, path), content);
      bytes += content.byteLength;
    }
    await removeAllBut(bundle, new Set([...links.map((l) => l.to), ...writes.keys()]));
    await linkFiles(links);
    for (const [to, content] of writes) {
      await mkdir(dirname(to), { recursive: true });
      // Never written through: the file there may be a link to the cache.
      await rm(to, { force: true });
      await writeFile(to, content);
    }
    this.report.bundleBytes = bytes;
    return this.report;
  }
}

/** The files of a folder, as paths relative to it with '/'. */
async function treeFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** Removes every file under `dir` but `keep` (absolute paths), then the folders left empty. */
async function removeAllBut(dir: string, keep: ReadonlySet<string>): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const folders: string[] = [];
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) folders.push(path);
    else if (!keep.has(path)) await rm(path, { force: true });
  }
  // Deepest first; a folder still holding files stays.
  for (const folder of folders.sort((a, b) => b.length - a.length)) await rmdir(folder).catch(() => {});
}

/** A shard's folder in the cache: its years and the hash of its records. */
const cacheName = (shard: Shard, key: string) => `${shard.years[shard.years.length - 1]}-${shard.years[0]}-${key}`;

/** The HTML files of a built site, sorted, the bundle folder left out. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const skip = join(dir, BUNDLE_DIR) + sep;
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((path) => !path.startsWith(skip))
    .sort();
}

/**
 * Index the built site in `outDir` into `<outDir>/pagefind/`: the pages
 * `pages` names (paths relative to `outDir`, "tin-tuc/2015/x/"), or every
 * HTML file of the folder.
 */
export async function buildSearchIndex(outDir: string, options: IndexerOptions & { pages?: readonly string[]; version?: string } = {}): Promise<IndexReport> {
  const indexer = new SearchIndexer(options);
  const files = options.pages
    ? options.pages
        .filter((p) => p === '' || p.endsWith('/'))
        .map((p) => join(outDir, p, 'index.html'))
        .sort()
    : await htmlFiles(outDir);
  // A few at a time: the build's output folder can hold 14,000 pages.
  for (let i = 0; i < files.length; i += 32) {
    const batch = files.slice(i, i + 32);
    // A page the build lists may have no file (an endpoint's path): nothing to index.
    const stamps = await Promise.all(
      batch.map((path) =>
        stat(path).then(
          (s) => ({ path, size: s.size, mtimeMs: s.mtimeMs }),
          () => null,
        ),
      ),
    );
    const htmls = await Promise.all(
      stamps.map((stamp) => (stamp && !indexer.unchanged(urlOf(outDir, stamp.path), stamp) ? readFile(stamp.path, 'utf8') : null)),
    );
    // In the files' order: the same pages, the same report.
    stamps.forEach((stamp, j) => {
      if (!stamp) return;
      const url = urlOf(outDir, stamp.path);
      if (htmls[j] === null) indexer.addUnchanged(url, stamp);
      else indexer.add(url, htmls[j]!, stamp);
    });
  }
  return indexer.finish(outDir, options);
}
