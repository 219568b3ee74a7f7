/**
 * The metadata line readers know from the old portals, built in one place so
 * the article page and the CMS preview print it identically:
 * "Ngày đăng 07/09/2015 | 16:46 | Lượt xem: 329".
 */
import { formatDate, formatTime } from './dates.ts';
import { vi } from '../i18n/vi.ts';

export interface MetaInput {
  publishedAt: Date;
  legacy?: { views?: number; dateOnly?: boolean } | undefined;
}

/** Thousands with a dot, as Vietnamese writes them: 1.204 */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** The parts of the line, in order; the time is left out when the old portal gave only a date. */
export function metaParts(input: MetaInput): string[] {
  const parts = [`${vi.article.published} ${formatDate(input.publishedAt)}`];
  if (!input.legacy?.dateOnly) parts.push(formatTime(input.publishedAt));
  if (typeof input.legacy?.views === 'number') parts.push(`${vi.article.views}: ${formatCount(input.legacy.views)}`);
  return parts;
}

export function metaLine(input: MetaInput): string {
  return metaParts(input).join(' | ');
}

/** "Nguồn: phòng Nội vụ quận" */
export function sourceLine(source: string): string {
  return `${vi.article.source}: ${source}`;
}
