/**
 * Writes the search index (format.ts) from page records; Node only. Pages
 * arrive one at a time while Astro renders them and are written once at the
 * end: postings need the final numbering (newest first) and the average page
 * length.
 *
 * Scoring is BM25's term-frequency part, computed here per page and word so
 * the reader only adds: weight / (weight + k1 × (1 − b + b × length / average)),
 * 0…1. The weight is the word's occurrences in the text, each counted by its
 * heading weight (pageRecord.ts); the searched meta values' occurrences add a
 * part of their own (0…1, not normalised by length). The sum, 0…MAX_PART, is
 * quantised to 1…QUANT.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PageRecord } from './pageRecord.ts';
import {
  encodeAscending,
  encodeNumbers,
  escapeHtml,
  filtersPath,
  FORMAT_VERSION,
  fragmentPath,
  INDEX_FILE,
  MAX_PART,
  QUANT,
  SHARD_BYTES,
  shardPath,
  tokenWords,
  type FiltersFile,
  type FragmentFile,
  type IndexFile,
  type ShardFile,
} from './format.ts';

/** BM25's usual constants: saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;

export interface WriterOptions {
  /** The sort key pages are numbered by, newest (largest) first. */
  sort: string;
  /** Meta keys whose words are searched, with the weight of each word. */
  searchedMeta: Readonly<Record<string, number>>;
}

export interface WrittenIndex {
  pages: number;
  words: number;
  shards: number;
  /** Bytes of every file written. */
  bytes: number;
}

interface StoredPage {
  fragment: FragmentFile;
  sortValue: string;
  length: number;
  words: Int32Array;
  /** Each word's weight in the text, and in the searched meta values. */
  text: Float32Array;
  meta: Float32Array;
}

export class IndexWriter {
  private readonly pages: StoredPage[] = [];
  private readonly wordIds = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly tokens = new Map<string, number[]>();
  private readonly options: WriterOptions;

  constructor(options: WriterOptions) {
    this.options = options;
  }

  get size(): number {
    return this.pages.length;
  }

  /** The index words of a token, as ids. Ten million tokens in a large archive, a hundred thousand distinct: each is split once. */
  private tokenIds(token: string): readonly number[] {
    let ids = this.tokens.get(token);
    if (ids === undefined) {
      ids = tokenWords(token).map((word) => this.wordId(word));
      this.tokens.set(token, ids);
    }
    return ids;
  }

  private wordId(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.wordIds.set(word, id);
    }
    return id;
  }

  add(record: PageRecord): void {
    const text = new Map<number, number>();
    const meta = new Map<number, number>();
    const count = (into: Map<number, number>, token: string, weight: number) => {
      for (const id of this.tokenIds(token)) into.set(id, (into.get(id) ?? 0) + weight);
    };
    record.words.forEach((word, i) => count(text, word, record.weights[i] ?? 1));
    for (const [key, weight] of Object.entries(this.options.searchedMeta)) {
      for (const token of (record.meta[key] ?? '').split(/\s+/)) if (token) count(meta, token, weight);
    }
    const ids = [...new Set([...text.keys(), ...meta.keys()])];
    this.pages.push({
      fragment: { url: record.url, content: escapeHtml(record.words.join(' ')), meta: record.meta, filters: record.filters },
      sortValue: record.sort[this.options.sort] ?? '',
      length: Math.max(1, record.words.length),
      words: Int32Array.from(ids),
      text: Float32Array.from(ids, (id) => text.get(id) ?? 0),
      meta: Float32Array.from(ids, (id) => meta.get(id) ?? 0),
    });
  }

  /** Write the index into `dir` (the bundle folder); the caller empties it first. */
  async write(dir: string): Promise<WrittenIndex> {
    // Newest first; pages of one moment by URL, so a rebuild numbers them the same.
    const pages = [...this.pages].sort((a, b) => (a.sortValue < b.sortValue ? 1 : a.sortValue > b.sortValue ? -1 : a.fragment.url < b.fragment.url ? -1 : 1));
    const average = pages.reduce((sum, p) => sum + p.length, 0) / Math.max(1, pages.length);

    const postings: number[][] = this.words.map(() => []);
    // Two saturations, 0…1 each: the text's, normalised by the page's length, and the meta's,
    // not (a ward name in the meta says as much about a long article as about a short one).
    const saturated = (w: number, norm: number) => (w > 0 ? w / (w + norm) : 0);
    pages.forEach((page, number) => {
      const norm = K1 * (1 - B + (B * page.length) / average);
      for (let i = 0; i < page.words.length; i++) {
        const part = saturated(page.text[i]!, norm) + saturated(page.meta[i]!, K1);
        postings[page.words[i]!]!.push(number, Math.min(QUANT, Math.max(1, Math.round((part / MAX_PART) * QUANT))));
      }
    });

    const order = this.words.map((_, id) => id).sort((a, b) => (this.words[a]! < this.words[b]! ? -1 : 1));
    const shards: ShardFile[] = [];
    let current: ShardFile = { w: [], p: [] };
    let size = 0;
    for (const id of order) {
      const list = postings[id]!;
      let encoded = '';
      for (let i = 0, previous = 0; i < list.length; i += 2) {
        encoded += encodeNumbers([list[i]! - previous, list[i + 1]!]);
        previous = list[i]!;
      }
      if (size > 0 && size + encoded.length > SHARD_BYTES) {
        shards.push(current);
        current = { w: [], p: [] };
        size = 0;
      }
      current.w.push(this.words[id]!);
      current.p.push(encoded);
      size += encoded.length + this.words[id]!.length;
    }
    if (current.w.length) shards.push(current);

    const filterValues: Record<string, string[]> = {};
    const filterFile: FiltersFile = {};
    const byFilter = new Map<string, Map<string, number[]>>();
    pages.forEach((page, number) => {
      for (const [key, values] of Object.entries(page.fragment.filters)) {
        const lists = byFilter.get(key) ?? byFilter.set(key, new Map()).get(key)!;
        for (const value of values) (lists.get(value) ?? lists.set(value, []).get(value)!).push(number);
      }
    });
    for (const [key, lists] of [...byFilter].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const values = [...lists.keys()].sort();
      filterValues[key] = values;
      filterFile[key] = values.map((v) => encodeAscending(lists.get(v)!));
    }

    // The files, named under the hash of all of them: identical input, identical output.
    const bodies = new Map<string, string>();
    const hash = createHash('sha256');
    const shardBodies = shards.map((s) => JSON.stringify(s));
    const fragmentBodies = pages.map((p) => JSON.stringify(p.fragment));
    const filtersBody = JSON.stringify(filterFile);
    for (const body of [...shardBodies, ...fragmentBodies, filtersBody]) hash.update(body).update('\0');
    const build = hash.digest('hex').slice(0, 12);
    shardBodies.forEach((body, i) => bodies.set(shardPath(build, i), body));
    fragmentBodies.forEach((body, i) => bodies.set(fragmentPath(build, i), body));
    bodies.set(filtersPath(build), filtersBody);
    const index: IndexFile = { v: FORMAT_VERSION, build, pages: pages.length, shards: shards.map((s) => s.w[0]!), sort: this.options.sort, filters: filterValues };
    bodies.set(INDEX_FILE, JSON.stringify(index));

    let bytes = 0;
    const folders = new Set([...bodies.keys()].map((path) => dirname(join(dir, path))));
    for (const folder of folders) await mkdir(folder, { recursive: true });
    const entries = [...bodies];
    for (let i = 0; i < entries.length; i += 64) {
      await Promise.all(
        entries.slice(i, i + 64).map(([path, body]) => {
          bytes += Buffer.byteLength(body);
          return writeFile(join(dir, path), body);
        }),
      );
    }
    return { pages: pages.length, words: this.words.length, shards: shards.length, bytes };
  }
}
