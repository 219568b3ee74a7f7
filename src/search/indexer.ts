/**
 * Builds the Pagefind index of a built site through Pagefind's Node API.
 * Called by the Astro integration at the end of `astro build`; Node only.
 *
 * - Only pages that carry SearchIndexData's marker inside their
 *   data-pagefind-body are indexed (articles and campaigns that are public);
 *   a page marked "exclude" (draft, future, withdrawn) or a body without the
 *   marker is skipped and reported.
 * - The HTML handed to Pagefind (never the HTML on disk) gets folded twins
 *   for words with đ (lib/searchText.ts), so "thi dua" finds "thi đua".
 * - Next to the index goes the site's vocabulary (folded words, most frequent
 *   first) for spelling suggestions, and the UI bundles we do not use are removed.
 */
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { addFoldedTwinsForIndex, vocabularyWords } from '../lib/searchText.ts';

/** Where the bundle goes inside the output folder, and its public path. */
export const BUNDLE_DIR = 'pagefind';
/** The vocabulary file inside the bundle folder. */
export const VOCABULARY_FILE = 'tin-phuong-tu-vung.json';
/** SearchIndexData's marker attribute: "index" or "exclude". */
export const MARKER_ATTRIBUTE = 'data-tin-phuong-search';

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

/** The public URL of a built file: "news/2015/x/index.html" → "/news/2015/x/". */
export function urlOf(outDir: string, file: string): string {
  const rel = relative(outDir, file).split(sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

/** Whether a page asks to be indexed: "index", "exclude", or null (no marker). */
export function markerOf(html: string): 'index' | 'exclude' | null {
  const match = new RegExp(`${MARKER_ATTRIBUTE}="(index|exclude)"`).exec(html);
  return (match?.[1] as 'index' | 'exclude' | undefined) ?? null;
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

/** Folded words of the indexed text, most frequent first (ties alphabetical). */
function vocabularyFrom(files: { path: string; content: Uint8Array }[]): string[] {
  const counts = new Map<string, number>();
  for (const file of files) {
    if (!file.path.startsWith('fragment/')) continue;
    const raw = gunzipSync(Buffer.from(file.content));
    const json = raw.subarray(0, 12).toString() === 'pagefind_dcd' ? raw.subarray(12) : raw;
    const fragment = JSON.parse(json.toString('utf8')) as { content?: string };
    for (const word of vocabularyWords(fragment.content ?? '')) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

export interface BuildOptions {
  /** Add folded twins (default true). False gives Pagefind's plain behaviour on the same pages. */
  fold?: boolean;
}

/** Index the built site in `outDir` into `<outDir>/pagefind/`. */
export async function buildSearchIndex(outDir: string, options: BuildOptions = {}): Promise<IndexReport> {
  const fold = options.fold ?? true;
  const bundle = join(outDir, BUNDLE_DIR);
  const report: IndexReport = { indexed: [], skipped: [], vocabularySize: 0, bundleBytes: 0, indexBytes: 0, errors: [] };
  const created = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!created.index) throw new Error(`Pagefind: ${created.errors.join('; ')}`);
  const index = created.index;
  try {
    for (const file of await htmlFiles(outDir, bundle)) {
      const html = await readFile(file, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const url = urlOf(outDir, file);
      const marker = markerOf(html);
      if (marker !== 'index') {
        report.skipped.push({ url, reason: marker === 'exclude' ? 'không công khai (nháp, hẹn giờ hoặc đã gỡ)' : 'thiếu SearchIndexData trong vùng data-pagefind-body' });
        continue;
      }
      const added = await index.addHTMLFile({ url, content: fold ? addFoldedTwinsForIndex(html) : html });
      report.errors.push(...added.errors);
      report.indexed.push(url);
    }
    const { files, errors } = await index.getFiles();
    report.errors.push(...errors);
    const vocabulary = vocabularyFrom(files);
    report.vocabularySize = vocabulary.length;
    await rm(bundle, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: bundle });
    report.errors.push(...written.errors);
    await writeFile(join(bundle, VOCABULARY_FILE), JSON.stringify(vocabulary));
    for (const name of UNUSED_FILES) await rm(join(bundle, name), { force: true });
    report.bundleBytes = await dirBytes(bundle);
    report.indexBytes = await dirBytes(bundle, (rel) => /^(index|fragment|filter)[\\/]|\.pf_meta$/.test(rel));
  } finally {
    await index.deleteIndex().catch(() => {});
    await pagefind.close();
  }
  return report;
}
