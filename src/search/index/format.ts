/**
 * The search index's file format, shared by the writer (build, Node) and the
 * reader (the search page, and the tests in Node). No imports beyond pure
 * helpers: the search page's bundle loads this.
 *
 * Why an index of our own and not Pagefind's: at 10,000 articles Pagefind's
 * fixed first download (its metadata of every page's hash, the date sort,
 * WASM and JS: ≈ 185 KB) is over the 150 KB budget before any word is
 * fetched, and it stores every position of every word, so a syllable on
 * every page ("dân", "phố") is a 150–220 KB chunk that its worker scores for
 * a second. This index stores what the search uses and no more:
 *
 * - **Pages are numbered newest first**, so "newest first" is the order of
 *   the numbers: no sort table, and filter lists (a year, a ward) are runs of
 *   small gaps that compress to almost nothing.
 * - **Postings without positions**: a word's pages, each with one number, its
 *   term-frequency part (BM25, page length and heading weights folded in at
 *   build), quantised to 1…31. Phrases are ranked from the fragments of
 *   the first results (engine.ts), which are loaded for display anyway.
 * - **Words sorted and cut into shards** of about SHARD_BYTES, listed in the
 *   index file by their first word, so a word and a prefix load one or two
 *   shards.
 * - **One fragment per page** (URL, indexed text, meta, filters), loaded for
 *   the results shown. Filter lists load when filters or counts are needed.
 *
 * Every file of one build sits under a folder named by the build's hash (the
 * index file names it), so a browser never mixes two builds' files.
 */
import { termStart } from '../../lib/syllables.ts';

/** Bumped when the files change shape; the reader refuses another version. */
export const FORMAT_VERSION = 1;

/** The index file: the one file the reader fetches first (IndexFile). */
export const INDEX_FILE = 'chi-muc.json';

/** Paths of a build's files, relative to the bundle folder. */
export const shardPath = (build: string, shard: number) => `${build}/tu-${shard}.json`;
export const fragmentPath = (build: string, page: number) => `${build}/trang/${page}.json`;
export const filtersPath = (build: string) => `${build}/bo-loc.json`;

/** Target size of a shard's postings (characters); a word's postings are never split. */
export const SHARD_BYTES = 24_000;

/** A posting's weight: text and meta saturations, each 0…1, so 0…MAX_PART; stored as 1…QUANT. */
export const MAX_PART = 2;
export const QUANT = 31;

export interface IndexFile {
  v: typeof FORMAT_VERSION;
  /** Hash of this build's files: the folder they live in. */
  build: string;
  /** Pages in the index, numbered 0… newest first. */
  pages: number;
  /** First word of each shard, ascending: shard i holds the words from shards[i] up to shards[i + 1]. */
  shards: string[];
  /** The sort key pages are numbered by (newest first). */
  sort: string;
  /** Each filter's values, in the order the filter file lists their pages. */
  filters: Record<string, string[]>;
}

/** A shard: its words, ascending, and each word's postings (encodeNumbers of gap, weight pairs). */
export interface ShardFile {
  w: string[];
  p: string[];
}

/** A page's fragment: what results show and what phrase ranking reads. */
export interface FragmentFile {
  url: string;
  /** The indexed text, words separated by single spaces, HTML-escaped (as excerpts are HTML). */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The filter file: for each filter, each value's pages (encodeNumbers of gaps), in IndexFile.filters order. */
export type FiltersFile = Record<string, string[]>;

// ---------------------------------------------------------------------------
// Numbers as text: 5 bits a character, little-endian; a digit of TERMINAL ends
// a number, one of CONTINUED says more follow. Gaps under 32 take one
// character. JSON-safe, no escaping, and gzip finds the repeats.

const TERMINAL = '0123456789abcdefghijklmnopqrstuv';
const CONTINUED = 'wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
const VALUE = new Map<string, [number, boolean]>([
  ...[...TERMINAL].map((c, i): [string, [number, boolean]] => [c, [i, true]]),
  ...[...CONTINUED].map((c, i): [string, [number, boolean]] => [c, [i, false]]),
]);

/** Non-negative integers as one string. */
export function encodeNumbers(numbers: Iterable<number>): string {
  let out = '';
  for (let n of numbers) {
    if (!Number.isInteger(n) || n < 0) throw new Error(`encodeNumbers: ${n} is not a non-negative integer`);
    while (n >= 32) {
      out += CONTINUED[n % 32];
      n = Math.floor(n / 32);
    }
    out += TERMINAL[n];
  }
  return out;
}

/** The integers of encodeNumbers, back. */
export function decodeNumbers(text: string): number[] {
  const out: number[] = [];
  let value = 0;
  let scale = 1;
  for (const ch of text) {
    const digit = VALUE.get(ch);
    if (!digit) throw new Error(`decodeNumbers: unexpected “${ch}”`);
    value += digit[0] * scale;
    if (digit[1]) {
      out.push(value);
      value = 0;
      scale = 1;
    } else scale *= 32;
  }
  if (scale !== 1) throw new Error('decodeNumbers: the text ends inside a number');
  return out;
}

/** Ascending integers as gaps (the first one as itself). */
export function encodeAscending(numbers: readonly number[]): string {
  return encodeNumbers(numbers.map((n, i) => (i === 0 ? n : n - numbers[i - 1]!)));
}

export function decodeAscending(text: string): number[] {
  const gaps = decodeNumbers(text);
  for (let i = 1; i < gaps.length; i++) gaps[i]! += gaps[i - 1]!;
  return gaps;
}

// ---------------------------------------------------------------------------
// Words. The indexed text holds syllable keys (lib/syllables.ts) and words as
// written; the index holds each as lowercase letters and digits.

/** A syllable key as the index holds it: without its tone position and case letters, which no query asks for. */
const SYLLABLE_KEY = /^zj(?:[a-vx-z]|wa)+wz[a-j]+$/;

/**
 * The index words of one whitespace-free token of indexed text: a syllable
 * key up to its modifiers ("zjnangwzecbb," → "zjnangwzec"); any other token
 * joined ("34-CT/TW" → "34cttw") and, when punctuation splits it, its parts
 * too ("34", "ct", "tw"). Lowercase letters and digits only.
 */
export function tokenWords(token: string): string[] {
  const lower = token.toLowerCase();
  const parts = lower.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (parts.length === 0) return [];
  if (parts.length === 1 && SYLLABLE_KEY.test(parts[0]!)) return [parts[0]!.slice(0, -2)];
  const joined = parts.join('');
  return parts.length > 1 ? [...new Set([joined, ...parts])] : [joined];
}

/** A query term as the index compares it: lowercase letters and digits ("34-CT/TW" → "34cttw"). */
export function termWord(term: string): string {
  return term.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * How much a word counts for a term it starts with: fully when it is the
 * term, or the same syllable (the term is a whole or exact syllable key,
 * or all of the syllable's letters); half when the term is only the start of a longer word.
 */
export function similarity(word: string, term: string): number {
  const start = termStart(term);
  if (start !== term) return word.startsWith(`${start}wz`) ? 1 : 0.5;
  if (word === term || word.startsWith(`${term}wz`)) return 1;
  return term.startsWith('zj') && term.includes('wz') ? 1 : 0.5;
}

/** Characters escaped in fragment text (it is HTML, as excerpts are). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '' };

/** Text with its character references decoded. */
export function decodeHtml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}
