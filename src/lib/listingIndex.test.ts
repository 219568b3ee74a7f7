import { describe, expect, it } from 'vitest';
import { vnYear } from './dates.ts';
import { buildListingIndex } from './listingIndex.ts';
import { newestFirst } from './publishing.ts';
import { sortNewest, type Listed } from './listings.ts';
import { wardsForListing, type WardRecord } from './wards.ts';

// ---------------------------------------------------------------------------
// The reference: each list as the plain reading of its rule, one scan of every
// article per list (quadratic at archive size, so the site uses the index).
// The index must give exactly these lists, in this order.

type Ref = { id: string } | string;
const refId = (ref: Ref) => (typeof ref === 'string' ? ref : ref.id);

function byCategory<T extends Listed>(items: readonly T[], categoryId: string): T[] {
  return sortNewest(items.filter((a) => refId(a.data.category) === categoryId));
}

/**
 * A ward's articles: tagged with it, or with a historic unit that became
 * (wholly or partly) part of it, so a current ward also lists its predecessors'.
 */
function byWard<T extends Listed>(items: readonly T[], wardId: string, wards: readonly WardRecord[]): T[] {
  return sortNewest(items.filter((a) => wardsForListing((a.data.wards ?? []).map(refId), wards).includes(wardId)));
}

function byDistrict<T extends Listed>(items: readonly T[], districtId: string): T[] {
  return sortNewest(items.filter((a) => (a.data.districts ?? []).some((d) => refId(d) === districtId)));
}

function byCampaign<T extends Listed>(items: readonly T[], campaignId: string): T[] {
  return sortNewest(items.filter((a) => (a.data.campaigns ?? []).some((c) => refId(c) === campaignId)));
}

/** Articles of a year as seen in Viet Nam. */
function byYear<T extends Listed>(items: readonly T[], year: number): T[] {
  return sortNewest(items.filter((a) => vnYear(a.data.publishedAt) === year));
}

/**
 * Related articles: sharing a campaign or a ward (a historic ward counts as
 * the current wards it became part of). Those published before the article
 * come first, more shared campaigns and wards first, then the nearest in
 * time; only when there are fewer than `limit` of them, those published after
 * it, the same way. So publishing a new article changes no older article's
 * list (an incremental build re-renders no old page for it), and an article
 * links the earlier news it follows on from.
 */
function related<T extends Listed>(article: Listed, items: readonly T[], wards: readonly WardRecord[], limit = 5): T[] {
  const campaigns = new Set((article.data.campaigns ?? []).map(refId));
  const places = new Set(wardsForListing((article.data.wards ?? []).map(refId), wards));
  const scored = items
    .filter((a) => a.id !== article.id)
    .map((a) => {
      const c = (a.data.campaigns ?? []).filter((x) => campaigns.has(refId(x))).length;
      const w = wardsForListing((a.data.wards ?? []).map(refId), wards).filter((x) => places.has(x)).length;
      // Older: after the article in newest-first order.
      return { a, score: c * 2 + w, older: newestFirst(article, a) < 0 };
    })
    .filter((s) => s.score > 0);
  scored.sort((x, y) => Number(y.older) - Number(x.older) || y.score - x.score || (x.older ? newestFirst(x.a, y.a) : newestFirst(y.a, x.a)));
  return scored.slice(0, limit).map((s) => s.a);
}

const hn = { code: '01', name: 'Thành phố Hà Nội' };
const wards: WardRecord[] = [
  { id: 'w1', type: 'phuong', name: 'Một', status: 'current', province: hn },
  { id: 'w2', type: 'phuong', name: 'Hai', status: 'current', province: hn },
  { id: 'w3', type: 'phuong', name: 'Ba', status: 'current', province: hn },
  {
    id: 'h1',
    type: 'phuong',
    name: 'Một',
    status: 'historic',
    province: hn,
    successors: [
      { ward: { collection: 'wards', id: 'w1' }, whole: true },
      { ward: { collection: 'wards', id: 'w2' }, whole: true },
    ],
  },
  { id: 'h2', type: 'xa', name: 'Bốn', status: 'historic', province: hn, successors: [{ ward: { collection: 'wards', id: 'w3' }, whole: true }] },
];

/** A deterministic pseudo-random archive: tags drawn from small pools so that lists overlap and ties happen. */
function archive(n: number, seed = 7): Listed[] {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(pool: T[], max: number) => pool.filter(() => rnd() < max / pool.length);
  return Array.from({ length: n }, (_, i) => ({
    id: `${2010 + (i % 15)}/a-${i}`,
    data: {
      // Coarse dates so that many articles tie on time and the id decides.
      publishedAt: new Date(Date.UTC(2010 + Math.floor(rnd() * 15), Math.floor(rnd() * 12), 1, 17)),
      category: { id: `c${Math.floor(rnd() * 4)}` },
      wards: pick(['w1', 'w2', 'w3', 'h1', 'h2'], 1.5).map((id) => ({ id })),
      districts: pick(['d1', 'd2'], 0.8).map((id) => ({ id })),
      campaigns: pick(['k1', 'k2', 'k3'], 1).map((id) => ({ id })),
    },
  }));
}

describe('the one-pass listing index', () => {
  const items = archive(400);
  const index = buildListingIndex(items, wards);

  it("changes no older article's related articles when a new one is published (incremental builds copy those pages)", () => {
    const newest = {
      id: '2026/moi',
      data: { ...items[0]!.data, publishedAt: new Date(Date.UTC(2026, 0, 1)), campaigns: [{ id: 'k1' }], wards: [{ id: 'w1' }] },
    };
    const after = buildListingIndex([...items, newest], wards);
    const changed = items.filter(
      (a) =>
        after
          .related(a)
          .map((r) => r.id)
          .join() !==
        index
          .related(a)
          .map((r) => r.id)
          .join(),
    );
    // Only articles with fewer than five earlier related ones may take the new one in.
    for (const a of changed) expect(index.related(a).filter((r) => newestFirst(a, r) < 0).length, a.id).toBeLessThan(5);
    expect(changed.length).toBeLessThan(items.length / 20);
    expect(after.related(newest).every((r) => newestFirst(newest, r) < 0)).toBe(true);
  });

  it('lists exactly what the per-list functions list, in the same order', () => {
    for (const w of wards) expect(index.byWard(w.id)).toEqual(byWard(items, w.id, wards));
    for (const d of ['d1', 'd2', 'none']) expect(index.byDistrict(d)).toEqual(byDistrict(items, d));
    for (const c of ['k1', 'k2', 'k3']) expect(index.byCampaign(c)).toEqual(byCampaign(items, c));
    for (const c of ['c0', 'c1', 'c2', 'c3']) expect(index.byCategory(c)).toEqual(byCategory(items, c));
    for (let y = 2009; y <= 2025; y++) expect(index.byYear(y)).toEqual(byYear(items, y));
  });

  it('finds the same related articles as related() for every article', () => {
    for (const article of items) expect(index.related(article).map((a) => a.id)).toEqual(related(article, items, wards, 5).map((a) => a.id));
  });

  it('compares an article that is not listed (a withdrawn notice) too', () => {
    const outside: Listed = { id: '2020/go', data: { publishedAt: new Date(), category: { id: 'c0' }, wards: [{ id: 'h1' }], campaigns: [{ id: 'k2' }] } };
    expect(index.related(outside as (typeof items)[number]).map((a) => a.id)).toEqual(related(outside, items, wards, 5).map((a) => a.id));
  });

  it('gives empty lists for unknown keys', () => {
    expect(index.byWard('nowhere')).toEqual([]);
    expect(index.byYear(1990)).toEqual([]);
  });
});

const smallWards: WardRecord[] = [
  { id: 'phuong-phuc-loi-00136', type: 'phuong', name: 'Phúc Lợi', status: 'current', province: hn },
  { id: 'phuong-viet-hung-00127', type: 'phuong', name: 'Việt Hưng', status: 'current', province: hn },
  {
    id: 'phuong-phuc-loi-cu-00136',
    type: 'phuong',
    name: 'Phúc Lợi',
    status: 'historic',
    province: hn,
    successors: [
      { ward: { collection: 'wards', id: 'phuong-viet-hung-00127' }, whole: true },
      { ward: { collection: 'wards', id: 'phuong-phuc-loi-00136' }, whole: true },
    ],
  },
];

const art = (id: string, iso: string, extra: Partial<Listed['data']> = {}): Listed => ({
  id,
  data: { publishedAt: new Date(iso), category: { id: 'tin-tuc' }, wards: [], districts: [], campaigns: [], ...extra },
});

const a2015 = art('2015/a', '2015-09-07T16:46:00+07:00', {
  wards: [{ id: 'phuong-phuc-loi-cu-00136' }],
  campaigns: [{ id: 'thi-dua' }],
  districts: [{ id: 'quan-long-bien-004' }],
});
const b2024 = art('2024/b', '2024-05-20T08:30:00+07:00', { wards: [{ id: 'phuong-phuc-loi-00136' }], category: { id: 'chinh-quyen' } });
const c2024 = art('2024/c', '2024-01-01T00:30:00+07:00', { campaigns: [{ id: 'thi-dua' }] });
const d2023 = art('2023/d', '2023-12-31T23:30:00+07:00', { wards: [{ id: 'phuong-viet-hung-00127' }] });
const all = [a2015, b2024, c2024, d2023];

describe('the lists, on a small archive with a merged ward', () => {
  const index = buildListingIndex(all, smallWards);
  it('sorts newest first', () => {
    expect(index.byYear(2024).map((a) => a.id)).toEqual(['2024/b', '2024/c']);
  });
  it('uses the Vietnamese year, not UTC', () => {
    // 2023-12-31 23:30 in Ha Noi is 16:30 UTC, still 2023 either way; 2024-01-01 00:30 is 2023 in UTC.
    expect(index.byYear(2023).map((a) => a.id)).toEqual(['2023/d']);
  });
  it('filters by category, district and campaign', () => {
    expect(index.byCategory('chinh-quyen').map((a) => a.id)).toEqual(['2024/b']);
    expect(index.byDistrict('quan-long-bien-004').map((a) => a.id)).toEqual(['2015/a']);
    expect(index.byCampaign('thi-dua').map((a) => a.id)).toEqual(['2024/c', '2015/a']);
  });
  it('lists a predecessor ward’s articles under the current ward', () => {
    expect(index.byWard('phuong-phuc-loi-00136').map((a) => a.id)).toEqual(['2024/b', '2015/a']);
    expect(index.byWard('phuong-viet-hung-00127').map((a) => a.id)).toEqual(['2023/d', '2015/a']);
    expect(index.byWard('phuong-phuc-loi-cu-00136').map((a) => a.id)).toEqual(['2015/a']);
  });
  it('finds articles sharing a campaign or a ward, never itself', () => {
    const ids = index.related(a2015).map((a) => a.id);
    expect(ids).toContain('2024/c');
    expect(ids).toContain('2024/b');
    expect(ids).toContain('2023/d');
    expect(ids[0]).toBe('2024/c');
    expect(ids).not.toContain('2015/a');
  });
  it('returns nothing when nothing is shared', () => {
    expect(index.related(art('x/y', '2020-01-01'))).toEqual([]);
  });
});
