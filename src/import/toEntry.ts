/**
 * The news entry the importer writes: front matter in schema order
 * (src/schema/news.ts) with dates as +07:00 strings, then the Markdown body.
 * The file carries a checksum of itself (legacy.checksum, the last line of
 * the front matter) so that a later import can tell an untouched file, which
 * it may regenerate, from one an editor has changed, which it must not.
 */
import { createHash } from 'node:crypto';
import { frontmatterText } from '../schema/frontmatter.ts';
import { toVnIso, vnYear } from '../lib/dates.ts';
import { slugify } from '../lib/vietnamese.ts';
import type { Moment } from './header.ts';

export interface EntryFacts {
  title: string;
  summary: string;
  published: Moment;
  updated?: Moment;
  /** Category entry id. */
  category: string;
  wards: readonly string[];
  districts: readonly string[];
  campaigns: readonly string[];
  byline?: string;
  source?: string;
  views?: number;
  url?: string;
  /** The source file's name: the key that makes re-imports idempotent. */
  importedFrom: string;
  /** Markdown. */
  body: string;
}

/** The file name part of the entry id: the title as an ASCII slug. */
export function entrySlug(title: string): string {
  return slugify(title) || 'bai-viet';
}

/** The folder part of the entry id: the year in Viet Nam. */
export function entryYear(published: Moment): number {
  return vnYear(published.date);
}

function frontmatter(facts: EntryFacts): Record<string, unknown> {
  const data: Record<string, unknown> = {
    title: facts.title,
    summary: facts.summary,
    publishedAt: toVnIso(facts.published.date),
  };
  if (facts.updated) data.updatedAt = toVnIso(facts.updated.date);
  data.category = facts.category;
  if (facts.wards.length) data.wards = [...facts.wards];
  if (facts.districts.length) data.districts = [...facts.districts];
  if (facts.campaigns.length) data.campaigns = [...facts.campaigns];
  if (facts.byline) data.byline = facts.byline;
  if (facts.source) data.source = facts.source;
  const legacy: Record<string, unknown> = {};
  if (facts.views !== undefined) legacy.views = facts.views;
  if (facts.url) legacy.url = facts.url;
  legacy.importedFrom = facts.importedFrom;
  if (facts.published.dateOnly) legacy.dateOnly = true;
  data.legacy = legacy;
  return data;
}

export function checksumOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

// Quoted: sixteen hex digits can be all digits, which YAML would read as a number.
const CHECKSUM_LINE = /^ {2}checksum: "([0-9a-f]+)"\n(?=---\n)/m;

/** The entry file, checksum included. */
export function entryText(facts: EntryFacts): string {
  const head = frontmatterText(frontmatter(facts));
  const unsigned = `---\n${head}---\n\n${facts.body}`;
  return `---\n${head}  checksum: "${checksumOf(unsigned)}"\n---\n\n${facts.body}`;
}

/** Whether a file is exactly as the importer wrote it (false when edited, or not written by the importer). */
export function isUnedited(text: string): boolean {
  const match = CHECKSUM_LINE.exec(text);
  if (!match) return false;
  const unsigned = text.slice(0, match.index) + text.slice(match.index + match[0].length);
  return checksumOf(unsigned) === match[1];
}
