/**
 * Text as the search index sees it, and back as readers see it. Pure.
 *
 * The index never sees a Vietnamese syllable as written: each one becomes
 * its syllable key (search/syllables.ts), an ASCII word that spells it exactly,
 * tone and case included, so that a query can ask for "đà" and not đã,
 * Đảng or đạo, or for "phu" as a whole syllable and not phường:
 *
 *     "Thi đua, khen thưởng"  →  "zjthiwzaaab zjduawzabaca, zjkhenwzaaaa zjthuongwzdacca"
 *
 * Words that are not one syllable (numbers, "34-CT/TW", "iPhone") stay as
 * written. A key replaces its word instead of standing beside it: twins
 * doubled the words indexed (and, when the index was Pagefind's, made it
 * three times slower). Keys decode back to the exact word, so
 * excerpts and result titles read as written. Only the index sees keys: the
 * pages people read are untouched.
 */
import { foldVietnamese, toNFC } from '../lib/vietnamese.ts';
import { decodeKey, KEY_PATTERN, syllableKey } from './syllables.ts';
import { SEARCHED_META } from './keys.ts';

/** Punctuation around a word, HTML entities included ("&quot;Nẵng&quot;,"). */
const EDGE = String.raw`(?:[^\p{L}\p{M}&\s]|&(?:[a-z]+|#\d+|#x[0-9a-f]+);|&)*`;
const TOKEN = new RegExp(`^(${EDGE})([\\p{L}\\p{M}]+)(${EDGE})$`, 'iu');

/**
 * Marks a folded twin: a token that is not one syllable but has đ ("Đ/c",
 * "QĐ-UBND") stays as written and gets its folded form after it, since
 * such words are indexed as written ("d/c" would never find "Đ/c").
 * Invisible, never typed; excerpts drop twins.
 */
export const TWIN_MARK = '\u2063';

/**
 * Tokens seen before, and what they became. An archive of 10,000 articles
 * has ten million words but only tens of thousands of distinct ones, so each
 * is keyed (and folded, for the vocabulary) once. Bounded, for very large runs.
 */
const TOKEN_CACHE_LIMIT = 500_000;
const tokens = new Map<string, { keyed: string; words: string[] }>();
function tokenInfo(token: string): { keyed: string; words: string[] } {
  let info = tokens.get(token);
  if (info === undefined) {
    if (tokens.size >= TOKEN_CACHE_LIMIT) tokens.clear();
    info = { keyed: keyTokenUncached(toNFC(token)), words: vocabularyWords(token) };
    tokens.set(token, info);
  }
  return info;
}

/** One whitespace-free token with its syllable as a key, punctuation kept ("Nẵng," → "zjnangwzecbb,"). */
export function keyToken(token: string): string {
  return tokenInfo(token).keyed;
}

function keyTokenUncached(token: string): string {
  const match = TOKEN.exec(token);
  const key = match ? syllableKey(match[2]!) : null;
  if (key) return match![1]! + key + match![3]!;
  return /[đĐ]/.test(token) ? `${token} ${TWIN_MARK}${foldVietnamese(token)}` : token;
}

/**
 * Plain text as the index gets it: every syllable a key. NFC throughout.
 * With `vocabulary`, the folded words of the text are counted into it on the way.
 */
export function toIndexText(text: string, vocabulary?: Map<string, number>): string {
  return text.replace(/[^\s]+/g, (token) => {
    const info = tokenInfo(token);
    if (vocabulary) for (const word of info.words) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
    return info.keyed;
  });
}

function indexText(text: string, vocabulary?: Map<string, number>): string {
  if (!text) return text;
  // đ written as an entity (&#273;) is a letter like any other.
  const decoded =
    text.indexOf('&') < 0
      ? text
      : text
          .replace(/&#(?:273|x111);/gi, 'đ')
          .replace(/&#(?:272|x110);/gi, 'Đ')
          .replace(/&dstrok;/g, 'đ')
          .replace(/&Dstrok;/g, 'Đ');
  return toIndexText(decoded, vocabulary);
}

/**
 * HTML as the index gets it: keys in its text, never inside tags,
 * attributes, comments, scripts or styles.
 */
export function toIndexHtml(html: string, vocabulary?: Map<string, number>): string {
  const skip = /<!--[\s\S]*?-->|<(script|style|template|textarea)\b[\s\S]*?<\/\1\s*>|<[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/gi;
  let out = '';
  let last = 0;
  for (const match of html.matchAll(skip)) {
    out += indexText(html.slice(last, match.index), vocabulary);
    out += match[0];
    last = match.index + match[0].length;
  }
  return out + indexText(html.slice(last), vocabulary);
}

/** Meta values the index searches (SEARCHED_META: title, ward and category names, place names), keyed like the text. */
const KEYED_META = new RegExp(`(data-pagefind-meta="(?:${Object.keys(SEARCHED_META).join('|')})\\[data-value\\]"\\s+data-value=")([^"]*)(")`, 'g');

/** The page as the index gets it: text and searched meta values keyed, so a title word still counts as a title word. */
export function toIndexPage(html: string, vocabulary?: Map<string, number>): string {
  return toIndexHtml(html, vocabulary).replace(KEYED_META, (_, open: string, value: string, close: string) => open + indexText(value) + close);
}

/** Indexed text (a meta value, an excerpt) back as written: every key decoded. */
export function fromIndexText(text: string): string {
  return text.replace(/\s*\u2063\S*/g, '').replace(KEY_PATTERN, (key) => decodeKey(key) ?? key);
}

// ---------------------------------------------------------------------------
// Excerpts: the search layer (pagefindIndex.ts) joins the indexed words with
// spaces and wraps the letters of matched words in <mark> ("<mark>zj…</mark>.",
// punctuation outside). Keys are decoded back into the words they spell.

const MARK_OPEN = '<mark>';
const MARK_CLOSE = '</mark>';
const MARK = /^(.*?)<mark>(.*?)<\/mark>(.*)$/s;

interface ExcerptWord {
  /** Punctuation before the highlight, the highlighted part, punctuation after (a word not marked is all `core`). */
  pre: string;
  core: string;
  post: string;
  marked: boolean;
}

const wordText = (w: ExcerptWord) => w.pre + w.core + w.post;

function excerptWords(excerpt: string): ExcerptWord[] {
  return excerpt
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => {
      const m = MARK.exec(w);
      return m ? { pre: m[1]!, core: m[2]!, post: m[3]!, marked: true } : { pre: '', core: w, post: '', marked: false };
    });
}

/** The words of an excerpt as written: keys decoded, twins dropped (a matched twin highlights its word). */
function writtenWords(excerpt: string): ExcerptWord[] {
  const words: ExcerptWord[] = [];
  for (const word of excerptWords(excerpt)) {
    if (wordText(word).startsWith(TWIN_MARK)) {
      const previous = words[words.length - 1];
      if (previous && word.marked && !previous.marked) Object.assign(previous, splitEdges(previous.core), { marked: true });
      continue;
    }
    words.push({ pre: word.pre, core: fromIndexText(word.core), post: word.post, marked: word.marked });
  }
  return words;
}

/** A word's letters apart from its edge punctuation (HTML entities count as punctuation). */
function splitEdges(word: string): { pre: string; core: string; post: string } {
  const m = /^((?:[^\p{L}\p{N}&]|&[#\w]+;)*)(.*?)((?:[^\p{L}\p{N}&;]|&[#\w]+;)*)$/su.exec(word)!;
  return m[2] ? { pre: m[1]!, core: m[2], post: m[3]! } : { pre: '', core: word, post: '' };
}

/** An excerpt's HTML as written, highlights kept. Still HTML (entities escaped by the index). */
export function cleanExcerpt(excerpt: string): string {
  return writtenWords(excerpt)
    .map((w) => (w.marked ? `${w.pre}${MARK_OPEN}${w.core}${MARK_CLOSE}${w.post}` : w.core))
    .join(' ');
}

/** Plain text of an excerpt as written (for screen readers, titles, tests). */
export function plainExcerpt(excerpt: string): string {
  return decodeEntities(writtenWords(excerpt).map(wordText).join(' '));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: ' ' };

/** Decode the few entities the index writes into excerpts (&amp; &lt; &gt; &quot; &#39;), plus numeric ones. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (ENTITIES[name] !== undefined) return ENTITIES[name]!;
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return all;
  });
}

/** Punctuation left on indexed words ("thưởng.", "(CBCCVCNLĐ)") that would stop a text fragment matching. */
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
/** A word that ends a sentence, a heading or a list item (the index adds "." at a block's end: index/pageRecord.ts). */
const ENDS_BLOCK = /[.!?;:…]$/;

/**
 * The highlighted phrases of an excerpt, as plain text in reading order:
 * runs of consecutive marked words, split where a sentence or block ends,
 * edge punctuation trimmed, duplicates (case-insensitive) dropped.
 */
export function highlightedPhrases(excerpt: string, max = 4): string[] {
  const phrases: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const phrase = current.join(' ').replace(EDGE_PUNCTUATION, '').trim();
    if (phrase && !phrases.some((p) => p.toLocaleLowerCase('vi') === phrase.toLocaleLowerCase('vi'))) phrases.push(phrase);
    current = [];
  };
  for (const word of writtenWords(excerpt)) {
    const text = decodeEntities(wordText(word));
    if (!word.marked) {
      flush();
      continue;
    }
    current.push(text);
    if (ENDS_BLOCK.test(text)) flush();
  }
  flush();
  return phrases.slice(0, max);
}

/** Percent-encode a text directive value: encodeURIComponent plus the characters the syntax reserves (- , &). */
function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

/**
 * A URL fragment that makes the browser highlight the phrases on the target
 * page with no script (Text Fragments: `#:~:text=…&text=…`), or '' for none.
 * Browsers without support ignore it and open the page at the top.
 */
export function textFragment(phrases: readonly string[]): string {
  const directives = phrases.filter((p) => p.trim()).map((p) => `text=${encodeTextDirective(p.trim())}`);
  return directives.length ? `#:~:${directives.join('&')}` : '';
}

/** Folded words of at least two letters, for the site vocabulary (spelling suggestions). Digits and codes are left out. */
export function vocabularyWords(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 2);
}

/**
 * An excerpt as plain-text segments, highlighted or not, for building DOM
 * without innerHTML. Only a word's letters are highlighted ("thưởng" of
 * "thưởng."); the space between two highlighted words is too, so a phrase
 * reads as one highlight.
 */
export function excerptSegments(excerpt: string): { text: string; marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  const words = writtenWords(excerpt);
  words.forEach((word, i) => {
    if (i > 0) {
      const previous = words[i - 1]!;
      pieces.push({ text: ' ', marked: previous.marked && !previous.post && word.marked && !word.pre });
    }
    if (word.marked)
      pieces.push(
        { text: decodeEntities(word.pre), marked: false },
        { text: decodeEntities(word.core), marked: true },
        { text: decodeEntities(word.post), marked: false },
      );
    else pieces.push({ text: decodeEntities(word.core), marked: false });
  });
  const segments: { text: string; marked: boolean }[] = [];
  for (const piece of pieces) {
    if (!piece.text) continue;
    const last = segments[segments.length - 1];
    if (last && last.marked === piece.marked) last.text += piece.text;
    else segments.push({ ...piece });
  }
  return segments;
}
