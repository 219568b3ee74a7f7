/**
 * Syllable keys: each Vietnamese syllable of the indexed text is written as
 * one ASCII word that spells it exactly, and decodes back to it. Pure.
 *
 * Pagefind folds tone marks and matches every term as a prefix, so "đà"
 * finds đã, đạo and Đảng, and "phu" finds phường. In Vietnamese the tone is
 * part of the word and a syllable is a word. The index therefore gets, in
 * place of each syllable, its key:
 *
 *     "zj" letters "wz" tone modifiers tone-position case
 *     đà     → zj da wz c ba b a    → zjdawzcbaba
 *     Nẵng   → zj nang wz e c b b   → zjnangwzecbb
 *
 * Every part is a lowercase letter, because Pagefind splits a word that
 * carries punctuation (as the last word of each block does) at every
 * letter–digit boundary and would index the halves of a key with digits.
 * - letters: the syllable folded (đ→d, no marks), lowercase, each w written
 *   "wa" so that "wz" can only be the separator;
 * - tone: a none, b sắc, c huyền, d hỏi, e ngã, f nặng;
 * - modifiers: one letter per a, e, o, u, d of the letters: a plain,
 *   b circumflex (â ê ô) or đ, c breve or horn (ă ơ ư);
 * - tone position: which letter carries the tone, a for the first (hoà and
 *   hòa are one word written two ways, so it comes after what a query asks for);
 * - case: a lower, b Capitalised, c UPPER, so excerpts read as written.
 *
 * What a query asks for is a prefix of the key, and Pagefind matches terms
 * as prefixes:
 * - exact: up to the modifiers ("đà" → zjdawzcba): keys of the same letters
 *   have the same length, so nothing but đà in any case or tone position;
 * - whole syllable, any tone: up to the separator ("da" → zjdawz): đà, đã,
 *   dạ…, never dân or đạt;
 * - a syllable still being typed: the letters ("ph" → zjph); typed with
 *   marks, the letters and then the marks typed so far ("nẵ" → zjna wy ec,
 *   markedPrefixKey), which the index compares with wordMatchesTerm.
 * "zj" starts no Vietnamese word, so Pagefind's fallback for a term nothing
 * starts with (the longest indexed word that starts the term) finds nothing
 * instead of some shorter real word.
 */
import { toNFC } from '../lib/vietnamese.ts';

/** What every key starts with. */
export const KEY_PREFIX = 'zj';

const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const TONES: Record<string, number> = { '\u0301': 1, '\u0300': 2, '\u0309': 3, '\u0303': 4, '\u0323': 5 };
const MODIFIERS: Record<string, number> = { '\u0302': 1, '\u0306': 2, '\u031b': 2 };
const CANDIDATES = 'aeoud';
/** The modifier each candidate letter takes for code 1 and 2 (NFD marks; đ is a letter of its own). */
const MODIFIER_MARKS: Record<string, [string, string]> = {
  a: ['\u0302', '\u0306'],
  e: ['\u0302', ''],
  o: ['\u0302', '\u031b'],
  u: ['', '\u031b'],
  d: ['', ''],
};

/** Latin letters with Vietnamese marks only, in NFD. */
const SYLLABLE = /^(?:(?:[a-zA-Z][\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323]*)|[đĐ])+$/;

interface Parts {
  letters: string;
  tone: number;
  mods: string;
  tonePos: number;
  caseCode: number;
}

function parts(word: string): Parts | null {
  const nfd = toNFC(word).normalize('NFD');
  if (!SYLLABLE.test(nfd)) return null;
  let letters = '';
  let tone = 0;
  let tonePos = 0;
  let mods = '';
  let upper = 0;
  const bases: string[] = [];
  for (let i = 0; i < nfd.length; i++) {
    const raw = nfd[i]!;
    const ch = raw.toLowerCase();
    bases.push(raw);
    if (raw !== ch) upper++;
    if (ch === 'đ') {
      letters += 'd';
      mods += '1';
      continue;
    }
    let mod = 0;
    while (i + 1 < nfd.length && nfd[i + 1]! >= '\u0300' && nfd[i + 1]! <= '\u036f') {
      const mark = nfd[++i]!;
      if (MODIFIERS[mark] !== undefined) mod = MODIFIERS[mark]!;
      else if (TONES[mark] !== undefined) {
        // Two tones on one syllable is not Vietnamese: leave such a word as it is.
        if (tone) return null;
        tone = TONES[mark]!;
        tonePos = letters.length;
      }
    }
    if (CANDIDATES.includes(ch)) mods += String(mod);
    else if (mod) return null;
    letters += ch;
  }
  if (tonePos > 9) return null;
  // A modifier the letter cannot take (a horn on a) would not decode back.
  for (let i = 0, m = 0; i < letters.length; i++) {
    if (!CANDIDATES.includes(letters[i]!)) continue;
    const code = Number(mods[m++]);
    if (code && letters[i] !== 'd' && !MODIFIER_MARKS[letters[i]!]![code - 1]) return null;
  }
  const first = bases[0]!;
  const caseCode = upper === 0 ? 0 : upper === bases.length && bases.length > 1 ? 2 : upper === 1 && first !== first.toLowerCase() ? 1 : -1;
  if (caseCode < 0) return null;
  return { letters, tone, mods, tonePos, caseCode };
}

const SEPARATOR = 'wz';
/** A digit as a letter: 0 → a, 1 → b, … */
const letter = (n: number | string) => String.fromCharCode(97 + Number(n));
const escapeLetters = (letters: string) => letters.replace(/w/g, 'wa');
const codes = (p: Parts) => letter(p.tone) + [...p.mods].map(letter).join('');

/** The key of a syllable as written ("Nẵng" → "zjnangwzecbb"), or null when the word is not one Vietnamese-marked Latin letter run. */
export function syllableKey(word: string): string | null {
  const p = parts(word);
  return p ? `${KEY_PREFIX}${escapeLetters(p.letters)}${SEPARATOR}${codes(p)}${letter(p.tonePos)}${letter(p.caseCode)}` : null;
}

/** What an exact query asks for: the key up to its modifiers ("Đà", "đà" → "zjdawzcba"). */
export function exactKey(word: string): string | null {
  const p = parts(word);
  return p ? `${KEY_PREFIX}${escapeLetters(p.letters)}${SEPARATOR}${codes(p)}` : null;
}

/** What a tone-insensitive whole-syllable query asks for ("da", "đá" → "zjdawz"). */
export function foldedKey(word: string): string | null {
  const p = parts(word);
  return p ? `${KEY_PREFIX}${escapeLetters(p.letters)}${SEPARATOR}` : null;
}

/** What a syllable still being typed asks for: its folded letters ("phư" → "zjphu"). */
export function prefixKey(word: string): string | null {
  const p = parts(word);
  if (!p) return null;
  // A w typed last may still become "wa" (the escape of w) or be the start of the separator.
  return `${KEY_PREFIX}${escapeLetters(p.letters).replace(/wa$/, 'w')}`;
}

/** Starts the marks of a marked prefix: never in a key, where a w of the letters is "wa" and the separator "wz". */
const MARKED = 'wy';

/**
 * What a syllable still being typed with marks asks for: its letters, then
 * the tone and modifiers typed so far ("nẵ" → "zjnawyec": nẵng, never năm or
 * Nam). A mark not typed yet may still come ("nă" on the way to "nẵng"), so a
 * plain letter or no tone asks for nothing. Without marks: prefixKey.
 */
export function markedPrefixKey(word: string): string | null {
  const base = prefixKey(word);
  const p = parts(word);
  if (base === null || p === null || !hasVietnameseMarks(word)) return base;
  return `${base}${MARKED}${codes(p)}`;
}

/** The part of a term that index words must start with (a marked prefix without its marks). */
export function termStart(term: string): string {
  const at = term.startsWith(KEY_PREFIX) ? term.indexOf(MARKED) : -1;
  return at < 0 ? term : term.slice(0, at);
}

/**
 * Whether an index word (or a key in text) answers a query term: it starts
 * with the term; for a marked prefix, it also has each tone and modifier the
 * reader typed (hoà and hòa alike: the tone's position is not compared).
 */
export function wordMatchesTerm(word: string, term: string): boolean {
  return termTest(term)(word);
}

/**
 * wordMatchesTerm for one term, its parts worked out once: it runs for every
 * word of every result page at each keystroke.
 */
export function termTest(term: string): (word: string) => boolean {
  const start = termStart(term);
  if (start === term) return (word) => word.startsWith(start);
  const typed = term.slice(start.length + MARKED.length);
  return (word) => {
    if (!word.startsWith(start)) return false;
    const separator = word.indexOf(SEPARATOR, KEY_PREFIX.length);
    if (separator < 0) return false;
    const codes = word.slice(separator + SEPARATOR.length);
    for (let i = 0; i < typed.length; i++) if (typed[i] !== 'a' && typed[i] !== codes[i]) return false;
    return true;
  };
}

/** Keys in indexed text (decodeKey checks each). */
export const KEY_PATTERN = /zj[a-z]+/g;
const KEY = /^zj((?:[a-vx-z]|wa)+)wz([a-j]+)$/;

/** The syllable a key spells, as written ("zjnang04211" → "Nẵng"), or null when it is not a key. */
export function decodeKey(key: string): string | null {
  const match = KEY.exec(key);
  if (!match) return null;
  const letters = match[1]!.replace(/wa/g, 'w');
  const digits = [...match[2]!].map((c) => String(c.charCodeAt(0) - 97)).join('');
  const candidates = [...letters].filter((c) => CANDIDATES.includes(c)).length;
  if (digits.length !== candidates + 3) return null;
  const tone = Number(digits[0]);
  const tonePos = Number(digits[candidates + 1]);
  const caseCode = Number(digits[candidates + 2]);
  if (tone > 5 || caseCode > 2 || tonePos >= letters.length) return null;
  let out = '';
  let m = 0;
  for (let i = 0; i < letters.length; i++) {
    let ch = letters[i]!;
    let marks = '';
    if (CANDIDATES.includes(ch)) {
      const code = Number(digits[1 + m++]);
      if (code > 2) return null;
      if (code && ch === 'd') ch = code === 1 ? 'đ' : ch;
      else if (code) marks += MODIFIER_MARKS[ch]![code - 1] ?? '';
    }
    if (tone && i === tonePos) marks += TONE_MARKS[tone];
    if (caseCode === 2 || (caseCode === 1 && i === 0)) ch = ch.toUpperCase();
    out += ch + marks;
  }
  return out.normalize('NFC');
}

/** True when the text has a Vietnamese mark or đ: the reader typed tones, so they mean them. */
export function hasVietnameseMarks(text: string): boolean {
  return /đ|[\u0300-\u036f]/.test(toNFC(text).toLowerCase().normalize('NFD'));
}
