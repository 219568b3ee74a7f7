/**
 * How the admin matches what an editor types: the list search, the pickers
 * (ward, campaign, category) and the media library.
 *
 * Decap matches with the `fuzzy` package: the typed letters in order,
 * anywhere, with tones counted. So “phuc loi” finds nothing in “Phúc Lợi”,
 * while “phuc” proposes “Phường Cự Khối” (p…h…u…c). The admin's bundle puts
 * this module in fuzzy's place (admin/patches/listSearchFuzzy.ts), with fuzzy's API:
 * - every typed word must begin a word of the text (“loi” finds “Lợi”, “oi”
 *   does not), in any order;
 * - typed without tones, it matches without them (and đ as d); a word typed
 *   with tones matches only those tones, as on the site's search;
 * - whole words rank above prefixes, words spelt as typed above their
 *   toned twins (“phong” before “phòng”), and earlier words above later ones.
 */
import { foldVietnamese, toNFC } from '../src/lib/vietnamese.ts';

export interface MatchResult {
  rendered: string;
  score: number;
}

export interface FilterResult<T> {
  string: string;
  score: number;
  index: number;
  original: T;
}

export interface FilterOptions<T> {
  extract?: (element: T) => string;
  pre?: string;
  post?: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, in lower case NFC. */
function words(text: string): string[] {
  return toNFC(text).toLowerCase().match(WORD) ?? [];
}

const hasDiacritics = (word: string) => foldVietnamese(word) !== word;

/**
 * Matches `pattern` against `text`; null when some typed word begins no word
 * of the text. The score is above 5 for any match (Decap's list search drops
 * scores of 5 or less) and Infinity for the whole text typed.
 */
export function match(pattern: string, text: unknown, _options?: unknown): MatchResult | null {
  const str = typeof text === 'string' ? text : text == null ? '' : String(text);
  const typed = words(pattern);
  if (!typed.length) return { rendered: str, score: 6 };
  const exact = words(str);
  const folded = exact.map(foldVietnamese);
  let score = 10;
  for (const word of typed) {
    const toned = hasDiacritics(word);
    const against = toned ? exact : folded;
    const key = toned ? word : foldVietnamese(word);
    let best = 0;
    against.forEach((candidate, position) => {
      if (!candidate.startsWith(key)) return;
      // Whole word over prefix; the very letters typed over their toneless twin; earlier over later.
      const value = (candidate === key ? 4 : 2) + (exact[position] === word ? 1 : 0) + 1 / (position + 1);
      if (value > best) best = value;
    });
    if (!best) return null;
    score += best;
  }
  if (folded.join(' ') === typed.map(foldVietnamese).join(' ')) score = Infinity;
  return { rendered: str, score };
}

export function test(pattern: string, text: unknown): boolean {
  return match(pattern, text) !== null;
}

/** Elements that match, best first; ties keep their order. */
export function filter<T>(pattern: string, elements: T[] | undefined | null, options: FilterOptions<T> = {}): FilterResult<T>[] {
  if (!elements || elements.length === 0) return [];
  const results: FilterResult<T>[] = [];
  elements.forEach((element, index) => {
    const text = options.extract ? options.extract(element) : element;
    const matched = match(pattern, text);
    if (matched) results.push({ string: matched.rendered, score: matched.score, index, original: element });
  });
  return results.sort((a, b) => b.score - a.score || a.index - b.index);
}

export function simpleFilter(pattern: string, elements: string[]): string[] {
  return elements.filter((element) => test(pattern, element));
}

export default { match, test, filter, simpleFilter };
