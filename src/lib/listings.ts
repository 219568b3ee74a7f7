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

/**
 * A page of a list. Lists are cut from the oldest end (docs/PERFORMANCE.md#listings-that-dont-shift):
 * archive page k (1 the oldest) at `base/trang-k/` always holds items
 * [size·(k−1), size·k) counted from the oldest, so adding an item changes the
 * front page only, and every `size`-th add makes one new archive page.
 */
export interface Page<T> {
  items: T[];
  /** Which archive page (1 the oldest), or undefined for the front page (the newest items, at `base`). */
  archive: number | undefined;
  url: string;
  nav: PageNav;
}

/** One link of a page's navigation: the front page, an archive page by number, or the oldest page. */
export interface NavLink {
  to: 'newest' | 'oldest' | number;
  url: string;
  /** The page this nav is on. */
  current: boolean;
}

/**
 * What a page's navigation prints. Read from the front: `newer` is the
 * page before this one (rel="prev"), `older` the one after (rel="next").
 * Nothing in it depends on how long the list is, except on the front page
 * and the archive pages within reach of it: when the list gains archive
 * page M, pages M−1 and M−2 gain its number and M−3 a gap.
 */
export interface PageNav {
  newer?: string;
  older?: string;
  /** Newest first; null marks a gap. Empty when the list has a single page. */
  links: (NavLink | null)[];
}

/** The rest-parameter value for a page: undefined for the front page, `trang-N` for archive page N. */
export function pageParam(archive: number | undefined): string | undefined {
  return archive === undefined ? undefined : pageSegment(archive);
}

/** How many archive pages a list of `total` items has: all but the newest `size` to `2·size − 1` items. */
export const archiveCount = (total: number, size = PAGE_SIZE): number => Math.max(0, Math.floor((total - size) / size));

/** Archive page numbers shown around page `k` of `count` (newest first), with the pages reached by a word. */
function navLinks(k: number | undefined, count: number, base: string, around: number): (NavLink | null)[] {
  if (count === 0) return [];
  const link = (to: NavLink['to'], n: number | undefined): NavLink => ({ to, url: pageUrl(base, n), current: n === k });
  const top = k === undefined ? count : Math.min(count, k + around);
  const bottom = k === undefined ? Math.max(1, count - around) : Math.max(1, k - around);
  const numbers: (NavLink | null)[] = [];
  for (let n = top; n >= bottom; n--) numbers.push(link(n, n));
  return [link('newest', undefined), ...(top < count ? [null] : []), ...numbers, ...(bottom > 2 ? [null] : []), ...(bottom > 1 ? [link('oldest', 1)] : [])];
}

/** The navigation of page `k` (undefined: the front page) of a list with `count` archive pages. */
export function pageNav(k: number | undefined, count: number, base: string, around = 2): PageNav {
  const newer = k === undefined ? undefined : k === count ? base : pageUrl(base, k + 1);
  const older = k === undefined ? (count > 0 ? pageUrl(base, count) : undefined) : k > 1 ? pageUrl(base, k - 1) : undefined;
  return { ...(newer ? { newer } : {}), ...(older ? { older } : {}), links: navLinks(k, count, base, around) };
}

/**
 * Cut a newest-first list into its front page and archive pages, front
 * first, then the archive newest to oldest (the reading order).
 */
export function paginate<T>(items: readonly T[], base: string, size = PAGE_SIZE): Page<T>[] {
  const count = archiveCount(items.length, size);
  const oldestFirst = (k: number) => items.length - size * k;
  const archive = Array.from({ length: count }, (_, i): Page<T> => {
    const k = count - i;
    return { items: items.slice(oldestFirst(k), oldestFirst(k - 1)), archive: k, url: pageUrl(base, k), nav: pageNav(k, count, base) };
  });
  const front: Page<T> = { items: items.slice(0, oldestFirst(count)), archive: undefined, url: base, nav: pageNav(undefined, count, base) };
  return [front, ...archive];
}

/**
 * The page numbers newest-first paging gave this list (`trang-2` to
 * `trang-⌈total/size⌉`) that are no archive page now: they lead to the front
 * page (listingRedirects() in lib/siteListings.ts). At most two, and each a page again once
 * the list has grown past it.
 */
export function retiredPages(total: number, size = PAGE_SIZE): number[] {
  const last = Math.ceil(total / size);
  const out: number[] = [];
  for (let n = Math.max(2, archiveCount(total, size) + 1); n <= last; n++) out.push(n);
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

/** The moments isCurrentCampaign() changes its answer: the start, and the end of the end day. */
export function campaignBoundaries(period: Period): Date[] {
  return period.end ? [period.start, new Date(period.end.getTime() + DAY_MS)] : [period.start];
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
 * getStaticPaths entries for a paginated list: one per page, the front page
 * at `base` (rest parameter `page` undefined) and archive page N at `trang-N`.
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
    params: { ...params, page: pageParam(page.archive) },
    props: { page, ...(options.props ?? ({} as X)) },
    ...(options.cacheKey ? { cacheKey: options.cacheKey(page) } : {}),
  }));
}
