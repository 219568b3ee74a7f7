import { describe, expect, it } from 'vitest';
import {
  articleUrl, byCampaign, byCategory, byDistrict, byWard, byYear, featuredFirst, groupBy, isCurrentCampaign, isUrlSafeId,
  pageParam, pageUrl, pageWindow, paginate, related, yearsOf, type Listed,
} from './listings.ts';
import type { WardRecord } from './wards.ts';

const hn = { code: '01', name: 'Thành phố Hà Nội' };
const wards: WardRecord[] = [
  { id: 'phuong-phuc-loi-00136', type: 'phuong', name: 'Phúc Lợi', status: 'current', province: hn },
  { id: 'phuong-viet-hung-00127', type: 'phuong', name: 'Việt Hưng', status: 'current', province: hn },
  { id: 'phuong-phuc-loi-cu-00136', type: 'phuong', name: 'Phúc Lợi', status: 'historic', province: hn, successors: [{ ward: { collection: 'wards', id: 'phuong-viet-hung-00127' }, whole: true }, { ward: { collection: 'wards', id: 'phuong-phuc-loi-00136' }, whole: true }] },
];

const art = (id: string, iso: string, extra: Partial<Listed['data']> = {}): Listed => ({
  id,
  data: { publishedAt: new Date(iso), category: { id: 'tin-tuc' }, wards: [], districts: [], campaigns: [], ...extra },
});

const a2015 = art('2015/a', '2015-09-07T16:46:00+07:00', { wards: [{ id: 'phuong-phuc-loi-cu-00136' }], campaigns: [{ id: 'thi-dua' }], featured: true, districts: [{ id: 'quan-long-bien-004' }] });
const b2024 = art('2024/b', '2024-05-20T08:30:00+07:00', { wards: [{ id: 'phuong-phuc-loi-00136' }], category: { id: 'chinh-quyen' } });
const c2024 = art('2024/c', '2024-01-01T00:30:00+07:00', { campaigns: [{ id: 'thi-dua' }] });
const d2023 = art('2023/d', '2023-12-31T23:30:00+07:00', { wards: [{ id: 'phuong-viet-hung-00127' }] });
const all = [a2015, b2024, c2024, d2023];

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
    const pages = paginate(Array.from({ length: 45 }, (_, i) => i), '/tin-tuc/');
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

describe('filters', () => {
  it('sorts newest first', () => {
    expect(byYear(all, 2024).map((a) => a.id)).toEqual(['2024/b', '2024/c']);
  });
  it('uses the Vietnamese year, not UTC', () => {
    // 2023-12-31 23:30 in Ha Noi is 16:30 UTC, still 2023 either way; 2024-01-01 00:30 is 2023 in UTC.
    expect(byYear(all, 2023).map((a) => a.id)).toEqual(['2023/d']);
    expect(yearsOf(all)).toEqual([2024, 2023, 2015]);
  });
  it('filters by category, district and campaign', () => {
    expect(byCategory(all, 'chinh-quyen').map((a) => a.id)).toEqual(['2024/b']);
    expect(byDistrict(all, 'quan-long-bien-004').map((a) => a.id)).toEqual(['2015/a']);
    expect(byCampaign(all, 'thi-dua').map((a) => a.id)).toEqual(['2024/c', '2015/a']);
  });
  it('lists a predecessor ward’s articles under the current ward', () => {
    expect(byWard(all, 'phuong-phuc-loi-00136', wards).map((a) => a.id)).toEqual(['2024/b', '2015/a']);
    expect(byWard(all, 'phuong-viet-hung-00127', wards).map((a) => a.id)).toEqual(['2023/d', '2015/a']);
    expect(byWard(all, 'phuong-phuc-loi-cu-00136', wards).map((a) => a.id)).toEqual(['2015/a']);
  });
  it('puts featured articles first', () => {
    expect(featuredFirst(all, 2).map((a) => a.id)).toEqual(['2015/a', '2024/b']);
  });
});

describe('related', () => {
  it('finds articles sharing a campaign or a ward, never itself', () => {
    const ids = related(a2015, all, wards).map((a) => a.id);
    expect(ids).toContain('2024/c');
    expect(ids).toContain('2024/b');
    expect(ids).toContain('2023/d');
    expect(ids[0]).toBe('2024/c');
    expect(ids).not.toContain('2015/a');
  });
  it('returns nothing when nothing is shared', () => {
    expect(related(art('x/y', '2020-01-01'), all, wards)).toEqual([]);
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
    expect(groupBy([1, 1, 2, 3, 3], (x) => x).map((g) => [g.key, g.items.length])).toEqual([[1, 2], [2, 1], [3, 2]]);
  });
});

describe('pagedPaths', () => {
  it('gives the first page no page parameter and the next ones trang-N', async () => {
    const { pagedPaths } = await import('./listings.ts');
    const paths = pagedPaths({ slug: 'tin-tuc' }, Array.from({ length: 21 }, (_, i) => i), '/chuyen-muc/tin-tuc/', { props: { name: 'x' } });
    expect(paths.map((p) => p.params)).toEqual([{ slug: 'tin-tuc', page: undefined }, { slug: 'tin-tuc', page: 'trang-2' }]);
    expect(paths[1]!.props.page.items).toEqual([20]);
    expect(paths[1]!.props.name).toBe('x');
  });
});
