/**
 * An entry file's front matter, read and written in one place with the
 * `yaml` package's Document API: by the build (loader.ts), the CMS
 * (admin/format.ts, in the browser) and the importer (src/import).
 *
 * - YAML 1.2's core schema, without timestamps: `2015-02-31T10:00` stays a
 *   string, so the date field can refuse it (a timestamp type would make it a
 *   Date in March). Tags YAML would only warn about (`!x`) are refused too.
 * - An edit keeps the file's own text for every key it does not change
 *   (quotes, comments, order, a list written as `[a, b]`): the Document holds
 *   the edit, and each untouched pair is written from its source range.
 *   `String(doc)` alone would re-print every pair in yaml's style.
 * - A value that is written is written as yaml prints it: plain where YAML
 *   allows, else double quotes, or single quotes when that saves escaping
 *   `"`; never folded (`lineWidth: 0`: a long title stays on one line).
 *
 * It lives in src/schema because the file format is part of the content model
 * that the build and the CMS share (as cms.ts is); pure, so the admin bundles it.
 */
import {
  Document,
  isMap,
  isScalar,
  LineCounter,
  parseDocument,
  YAMLMap,
  type Node,
  type Pair,
  type ParsedNode,
  type ToStringOptions,
  type YAMLError,
} from 'yaml';
import { fill, vi } from '../i18n/vi.ts';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

const SCHEMA = { schema: 'core' } as const;
const PRINT: ToStringOptions = { lineWidth: 0 };

export type Data = Record<string, unknown>;

export interface SplitEntry {
  /** Parsed front matter (JSON-compatible values only). */
  data: Data;
  /** Front matter text between the fences, as written. */
  rawFrontmatter: string;
  /** Everything after the closing fence, byte for byte. */
  body: string;
}

/** Front matter YAML cannot read: the message names the line of the file (the opening `---` is line 1). */
export class FrontmatterError extends Error {
  readonly line: number | undefined;
  constructor(reason: string, line?: number) {
    const message = fill(vi.build.frontmatter, { reason });
    super(line === undefined ? message : `${fill(vi.build.frontmatterLine, { line })}: ${message}`);
    this.name = 'FrontmatterError';
    this.line = line;
  }
}

/** A hint for the mistake staff make most: a colon in an unquoted title. */
const HINTS: Partial<Record<YAMLError['code'], string>> = { BLOCK_AS_IMPLICIT_KEY: vi.build.frontmatterColon };

function parse(text: string): Document.Parsed {
  const lines = new LineCounter();
  const doc = parseDocument(text, { ...SCHEMA, lineCounter: lines, prettyErrors: false });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const hint = HINTS[problem.code];
    throw new FrontmatterError(hint ? `${problem.message}. ${hint}` : problem.message, lines.linePos(problem.pos[0]).line + 1);
  }
  return doc;
}

function toData(doc: Document): Data {
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (error) {
    // An alias (*x) without its anchor is found only here.
    throw new FrontmatterError((error as Error).message);
  }
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {};
}

/** Split a Markdown entry into front matter and body. Throws a FrontmatterError on YAML it cannot read. */
export function splitFrontmatter(source: string): SplitEntry {
  const match = FRONTMATTER.exec(source);
  if (!match) return { data: {}, rawFrontmatter: '', body: source };
  const rawFrontmatter = match[1] ?? '';
  return { data: toData(parse(rawFrontmatter)), rawFrontmatter, body: source.slice(match[0].length) };
}

/** One YAML value, as written after a key (the importer reads single lines). Throws on YAML it cannot read. */
export function readValue(text: string): unknown {
  return parse(text).toJS();
}

/** Front matter for new data, keys in the object's order, with a final newline. */
export function frontmatterText(data: Data): string {
  return new Document(data, SCHEMA).toString(PRINT);
}

/** An untouched pair's own text: the whole lines from its key to its value's end, and the comments and blank lines above it. */
interface Source {
  above: string;
  text: string;
  value: unknown;
}

/**
 * The front matter `raw` with `changes` made: a key set to a value is written
 * anew (comments above it stay; so does a comment after a single value), a key
 * set to undefined is removed with the comments above it, and every other key
 * keeps its text. `order` is the resulting key order (it must keep the file's
 * own keys in their order); without it, new keys come last. No final newline.
 */
export function editFrontmatter(raw: string, changes: Data, order?: string[]): string {
  const source = raw.trim() === '' ? '' : `${raw}\n`;
  const doc: Document = parse(source);
  // Front matter that is not a mapping has no keys to keep: the site reads it as none.
  const isMapping = isMap(doc.contents);
  const keepTrailing = isMapping || doc.contents === null;
  const before = isMapping ? toData(doc) : {};
  const map = isMapping ? (doc.contents as YAMLMap<Node, Node | null>) : new YAMLMap<Node, Node | null>(doc.schema);
  doc.contents = map;

  const sources = new Map<Pair<unknown, unknown>, Source>();
  let end = 0;
  // Before any edit, every pair is as parsed, with its source range.
  for (const pair of map.items as Pair<ParsedNode, ParsedNode | null>[]) {
    const start = source.lastIndexOf('\n', pair.key.range[0] - 1) + 1;
    const nodeEnd = (pair.value ?? pair.key).range[2];
    const lineEnd = source[nodeEnd - 1] === '\n' ? nodeEnd : source.indexOf('\n', nodeEnd) + 1 || source.length;
    sources.set(pair, { above: source.slice(end, start), text: source.slice(start, lineEnd), value: pair.value });
    end = lineEnd;
  }
  const trailing = keepTrailing ? source.slice(end) : '';

  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) {
      map.delete(key);
      continue;
    }
    const node = doc.createNode(value);
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (!pair) {
      map.items.push(doc.createPair(key, node));
      continue;
    }
    const old = pair.value;
    if (isScalar(old) && isScalar(node) && old.comment) node.comment = old.comment;
    pair.value = node;
  }
  if (order) {
    const rank = (pair: Pair<unknown, unknown>) => {
      const i = isScalar(pair.key) ? order.indexOf(String(pair.key.value)) : -1;
      return i === -1 ? Number.MAX_SAFE_INTEGER : i;
    };
    map.items.sort((a, b) => rank(a) - rank(b));
  }

  const parts: string[] = [];
  for (const pair of map.items) {
    const kept = sources.get(pair);
    if (kept && kept.value === pair.value) parts.push(kept.above + kept.text);
    else parts.push((kept?.above ?? '') + printPair(pair));
  }
  const text = (parts.join('') + trailing).replace(/\n$/, '');
  // Source text is spliced only where that is safe: an alias whose anchor was in a changed pair,
  // say, would not read back. Then the data is written afresh, as for a new file.
  const expected = Object.fromEntries(
    map.items.map((pair) => {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      return [key, key in changes ? changes[key] : before[key]];
    }),
  );
  if (reads(text, expected)) return text;
  return frontmatterText(expected).replace(/\n$/, '');
}

/** One pair as yaml prints it, without the comments above its key (they are kept from the source). */
function printPair(pair: Pair<unknown, unknown>): string {
  const single = new Document(null, SCHEMA);
  const key = isScalar(pair.key) ? pair.key.value : pair.key;
  single.contents = single.createNode({});
  (single.contents as YAMLMap).items.push(single.createPair(key, pair.value));
  return single.toString(PRINT);
}

/** Whether `text` reads back as `data`, keys in the same order. */
function reads(text: string, data: Data): boolean {
  try {
    return JSON.stringify(toData(parse(text))) === JSON.stringify(data);
  } catch {
    return false;
  }
}
