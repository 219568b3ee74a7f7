/**
 * What the index takes from a page's search body (the element that carries
 * data-pagefind-body, cut out by indexer.searchBody): its words in reading
 * order with their weights, and the meta, filters and sort key that
 * SearchIndexData writes. The attributes are Pagefind's, so Pagefind's
 * default configuration (the baseline the relevance tests measure against)
 * reads the same pages the same way; the indexer reads them here and hands
 * Pagefind a custom record (indexer.ts). Pure.
 *
 * - `data-pagefind-ignore` leaves an element's text out (`="all"`: its meta
 *   and filters too).
 * - `data-pagefind-meta="key[attr]"` / `data-pagefind-filter` /
 *   `data-pagefind-sort` take the value of `attr`; `"key:value"` a literal.
 * - Headings weigh more (h1 7 … h6 2, Pagefind's defaults);
 *   `data-pagefind-weight` sets a weight.
 * - A block that does not end a sentence gets "." on its last word, as
 *   Pagefind's text does: excerpts then read as sentences, and highlighted
 *   phrases stop at a heading (searchText.highlightedPhrases).
 */

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

export interface PageRecord {
  url: string;
  /** The text's words (whitespace-free tokens), in reading order. */
  words: string[];
  /** Each word's weight (1 for body text). */
  weights: number[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

const HEADING_WEIGHT: Record<string, number> = { h1: 7, h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 };
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// prettier-ignore
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const SENTENCE_END = /[.!?;:…]$/;

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(/([^\s=/"'>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    out.set(m[1]!.toLowerCase(), decodeHtml(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

/** "key[attr]" → the attribute's value; "key:value" → value. */
function keyed(spec: string, attrs: Map<string, string>): [string, string] | null {
  const fromAttr = /^([^[\]:]+)\[([^\]]+)\]$/.exec(spec.trim());
  if (fromAttr) {
    const value = attrs.get(fromAttr[2]!.toLowerCase());
    return value === undefined ? null : [fromAttr[1]!.trim(), value];
  }
  const literal = /^([^:]+):(.*)$/.exec(spec);
  return literal ? [literal[1]!.trim(), literal[2]!] : null;
}

interface Open {
  name: string;
  ignoreText: boolean;
  ignoreAll: boolean;
  weight: number;
}

const TOKENS =
  /<!--[\s\S]*?-->|<[!?][^>]*>|<(script|style|template|textarea|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;

/**
 * The first value of a filter in a search body, read from its tags alone
 * (the indexer groups pages by year before it reads their text). As
 * pageRecord reads it, but for elements inside `data-pagefind-ignore="all"`.
 */
export function firstFilter(html: string, key: string): string | undefined {
  for (const m of html.matchAll(/<[a-zA-Z][\w-]*((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    if (!m[1]!.includes('data-pagefind-filter')) continue;
    const attrs = attributes(m[1]!);
    const filter = keyed(attrs.get('data-pagefind-filter') ?? '', attrs);
    if (filter?.[0] === key) return filter[1];
  }
  return undefined;
}

/** The record of one search body. */
export function pageRecord(url: string, html: string): PageRecord {
  const record: PageRecord = { url, words: [], weights: [], meta: {}, filters: {}, sort: {} };
  const stack: Open[] = [];
  const top = (): Open => stack[stack.length - 1] ?? { name: '', ignoreText: false, ignoreAll: false, weight: 1 };
  let text = '';
  let textWeight = 1;
  let blockStart = 0;

  const flushText = () => {
    for (const word of decodeHtml(text).split(/[^\S\uFEFF]+/)) {
      if (!word) continue;
      record.words.push(word);
      record.weights.push(textWeight);
    }
    text = '';
  };
  const endBlock = () => {
    flushText();
    const last = record.words.length - 1;
    if (last >= blockStart && !SENTENCE_END.test(record.words[last]!)) record.words[last] += '.';
    blockStart = record.words.length;
  };

  for (const m of html.matchAll(TOKENS)) {
    const token = m[0];
    if (m[3] === undefined) {
      // Text (or a lone "<"); comments, doctypes and raw-text elements.
      if (token.startsWith('<!') || token.startsWith('<?') || m[1]) continue;
      if (top().ignoreText) continue;
      if (top().weight !== textWeight) {
        flushText();
        textWeight = top().weight;
      }
      text += token;
      continue;
    }
    const name = m[3].toLowerCase();
    const closing = m[2] === '/';
    // Inline tags do not split words ("Nẵ<b>ng</b>" reads as one); blocks do.
    if (BLOCK.has(name)) endBlock();
    if (closing) {
      const at = stack.map((o) => o.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      textWeight = top().weight;
      continue;
    }
    const attrs = attributes(m[4] ?? '');
    const parent = top();
    const ignore = attrs.get('data-pagefind-ignore');
    const open: Open = {
      name,
      ignoreAll: parent.ignoreAll || ignore === 'all',
      ignoreText: parent.ignoreText || ignore !== undefined,
      weight: attrs.has('data-pagefind-weight') ? Number(attrs.get('data-pagefind-weight')) || 1 : (HEADING_WEIGHT[name] ?? parent.weight),
    };
    if (!open.ignoreAll) {
      const meta = attrs.get('data-pagefind-meta');
      const filter = attrs.get('data-pagefind-filter');
      const sort = attrs.get('data-pagefind-sort');
      const m1 = meta === undefined ? null : keyed(meta, attrs);
      if (m1) record.meta[m1[0]] = m1[1];
      const f1 = filter === undefined ? null : keyed(filter, attrs);
      if (f1) {
        const values = (record.filters[f1[0]] ??= []);
        if (!values.includes(f1[1])) values.push(f1[1]);
      }
      const s1 = sort === undefined ? null : keyed(sort, attrs);
      if (s1) record.sort[s1[0]] = s1[1];
    }
    if (!VOID.has(name) && !token.endsWith('/>')) stack.push(open);
    textWeight = top().weight;
  }
  endBlock();
  return record;
}
