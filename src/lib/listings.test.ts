import { describe, expect, it } from 'vitest';
import { articleUrl, groupBy, isCurrentCampaign, isUrlSafeId, pageParam, pageUrl, pageWindow, paginate, yearsOf, type Listed } from './listings.ts';

describe('urls', () => {
  it('builds article and page URLs', () => {
    expect(articleUrl('2015/phuong-phuc-loi')).toBe('/tin-tuc/2015/phuong-phuc-loi/');
    expect(pageUrl('/tin-tuc/', 1)).toBe('/tin-tuc/');
    expect(pageUrl('/tin-tuc/', 2)).toBe('/tin-tuc/trang-2/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('trang-3');
  });
  it('accepts only ASCII lowercase ids', () => {
    expect(isUrlSafeId('2015/phuong-phuc-loi')).toBe(true);
    expect(isUrlSafeId('2015/Phường')).toBe(false);
    expect(isUrlSafeId('2015/a b')).toBe(false);
    expect(isUrlSafeId('2015//a')).toBe(false);
  });
});

describe('paginate', () => {
  it('makes pages of 20 with neighbours', () => {
    const pages = paginate(
      Array.from({ length: 45 }, (_, i) => i),
      '/tin-tuc/',
    );
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages[0]).toMatchObject({ number: 1, count: 3, total: 45, url: '/tin-tuc/', nextUrl: '/tin-tuc/trang-2/' });
    expect(pages[0]!.prevUrl).toBeUndefined();
    expect(pages[2]).toMatchObject({ url: '/tin-tuc/trang-3/', prevUrl: '/tin-tuc/trang-2/' });
    expect(pages[2]!.nextUrl).toBeUndefined();
  });
  it('keeps one page for an empty list', () => {
    expect(paginate([], '/x/')).toEqual([{ items: [], number: 1, count: 1, total: 0, url: '/x/' }]);
  });
  it('shows a window of page numbers with gaps', () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
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
  it('groups a timeline by year', () => {
    expect(groupBy([1, 1, 2, 3, 3], (x) => x).map((g) => [g.key, g.items.length])).toEqual([
      [1, 2],
      [2, 1],
      [3, 2],
    ]);
  });
});

describe('pagedPaths', () => {
  it('gives the first page no page parameter and the next ones trang-N', async () => {
    const { pagedPaths } = await import('./listings.ts');
    const paths = pagedPaths(
      { slug: 'tin-tuc' },
      Array.from({ length: 21 }, (_, i) => i),
      '/chuyen-muc/tin-tuc/',
      { props: { name: 'x' } },
    );
    expect(paths.map((p) => p.params)).toEqual([
      { slug: 'tin-tuc', page: undefined },
      { slug: 'tin-tuc', page: 'trang-2' },
    ]);
    expect(paths[1]!.props.page.items).toEqual([20]);
    expect(paths[1]!.props.name).toBe('x');
  });
});
