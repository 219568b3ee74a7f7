/**
 * Makes article HTML harmless: an allow-list over the HTML tree (hast), so a
 * `<script>`, an `onerror=` or a `javascript:` link written into an article
 * (or carried over from an old portal) never runs on the site.
 *
 * Why an allow-list over a parsed tree rather than escaping raw HTML: old
 * portal articles legitimately contain tables, <b>, <u>, <br>; escaping would
 * print those tags as text. Parsing them (Sätteri `features.rawHtml`) and
 * keeping only known-safe elements and attributes keeps the content and drops
 * anything that could execute.
 *
 * Content shares the page with the site's own markup, so it may not take the
 * site's names: every id (and every `#fragment` link and aria reference to one)
 * gets the prefix `user-content-` (the one GFM footnotes already use), and only
 * the classes the content pipeline itself emits are kept (CONTENT_CLASSES).
 * `rel` keeps known link types only (never `opener`); `target="_blank"` links
 * get `noopener`.
 *
 * Pure: takes and returns plain hast-like objects, so it is tested without
 * the Markdown engine. Returns the very same object when nothing changed, so
 * the plugin only rewrites documents that need it.
 */

export interface HNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HNode[];
  value?: unknown;
  /** MDX JSX elements: component or tag name, and attributes. */
  name?: string | null;
  attributes?: MdxAttribute[];
  data?: unknown;
  [key: string]: unknown;
}

export interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** Elements dropped together with everything inside them. */
// prettier-ignore
const DROP_WITH_CONTENT = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'noembed', 'noframes',
  'template', 'link', 'meta', 'base', 'title', 'head', 'form', 'textarea', 'select', 'option', 'button', 'svg', 'math',
  'canvas', 'audio', 'video', 'source', 'track', 'param', 'portal', 'xmp', 'plaintext', 'dialog', 'slot',
]);

/** Elements kept (with allowed attributes only). Anything else is unwrapped: its content stays, the tag goes. */
// prettier-ignore
const ALLOWED_ELEMENTS = new Set([
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'kbd', 'samp', 'var',
  'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'mark', 'small', 'q', 'cite', 'abbr', 'time',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'a', 'img', 'figure', 'figcaption', 'span', 'div', 'section', 'input',
]);

/**
 * Attributes by element, as canonical keys (lower case, no dashes: `colSpan`,
 * `colspan` → `colspan`; `className`, `class` → `class`). `*` applies to all.
 */
const ALLOWED_ATTRIBUTES: Record<string, Set<string>> = {
  '*': new Set([
    'id',
    'class',
    'title',
    'lang',
    'dir',
    'ariadescribedby',
    'arialabel',
    'ariahidden',
    'datafootnotes',
    'datafootnoteref',
    'datafootnotebackref',
  ]),
  a: new Set(['href', 'rel', 'target']),
  img: new Set(['src', 'alt', 'width', 'height', 'loading', 'decoding']),
  td: new Set(['colspan', 'rowspan', 'align']),
  th: new Set(['colspan', 'rowspan', 'align', 'scope']),
  col: new Set(['span']),
  colgroup: new Set(['span']),
  ol: new Set(['start', 'reversed', 'type']),
  li: new Set(['value']),
  time: new Set(['datetime']),
  q: new Set(['cite']),
  blockquote: new Set(['cite']),
  abbr: new Set(['title']),
  // GFM task lists render disabled checkboxes.
  input: new Set(['type', 'checked', 'disabled']),
};

/**
 * Classes content may carry, by element: exactly those the Markdown pipeline
 * emits (captions.ts, GFM footnotes and task lists, fenced code). Anything
 * else (`skip-link`, `sr-only` on a paragraph, the layout's own classes) goes.
 */
const CONTENT_CLASSES: Record<string, Set<string>> = {
  // The blocks of docs/blocks.md (blockTree.ts).
  figure: new Set(['caption-only', 'block-figure', 'block-gallery']),
  div: new Set(['block-awards', 'block-document', 'album-embed']),
  p: new Set(['document-title']),
  span: new Set(['credit']),
  section: new Set(['footnotes']),
  a: new Set(['data-footnote-backref', 'document-file']),
  ul: new Set(['contains-task-list']),
  ol: new Set(['contains-task-list']),
  li: new Set(['task-list-item']),
};
/** The fenced code block's language (```js → class="language-js"). */
const LANGUAGE_CLASS = /^language-[\w+#.-]+$/;
/** The footnotes' heading is visually hidden, as on GitHub: `<h2 id="footnote-label" class="sr-only">`. */
const FOOTNOTE_LABEL = 'footnote-label';

/** Link types kept in `rel`. Not `opener` (it hands the opened page our window). */
const REL_TOKENS = new Set(['nofollow', 'noopener', 'noreferrer', 'external', 'ugc', 'sponsored', 'license', 'tag', 'author', 'help', 'bookmark']);

/** The prefix of every id in content, so `## Cập nhật` never takes the site's `cap-nhat`. */
export const CONTENT_ID_PREFIX = 'user-content-';

/** An id as content may carry it: prefixed once. */
export const contentId = (id: string): string => (id.startsWith(CONTENT_ID_PREFIX) ? id : `${CONTENT_ID_PREFIX}${id}`);

/** A link to a fragment of the article, pointed at the prefixed id (`#cap-nhat` → `#user-content-cap-nhat`). */
export const contentHref = (href: string): string => (href.length > 1 && href.startsWith('#') ? `#${contentId(href.slice(1))}` : href);

/** hast keeps token lists as arrays, MDX attributes as strings. */
const tokensOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : String(value).split(/\s+/)).filter(Boolean);
/** Tokens back in the value's own shape; the same value when nothing changed, undefined when none is left. */
function withTokens(value: unknown, tokens: string[]): unknown {
  if (!tokens.length) return undefined;
  const before = tokensOf(value);
  if (tokens.length === before.length && tokens.every((t, i) => t === before[i])) return value;
  return Array.isArray(value) ? tokens : tokens.join(' ');
}

/**
 * The attribute's value as content may carry it, or undefined to drop it.
 * `id` is the element's id as written (for the footnote heading's class).
 */
function cleanAttribute(tag: string, name: string, value: unknown, id: unknown): unknown {
  if (!attributeAllowed(tag, name, value)) return undefined;
  switch (attributeKey(name)) {
    case 'id':
      return typeof value === 'string' && value ? contentId(value) : undefined;
    case 'ariadescribedby':
      return withTokens(value, tokensOf(value).map(contentId));
    case 'href':
      return typeof value === 'string' ? contentHref(value) : undefined;
    case 'target':
      return value === '_blank' ? value : undefined;
    case 'rel':
      return withTokens(
        value,
        tokensOf(value).filter((t) => REL_TOKENS.has(t.toLowerCase())),
      );
    case 'class': {
      const allowed = CONTENT_CLASSES[tag];
      const isFootnoteLabel = tag === 'h2' && (id === FOOTNOTE_LABEL || id === contentId(FOOTNOTE_LABEL));
      return withTokens(
        value,
        tokensOf(value).filter((c) => allowed?.has(c) || (tag === 'code' && LANGUAGE_CLASS.test(c)) || (isFootnoteLabel && c === 'sr-only')),
      );
    }
    default:
      return value;
  }
}

/** `rel` with `noopener` (target=_blank without it lets older browsers hand the page our window.opener). */
function withNoopener(rel: unknown, shape: 'array' | 'string'): unknown {
  const tokens = rel === undefined || rel === '' ? [] : tokensOf(rel);
  if (tokens.includes('noopener')) return rel;
  return shape === 'array' ? [...tokens, 'noopener'] : [...tokens, 'noopener'].join(' ');
}

/** Attributes holding a URL, checked against SAFE_URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

/** Relative URLs, fragments, and http(s)/mailto/tel; not javascript:, data:, vbscript:, … */
export function isSafeUrl(value: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\nscript:").
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (!scheme) return !compact.startsWith('\\') && !/^&#/i.test(compact);
  return ['http', 'https', 'mailto', 'tel'].includes(scheme[1]!.toLowerCase());
}

/** `colSpan`, `colspan`, `col-span` → `colspan`; `className`/`class` → `class`. */
export function attributeKey(name: string): string {
  const key = name.toLowerCase().replace(/[-_:]/g, '');
  return key === 'classname' ? 'class' : key === 'htmlfor' ? 'for' : key;
}

function attributeAllowed(tag: string, name: string, value: unknown): boolean {
  const key = attributeKey(name);
  if (key.startsWith('on')) return false;
  if (!(ALLOWED_ATTRIBUTES['*']!.has(key) || ALLOWED_ATTRIBUTES[tag]?.has(key))) return false;
  if (URL_ATTRIBUTES.has(key)) return typeof value === 'string' && isSafeUrl(value);
  if (tag === 'input' && key === 'type') return value === 'checkbox';
  return true;
}

/** A lower-case JSX name is an HTML element; a capitalised or dotted one is a component. */
const isIntrinsic = (name: string | null | undefined): name is string => !!name && /^[a-z][a-z0-9-]*$/.test(name);

type Result = HNode | HNode[] | null;

function sanitizeChildren(children: HNode[] | undefined): HNode[] | undefined {
  if (!children) return children;
  let changed = false;
  const out: HNode[] = [];
  for (const child of children) {
    const result = sanitizeNode(child);
    if (result !== child) changed = true;
    if (result === null) continue;
    if (Array.isArray(result)) out.push(...result);
    else out.push(result);
  }
  return changed ? out : children;
}

function withChildren(node: HNode, children: HNode[] | undefined): HNode {
  return children === node.children ? node : { ...node, children };
}

function sanitizeElement(node: HNode): Result {
  const tag = (node.tagName ?? '').toLowerCase();
  if (DROP_WITH_CONTENT.has(tag)) return null;
  const children = sanitizeChildren(node.children);
  if (!ALLOWED_ELEMENTS.has(tag)) return children ?? [];
  const props = node.properties ?? {};
  let propsChanged = false;
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    const clean = cleanAttribute(tag, name, value, props.id);
    if (clean !== value) propsChanged = true;
    if (clean !== undefined) kept[name] = clean;
  }
  if (tag === 'a' && kept.target === '_blank') {
    const rel = withNoopener(kept.rel, typeof kept.rel === 'string' ? 'string' : 'array');
    if (rel !== kept.rel) {
      kept.rel = rel;
      propsChanged = true;
    }
  }
  // Only the disabled checkboxes of GFM task lists survive as inputs.
  if (tag === 'input') {
    if (kept.type !== 'checkbox') return null;
    if (kept.disabled !== true) {
      kept.disabled = true;
      propsChanged = true;
    }
  }
  // An image without alt text is read out by its file name; old portals rarely set one.
  if (tag === 'img' && typeof kept.alt !== 'string') {
    kept.alt = '';
    propsChanged = true;
  }
  if (!propsChanged && children === node.children) return node;
  return { ...node, properties: propsChanged ? kept : props, children: children ?? [] };
}

function sanitizeMdxElement(node: HNode): Result {
  const children = sanitizeChildren(node.children);
  // Components are imported by the (trusted) author of an .mdx file: kept, their children cleaned.
  if (!isIntrinsic(node.name)) return withChildren(node, children);
  const tag = node.name.toLowerCase();
  if (DROP_WITH_CONTENT.has(tag)) return null;
  if (!ALLOWED_ELEMENTS.has(tag)) return children ?? [];
  const attributes = node.attributes ?? [];
  // Spread attributes ({...props}) and expression values can carry anything: only literal values pass.
  const literal = attributes.filter(
    (a) => a.type === 'mdxJsxAttribute' && typeof a.name === 'string' && (typeof a.value === 'string' || a.value === null || a.value === undefined),
  );
  const id = literal.find((a) => a.name === 'id')?.value;
  const kept: MdxAttribute[] = [];
  for (const a of literal) {
    const value = a.value ?? '';
    const clean = cleanAttribute(tag, a.name!, value, id);
    if (clean === undefined) continue;
    kept.push(clean === value ? a : { ...a, value: clean });
  }
  let changed = kept.length !== attributes.length || kept.some((a, i) => a !== literal[i]);
  const target = kept.find((a) => a.name === 'target');
  if (tag === 'a' && target?.value === '_blank') {
    const at = kept.findIndex((a) => a.name === 'rel');
    const rel = withNoopener(at >= 0 ? kept[at]!.value : undefined, 'string');
    if (at < 0) kept.push({ type: 'mdxJsxAttribute', name: 'rel', value: rel });
    else if (rel !== kept[at]!.value) kept[at] = { ...kept[at]!, value: rel };
    changed ||= at < 0 || rel !== attributes.find((a) => a.name === 'rel')?.value;
  }
  if (tag === 'img' && !kept.some((a) => a.name === 'alt')) {
    kept.push({ type: 'mdxJsxAttribute', name: 'alt', value: '' });
    changed = true;
  }
  if (!changed && children === node.children) return node;
  return { ...node, attributes: kept, children: children ?? [] };
}

/**
 * The cleaned node: the same object when it is already safe, a new one when
 * something was removed, an array when an element was unwrapped, null when
 * it is dropped.
 */
export function sanitizeNode(node: HNode): Result {
  switch (node.type) {
    case 'element':
      return sanitizeElement(node);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return sanitizeMdxElement(node);
    case 'raw':
      // Unparsed HTML (only when rawHtml parsing is off): shown as text, never as markup.
      return { type: 'text', value: String(node.value ?? '') };
    case 'comment':
      return null;
    default:
      if (node.children) return withChildren(node, sanitizeChildren(node.children));
      return node;
  }
}

/** Sanitize a whole tree (root). Same object back when nothing had to change. */
export function sanitizeTree<T extends HNode>(root: T): T {
  const children = sanitizeChildren(root.children);
  return (children === root.children ? root : { ...root, children }) as T;
}

/**
 * Whether Markdown source can produce anything the allow-list would remove.
 * Plain Markdown (no "<", so no raw HTML and no autolink; no "&", so no
 * entity spelling a scheme; no script-capable scheme in a link) renders only
 * elements and attributes the allow-list keeps. Anything else is sanitised.
 */
export function needsSanitizing(markdown: string): boolean {
  return /[<&]/.test(markdown) || /(?:javascript|vbscript|data|file|livescript)\s*:/i.test(markdown);
}
