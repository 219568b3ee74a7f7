/**
 * The one rule for what the public sees. Every page, list, feed, sitemap and
 * the search index goes through isPublic(); nothing re-implements it. The
 * build's "now" comes from buildNow() here too (data.ts calls it once).
 */
import { parseStoredDate } from './dates.ts';

export interface Publishable {
  draft?: boolean;
  publishedAt: Date;
  status?: string;
}

/** Whether readers see an entry, and if not, why: the CMS list shows this (admin/entry.ts). */
export type Visibility = 'public' | 'withdrawn' | 'draft' | 'scheduled';

/** Why an entry is or is not public; a withdrawn article says so first, whatever else it is. */
export function visibility(data: Publishable, now: Date = new Date()): Visibility {
  if (data.status === 'withdrawn') return 'withdrawn';
  if (data.draft) return 'draft';
  if (data.publishedAt.getTime() > now.getTime()) return 'scheduled';
  return 'public';
}

/** Listed, indexed and fed: not a draft, not scheduled for later, not withdrawn. */
export function isPublic(data: Publishable, now: Date = new Date()): boolean {
  return visibility(data, now) === 'public';
}

/**
 * Gets a page at all: public articles, and withdrawn ones as a notice with the
 * reason (so old links explain themselves). Drafts and future articles never do.
 */
export function hasPage(data: Publishable, now: Date = new Date()): boolean {
  return !data.draft && data.publishedAt.getTime() <= now.getTime();
}

/**
 * The first moment after `now` at which what readers see can change by
 * itself, without an edit: the earliest of `moments` (the publishedAt of
 * every entry that is not a draft, campaign boundaries) that lies after
 * `now`; null when none does. A build is good until then
 * (src/build/upToDate.ts).
 */
export function nextChange(moments: Iterable<Date>, now: Date): Date | null {
  let next: Date | null = null;
  for (const moment of moments) if (moment.getTime() > now.getTime() && (!next || moment.getTime() < next.getTime())) next = moment;
  return next;
}

/** Newest first; ties broken by id so the order is stable across builds. */
export function newestFirst<T extends { id: string; data: { publishedAt: Date } }>(a: T, b: T): number {
  return b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || a.id.localeCompare(b.id);
}

/**
 * The moment a build treats as now. Normally the clock; BUILD_NOW (a date as
 * front matter writes it, e.g. 2025-09-02T08:00:00+07:00, no offset meaning
 * Viet Nam time) pins it, so a build can be made "as of" a moment: tests of
 * scheduled articles, or rebuilding yesterday's site. A value that is not a
 * real date stops the build instead of silently using the clock.
 */
export function buildNow(value: string | undefined = process.env.BUILD_NOW, clock: () => Date = () => new Date()): Date {
  if (value === undefined || value.trim() === '') return clock();
  const parsed = parseStoredDate(value);
  if (!parsed) {
    throw new Error(`BUILD_NOW="${value}" không phải ngày giờ hợp lệ; viết như 2025-09-02T08:00:00+07:00 (BUILD_NOW must be an ISO 8601 date-time)`);
  }
  return parsed;
}
