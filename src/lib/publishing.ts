/**
 * The one rule for what the public sees. Every page, list, feed, sitemap and
 * the search index goes through isPublic(); nothing re-implements it.
 */

export interface Publishable {
  draft?: boolean;
  publishedAt: Date;
  status?: string;
}

/** Listed, indexed and fed: not a draft, not scheduled for later, not withdrawn. */
export function isPublic(data: Publishable, now: Date = new Date()): boolean {
  return !data.draft && data.publishedAt.getTime() <= now.getTime() && data.status !== 'withdrawn';
}

/**
 * Gets a page at all: public articles, and withdrawn ones as a notice with the
 * reason (so old links explain themselves). Drafts and future articles never do.
 */
export function hasPage(data: Publishable, now: Date = new Date()): boolean {
  return !data.draft && data.publishedAt.getTime() <= now.getTime();
}

/** Newest first; ties broken by id so the order is stable across builds. */
export function newestFirst<T extends { id: string; data: { publishedAt: Date } }>(a: T, b: T): number {
  return b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || a.id.localeCompare(b.id);
}
