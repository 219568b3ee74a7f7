/**
 * Front matter as written, without YAML's timestamp guessing. js-yaml's
 * default schema turns `2015-02-31T10:00` into a Date in March; the core
 * schema keeps it a string so the date field can refuse it.
 */
import yaml from 'js-yaml';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export interface SplitEntry {
  /** Parsed front matter (JSON-compatible values only). */
  data: Record<string, unknown>;
  /** Front matter text between the fences, as written. */
  rawFrontmatter: string;
  /** Everything after the closing fence, byte for byte. */
  body: string;
}

/** Split a Markdown entry into front matter and body. Throws a readable error on bad YAML. */
export function splitFrontmatter(source: string): SplitEntry {
  const match = FRONTMATTER.exec(source);
  if (!match) return { data: {}, rawFrontmatter: '', body: source };
  const parsed = yaml.load(match[1] ?? '', { schema: yaml.CORE_SCHEMA });
  const data = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  return { data, rawFrontmatter: match[1] ?? '', body: source.slice(match[0].length) };
}
