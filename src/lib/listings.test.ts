import { describe, expect, it } from 'vitest';
import {
  archiveCount,
  articleUrl,
  campaignBoundaries,
  groupBy,
  isCurrentCampaign,
  isUrlSafeId,
  pageNav,
  pageParam,
  pageUrl,
  paginate,
  retiredPages,
  yearsOf,
  type Listed,
  type Page,
} from './listings.ts';

describe('urls', () => {
  it('builds article and page URLs', () => {
    expect(articleUrl('2015/phuong-phuc-loi')).toBe('/tin-tuc/2015/phuong-phuc-loi/');
    expect(pageUrl('/tin-tuc/', undefined)).toBe('/tin-tuc/');
    expect(pageUrl('/tin-tuc/', 1)).toBe('/tin-tuc/trang-1/');
    expect(pageParam(undefined)).toBeUndefined();
    expect(pageParam(1)).toBe('trang-1');
    expect(pageParam(3)).toBe('trang-3');
  });
  it('accepts only ASCII lowercase ids', () => {
    expect(isUrlSafeId('2015/phuong-phuc-loi')).toBe(true);
    expect(isUrlSafeId('2015/Phường')).toBe(false);
    expect(isUrlSafeId('2015/a b')).toBe(false);
    expect(isUrlSafeId('2015//a')).toBe(false);
  });
});

/** A newest-first list of n items: item i is the i-th oldest (0 the oldest), so every item is its own age. */
const list = (n: number) => Array.from({ length: n }, (_, i) => n - 1 - i);
/** What each page shows, by URL: its items and its navigation. */
const shown = (pages: Page<number>[]) => new Map(pages.map((p) => [p.url, JSON.stringify([p.items, p.nav])]));

describe('paginate (archive pages cut from the oldest end)', () => {
  it('keeps the newest 20 to 39 on the front page and full pages of 20 below it, trang-1 the oldest', () => {
    const pages = paginate(list(75), '/tin-tuc/');
    expect(pages.map((p) => [p.url, p.items.length])).toEqual([
      ['/tin-tuc/', 35],
      ['/tin-tuc/trang-2/', 20],
      ['/tin-tuc/trang-1/', 20],
    ]);
    expect(pages[0]!.archive).toBeUndefined();
    expect(pages[0]!.items[0]).toBe(74);
    expect(pages[2]!.items).toEqual(list(20));
    expect(pages[1]!.items).toEqual(list(40).slice(0, 20));
  });
  it('keeps every item of a short list on its front page, without navigation', () => {
    for (const n of [0, 1, 20, 39]) {
      const pages = paginate(list(n), '/x/');
      expect(pages, String(n)).toEqual([{ items: list(n), archive: undefined, url: '/x/', nav: { links: [] } }]);
    }
    expect(paginate(list(40), '/x/').map((p) => p.items.length)).toEqual([20, 20]);
  });
  it('holds every item once, in order; archive pages full; the front page 20 to 39 items (1 to 200 items, pages of 20 and 12)', () => {
    for (const size of [20, 12]) {
      for (let n = 1; n <= 200; n++) {
        const pages = paginate(list(n), '/x/', size);
        expect(pages.flatMap((p) => p.items)).toEqual(list(n));
        expect(pages.length - 1).toBe(archiveCount(n, size));
        for (const p of pages.slice(1)) expect(p.items.length).toBe(size);
        const front = pages[0]!.items.length;
        if (n >= size) expect(front >= size && front < 2 * size, `${n}: ${front}`).toBe(true);
        else expect(front).toBe(n);
        // Archive page k holds the k-th oldest size items, whatever n.
        for (const p of pages.slice(1)) expect(p.items.at(-1)).toBe(size * (p.archive! - 1));
      }
    }
  });
  it('changes only the front page when one item is added, and every 20th add makes one new archive page', () => {
    for (let n = 0; n <= 300; n++) {
      const before = shown(paginate(list(n), '/x/'));
      const after = paginate(list(n + 1), '/x/');
      const grew = archiveCount(n + 1) > archiveCount(n);
      expect(after.length - before.size, String(n)).toBe(grew ? 1 : 0);
      // Items: no archive page's items ever change.
      for (const p of after.slice(1)) {
        const old = before.get(p.url);
        if (old) expect(JSON.stringify(p.items), `${n}: ${p.url}`).toBe(JSON.stringify(JSON.parse(old)[0]));
      }
      // Everything printed: the front page, and on a 20th add the new page and the three below it (their nav reaches
      // it: two by number, the third loses its last number to a gap).
      const changed = after.filter((p) => before.get(p.url) !== JSON.stringify([p.items, p.nav])).map((p) => p.url);
      const m = archiveCount(n + 1);
      const near = [m, m - 1, m - 2, m - 3].filter((k) => k >= 1).map((k) => `/x/trang-${k}/`);
      expect(changed, String(n)).toEqual(grew ? ['/x/', ...near] : ['/x/']);
    }
  });
});

describe('pageNav', () => {
  const base = '/tin-tuc/';
  const labels = (nav: ReturnType<typeof pageNav>) => nav.links.map((l) => (l === null ? '…' : `${l.current ? '[' : ''}${l.to}${l.current ? ']' : ''}`));
  it('leads from the front page to the newest archive pages and the oldest', () => {
    const nav = pageNav(undefined, 250, base);
    expect(nav.newer).toBeUndefined();
    expect(nav.older).toBe('/tin-tuc/trang-250/');
    expect(labels(nav)).toEqual(['[newest]', '250', '249', '248', '…', 'oldest']);
    expect(nav.links[0]).toEqual({ to: 'newest', url: '/tin-tuc/', current: true });
    expect(nav.links.at(-1)).toEqual({ to: 'oldest', url: '/tin-tuc/trang-1/', current: false });
  });
  it('shows two numbers either side of an archive page, and fixed links to the newest and the oldest page', () => {
    const nav = pageNav(100, 250, base);
    expect(nav).toMatchObject({ newer: '/tin-tuc/trang-101/', older: '/tin-tuc/trang-99/' });
    expect(labels(nav)).toEqual(['newest', '…', '102', '101', '[100]', '99', '98', '…', 'oldest']);
  });
  it('prints the same nav on an archive page whatever the list’s length, away from the front', () => {
    for (const k of [1, 2, 3, 4, 50]) expect(pageNav(k, 60, base), String(k)).toEqual(pageNav(k, 600, base));
  });
  it('clips at both ends: no gap or word where the numbers reach', () => {
    expect(labels(pageNav(1, 250, base))).toEqual(['newest', '…', '3', '2', '[1]']);
    expect(pageNav(1, 250, base).older).toBeUndefined();
    expect(labels(pageNav(3, 250, base))).toEqual(['newest', '…', '5', '4', '[3]', '2', '1']);
    expect(labels(pageNav(4, 250, base))).toEqual(['newest', '…', '6', '5', '[4]', '3', '2', 'oldest']);
    expect(labels(pageNav(250, 250, base))).toEqual(['newest', '[250]', '249', '248', '…', 'oldest']);
    expect(pageNav(250, 250, base).newer).toBe('/tin-tuc/');
    expect(labels(pageNav(undefined, 1, base))).toEqual(['[newest]', '1']);
    expect(labels(pageNav(1, 1, base))).toEqual(['newest', '[1]']);
    expect(pageNav(undefined, 0, base)).toEqual({ links: [] });
  });
});

describe('retiredPages', () => {
  it('names the numbers newest-first paging had that the archive does not have yet', () => {
    expect(retiredPages(20)).toEqual([]);
    expect(retiredPages(21)).toEqual([2]);
    expect(retiredPages(39)).toEqual([2]);
    expect(retiredPages(40)).toEqual([2]);
    expect(retiredPages(45)).toEqual([2, 3]);
    expect(retiredPages(60)).toEqual([3]);
    expect(retiredPages(61)).toEqual([3, 4]);
  });
  it('covers every old number that is no page now, for any length (pages of 20 and 12)', () => {
    for (const size of [20, 12]) {
      for (let n = 0; n <= 200; n++) {
        const now = new Set(paginate(list(n), '/x/', size).map((p) => p.url));
        const old = Array.from({ length: Math.max(0, Math.ceil(n / size) - 1) }, (_, i) => `/x/trang-${i + 2}/`);
        expect(
          retiredPages(n, size).map((k) => `/x/trang-${k}/`),
          `${n}`,
        ).toEqual(old.filter((url) => !now.has(url)));
      }
    }
  });
});

describe('years', () => {
  it('lists the years that have articles, newest first, in Vietnamese time', () => {
    const at = (iso: string): Listed => ({ id: iso, data: { publishedAt: new Date(iso), category: 'tin-tuc' } });
    // 2024-01-01 00:30 in Ha Noi is still 2023 in UTC.
    expect(yearsOf([at('2015-09-07T16:46:00+07:00'), at('2024-01-01T00:30:00+07:00'), at('2023-12-31T23:30:00+07:00')])).toEqual([2024, 2023, 2015]);
  });
});

describe('campaigns', () => {
  const now = new Date('2026-11-23T10:00:00+07:00');
  it('is current without an end, or until the end day is over', () => {
    expect(isCurrentCampaign({ start: new Date('1948-06-11') }, now)).toBe(true);
    expect(isCurrentCampaign({ start: new Date('2026-01-01T00:00:00+07:00'), end: new Date('2026-11-23T00:00:00+07:00') }, now)).toBe(true);
    expect(isCurrentCampaign({ start: new Date('2017-01-01'), end: new Date('2017-12-31') }, now)).toBe(false);
    expect(isCurrentCampaign({ start: new Date('2030-01-01') }, now)).toBe(false);
  });
  it('changes its answer exactly at its boundaries', () => {
    const period = { start: new Date('2026-01-01T00:00:00+07:00'), end: new Date('2026-11-23T00:00:00+07:00') };
    const [start, over] = campaignBoundaries(period);
    expect(over).toEqual(new Date('2026-11-24T00:00:00+07:00'));
    for (const moment of [start!, over!]) {
      expect(isCurrentCampaign(period, new Date(moment.getTime() - 1))).not.toBe(isCurrentCampaign(period, moment));
    }
    expect(campaignBoundaries({ start: period.start })).toEqual([period.start]);
  });
  it('groups a timeline by year', () => {
    expect(groupBy([1, 1, 2, 3, 3], (x) => x).map((g) => [g.key, g.items.length])).toEqual([
      [1, 2],
      [2, 1],
      [3, 2],
    ]);
  });
});

describe('pagedPaths', () => {
  it('gives the front page no page parameter and archive page N trang-N', async () => {
    const { pagedPaths } = await import('./listings.ts');
    const paths = pagedPaths({ slug: 'tin-tuc' }, list(41), '/chuyen-muc/tin-tuc/', { props: { name: 'x' } });
    expect(paths.map((p) => p.params)).toEqual([
      { slug: 'tin-tuc', page: undefined },
      { slug: 'tin-tuc', page: 'trang-1' },
    ]);
    expect(paths[1]!.props.page.items).toEqual(list(20));
    expect(paths[0]!.props.page.items).toHaveLength(21);
    expect(paths[1]!.props.name).toBe('x');
  });
});
