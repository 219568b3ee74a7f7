/**
 * Builds the search index (search/index/: format, writer); Node only.
 *
 * Pages reach it one at a time (`SearchIndexer.add`): during `astro build`
 * as each page renders (src/middleware.ts hands over the HTML); in tests,
 * from the files of a built folder (`buildSearchIndex`).
 *
 * - Only pages that carry SearchIndexData's marker inside their
 *   data-pagefind-body are indexed (articles and campaigns that are public);
 *   a page marked "exclude" (draft, future, withdrawn) or a body without the
 *   marker is skipped and reported.
 * - The index reads the page's data-pagefind-body element only (no header,
 *   menus or side boxes), its syllables written as syllable keys
 *   (search/searchText.ts, lib/syllables.ts) for tone-exact, whole-syllable
 *   matching. The HTML on disk is untouched.
 * - Next to the index goes the site's vocabulary (folded words, most frequent
 *   first) for spelling suggestions.
 */
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { BuildWorker } from '../build/buildWorker.ts';
import { join, relative, sep } from 'node:path';
import { toIndexPage } from './searchText.ts';
import { pageRecord } from './index/pageRecord.ts';
import { IndexWriter } from './index/writer.ts';
import { BUNDLE_DIR, MARKER, MARKER_ATTRIBUTE, SEARCHED_META, SORT_KEY, VOCABULARY_FILE } from './keys.ts';

// Shared with the search page and SearchIndexData (keys.ts); re-exported for the tools that read the bundle.
export { BUNDLE_DIR, MARKER_ATTRIBUTE, VOCABULARY_FILE };

export interface IndexReport {
  /** Pages indexed, by URL. */
  indexed: string[];
  /** Pages with a search body that were left out, and why. */
  skipped: { url: string; reason: string }[];
  /** Distinct folded words in the vocabulary. */
  vocabularySize: number;
  /** Bytes of the bundle on disk (index, shards, fragments, filters, vocabulary). */
  bundleBytes: number;
  /** Bytes of the index proper (all but the vocabulary). */
  indexBytes: number;
  errors: string[];
}

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

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await dirBytes(path) : (await stat(path)).size;
  }
  return total;
}

/** One index, fed page by page, written once at the end. */
export class SearchIndexer {
  private readonly report: IndexReport = { indexed: [], skipped: [], vocabularySize: 0, bundleBytes: 0, indexBytes: 0, errors: [] };
  private readonly vocabulary = new Map<string, number>();
  private readonly writer = new IndexWriter({ sort: SORT_KEY, searchedMeta: SEARCHED_META });

  /** Offer one rendered page; only marked search bodies are indexed. */
  async add(url: string, html: string): Promise<void> {
    const body = searchBody(html);
    if (!body) return;
    const marker = markerOf(body);
    if (marker !== MARKER.index) {
      this.report.skipped.push({ url, reason: marker === MARKER.exclude ? 'không công khai (nháp, hẹn giờ hoặc đã gỡ)' : 'thiếu SearchIndexData trong vùng data-pagefind-body' });
      return;
    }
    this.report.indexed.push(url);
    // The vocabulary (spelling suggestions) is counted while the text is keyed; meta values count once more, which only nudges their order.
    this.writer.add(pageRecord(url, toIndexPage(body, this.vocabulary)));
  }

  /** Write `<outDir>/<BUNDLE_DIR>/`: the index and the vocabulary. */
  async finish(outDir: string): Promise<IndexReport> {
    const bundle = join(outDir, BUNDLE_DIR);
    const report = this.report;
    const vocabulary = [...this.vocabulary.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([word]) => word);
    report.vocabularySize = vocabulary.length;
    await rm(bundle, { recursive: true, force: true });
    const written = await this.writer.write(bundle);
    const vocabularyJson = JSON.stringify(vocabulary);
    await writeFile(join(bundle, VOCABULARY_FILE), vocabularyJson);
    report.indexBytes = written.bytes;
    report.bundleBytes = await dirBytes(bundle);
    return report;
  }
}

/**
 * The same indexer on a worker thread (indexWorker.ts): `add` only hands the
 * page over, so the build's thread goes back to rendering at once.
 */
export class ThreadedSearchIndexer extends BuildWorker<[string, string], IndexReport> {
  constructor() {
    super(new URL('./indexWorker.ts', import.meta.url), 'chỉ mục tìm kiếm');
  }
}

async function htmlFiles(dir: string, skipDir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== skipDir) out.push(...(await htmlFiles(path, skipDir)));
    } else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out.sort();
}

/** Index the built site in `outDir` into `<outDir>/pagefind/` (the same indexer, fed from the files). */
export async function buildSearchIndex(outDir: string): Promise<IndexReport> {
  const indexer = new SearchIndexer();
  for (const file of await htmlFiles(outDir, join(outDir, BUNDLE_DIR))) {
    await indexer.add(urlOf(outDir, file), await readFile(file, 'utf8'));
  }
  return indexer.finish(outDir);
}
