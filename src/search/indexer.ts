/**
 * Builds the Pagefind index through Pagefind's Node API; Node only.
 *
 * Pages reach it one at a time (`SearchIndexer.add`): during `astro build`
 * as each page renders (src/middleware.ts hands over the HTML), so the
 * Pagefind service indexes on the second core while Astro renders on the
 * first; in tests, from the files of a built folder (`buildSearchIndex`).
 *
 * - Only pages that carry SearchIndexData's marker inside their
 *   data-pagefind-body are indexed (articles and campaigns that are public);
 *   a page marked "exclude" (draft, future, withdrawn) or a body without the
 *   marker is skipped and reported.
 * - Pagefind gets the page's data-pagefind-body element only (no header,
 *   menus or side boxes to parse), its syllables written as syllable keys
 *   (search/searchText.ts, lib/syllables.ts) for tone-exact, whole-syllable
 *   matching. The HTML on disk is untouched.
 * - Next to the index goes the site's vocabulary (folded words, most frequent
 *   first) for spelling suggestions, and the UI bundles we do not use are removed.
 */
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { toIndexHtml, toIndexPage } from './searchText.ts';

import { BUNDLE_DIR, MARKER, MARKER_ATTRIBUTE, VOCABULARY_FILE } from './keys.ts';

// Shared with the search page and SearchIndexData (keys.ts); re-exported for the tools that read the bundle.
export { BUNDLE_DIR, MARKER_ATTRIBUTE, VOCABULARY_FILE };

/** Pagefind UI bundles the site does not use (it has its own Vietnamese UI). */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Pages handed to the Pagefind service and not yet answered; beyond this, add() waits. */
const IN_FLIGHT = 64;

export interface IndexReport {
  /** Pages indexed, by URL. */
  indexed: string[];
  /** Pages with a search body that were left out, and why. */
  skipped: { url: string; reason: string }[];
  /** Distinct folded words in the vocabulary. */
  vocabularySize: number;
  /** Bytes of the bundle on disk (index, fragments, filters, JS, WASM, vocabulary). */
  bundleBytes: number;
  /** Bytes of the index proper (index, fragment, filter and meta files). */
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
 * (`<html lang>` kept, so Pagefind still reads the language), or null when
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

/** The vocabulary of a page indexed as it is (the measurement of Pagefind's plain behaviour). */
function countPlain(body: string, vocabulary: Map<string, number>): void {
  toIndexHtml(body, vocabulary);
}

async function dirBytes(dir: string, filter: (rel: string) => boolean = () => true, base = dir): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await dirBytes(path, filter, base);
    else if (filter(relative(base, path))) total += (await stat(path)).size;
  }
  return total;
}

export interface BuildOptions {
  /** Key the syllables (default true). False gives Pagefind's plain behaviour on the same pages. */
  fold?: boolean;
}

/** One index, fed page by page, written once at the end. */
export class SearchIndexer {
  private readonly report: IndexReport = { indexed: [], skipped: [], vocabularySize: 0, bundleBytes: 0, indexBytes: 0, errors: [] };
  private readonly vocabulary = new Map<string, number>();
  private readonly pending = new Set<Promise<void>>();
  private readonly index: Promise<pagefind.PagefindIndex>;
  private readonly options: BuildOptions;

  constructor(options: BuildOptions = {}) {
    this.options = options;
    this.index = pagefind.createIndex({ forceLanguage: 'vi' }).then((created) => {
      if (!created.index) throw new Error(`Pagefind: ${created.errors.join('; ')}`);
      return created.index;
    });
    // Surface a failed start in finish(), not as an unhandled rejection.
    this.index.catch(() => {});
  }

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
    const content = this.options.fold === false ? (countPlain(body, this.vocabulary), body) : toIndexPage(body, this.vocabulary);
    const index = await this.index;
    const sent: Promise<void> = index.addHTMLFile({ url, content }).then(
      (added) => void this.report.errors.push(...added.errors),
      (error: unknown) => void this.report.errors.push(`${url}: ${String(error)}`),
    );
    this.pending.add(sent);
    void sent.finally(() => this.pending.delete(sent));
    if (this.pending.size >= IN_FLIGHT) await Promise.race(this.pending);
  }

  /** Write `<outDir>/pagefind/` with the vocabulary, and close the Pagefind service. */
  async finish(outDir: string): Promise<IndexReport> {
    const bundle = join(outDir, BUNDLE_DIR);
    const report = this.report;
    try {
      const index = await this.index;
      await Promise.all(this.pending);
      const vocabulary = [...this.vocabulary.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([word]) => word);
      report.vocabularySize = vocabulary.length;
      await rm(bundle, { recursive: true, force: true });
      const written = await index.writeFiles({ outputPath: bundle });
      report.errors.push(...written.errors);
      await writeFile(join(bundle, VOCABULARY_FILE), JSON.stringify(vocabulary));
      for (const name of UNUSED_FILES) await rm(join(bundle, name), { force: true });
      report.bundleBytes = await dirBytes(bundle);
      report.indexBytes = await dirBytes(bundle, (rel) => /^(index|fragment|filter)[\\/]|\.pf_meta$/.test(rel));
      await index.deleteIndex().catch(() => {});
    } finally {
      await pagefind.close();
    }
    return report;
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
export async function buildSearchIndex(outDir: string, options: BuildOptions = {}): Promise<IndexReport> {
  const indexer = new SearchIndexer(options);
  for (const file of await htmlFiles(outDir, join(outDir, BUNDLE_DIR))) {
    await indexer.add(urlOf(outDir, file), await readFile(file, 'utf8'));
  }
  return indexer.finish(outDir);
}
