/**
 * The content folder as the importer sees it: which news files came from
 * which source page, which ids are taken, the categories and campaigns, and
 * the ward/district entries. All writes are atomic (temporary file, then
 * rename), so an interrupted or failed import never leaves half a file and
 * never damages what was there.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseStoredDate } from '../lib/dates.ts';
import { formatEntryJson, nameKey } from './dvhc.ts';
import { readValue, splitFrontmatter } from '../schema/frontmatter.ts';
import { slugify } from '../lib/vietnamese.ts';
import type { CategoryInfo } from './category.ts';
import type { CampaignInfo } from './tags.ts';

export interface ContentIndex {
  root: string;
  /** Source file name (legacy.importedFrom) → news entry path relative to root, e.g. news/2015/x.md. */
  bySource: Map<string, string>;
  /** News entry ids in use (2015/x), whatever their extension. */
  newsIds: Set<string>;
  /** Imported entries' old addresses (legacy.url) and their ids: links from later imports lead to them. */
  legacyUrls: { url: string; id: string }[];
  /** Category name key (and id) → category id. */
  categories: Map<string, string>;
  /** The portal's categories, id and name. */
  categoryList: CategoryInfo[];
  campaigns: CampaignInfo[];
  wards: Set<string>;
  districts: Set<string>;
}

function listFiles(folder: string, pattern: RegExp): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((entry) => entry.replaceAll('\\', '/'))
    .filter((entry) => pattern.test(entry) && !entry.split('/').some((part) => part.startsWith('_') || part.startsWith('.')))
    .sort();
}

/** legacy.importedFrom, as the importer writes it and as an editor might re-quote it. */
const IMPORTED_FROM = /^ {2,}importedFrom: *(.+)$/m;
/** legacy.url, likewise. */
const LEGACY_URL = /^ {2,}url: *(.+)$/m;

function readNews(root: string, index: ContentIndex): void {
  for (const entry of listFiles(join(root, 'news'), /\.mdx?$/)) {
    index.newsIds.add(entry.replace(/\.mdx?$/, ''));
    const text = readFileSync(join(root, 'news', entry), 'utf8');
    // Only the one field matters and thousands of files are read: read its line, not the whole YAML.
    const head = text.slice(0, text.indexOf('\n---', 3) + 1);
    const url = LEGACY_URL.exec(head);
    if (url) {
      try {
        const value: unknown = readValue(url[1]!);
        if (typeof value === 'string') index.legacyUrls.push({ url: value, id: entry.replace(/\.mdx?$/, '') });
      } catch {
        // Not ours to judge: the build reports a broken value.
      }
    }
    const match = IMPORTED_FROM.exec(head);
    if (!match) continue;
    try {
      const source: unknown = readValue(match[1]!);
      // Keyed NFC: a page saved under a decomposed (NFD) file name is the same page.
      const key = typeof source === 'string' ? source.normalize('NFC') : undefined;
      if (key && !index.bySource.has(key)) index.bySource.set(key, `news/${entry}`);
    } catch {
      // A value YAML cannot read is the build's to report; the file is simply not ours to update.
    }
  }
}

function readCategories(root: string, index: ContentIndex): void {
  for (const entry of listFiles(join(root, 'categories'), /^[^/]+\.json$/)) {
    const id = entry.replace(/\.json$/, '');
    index.categories.set(id, id);
    try {
      const { name } = JSON.parse(readFileSync(join(root, 'categories', entry), 'utf8')) as { name?: unknown };
      if (typeof name === 'string') {
        index.categories.set(nameKey(name), id);
        index.categoryList.push({ id, name });
      } else index.categoryList.push({ id, name: id });
    } catch {
      // An unreadable category file still reserves its id.
      index.categoryList.push({ id, name: id });
    }
  }
}

function readCampaigns(root: string, index: ContentIndex): void {
  for (const entry of listFiles(join(root, 'campaigns'), /\.md$/)) {
    const { data } = splitFrontmatter(readFileSync(join(root, 'campaigns', entry), 'utf8'));
    const period = (data.period ?? {}) as { start?: unknown; end?: unknown };
    const date = (value: unknown) => (typeof value === 'string' ? (parseStoredDate(value) ?? undefined) : undefined);
    if (typeof data.name !== 'string') continue;
    index.campaigns.push({
      id: entry.replace(/\.md$/, ''),
      name: data.name,
      level: typeof data.level === 'string' ? data.level : undefined,
      launchedBy: typeof data.launchedBy === 'string' ? data.launchedBy : undefined,
      wards: Array.isArray(data.wards) ? data.wards.filter((w): w is string => typeof w === 'string') : [],
      aliases: Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [],
      start: date(period.start),
      end: date(period.end),
    });
  }
}

export function scanContent(root: string): ContentIndex {
  const index: ContentIndex = {
    root,
    bySource: new Map(),
    legacyUrls: [],
    newsIds: new Set(),
    categories: new Map(),
    categoryList: [],
    campaigns: [],
    wards: new Set(listFiles(join(root, 'wards'), /^[^/]+\.json$/).map((f) => f.replace(/\.json$/, ''))),
    districts: new Set(listFiles(join(root, 'districts'), /^[^/]+\.json$/).map((f) => f.replace(/\.json$/, ''))),
  };
  readNews(root, index);
  readCategories(root, index);
  readCampaigns(root, index);
  return index;
}

let sequence = 0;

/** writeAtomic's temporaries: `.<pid>-<n>.tmp`. */
const TEMPORARY = /^\.\d+-\d+\.tmp$/;

/**
 * Remove the temporaries an interrupted import left in `root` (a killed
 * process cannot clean up after itself): the next run does. Returns how many.
 */
export function sweepTemporaries(root: string): number {
  let removed = 0;
  let entries: string[];
  try {
    entries = readdirSync(root, { recursive: true, encoding: 'utf8' });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (!TEMPORARY.test(entry.split(/[\\/]/).pop()!)) continue;
    rmSync(join(root, entry), { force: true });
    removed++;
  }
  return removed;
}

/** Write a file whole or not at all: a dot-named temporary file (outside every collection's glob), then rename. */
export function writeAtomic(path: string, text: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${process.pid}-${sequence++}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** A JSON entry (category, ward, district) to create along with an article. */
export interface PendingEntry {
  collection: 'categories' | 'wards' | 'districts';
  id: string;
  data: unknown;
}

/** Write the entries that do not exist yet; returns their paths relative to the root. */
export function writeMissing(index: ContentIndex, entries: readonly PendingEntry[]): string[] {
  const written: string[] = [];
  for (const { collection, id, data } of entries) {
    const path = join(index.root, collection, `${id}.json`);
    if (existsSync(path)) continue;
    writeAtomic(path, formatEntryJson(data));
    written.push(`${collection}/${id}.json`);
  }
  return written;
}

/**
 * The id of the category called `name` (matched folded, so case and marks do
 * not matter), and the entry to create when there is none yet.
 */
export function resolveCategory(index: ContentIndex, name: string): { id: string; pending?: PendingEntry } {
  const known = index.categories.get(nameKey(name)) ?? index.categories.get(slugify(name));
  if (known) return { id: known };
  const id = slugify(name);
  // Menu labels start with a capital even where the old portal wrote them in lower case.
  return { id, pending: { collection: 'categories', id, data: { name: name.charAt(0).toUpperCase() + name.slice(1) } } };
}

/** Where the dataset's licence notice goes: ward and district entries are data taken from it. */
export const DVHC_NOTICE = 'LICENSE-dvhcvn.txt';

/** Ship the dataset's MIT notice with the entries derived from it (written once). */
export function ensureDvhcNotice(root: string, license: string): boolean {
  const path = join(root, DVHC_NOTICE);
  if (existsSync(path) || !license) return false;
  writeAtomic(
    path,
    `content/wards and content/districts are derived from data/dvhc-2025.json.gz,\nitself derived from the dvhcvn/20250701 data set, under this licence:\n\n${license.trim()}\n`,
  );
  return true;
}
