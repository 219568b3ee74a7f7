/**
 * Search queries as people type them, and the search page's URL state.
 * Pure: no DOM, no Pagefind. The search page, the relevance tests and the
 * Node harness all go through these functions.
 *
 * URL shape (shareable, bookmarkable):
 *   /tim-kiem/?q=thi+dua&phuong=phuong-phuc-loi-00136&phong-trao=…&chuyen-muc=…&nam=2015&sap-xep=moi-nhat
 */
import { foldVietnamese, normalizeSpaces, toNFC } from '../lib/vietnamese.ts';
import { FILTER, FILTER_KEYS, type FilterKey } from './keys.ts';
import { SEARCH } from '../lib/routes.ts';

/** Filter keys: the URL parameter and the index's filter share the name (search/keys.ts). */
export { FILTER_KEYS, type FilterKey } from './keys.ts';

/** Relevance (the default, absent from the URL) or newest first. */
export type SortOrder = 'lien-quan' | 'moi-nhat';

export interface SearchState {
  /** The query as typed, NFC and with spaces collapsed. */
  q: string;
  /** At most one value per filter; filters combine (AND). */
  filters: Partial<Record<FilterKey, string>>;
  sort: SortOrder;
}

/** Longest query we look at; anything longer is cut (a paste of a whole article helps no one). */
export const MAX_QUERY_LENGTH = 200;

/** NFC, spaces collapsed, quotes dropped (phrase search is not offered), cut to a sane length. */
export function normalizeQuery(raw: string): string {
  const text = normalizeSpaces(toNFC(raw).replace(/["“”„«»]/g, ' '));
  return text.length > MAX_QUERY_LENGTH ? text.slice(0, MAX_QUERY_LENGTH).replace(/\s+\S*$/, '') : text;
}

/** A token the index can match: it has at least one letter or digit. */
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

/** The query's terms, in order, duplicates (after folding) removed. */
export function queryTerms(query: string): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const token of normalizeQuery(query).split(' ')) {
    if (!HAS_WORD_CHAR.test(token)) continue;
    const key = foldVietnamese(token);
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(token);
  }
  return terms;
}

/** The query without the given terms ("thi xyz" without "xyz" → "thi"). */
export function withoutTerms(query: string, drop: readonly string[]): string {
  const dropped = new Set(drop.map((t) => foldVietnamese(t)));
  return queryTerms(query)
    .filter((t) => !dropped.has(foldVietnamese(t)))
    .join(' ');
}

const isFilterKey = (key: string): key is FilterKey => (FILTER_KEYS as readonly string[]).includes(key);

/** Values that can appear in a filter: ids (a-z, 0-9, hyphen, slash) and years. Anything else is ignored. */
const FILTER_VALUE = /^[a-z0-9][a-z0-9/-]{0,120}$/;

/** Read the state from a query string (`?q=…&phuong=…`) or URLSearchParams. Unknown or malformed parameters are ignored. */
export function parseSearchParams(input: URLSearchParams | string): SearchState {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input;
  const filters: SearchState['filters'] = {};
  for (const [key, value] of params) {
    if (!isFilterKey(key) || filters[key] !== undefined) continue;
    const v = value.trim().toLowerCase();
    if (!FILTER_VALUE.test(v)) continue;
    if (key === FILTER.year && !/^\d{4}$/.test(v)) continue;
    filters[key] = v;
  }
  return {
    q: normalizeQuery(params.get('q') ?? ''),
    filters,
    sort: params.get('sap-xep') === 'moi-nhat' ? 'moi-nhat' : 'lien-quan',
  };
}

/** The query string for a state, parameters in a fixed order so equal states give equal URLs. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const q = normalizeQuery(state.q);
  if (q) params.set('q', q);
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort === 'moi-nhat') params.set('sap-xep', 'moi-nhat');
  return params;
}

/** `/tim-kiem/?q=…` for a state. */
export function searchHref(state: SearchState, base: string = SEARCH): string {
  const query = toSearchParams(state).toString();
  return query ? `${base}?${query}` : base;
}

/** A copy of the state with one filter set (or removed when value is undefined). */
export function withFilter(state: SearchState, key: FilterKey, value: string | undefined): SearchState {
  const filters = { ...state.filters };
  if (value) filters[key] = value;
  else delete filters[key];
  return { ...state, filters };
}

/** Whether the state asks for anything at all. */
export function isEmptyState(state: SearchState): boolean {
  return queryTerms(state.q).length === 0 && Object.keys(state.filters).length === 0;
}

// ---------------------------------------------------------------------------
// Typing without a Vietnamese keyboard: Telex and VNI key sequences.
// Only tried for a term that matched nothing as typed.

const VOWELS = 'aeiouy';
/** Letters that never end a Vietnamese syllable but are Telex tone keys (s f r x j). */
const TELEX_TONES = new Set(['s', 'f', 'r', 'x', 'j']);

/**
 * A term typed in Telex without an IME ("thuowngr", "ddeenf", "khen thuowngr"),
 * folded to what it spells ("thuong", "den"); null when it does not look like Telex.
 */
export function telexFold(term: string): string | null {
  const t = term.toLowerCase();
  if (!/^[a-z]+$/.test(t)) return null;
  const firstVowel = [...t].findIndex((c) => VOWELS.includes(c));
  if (firstVowel < 0) return null;
  let head = t.slice(0, firstVowel);
  let tail = t.slice(firstVowel);
  // dd → d (đ) in the initial consonant.
  head = head.replace(/^dd/, 'd');
  // Tone keys after the vowel, the w (ư ơ ă) key and doubled vowels (â ê ô).
  tail = [...tail].filter((c) => !TELEX_TONES.has(c) && c !== 'w').join('');
  tail = tail.replace(/aa/g, 'a').replace(/ee/g, 'e').replace(/oo/g, 'o');
  const out = head + tail;
  return out !== t && out.length > 0 ? out : null;
}

/**
 * A term typed in VNI ("d9u7o7ng2", "lo75i"): digits after a vowel or d, or
 * at the end, are marks; folded to the letters. Null when it does not look like VNI
 * (document numbers such as "ubtvqh15" keep their digits).
 */
export function vniFold(term: string): string | null {
  const t = term.toLowerCase();
  if (!/^[a-z][a-z0-9]*$/.test(t) || !/[1-9]/.test(t)) return null;
  let out = '';
  let prev = '';
  for (const [i, c] of [...t].entries()) {
    if (/[0-9]/.test(c)) {
      // A mark key follows its vowel (or d), or ends the word (the tone, typed last).
      const last = i === t.length - 1;
      if (c === '0' || !(VOWELS.includes(prev) || prev === 'd' || /[1-9]/.test(prev) || last)) return null;
    } else out += c;
    prev = c;
  }
  if (![...out].some((c) => VOWELS.includes(c))) return null;
  return out.length > 0 && out !== t ? out : null;
}

// ---------------------------------------------------------------------------
// Spelling: the closest word of the site's own vocabulary.

/** Optimal string alignment distance (Levenshtein plus adjacent transposition), capped at `max + 1`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i]![0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
  }
  return Math.min(rows[a.length]![b.length]!, max + 1);
}

/** How far a term may be from a vocabulary word to be taken as a typo of it. Short words are too ambiguous. */
export function allowedDistance(length: number): number {
  if (length >= 8) return 2;
  if (length >= 4) return 1;
  return 0;
}

/**
 * The vocabulary words (folded) a misspelt term most likely meant, best
 * first: nearest, then commonest. `vocabulary` is folded words, most
 * frequent first. Empty for short words, numbers and codes, and for a term
 * the vocabulary already has.
 */
export function closestWords(term: string, vocabulary: readonly string[], limit = 3): string[] {
  const folded = foldVietnamese(term).replace(/[^\p{L}\p{N}]/gu, '');
  const max = allowedDistance(folded.length);
  if (max === 0 || /\d/.test(folded)) return [];
  const found: { word: string; distance: number; rank: number }[] = [];
  for (const [rank, word] of vocabulary.entries()) {
    if (word === folded) return [];
    const distance = editDistance(folded, word, max);
    if (distance <= max) found.push({ word, distance, rank });
  }
  return found
    .sort((a, b) => a.distance - b.distance || a.rank - b.rank)
    .slice(0, limit)
    .map((f) => f.word);
}
