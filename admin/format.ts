/**
 * How the CMS reads and writes entry files: Markdown with YAML front matter,
 * and JSON. Registered with Decap as custom formats (admin/main.ts), so that
 * - files are read and written as the site reads them (src/schema/frontmatter.ts:
 *   YAML core schema, dates stay strings, the body byte for byte);
 * - saving changes only what the editor changed: every front-matter key whose
 *   value is unchanged keeps its original text (quotes, comments, order), and
 *   an unchanged body keeps its bytes;
 * - values equal to the schema's default, and empty values, are not written
 *   (zod fills them in), so opening and saving adds no noise;
 * - CMS-only keys ("__…", see src/schema/cms.ts) never reach a file.
 * Pure: no Decap, no DOM (tested in admin/format.test.ts).
 */
import { editFrontmatter, splitFrontmatter } from '../src/schema/frontmatter.ts';
import { parseStoredDate } from '../src/lib/dates.ts';

export type Data = Record<string, unknown>;

/** Dotted field path (list items share their list's path) → the schema default. */
export type Defaults = Record<string, unknown>;

/** The original file text, kept in the entry data while it is edited. */
export const RAW_KEY = '__raw';

export const isTransient = (key: string) => key.startsWith('__');

function isPlainObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Top-level data without CMS-only keys. */
export function withoutTransient(data: Data): Data {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !isTransient(key)));
}

const BLANK = Symbol('blank');

/**
 * The value as it should be written: empty strings, empty lists and objects,
 * null, and values equal to the schema default disappear (recursively).
 */
export function prune(value: unknown, defaults: Defaults = {}, path = ''): unknown {
  const result = pruneInner(value, defaults, path);
  return result === BLANK ? undefined : result;
}

function pruneInner(value: unknown, defaults: Defaults, path: string): unknown {
  if (value === undefined || value === null) return BLANK;
  if (path && path in defaults && sameValue(value, defaults[path])) return BLANK;
  if (typeof value === 'string') return value.trim() === '' ? BLANK : value;
  if (Array.isArray(value)) {
    const items = value.map((item) => pruneInner(item, defaults, path)).filter((item) => item !== BLANK);
    return items.length ? items : BLANK;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value)
      .filter(([key]) => !isTransient(key))
      .map(([key, v]) => [key, pruneInner(v, defaults, path ? `${path}.${key}` : key)] as const)
      .filter(([, v]) => v !== BLANK);
    return entries.length ? Object.fromEntries(entries) : BLANK;
  }
  return value;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether two values mean the same for the site: strings compared in NFC,
 * date strings by the moment they name (a browser may re-emit
 * 16:46+07:00 as 09:46+00:00), lists and objects deeply.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') {
    if (a.normalize('NFC') === b.normalize('NFC')) return true;
    if (DATE_ONLY.test(a.trim()) !== DATE_ONLY.test(b.trim())) return false;
    const da = parseStoredDate(a);
    const db = parseStoredDate(b);
    return !!da && !!db && da.getTime() === db.getTime();
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keysA = Object.keys(a).filter((k) => a[k] !== undefined && !isTransient(k));
    const keysB = Object.keys(b).filter((k) => b[k] !== undefined && !isTransient(k));
    return keysA.length === keysB.length && keysA.every((k) => keysB.includes(k) && sameValue(a[k], b[k]));
  }
  return a === b;
}

/** Whether the written forms of two values agree (after pruning both). */
function sameWritten(a: unknown, b: unknown, defaults: Defaults, path: string): boolean {
  return sameValue(prune(a, defaults, path), prune(b, defaults, path));
}

/** Key order for keys that are new to a file: after their nearest predecessor in schema order. */
function placeNewKeys(existing: string[], added: string[], schemaOrder: string[]): string[] {
  const order = [...existing];
  const rank = (key: string) => {
    const i = schemaOrder.indexOf(key);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  for (const key of [...added].sort((a, b) => rank(a) - rank(b))) {
    const r = rank(key);
    let at = -1;
    order.forEach((k, i) => {
      if (rank(k) <= r) at = i;
    });
    order.splice(at + 1, 0, key);
  }
  return order;
}

const sameBody = (a: string, b: string) => a.normalize('NFC').replace(/^\n+/, '').trimEnd() === b.normalize('NFC').replace(/^\n+/, '').trimEnd();

/**
 * One blank line between paragraphs. The editor writes an empty paragraph (Enter pressed twice, as
 * on a typewriter) as two more blank lines, which mean nothing more in Markdown; inside a fenced
 * code block or block every line stays.
 */
export function oneBlankLine(markdown: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === null || (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)))
      fence = fence === null ? marker : null;
    const blank = line.trim() === '';
    if (fence === null && blank && out.length && out[out.length - 1]!.trim() === '') continue;
    out.push(blank && fence === null ? '' : line);
  }
  return out.join('\n');
}

/** A Markdown entry as the CMS holds it: front matter fields, `body`, and the original text. */
export function parseMarkdown(content: string): Data {
  const { data, body } = splitFrontmatter(content);
  return { ...data, body, [RAW_KEY]: content };
}

/**
 * The file text for an edited Markdown entry. `schemaOrder` is the field order
 * (Decap passes it), used for new files and for keys new to a file.
 */
export function serializeMarkdown(input: Data, schemaOrder: string[] = [], defaults: Defaults = {}): string {
  const raw = typeof input[RAW_KEY] === 'string' ? (input[RAW_KEY] as string) : undefined;
  const { body: rawBody, ...fields } = withoutTransient(input);
  const body = typeof rawBody === 'string' ? rawBody : '';
  const original = raw !== undefined ? splitFrontmatter(raw) : { data: {} as Data, rawFrontmatter: '', body: undefined };

  // Only what the editor changed reaches the YAML; an explicit empty value left alone stays too.
  const changes: Data = {};
  const existing = Object.keys(original.data);
  for (const key of existing) {
    if (key in fields && sameWritten(fields[key], original.data[key], defaults, key)) continue;
    changes[key] = prune(fields[key], defaults, key);
  }
  const added = Object.keys(fields).filter((key) => !(key in original.data) && prune(fields[key], defaults, key) !== undefined);
  for (const key of added) changes[key] = prune(fields[key], defaults, key);
  const order = placeNewKeys(
    existing.filter((key) => !(key in changes) || changes[key] !== undefined),
    added,
    schemaOrder,
  );
  const frontmatter = editFrontmatter(original.rawFrontmatter, changes, order);

  const keepBody = original.body !== undefined && sameBody(original.body, body);
  const bodyText = keepBody ? original.body! : `\n${oneBlankLine(body.replace(/^\n+/, '').replace(/\s*$/, ''))}\n`;
  return `---\n${frontmatter}\n---\n${bodyText}`;
}

/** A JSON entry as the CMS holds it. */
export function parseJson(content: string): Data {
  const data = JSON.parse(content) as Data;
  return { ...data, [RAW_KEY]: content };
}

/** The file text for an edited JSON entry: the original text when nothing changed, else 2-space JSON. */
export function serializeJson(input: Data, schemaOrder: string[] = [], defaults: Defaults = {}): string {
  const raw = typeof input[RAW_KEY] === 'string' ? (input[RAW_KEY] as string) : undefined;
  const fields = withoutTransient(input);
  const original = raw !== undefined ? (JSON.parse(raw) as Data) : undefined;
  if (original && sameWritten(fields, original, defaults, '')) return raw!;
  const existing = original ? Object.keys(original).filter((k) => prune(fields[k], defaults, k) !== undefined) : [];
  const added = Object.keys(fields).filter((k) => !existing.includes(k) && !(original && k in original) && prune(fields[k], defaults, k) !== undefined);
  const out: Data = {};
  for (const key of placeNewKeys(existing, added, schemaOrder)) {
    out[key] = original && key in original && sameWritten(fields[key], original[key], defaults, key) ? original[key] : prune(fields[key], defaults, key);
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}
