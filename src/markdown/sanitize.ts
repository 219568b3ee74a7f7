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
const DROP_WITH_CONTENT = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'noembed', 'noframes',
  'template', 'link', 'meta', 'base', 'title', 'head', 'form', 'textarea', 'select', 'option', 'button', 'svg', 'math',
  'canvas', 'audio', 'video', 'source', 'track', 'param', 'portal', 'xmp', 'plaintext', 'dialog', 'slot',
]);

/** Elements kept (with allowed attributes only). Anything else is unwrapped: its content stays, the tag goes. */
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
  '*': new Set(['id', 'class', 'title', 'lang', 'dir', 'ariadescribedby', 'arialabel', 'ariahidden', 'datafootnotes', 'datafootnoteref', 'datafootnotebackref']),
  a: new Set(['href', 'rel']),
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
    if (attributeAllowed(tag, name, value)) kept[name] = value;
    else propsChanged = true;
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
  const kept = attributes.filter(
    (a) => a.type === 'mdxJsxAttribute' && typeof a.name === 'string' && (typeof a.value === 'string' || a.value === null || a.value === undefined) && attributeAllowed(tag, a.name, a.value ?? ''),
  );
  let changed = kept.length !== attributes.length;
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
