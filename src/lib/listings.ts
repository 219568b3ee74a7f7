/**
 * Lists of articles for the reading pages: pagination, years, current
 * campaigns. The lists by ward, district, campaign, category and year, and
 * related articles, come from listingIndex.ts (one pass over the archive).
 * Pure: takes entries already filtered by isPublic() (see data.ts), never
 * decides on its own what is published.
 */
import { newestFirst } from './publishing.ts';
import { vnYear } from './dates.ts';
import { pageSegment, pageUrl } from './routes.ts';

/** Articles on one listing page. */
export const PAGE_SIZE = 20;

type Ref = { id: string } | string;

/** The fields of a news entry the lists look at. */
export interface Listed {
  id: string;
  data: {
    publishedAt: Date;
    category: Ref;
    wards?: Ref[];
    districts?: Ref[];
    campaigns?: Ref[];
    featured?: boolean;
  };
}

/** Kept here for the components that import them from the lists; the templates live in routes.ts. */
export { articleUrl, pageUrl } from './routes.ts';

/** Entry ids become URLs, so they must already be ASCII lowercase (the importer and CMS slugify). */
export function isUrlSafeId(id: string): boolean {
  return /^[a-z0-9]+(?:[-/][a-z0-9]+)*$/.test(id);
}

export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  /** Total number of pages (at least 1, so an empty list still has its page). */
  count: number;
  /** All items across pages. */
  total: number;
  url: string;
  prevUrl?: string;
  nextUrl?: string;
}

/** The rest-parameter value for a page: undefined for the first, `trang-N` after. */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : pageSegment(n);
}

/** Split a list into pages of `size`, each knowing its URL and neighbours. */
export function paginate<T>(items: readonly T[], base: string, size = PAGE_SIZE): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => {
    const number = i + 1;
    return {
      items: items.slice(i * size, number * size),
      number,
      count,
      total: items.length,
      url: pageUrl(base, number),
      ...(number > 1 ? { prevUrl: pageUrl(base, number - 1) } : {}),
      ...(number < count ? { nextUrl: pageUrl(base, number + 1) } : {}),
    };
  });
}

/** Pagination links to show: first, last, and two around the current page; null marks a gap. */
export function pageWindow(current: number, count: number, around = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= count; n++) {
    if (n === 1 || n === count || Math.abs(n - current) <= around) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}

export const sortNewest = <T extends Listed>(items: readonly T[]): T[] => [...items].sort(newestFirst);

/** Years that have articles, newest first. */
export function yearsOf(items: readonly Listed[]): number[] {
  return [...new Set(items.map((a) => vnYear(a.data.publishedAt)))].sort((a, b) => b - a);
}

/** Campaign period: an end date is inclusive (the whole day, Viet Nam time). */
export interface Period {
  start: Date;
  end?: Date | undefined;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Running now: started, and no end or the end day not yet over. */
export function isCurrentCampaign(period: Period, now: Date = new Date()): boolean {
  if (period.start.getTime() > now.getTime()) return false;
  return !period.end || period.end.getTime() + DAY_MS > now.getTime();
}

/** Campaigns newest start first. */
export function campaignsNewestFirst<T extends { id: string; data: { period: Period } }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.data.period.start.getTime() - a.data.period.start.getTime() || a.id.localeCompare(b.id));
}

/** Groups consecutive items by a key, keeping order: for timelines by year. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): { key: K; items: T[] }[] {
  const groups: { key: K; items: T[] }[] = [];
  for (const item of items) {
    const k = key(item);
    const last = groups.at(-1);
    if (last && last.key === k) last.items.push(item);
    else groups.push({ key: k, items: [item] });
  }
  return groups;
}

/**
 * getStaticPaths entries for a paginated list: one per page, the first page
 * at `base` (rest parameter `page` undefined) and the others at `trang-N`.
 * `props` go to every page; `cacheKey` gives each page its incremental-build
 * key (lib/pageKeys.ts).
 */
export function pagedPaths<T, P extends Record<string, string>, X extends object = object>(
  params: P,
  items: readonly T[],
  base: string,
  options: { props?: X; size?: number; cacheKey?: (page: Page<T>) => string } = {},
): { params: P & { page: string | undefined }; props: { page: Page<T> } & X; cacheKey?: string }[] {
  return paginate(items, base, options.size ?? PAGE_SIZE).map((page) => ({
    params: { ...params, page: pageParam(page.number) },
    props: { page, ...(options.props ?? ({} as X)) },
    ...(options.cacheKey ? { cacheKey: options.cacheKey(page) } : {}),
  }));
}
