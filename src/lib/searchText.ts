/**
 * Text as the search index sees it, and back as readers see it. Pure.
 *
 * Pagefind (≥ 1.5) matches words regardless of tone marks, but đ/Đ is a
 * letter of its own (no Unicode decomposition), so "thi dua" never finds
 * "thi đua". At indexing, every word that contains đ gets a folded twin
 * right after it, marked with an invisible separator (U+2063):
 *
 *     "thi đua khen thưởng"  →  "thi đua \u2063dua khen thưởng"
 *
 * Pagefind strips the mark when it indexes the twin, so "dua" finds the page,
 * while "đua" still matches only the real word, and an accented query keeps
 * Pagefind's bonus for exact diacritics. Only the index sees twins: the pages
 * people read are untouched, and excerpts drop twins again (moving the
 * highlight onto the real word) before anyone sees them.
 */
import { foldVietnamese, toNFC } from './vietnamese.ts';

/** Marks a folded twin in indexed text. Invisible, never typed, stripped by Pagefind's word splitter. */
export const TWIN_MARK = '\u2063';

const HAS_D_STROKE = /[đĐ]/;

/** The twin of one whitespace-free token, or null when it needs none. */
export function twinOf(token: string): string | null {
  if (!HAS_D_STROKE.test(token)) return null;
  return TWIN_MARK + foldVietnamese(token);
}

/** Plain text with a folded twin after each word that contains đ. NFC throughout. */
export function addFoldedTwins(text: string): string {
  return toNFC(text).replace(/[^\s]+/g, (token) => {
    const twin = twinOf(token);
    return twin ? `${token} ${twin}` : token;
  });
}

/**
 * HTML with folded twins added to its text (never inside tags, attributes,
 * comments, scripts or styles). Entities are left as they are; đ written as
 * an entity (&#273;) is decoded first so it gets its twin too.
 */
export function addFoldedTwinsToHtml(html: string): string {
  const skip = /<!--[\s\S]*?-->|<(script|style|template|textarea)\b[\s\S]*?<\/\1\s*>|<[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/gi;
  let out = '';
  let last = 0;
  for (const match of html.matchAll(skip)) {
    out += twinText(html.slice(last, match.index));
    out += match[0];
    last = match.index + match[0].length;
  }
  return out + twinText(html.slice(last));
}

/** Meta values Pagefind searches (title, ward and category names) whose value attributes also get twins. */
const TWINNED_META = /(data-pagefind-meta="(?:title|phuong|chuyen-muc)\[data-value\]"\s+data-value=")([^"]*)(")/g;

/**
 * Folded twins for the text and for the searchable metadata values
 * SearchIndexData writes (title, phuong, chuyen-muc), so "den on dap nghia"
 * also gets Pagefind's boost for words in the title.
 */
export function addFoldedTwinsForIndex(html: string): string {
  return addFoldedTwinsToHtml(html).replace(TWINNED_META, (_, open: string, value: string, close: string) => open + twinText(value) + close);
}

/** Text (a meta value, a title) without its twins. */
export function withoutTwins(text: string): string {
  return text.replace(/\s*\u2063\S*/g, '');
}

function twinText(text: string): string {
  if (!text) return text;
  const decoded = text.replace(/&#(?:273|x111);/gi, 'đ').replace(/&#(?:272|x110);/gi, 'Đ').replace(/&dstrok;/g, 'đ').replace(/&Dstrok;/g, 'Đ');
  return addFoldedTwins(decoded);
}

// ---------------------------------------------------------------------------
// Excerpts: Pagefind joins the indexed words with spaces and wraps matched
// words in <mark>. Twins are removed, and a marked twin marks its real word.

const MARK_OPEN = '<mark>';
const MARK_CLOSE = '</mark>';

interface ExcerptWord {
  text: string;
  marked: boolean;
}

function excerptWords(excerpt: string): ExcerptWord[] {
  return excerpt
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => {
      const marked = w.startsWith(MARK_OPEN) && w.endsWith(MARK_CLOSE);
      return { text: marked ? w.slice(MARK_OPEN.length, -MARK_CLOSE.length) : w, marked };
    });
}

/** The words of an excerpt without twins; a matched twin highlights the word it folds. */
function untwinnedWords(excerpt: string): ExcerptWord[] {
  const words: ExcerptWord[] = [];
  for (const word of excerptWords(excerpt)) {
    if (word.text.startsWith(TWIN_MARK)) {
      const previous = words[words.length - 1];
      if (previous && word.marked) previous.marked = true;
      continue;
    }
    words.push({ ...word });
  }
  return words;
}

/** Pagefind's excerpt HTML without twins, highlights on the real words. Still HTML (entities escaped by Pagefind). */
export function cleanExcerpt(excerpt: string): string {
  return untwinnedWords(excerpt)
    .map((w) => (w.marked ? `${MARK_OPEN}${w.text}${MARK_CLOSE}` : w.text))
    .join(' ')
    .replaceAll(TWIN_MARK, '');
}

/** Plain text of an excerpt without twins (for screen readers, titles, tests). */
export function plainExcerpt(excerpt: string): string {
  return decodeEntities(
    untwinnedWords(excerpt)
      .map((w) => w.text)
      .join(' ')
      .replaceAll(TWIN_MARK, ''),
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: ' ' };

/** Decode the few entities Pagefind writes into excerpts (&amp; &lt; &gt; &quot; &#39;), plus numeric ones. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (ENTITIES[name] !== undefined) return ENTITIES[name]!;
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return all;
  });
}

/** Punctuation Pagefind leaves on words ("thưởng.", "(CBCCVCNLĐ)") that would stop a text fragment matching. */
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
/** A word that ends a sentence, a heading or a list item (Pagefind adds "." between blocks). */
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
  for (const word of untwinnedWords(excerpt)) {
    const text = decodeEntities(word.text).replaceAll(TWIN_MARK, '');
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
  return foldVietnamese(text.replaceAll(TWIN_MARK, ' '))
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 2);
}

/** An excerpt as plain-text segments, highlighted or not (adjacent words merged), for building DOM without innerHTML. */
export function excerptSegments(excerpt: string): { text: string; marked: boolean }[] {
  const segments: { text: string; marked: boolean }[] = [];
  for (const word of untwinnedWords(excerpt)) {
    const text = decodeEntities(word.text).replaceAll(TWIN_MARK, '');
    if (!text) continue;
    const last = segments[segments.length - 1];
    if (!last) segments.push({ text, marked: word.marked });
    else if (last.marked === word.marked) last.text += ` ${text}`;
    // The space between runs goes with the unmarked side, so marks hug their words.
    else if (word.marked) {
      last.text += ' ';
      segments.push({ text, marked: true });
    } else segments.push({ text: ` ${text}`, marked: false });
  }
  return segments;
}
