/**
 * A page saved as HTML (a single .html, or a browser's “Save page as…
 * complete” with its `<name>_files` folder) → the same lines a copied text
 * page gives, so one parser reads both (parse.ts). What HTML adds:
 * - the article's region is chosen and the portal's chrome around it (menus,
 *   weather, “Tin liên quan”, counters, side boxes) dropped by structure, not
 *   only by its words;
 * - photos become lines of their own (IMAGE_MARK + index into `images`) and
 *   captions the HTML marks as such (figcaption, the caption row of an image
 *   table, a “caption” class) lines marked CAPTION_MARK, so the body keeps
 *   each caption with its photo;
 * - the headline (h1, or the region's first heading or “title” element) is
 *   passed on as a hint for the header parser.
 * Pure: no file is read and nothing is fetched; `images` only says where each
 * photo was (the importer resolves and checks them).
 */
import { defaultTreeAdapter, parse, type DefaultTreeAdapterTypes } from 'parse5';
import { normalizeSpaces } from '../lib/vietnamese.ts';
import { LegacyError } from './errors.ts';
import { CAPTION_MARK, HEADING_MARK, IMAGE_MARK, ITEM_MARK, LINK_CLOSE, LINK_OPEN, LINK_TEXT, TABLE_MARK, type HtmlTable } from './lines.ts';

export interface HtmlImage {
  /** The src attribute as written (relative path, http… address, or data: URI). */
  src: string;
  alt: string;
}

export interface HtmlPage {
  /** One line per block, blank lines between blocks, photos and captions marked. */
  text: string;
  /** The headline, when the HTML marks one. */
  title?: string;
  /** The language the page declares (`<html lang>`, og:locale, Content-Language), e.g. vi, en-US. */
  lang?: string;
  /** The page's address on the old portal: its canonical link, og:url, or the browser's “saved from url=” note. */
  url?: string;
  images: HtmlImage[];
}

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;
type TextNode = DefaultTreeAdapterTypes.TextNode;

const isElement = (n: Node): n is Element => 'tagName' in n;
const isText = (n: Node): n is TextNode => n.nodeName === '#text';
const parentOf = (n: Node): Node | null => ('parentNode' in n ? n.parentNode : null);
const attr = (n: Node, name: string) => (isElement(n) ? n.attrs.find((a) => a.name === name)?.value : undefined);
const tag = (n: Node) => (isElement(n) ? n.tagName : '');
const classId = (n: Node) => `${attr(n, 'class') ?? ''} ${attr(n, 'id') ?? ''}`.toLowerCase();

/** Never content. */
const DROP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'select',
  'button',
  'input',
  'textarea',
  'head',
  'map',
]);
/** Chrome by its element: navigation and side columns. */
const CHROME_TAGS = new Set(['nav', 'aside']);
/**
 * Chrome by its class or id, as Liferay, SharePoint and Vietnamese portal
 * products name their boxes: menus, side boxes, related news, counters,
 * weather, search, albums, sharing and printing tools, banners, paging.
 */
const CHROME_CLASS =
  /(?:^|[\s_-])(?:menu|menubar|nav|navbar|navigation|sidebar|side-?box|left-?col|right-?col|col-?left|col-?right|related|lien-?quan|tinlienquan|tin-?khac|tinkhac|other-?news|othernews|cung-?chuyen-?muc|counter|thong-?ke|thongke|visitor|truy-?cap|weather|thoi-?tiet|thoitiet|search|tim-?kiem|timkiem|album|gallery-?box|banner|advert|ads|quang-?cao|quangcao|share|social|print|toolbar|tools|comment|binh-?luan|pager|paging|pagination|footer|header-?top|top-?bar|breadcrumbs?|portlet-?topper|taglib|login|poll|binh-?chon|lich-?cong-?tac|video-?box|link-?box|lien-?ket)(?:$|[\s_-])/;
/** Elements that hold the article in the portal products we know, best first. */
const ARTICLE_CLASS = [
  /(?:^|\s)journal-content-article(?:\s|$)/, // Liferay web content
  /(?:^|[\s_-])(?:news-?detail|newsdetail|article-?detail|detail-?news|chi-?tiet|chitiet|tin-?chi-?tiet|noi-?dung-?tin|post-?content|entry-?content|article-?content)(?:$|[\s_-])/,
  /(?:^|\s)ms-rtestate-field(?:\s|$)/, // SharePoint rich text
];
/** Caption containers by class. */
const CAPTION_CLASS =
  /(?:^|[\s_-])(?:caption|rte-?caption|wp-caption-text|image_?desc|img-?desc|photo-?desc|chu-?thich|chuthich|figcaption|desc-?img)(?:$|[\s_-])/;
const TITLE_CLASS = /(?:^|[\s_-])(?:title|tieu-?de|tieude|headline|heading|news-?title|article-?title)(?:$|[\s_-])/;

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'center',
]);
/** Inline elements printed side by side without spaces in the source (a date span next to a views span). */
const SPACED_INLINE = new Set(['span', 'time', 'small', 'label', 'abbr', 'a', 'font']);

function children(n: Node): Node[] {
  // A template's content is a fragment of its own (parse5 keeps childNodes empty), never the page's text.
  return tag(n) === 'template' || !('childNodes' in n) ? [] : n.childNodes;
}

/** The node and everything under it, in document order. A stack, not recursion: a `yield*` per level costs the depth on every node. */
function* walk(n: Node): Generator<Node> {
  const stack = [n];
  for (let node = stack.pop(); node; node = stack.pop()) {
    yield node;
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

function textOf(n: Node): string {
  if (isText(n)) return n.value;
  if (DROP_TAGS.has(tag(n))) return '';
  return children(n)
    .map(textOf)
    .join(tag(n) === 'br' ? '\n' : ' ');
}

const isChrome = (n: Node) => CHROME_TAGS.has(tag(n)) || (isElement(n) && n.tagName !== 'body' && n.tagName !== 'html' && CHROME_CLASS.test(classId(n)));

const scores = new WeakMap<Node, number>();
/**
 * Text in paragraphs that is not link text: what an article has much of and
 * a menu little. Remembered per node: findBody asks for every block's
 * children, which would otherwise add up the same subtrees once per level.
 */
function proseScore(n: Node): number {
  if (isText(n)) return normalizeSpaces(n.value).length;
  let score = scores.get(n);
  if (score !== undefined) return score;
  score = 0;
  // A link's text is link text, however deep inside it.
  if (!DROP_TAGS.has(tag(n)) && !isChrome(n) && tag(n) !== 'a') for (const c of children(n)) score += proseScore(c);
  scores.set(n, score);
  return score;
}

/** The element holding the article body: a known article container, else the block with the most direct prose. */
function findBody(root: Node): Node | undefined {
  const elements = [...walk(root)].filter((n) => isElement(n) && !DROP_TAGS.has(n.tagName));
  for (const pattern of ARTICLE_CLASS) {
    const found = elements.filter((n) => pattern.test(classId(n)) && proseScore(n) > 0);
    if (found.length) return found.reduce((a, b) => (proseScore(b) > proseScore(a) ? b : a));
  }
  const tagged = elements.filter((n) => tag(n) === 'article' || tag(n) === 'main' || attr(n, 'itemprop') === 'articleBody');
  if (tagged.length) return tagged.reduce((a, b) => (proseScore(b) > proseScore(a) ? b : a));
  // A block's own prose: what its paragraph children hold (so the page's <body> does not win by summing everything).
  let best: Node | undefined;
  let bestScore = 0;
  for (const n of elements) {
    if (!BLOCK_TAGS.has(tag(n)) || tag(n) === 'body' || tag(n) === 'html' || isChrome(n)) continue;
    let own = 0;
    for (const c of children(n)) {
      if (
        isText(c) ||
        ['p', 'br', 'span', 'strong', 'b', 'em', 'i', 'font', 'img', 'figure', 'h2', 'h3', 'h4', 'blockquote', 'ul', 'ol', 'table'].includes(tag(c))
      )
        own += proseScore(c);
      // A div used as a paragraph (SharePoint writes them so), not a container of blocks.
      else if (tag(c) === 'div' && !children(c).some((g) => BLOCK_TAGS.has(tag(g)))) own += proseScore(c);
    }
    if (own > bestScore) [best, bestScore] = [n, own];
  }
  return best;
}

function ancestors(n: Node): Node[] {
  const out: Node[] = [];
  for (let p = parentOf(n); p; p = parentOf(p)) out.push(p);
  return out;
}

/** The headline: h1, else a heading or “title” element before the body; it must say something. */
function findTitle(root: Node, body: Node | undefined): Node | undefined {
  const all = [...walk(root)];
  const at = new Map(all.map((n, i) => [n, i]));
  const bodyAt = body ? (at.get(body) ?? -1) : all.length;
  const usable = (n: Node) => {
    const t = normalizeSpaces(textOf(n));
    return t.length >= 5 && t.length <= 250 && !isChrome(n) && !ancestors(n).some(isChrome);
  };
  const inBody = (n: Node) => !!body && (n === body || ancestors(n).includes(body));
  const h1 = all.filter((n) => tag(n) === 'h1' && usable(n));
  // The h1 nearest before the body (a portal's logo is often an h1 too), else one inside it.
  const before = h1.filter((n) => at.get(n)! < bodyAt);
  if (before.length) return before.at(-1);
  if (h1.length) return h1[0];
  const headings = all.filter(
    (n, i) =>
      (/^h[2-3]$/.test(tag(n)) || (isElement(n) && TITLE_CLASS.test(classId(n)) && !/subtitle|sub-title/.test(classId(n)))) &&
      usable(n) &&
      (i < bodyAt || inBody(n)),
  );
  const prior = headings.filter((n) => at.get(n)! < bodyAt);
  return prior.at(-1) ?? headings[0];
}

/** The nearest element holding both nodes. */
function commonAncestor(a: Node, b: Node): Node {
  const chain = [a, ...ancestors(a)];
  for (const p of [b, ...ancestors(b)]) if (chain.includes(p)) return p;
  return chain.at(-1)!;
}

const MAX_CRUMBS = 20;

/** The page's breadcrumb, wherever the portal put it, as one “A > B > C” line. */
function findBreadcrumb(root: Node): string | undefined {
  for (const n of walk(root)) {
    if (!isElement(n) || !/bread-?crumb|duong-?dan|duongdan/.test(classId(n))) continue;
    const crumbs: string[] = [];
    for (const d of walk(n))
      if (tag(d) === 'a' || tag(d) === 'li' || (tag(d) === 'span' && !children(d).some(isElement))) {
        // A breadcrumb has a handful of crumbs; thousands are a list, and comparing each with all before it would take minutes.
        if (crumbs.length > MAX_CRUMBS) break;
        const t = normalizeSpaces(textOf(d)).replace(/^[>»›/|\s]+|[>»›/|\s]+$/g, '');
        if (t && !crumbs.includes(t) && !crumbs.some((c) => c.includes(t) && tag(d) !== 'li')) crumbs.push(t);
      }
    if (crumbs.length > MAX_CRUMBS) continue;
    const flat =
      crumbs.length > 1
        ? crumbs
        : normalizeSpaces(textOf(n))
            .split(/\s*[>»›/|]\s*/)
            .filter(Boolean);
    if (flat.length > 1) return flat.join(' > ');
  }
  return undefined;
}

class Writer {
  lines: string[] = [];
  images: HtmlImage[] = [];
  private current = '';
  /**
   * The line's last character, kept aside: reading it from `current` (a
   * string grown by +=) flattens the whole line on every inline element,
   * minutes for a paragraph of 20,000 spans.
   */
  private last = '';
  /** The mark of the line being built (a heading's or list item's), given to the first line flushed. */
  pending = '';
  inline(text: string) {
    if (text === '') return;
    this.current += text;
    this.last = text.at(-1)!;
  }
  space() {
    if (this.current !== '' && !/\s/.test(this.last)) this.inline(' ');
  }
  /** End the line being built; a block ends with a blank line after it. */
  flush(mark = '') {
    // A heading or list item is one line: its <br>s become spaces.
    const parts = this.pending ? [this.current.replace(/\n/g, ' ')] : this.current.split('\n');
    for (const part of parts) {
      const text = normalizeSpaces(part);
      if (!text.replace(/\ue005[^\ue006]*\ue006|[\ue005-\ue007]/g, '').trim()) continue;
      this.lines.push((this.pending || mark) + text, '');
      this.pending = '';
    }
    this.current = '';
    this.last = '';
  }
  table(table: HtmlTable) {
    this.flush();
    this.lines.push(TABLE_MARK + JSON.stringify(table), '');
  }
  image(src: string, alt: string) {
    this.flush();
    this.images.push({ src, alt: normalizeSpaces(alt) });
    this.lines.push(`${IMAGE_MARK}${this.images.length - 1}`, '');
  }
  caption(text: string) {
    this.flush();
    const t = normalizeSpaces(text);
    if (t) this.lines.push(CAPTION_MARK + t, '');
  }
}

const images = (n: Node) => [...walk(n)].filter((d) => tag(d) === 'img');
/** Text that is only a caption: an image table's text row, emphasis right after a photo. */
const allEmphasis = (n: Node): boolean => {
  const solid = children(n).filter((c) => !(isText(c) && normalizeSpaces(c.value) === '') && tag(c) !== 'br');
  return solid.length > 0 && solid.every((c) => ['em', 'i'].includes(tag(c)) || (['strong', 'b', 'span', 'font'].includes(tag(c)) && allEmphasis(c)));
};

/** What emit needs to know about where it is: the headline and body (headings inside the body are the article's), the lists it is in. */
interface Context {
  skip: ReadonlySet<Node>;
  title?: Node;
  body?: Node;
  lists: { ordered: boolean; next: number }[];
}

/** Addresses a link may keep; anything else (javascript:, data:, vbscript:, file:) leaves only its text. */
const LINK_SCHEME = /^(?:https?:|mailto:|tel:|\/|\.|#|\?|[^:/?#]+(?:[/?#]|$))/i;

/** A table of data, not layout: rows of short cells, no photos, no tables inside. */
function dataTable(n: Node): HtmlTable | undefined {
  if ([...walk(n)].some((d) => d !== n && (tag(d) === 'table' || tag(d) === 'img'))) return undefined;
  const rows: string[][] = [];
  for (const tr of [...walk(n)].filter((d) => tag(d) === 'tr')) {
    const cells: string[] = [];
    for (const c of children(tr).filter((d) => tag(d) === 'td' || tag(d) === 'th')) {
      const text = normalizeSpaces(textOf(c));
      if (text.length > 300 || children(c).filter((d) => ['p', 'div', 'ul', 'ol'].includes(tag(d))).length > 1) return undefined;
      cells.push(text);
      const span = Math.min(Number(attr(c, 'colspan') ?? 1) || 1, 20);
      for (let k = 1; k < span; k++) cells.push('');
    }
    if (cells.some((c) => c !== '')) rows.push(cells);
  }
  if (rows.length < 2 || Math.max(...rows.map((r) => r.length)) < 2) return undefined;
  const caption = [...walk(n)].find((d) => tag(d) === 'caption');
  const captionText = caption ? normalizeSpaces(textOf(caption)) : '';
  return { rows, ...(captionText ? { caption: captionText } : {}) };
}

const siblingIndex = new WeakMap<Node, Map<Node, number>>();
/** The node after this one in its parent, found through an index of the parent's children (made once: indexOf per link is quadratic). */
function nextSibling(n: Node): Node | undefined {
  const parent = parentOf(n);
  if (!parent) return undefined;
  const kids = children(parent);
  let index = siblingIndex.get(parent);
  if (!index) siblingIndex.set(parent, (index = new Map(kids.map((c, i) => [c, i]))));
  return kids[(index.get(n) ?? Infinity) + 1];
}

const inside = (n: Node, ancestor: Node | undefined) => !!ancestor && (n === ancestor || ancestors(n).includes(ancestor));

function emit(n: Node, out: Writer, ctx: Context): void {
  const { skip } = ctx;
  if (skip.has(n)) return;
  if (isText(n)) {
    out.inline(n.value);
    return;
  }
  if (n.nodeName === '#comment' || n.nodeName === '#documentType') return;
  const t = tag(n);
  if (DROP_TAGS.has(t) || isChrome(n)) return;
  if (t === 'br') return out.inline('\n');
  if (t === 'img') {
    const src = attr(n, 'src') ?? attr(n, 'data-src') ?? '';
    if (src) out.image(src.trim(), attr(n, 'alt') ?? attr(n, 'title') ?? '');
    return;
  }
  // A photo with its caption: <figure>, or the portals' image table (photo row, caption row).
  if (t === 'figure' || (t === 'table' && images(n).length === 1 && normalizeSpaces(textOf(n)).length <= 400)) {
    const captions = [...walk(n)].filter((d) => tag(d) === 'figcaption' || tag(d) === 'caption');
    const caption =
      captions[0] ??
      (t === 'table'
        ? [...walk(n)].filter((d) => (tag(d) === 'td' || tag(d) === 'th') && images(d).length === 0 && normalizeSpaces(textOf(d))).at(0)
        : undefined);
    for (const img of images(n)) emit(img, out, ctx);
    if (caption) out.caption(textOf(caption));
    return;
  }
  if (t === 'table') {
    const table = dataTable(n);
    if (table) return out.table(table);
  }
  if (t === 'a') {
    const href = (attr(n, 'href') ?? '').trim().replace(/[\ue000-\uf8ff\s]+/g, (m) => (/\s/.test(m) ? encodeURIComponent(m) : ''));
    const plain = [...walk(n)].some((d) => d !== n && (BLOCK_TAGS.has(tag(d)) || tag(d) === 'img'));
    if (href && !plain) {
      out.space();
      out.inline(LINK_SCHEME.test(href) ? `${LINK_OPEN}${href}${LINK_TEXT}` : `${LINK_OPEN}${LINK_TEXT}`);
      for (const c of children(n)) emit(c, out, ctx);
      out.inline(LINK_CLOSE);
      // Text right after a link keeps its own spacing (“<a>bài</a>;” stays “bài;”); an element beside it gets a space.
      const next = nextSibling(n);
      if (!next || !isText(next) || /^[\p{L}\p{N}]/u.test(next.value)) out.space();
      return;
    }
  }
  if (t === 'ul' || t === 'ol') {
    out.flush();
    const start = Number(attr(n, 'start') ?? 1);
    ctx.lists.push({ ordered: t === 'ol', next: Number.isSafeInteger(start) ? start : 1 });
    for (const c of children(n)) emit(c, out, ctx);
    ctx.lists.pop();
    out.flush();
    return;
  }
  if (t === 'li' && ctx.lists.length) {
    out.flush();
    const list = ctx.lists.at(-1)!;
    const number = list.ordered ? String(list.next++) : '-';
    out.pending = `${ITEM_MARK}${number},${ctx.lists.length - 1}${ITEM_MARK}`;
    for (const c of children(n)) emit(c, out, ctx);
    out.flush();
    out.pending = '';
    return;
  }
  // The article's own headings (not the headline, nor a heading of the portal around it).
  const heading = /^h([1-6])$/.exec(t);
  if (heading && n !== ctx.title && inside(n, ctx.body) && !ctx.lists.length) {
    out.flush();
    out.pending = `${HEADING_MARK}${Math.min(Math.max(Number(heading[1]), 2), 4)}`;
    for (const c of children(n)) emit(c, out, ctx);
    out.flush();
    out.pending = '';
    return;
  }
  const block = BLOCK_TAGS.has(t);
  if (block) out.flush();
  if (isElement(n) && CAPTION_CLASS.test(classId(n)) && images(n).length === 0) {
    out.caption(textOf(n));
    return;
  }
  // Emphasis alone in the paragraph right after a photo is that photo's caption.
  if ((t === 'p' || t === 'div') && out.lines.at(-2)?.startsWith(IMAGE_MARK) && images(n).length === 0 && allEmphasis(n)) {
    out.caption(textOf(n));
    return;
  }
  if (SPACED_INLINE.has(t)) out.space();
  for (const c of children(n)) emit(c, out, ctx);
  if (SPACED_INLINE.has(t)) out.space();
  if (block) out.flush();
}

/** The page's declared language: `<html lang>`, else og:locale or a Content-Language meta. */
function pageLanguage(htmlEl: Node): string | undefined {
  const declared = attr(htmlEl, 'lang') ?? attr(htmlEl, 'xml:lang');
  if (declared?.trim()) return declared.trim();
  for (const n of walk(htmlEl)) {
    if (tag(n) !== 'meta') continue;
    const name = (attr(n, 'property') ?? attr(n, 'http-equiv') ?? attr(n, 'name') ?? '').toLowerCase();
    if ((name === 'og:locale' || name === 'content-language' || name === 'language') && attr(n, 'content')?.trim()) return attr(n, 'content')!.trim();
  }
  return undefined;
}

/** The page's own address: `<link rel=canonical>`, og:url, or the “saved from url=(…)” comment browsers write. */
function pageAddress(htmlEl: Node, html: string): string | undefined {
  const absolute = (url: string | undefined) => (url && /^https?:\/\/[^\s"<>]+$/i.test(url.trim()) ? url.trim() : undefined);
  for (const n of walk(htmlEl)) {
    if (tag(n) === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(attr(n, 'rel') ?? '') && absolute(attr(n, 'href'))) return absolute(attr(n, 'href'));
  }
  for (const n of walk(htmlEl)) {
    if (tag(n) === 'meta' && (attr(n, 'property') ?? attr(n, 'name'))?.toLowerCase() === 'og:url' && absolute(attr(n, 'content')))
      return absolute(attr(n, 'content'));
  }
  return absolute(/<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4000))?.[1]);
}

/**
 * Elements nested deeper than this fail the page. A saved portal page is a
 * few dozen levels deep; Chromium's parser stops nesting at 512 too. Without
 * a bound, parse5's tree builder does work in proportion to the depth for
 * every tag (scope checks walk the stack of open elements): 200,000 nested
 * <div>s, a 2.2 MB file, took minutes, and 5,000 overflowed the walks below.
 */
export const MAX_HTML_DEPTH = 512;

/** The page's tree, given up as soon as an element would sit deeper than MAX_HTML_DEPTH. */
function parseBounded(html: string): Node {
  // Each node's depth as parse5 places it (a node moved later keeps the depth of its first place; the bound is a guard, not a measure).
  const depth = new Map<Node, number>();
  const place = (parent: Node, child: Node) => {
    const d = (depth.get(parent) ?? 0) + 1;
    if (d > MAX_HTML_DEPTH) {
      throw new LegacyError(
        'too-deep',
        `Trang HTML lồng quá sâu: hơn ${MAX_HTML_DEPTH} tầng thẻ lồng vào nhau, trong khi một trang tin chỉ vài chục tầng; trang hỏng hoặc cố ý làm treo trình nhập, không nhập trang này (HTML nested too deeply)`,
      );
    }
    depth.set(child, d);
  };
  const treeAdapter: typeof defaultTreeAdapter = {
    ...defaultTreeAdapter,
    appendChild(parent, child) {
      place(parent, child);
      defaultTreeAdapter.appendChild(parent, child);
    },
    insertBefore(parent, child, reference) {
      place(parent, child);
      defaultTreeAdapter.insertBefore(parent, child, reference);
    },
    setTemplateContent(template, content) {
      depth.set(content, depth.get(template) ?? 0);
      defaultTreeAdapter.setTemplateContent(template, content);
    },
  };
  return parse(html, { treeAdapter });
}

export function htmlToPage(html: string): HtmlPage {
  const doc = parseBounded(html);
  const htmlEl = children(doc).find((n) => tag(n) === 'html') ?? doc;
  const bodyEl = children(htmlEl).find((n) => tag(n) === 'body') ?? htmlEl;
  const body = findBody(bodyEl);
  const titleNode = findTitle(bodyEl, body);
  let region = body ?? bodyEl;
  if (titleNode && body && !ancestors(titleNode).includes(body)) region = commonAncestor(titleNode, body);

  const out = new Writer();
  const breadcrumb = findBreadcrumb(bodyEl);
  if (breadcrumb) {
    // The text parser knows a breadcrumb by its first crumb, the home page.
    out.inline(/^(?:trang chủ|trang nhất|home)(?![\p{L}])/iu.test(breadcrumb) ? breadcrumb : `Trang chủ > ${breadcrumb}`);
    out.flush();
  }
  // Between the headline and the body only the header belongs (date, views, author): not side boxes the common ancestor also holds.
  const skip = new Set<Node>();
  if (titleNode && body && region !== body) {
    const path = new Set<Node>([titleNode, body, ...ancestors(titleNode), ...ancestors(body)]);
    const order = new Map([...walk(region)].map((n, i) => [n, i]));
    const [from, to] = [order.get(titleNode)!, order.get(body)!];
    for (const [n, at] of order) {
      const parent = parentOf(n);
      if (path.has(n) || !parent || !path.has(parent) || parent === titleNode || parent === body) continue;
      const header = at > from && at < to && normalizeSpaces(textOf(n)).length <= 300 && images(n).length === 0;
      if (!header) skip.add(n);
    }
  }
  emit(region, out, { skip, title: titleNode, body: body ?? region, lists: [] });
  out.flush();
  const title = titleNode ? normalizeSpaces(textOf(titleNode)) : undefined;
  const lang = pageLanguage(htmlEl);
  const url = pageAddress(htmlEl, html);
  return { text: out.lines.join('\n'), images: out.images, ...(title ? { title } : {}), ...(lang ? { lang } : {}), ...(url ? { url } : {}) };
}

/** Does this look like HTML rather than a copied text page? */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p|article|table)[\s>]/i.test(text.slice(0, 2000));
}
